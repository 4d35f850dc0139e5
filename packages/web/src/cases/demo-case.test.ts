import { describe, expect, it } from 'vitest';
import { sharedPeople } from '../household/shared-people.js';
import { demoCase } from './demo-case.js';
import { parseWorkspace, serialiseWorkspace } from './workspace.js';

describe('example family', () => {
  it('is a valid workspace entry that survives saving and loading', () => {
    const entry = demoCase('demo');
    const back = parseWorkspace(serialiseWorkspace({ cases: [entry] }));
    expect(back.dropped).toBe(0);
    expect(back.workspace.cases[0]).toEqual(entry);
  });

  it('shows a household: mother, son and grandmother appear on both maps', () => {
    const entry = demoCase('demo');
    expect(sharedPeople(entry.maps, entry.case.members).map((s) => s.name).sort()).toEqual(['Amir', 'Oma Rita', 'Sara']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildMap, buildSnapshot, caseId } from '@netwerkkracht/core';
import { parseWorkspace, serialiseWorkspace, type Workspace } from './workspace.js';

function sample(): Workspace {
  const map = buildMap({ id: 'm1', ego: { kind: 'persoon', name: 'Sara' }, snapshots: [{ id: 's1', kind: 'was', date: '2025-01-02', alters: [{ id: 'a', name: 'Oma', sector: 'familie', ring: 1 }] }] });
  const draft = buildSnapshot({ id: 'draft', alters: [{ id: 'a', name: 'Oma', sector: 'familie', ring: 2 }] });
  return { cases: [{ case: { id: caseId('c1'), name: 'Gezin Peeters', members: [] }, maps: [{ map, draft, guide: { step: 2 } }] }] };
}

describe('workspace on this device', () => {
  it('a saved workspace reads back the same', () => {
    const w = sample();
    const back = parseWorkspace(serialiseWorkspace(w));
    expect(back.dropped).toBe(0);
    expect(back.workspace).toEqual(w);
  });

  it('a damaged map is left out and counted; the rest still loads', () => {
    const raw = JSON.parse(serialiseWorkspace(sample()));
    raw.cases[0].maps.push({ map: { id: 'm2', ego: { kind: 'persoon', name: 'X' } }, draft: { id: 'd', kind: 'is', date: '2025-13-40', alters: [] } });
    const back = parseWorkspace(JSON.stringify(raw));
    expect(back.dropped).toBe(1);
    expect(back.workspace.cases[0]?.maps).toHaveLength(1);
  });

  it('text that is not a workspace gives an empty workspace and says so', () => {
    expect(parseWorkspace('{oops')).toEqual({ workspace: { cases: [] }, dropped: 1 });
    expect(parseWorkspace(null)).toEqual({ workspace: { cases: [] }, dropped: 0 });
  });
});

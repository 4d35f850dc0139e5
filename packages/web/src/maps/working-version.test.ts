import { buildMap } from '@netwerkkracht/core';
import { describe, expect, it } from 'vitest';
import { idsChangedByServer, WORKING_ID, workingVersion } from './working-version.js';

const person = (id: string, name: string) => ({ id, name, ring: 2, sector: 'familie' as const });

describe('the working version the editor opens', () => {
  it('is the stored working version when there is one', () => {
    const map = buildMap({ id: 'm', ego: { kind: 'persoon', name: 'Sara' }, snapshots: [
      { id: 'v1', kind: 'is', date: '2026-01-01', alters: [person('a', 'Oma')] },
      { id: WORKING_ID, kind: 'is', date: '2026-02-01', alters: [person('a', 'Oma'), person('b', 'Buur')] },
    ] });
    expect(workingVersion(map, '2026-03-01').alters.map((a) => a.name)).toEqual(['Oma', 'Buur']);
  });

  it('continues from the latest "is" version of a map made elsewhere, so no drawn person is hidden', () => {
    const map = buildMap({ id: 'm', ego: { kind: 'persoon', name: 'Sara' }, snapshots: [
      { id: 'v1', kind: 'is', date: '2026-01-01', alters: [person('a', 'Oma')] },
      { id: 'v2', kind: 'is', date: '2026-05-01', alters: [person('a', 'Oma'), person('c', 'Nonkel')] },
      { id: 'wens', kind: 'wens', date: '2026-06-01', alters: [] },
    ] });
    const working = workingVersion(map, '2026-07-01');
    expect(working.id).toBe(WORKING_ID);
    expect(working.date).toBe('2026-07-01');
    expect(working.alters.map((a) => a.name)).toEqual(['Oma', 'Nonkel']);
  });

  it('starts empty for a new map', () => {
    const map = buildMap({ id: 'm', ego: { kind: 'persoon', name: 'Sara' }, snapshots: [] });
    expect(workingVersion(map, '2026-07-01').alters).toEqual([]);
  });
});

describe('ids the server replaced', () => {
  const snapshot = (ids: readonly string[], ties: [string, string][]) =>
    buildMap({ id: 'm', ego: { kind: 'persoon', name: 'Sara' }, snapshots: [{ id: WORKING_ID, kind: 'is', date: '2026-01-01', alters: ids.map((id) => person(id, id)), ties }] }).snapshots[0];

  it('are noticed when the server answers with other ids than were sent (it keeps no name-like id)', () => {
    const sent = snapshot(['oma', 'buur'], [['buur', 'oma']]);
    const stored = snapshot(['0b6a3c54-4f5e-4a8a-9d6e-2f1c3b4a5d6e', '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'], [['0b6a3c54-4f5e-4a8a-9d6e-2f1c3b4a5d6e', '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f']]);
    if (!sent || !stored) throw new Error('snapshots expected');
    expect(idsChangedByServer(sent, stored)).toBe(true);
    expect(idsChangedByServer(stored, stored)).toBe(false);
  });
});

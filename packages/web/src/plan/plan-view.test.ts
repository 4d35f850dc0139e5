import { describe, expect, it } from 'vitest';
import { ActionSchema, buildSnapshot, type Action, type NetworkMap, type Snapshot } from '@netwerkkracht/core';
import { WORKING_ID } from '../maps/working-version.js';
import { cleanNote, currentSnapshot, describeLink, describeOwner, followUpPair, mapPeople, pickablePeople, nameList, orderActions, savedIsVersions } from './plan-view.js';

function snap(id: string, date: string, alters: { id: string; name: string; status?: 'actief' | 'gewenst' | 'ondergesneeuwd' | 'verbroken' }[], kind: 'is' | 'wens' = 'is'): Snapshot {
  return buildSnapshot({ id, date, kind, alters: alters.map((a) => ({ ...a, sector: 'familie', ring: 1 })) });
}

function mapWith(snapshots: Snapshot[]): NetworkMap {
  return { id: 'm', ego: { kind: 'persoon', name: 'Lotte' }, sectorScheme: 'B', ringCount: 3, snapshots } as unknown as NetworkMap;
}

function action(input: Record<string, unknown>): Action {
  return ActionSchema.parse({ id: 'a', what: 'iets', owner: { kind: 'persoon' }, kind: 'doen', ...input }) as Action;
}

describe('the versions a plan is read against', () => {
  const v1 = snap('v1', '2026-01-10', [{ id: 'rita', name: 'Tante Rita', status: 'ondergesneeuwd' }]);
  const v2 = snap('v2', '2026-03-01', [{ id: 'rita', name: 'Rita', status: 'actief' }]);
  const wish = snap('w', '2026-04-01', [], 'wens');
  const working = snap(WORKING_ID, '2026-05-01', [{ id: 'jef', name: 'Jef' }]);

  it('saved "is" versions come oldest first; the working version and wish maps are not versions to compare', () => {
    expect(savedIsVersions(mapWith([v2, working, wish, v1])).map((s) => s.id)).toEqual(['v1', 'v2']);
  });

  it('follow-up compares the two newest saved versions, and needs two', () => {
    expect(followUpPair(mapWith([v2, v1, working]))).toEqual({ from: v1, to: v2 });
    expect(followUpPair(mapWith([v1, working]))).toBeNull();
  });

  it('suggestions read the newest saved version, the working version only when nothing was saved', () => {
    expect(currentSnapshot(mapWith([v1, v2, working]))?.id).toBe('v2');
    expect(currentSnapshot(mapWith([working]))?.id).toBe(WORKING_ID);
    expect(currentSnapshot(mapWith([]))).toBeNull();
  });

  it('a person keeps their newest name, and someone only in an older version keeps a name too', () => {
    const people = mapPeople(mapWith([v1, v2, working]));
    expect(people.map((p) => `${p.name}:${p.status}`)).toEqual(['Jef:actief', 'Rita:actief']);
  });

  it('the pickers offer only people on the current map: not someone gone from it, lost, wished for, or still a placeholder', () => {
    const now = snap('v3', '2026-06-01', [
      { id: 'rita', name: 'Rita', status: 'actief' }, { id: 'tom', name: 'Tom', status: 'verbroken' },
      { id: 'nour', name: 'Nour', status: 'gewenst' }, { id: 'nieuw', name: 'Nieuwe persoon' },
    ]);
    const old = snap('v0', '2025-06-01', [{ id: 'ex', name: 'Ex-buur' }]);
    const people = mapPeople(mapWith([old, now]));
    expect(people.map((p) => p.name)).toEqual(['Ex-buur', 'Nieuwe persoon', 'Nour', 'Rita', 'Tom']);
    expect(pickablePeople(people, ['Nieuwe persoon', 'Nouvelle personne', 'New person']).map((p) => p.name)).toEqual(['Rita']);
  });
});

describe('naming links and owners', () => {
  const people = [{ id: 'rita', name: 'Rita', status: 'actief', onMap: true }, { id: 'nour', name: 'Nour', status: 'gewenst', onMap: true }];

  it('a link names the person or the support function; a person no longer on the map is named as such', () => {
    expect(describeLink({ kind: 'gat', function: 'emotioneel' }, people, '?')).toEqual({ kind: 'gat', function: 'emotioneel' });
    expect(describeLink({ kind: 'gewenst', alterId: 'nour' } as never, people, '?')).toEqual({ kind: 'gewenst', name: 'Nour' });
    expect(describeLink({ kind: 'persoon', alterId: 'weg' } as never, people, '?')).toEqual({ kind: 'persoon', name: '?' });
    expect(describeLink(null, people, '?')).toEqual({ kind: 'none' });
  });

  it('an owner of the network is named from the map', () => {
    expect(describeOwner({ kind: 'netwerklid', alterId: 'rita' } as never, people, '?')).toEqual({ kind: 'netwerklid', name: 'Rita' });
    expect(describeOwner({ kind: 'persoon' }, people, '?')).toEqual({ kind: 'persoon' });
    expect(describeOwner({ kind: 'begeleider', name: 'Bram' }, people, '?')).toEqual({ kind: 'begeleider_named', name: 'Bram' });
  });
});

describe('the action list', () => {
  it('open actions come first by due date (undated last), finished ones after', () => {
    const list = [
      action({ id: 'done', status: 'gedaan', due: '2026-01-01' }),
      action({ id: 'late', due: '2026-02-01' }),
      action({ id: 'undated' }),
      action({ id: 'early', status: 'bezig', due: '2026-01-15' }),
    ];
    expect(orderActions(list).map((a) => a.id)).toEqual(['early', 'late', 'undated', 'done']);
  });

  it('a review note of only spaces is not sent', () => {
    expect(cleanNote('   ')).toBeNull();
    expect(cleanNote(' belde Rita ')).toBe('belde Rita');
  });

  it('the names of who took part are read one per line or comma-separated, each once', () => {
    expect(nameList('Lotte, Rita\nJef\n\nRita')).toEqual(['Lotte', 'Rita', 'Jef']);
  });
});

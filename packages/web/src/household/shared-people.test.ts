import { describe, expect, it } from 'vitest';
import { buildMap, buildSnapshot, personId } from '@netwerkkracht/core';
import { sharedPeople } from './shared-people.js';

describe('household view: people on more than one map', () => {
  const mamaMap = buildMap({ id: 'm1', ego: { kind: 'persoon', name: 'Sara', personId: 'sara' } });
  const kidMap = buildMap({ id: 'm2', ego: { kind: 'persoon', name: 'Amir', personId: 'amir' } });
  const mamaDraft = buildSnapshot({ alters: [
    { id: 'a1', name: 'Oma', personId: 'oma', sector: 'familie', ring: 1 },
    { id: 'a2', name: 'Amir', personId: 'amir', sector: 'familie', ring: 1 },
    { id: 'a3', name: 'Jan', sector: 'vrienden_kennissen', ring: 2 },
  ] });
  const kidDraft = buildSnapshot({ alters: [
    { id: 'b1', name: 'Bomma', personId: 'oma', sector: 'familie', ring: 2 },
    { id: 'b2', name: 'Mama', personId: 'sara', sector: 'familie', ring: 1 },
    { id: 'b3', name: 'Jan', sector: 'samenleving', ring: 3 },
  ] });
  const members = [{ personId: personId('sara'), name: 'Sara' }, { personId: personId('amir'), name: 'Amir' }];
  const shared = sharedPeople([{ map: mamaMap, draft: mamaDraft }, { map: kidMap, draft: kidDraft }], members);

  it('a person on two maps is shared, under the name each map uses', () => {
    const oma = shared.find((s) => s.personId === 'oma');
    expect(oma?.appearances.map((a) => a.nameThere)).toEqual(['Oma', 'Bomma']);
  });

  it('a household member counts as on their own map and on the maps of others', () => {
    const sara = shared.find((s) => s.personId === 'sara');
    expect(sara?.appearances.map((a) => [a.mapId, a.isEgo])).toEqual([['m1', true], ['m2', false]]);
  });

  it('two people with the same name but no shared identity are not merged', () => {
    expect(shared.map((s) => s.name).sort()).toEqual(['Amir', 'Oma', 'Sara']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildMap } from './builders.js';
import { compareSnapshots } from './comparison/compare.js';
import { analyseSnapshot } from './indicators/analyse.js';
import type { NetworkMap, Snapshot } from './records/index.js';

function only(map: NetworkMap, index = 0): Snapshot {
  const s = map.snapshots[index];
  if (!s) throw new Error('missing snapshot');
  return s;
}

describe('worked examples from the sources', () => {
  it('[W1] the mother for whom the home carer "means everything": professional dependence and a key person', () => {
    // Seed 000: a young mother, little family contact; the home carer comes three times a week and
    // helps with almost everything; her sister phones now and then.
    const map = buildMap({
      id: 'w1',
      ego: { kind: 'persoon', name: 'Jessica' },
      snapshots: [{
        id: 'nu', kind: 'is', date: '2026-03-10', appraisal: 'belastend',
        alters: [
          { id: 'verzorgende', name: 'Els (verzorgende)', sector: 'hulpverlening', role: 'verzorgende', ring: 1, frequency: 'wekelijks',
            support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'ontvangt', informatie: 'ontvangt', voorbeeld: 'ontvangt' } },
          { id: 'zus', name: 'Kim', sector: 'familie', role: 'broer_zus', ring: 2, frequency: 'maandelijks', support: { gezelschap: 'wederzijds' } },
          { id: 'ocmw', name: 'OCMW', kind: 'dienst', sector: 'hulpverlening', role: 'ocmw', ring: 3, support: { materieel: 'ontvangt' } },
          { id: 'moeder', name: 'Mama', sector: 'familie', ring: 3, status: 'verbroken' },
        ],
      }],
    });
    const r = analyseSnapshot(only(map), map);
    expect(r.professionalDependence).toBeCloseTo(6 / 7, 12);
    expect(r.keyPersons).toEqual(['verzorgende']);
    expect(r.possiblyOverloaded).toEqual(['verzorgende']);
    expect(r.topProviderShare).toBeCloseTo(5 / 7, 12);
    expect(r.formalOnly).toEqual(['emotioneel', 'praktisch', 'zorg', 'informatie', 'materieel', 'voorbeeld']);
    expect(r.gaps).toEqual(['erbij_horen']);
    expect(r.quadrant).toBe('sociaal_geisoleerd');
    expect(r.careMix).toEqual({ informeel: 1 / 7, algemeen: 6 / 7, gespecialiseerd: 0 });
  });

  it('[W2] a dormant uncle picked up again shows as reactivated', () => {
    // Seed 000: the uncle who used to help with the heating; contact had lapsed.
    const nonkel = { id: 'nonkel', name: 'Nonkel Marc', sector: 'familie' as const, ring: 3 };
    const map = buildMap({
      id: 'w2',
      ego: { kind: 'huishouden', name: 'Gezin Peeters', members: [] },
      snapshots: [
        { id: 'was', kind: 'is', date: '2026-01-12', alters: [{ ...nonkel, status: 'ondergesneeuwd' }, { id: 'buur', name: 'Buurvrouw', sector: 'samenleving', ring: 2, support: { praktisch: 'ontvangt' } }] },
        { id: 'nu', kind: 'is', date: '2026-05-04', alters: [{ ...nonkel, ring: 2, status: 'actief', support: { praktisch: 'ontvangt', voorbeeld: 'ontvangt' } }, { id: 'buur', name: 'Buurvrouw', sector: 'samenleving', ring: 2, support: { praktisch: 'ontvangt' } }] },
      ],
    });
    const c = compareSnapshots(map, only(map, 0), only(map, 1));
    expect(c.reactivated).toEqual(['nonkel']);
    expect(c.movedCloser).toEqual([{ id: 'nonkel', from: 3, to: 2 }]);
    expect(c.delta.dormantCount).toBe(-1);
    expect(c.delta.size).toBe(1);
    expect(c.delta.gaps).toEqual({ added: [], removed: ['voorbeeld'] });
  });

  it('[W3] a household as ego is analysed exactly like a person', () => {
    const snapshot = {
      id: 's', kind: 'is' as const, date: '2026-02-01',
      alters: [
        { id: 'oma', name: 'Oma', sector: 'familie' as const, ring: 1, support: { zorg: 'ontvangt' as const } },
        { id: 'clb', name: 'CLB', sector: 'hulpverlening' as const, ring: 3, support: { informatie: 'ontvangt' as const } },
      ],
      ties: [['clb', 'oma'] as [string, string]],
    };
    const household = buildMap({ id: 'h', ego: { kind: 'huishouden', name: 'Gezin El Amrani', members: [{ personId: 'p1', name: 'Fatima' }, { personId: 'p2', name: 'Youssef' }] }, snapshots: [snapshot] });
    const person = buildMap({ id: 'p', ego: { kind: 'persoon', name: 'Fatima' }, snapshots: [snapshot] });
    expect(analyseSnapshot(only(household), household)).toEqual(analyseSnapshot(only(person), person));
    expect(analyseSnapshot(only(household), household).density).toBe(1);
  });

  it('[W4] a small network experienced as strengthening is contactarm, not isolated', () => {
    const map = buildMap({
      id: 'w4', ego: { kind: 'persoon', name: 'Rita' },
      snapshots: [{ id: 's', kind: 'is', date: '2026-02-01', appraisal: 'versterkend', alters: [
        { id: 'vriendin', name: 'Josée', sector: 'vrienden_kennissen', ring: 1, frequency: 'dagelijks', support: { emotioneel: 'wederzijds', gezelschap: 'wederzijds' } },
        { id: 'dochter', name: 'Sofie', sector: 'familie', ring: 1, frequency: 'wekelijks', support: { praktisch: 'ontvangt', zorg: 'geeft' } },
      ] }],
    });
    const r = analyseSnapshot(only(map), map);
    expect(r.quadrant).toBe('contactarm');
    expect(r.reciprocityShare).toBe(1);
    expect(r.strongCount).toBe(2);
  });
});

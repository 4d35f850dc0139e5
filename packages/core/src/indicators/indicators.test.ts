import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../builders.js';
import type { AlterInput } from '../records/index.js';
import { analyseSnapshot } from './analyse.js';
import { indicatorSettings } from './settings.js';

const shape = { ringCount: 3, sectorScheme: 'B' } as const;
type Extra = Omit<AlterInput, 'id' | 'name' | 'ring'> & { ring?: number; name?: string };
const alter = (id: string, extra: Extra = {}): AlterInput =>
  ({ id, name: extra.name ?? `Persoon ${id}`, ring: extra.ring ?? 2, ...extra }) as AlterInput;
const analyse = (alters: AlterInput[], ties: [string, string][] = [], appraisal: 'versterkend' | 'belastend' | null = null, settings = indicatorSettings()) =>
  analyseSnapshot(buildSnapshot({ alters, ties, appraisal }), shape, settings);

describe('general rules', () => {
  it('[N1] an empty map gives zero counts and null shares, never NaN', () => {
    const r = analyse([]);
    expect(r.size).toBe(0);
    expect(r.informalShare).toBeNull();
    expect(r.burdeningShare).toBeNull();
    expect(r.reciprocityShare).toBeNull();
    expect(r.topProviderShare).toBeNull();
    expect(r.concentration).toBeNull();
    expect(r.professionalDependence).toBeNull();
    expect(r.density).toBeNull();
    expect(r.informalDensity).toBeNull();
    expect(r.sectorEntropy).toBeNull();
    expect(r.sectorDiversity).toBe(0);
    expect(r.careMix).toBeNull();
    expect(r.components).toEqual([]);
    expect(r.isolates).toEqual([]);
    expect(Object.values(r.composition).every((c) => c.count === 0 && c.share === null)).toBe(true);
    expect(r.gaps).toHaveLength(8);
  });

  it('[N2] all alters dormant: nothing active is counted, but the dormant are', () => {
    const r = analyse([alter('a', { status: 'ondergesneeuwd', support: { emotioneel: 'ontvangt' } }), alter('b', { status: 'ondergesneeuwd' })], [['a', 'b']]);
    expect(r.size).toBe(0);
    expect(r.dormantCount).toBe(2);
    expect(r.providers.emotioneel).toEqual({ informal: [], formal: [] });
    expect(r.gaps).toContain('emotioneel');
    expect(r.density).toBeNull();
    expect(r.components).toEqual([]);
  });

  it('[N3] the same input always gives the same result', () => {
    const alters = [alter('a', { sector: 'familie', support: { praktisch: 'ontvangt' } }), alter('b', { sector: 'hulpverlening' })];
    expect(analyse(alters, [['a', 'b']])).toEqual(analyse(alters, [['a', 'b']]));
  });
});

describe('size', () => {
  it('[S1] size counts only active alters', () => {
    const r = analyse([alter('a'), alter('b', { status: 'verbroken' }), alter('c', { status: 'gewenst' }), alter('d')]);
    expect(r.size).toBe(2);
  });

  it('[S2] informal and formal sizes add up to size; formal follows the sector when not given', () => {
    const r = analyse([
      alter('a', { sector: 'hulpverlening' }),
      alter('b', { sector: 'familie' }),
      alter('c', { sector: 'samenleving', formal: true }),
      alter('d', { sector: 'hulpverlening', formal: false }),
      alter('e'),
    ]);
    expect(r.formalSize).toBe(2);
    expect(r.informalSize).toBe(3);
    expect(r.informalSize + r.formalSize).toBe(r.size);
  });

  it('[S3] dormant, lost and wished are counted over all alters', () => {
    const r = analyse([
      alter('a', { status: 'ondergesneeuwd' }), alter('b', { status: 'ondergesneeuwd' }),
      alter('c', { status: 'verbroken' }), alter('d', { status: 'gewenst' }), alter('e'),
    ]);
    expect([r.dormantCount, r.lostCount, r.wishedCount]).toEqual([2, 1, 1]);
  });
});

describe('composition, informal share and rings', () => {
  it('[C1] every sector of the scheme is present, uncategorised alters count as none', () => {
    const r = analyse([alter('a', { sector: 'familie' }), alter('b'), alter('c', { sector: null })]);
    expect(Object.keys(r.composition)).toEqual(['familie', 'vrienden_kennissen', 'samenleving', 'hulpverlening', 'none']);
    expect(r.composition.none?.count).toBe(2);
    expect(r.composition.samenleving).toEqual({ count: 0, share: 0 });
  });

  it('[C1] scheme A gives its three sectors', () => {
    const snapshot = buildSnapshot({ alters: [alter('a', { sector: 'verwanten' }), alter('b', { sector: 'maatschappelijke_diensten' })] }, { sectorScheme: 'A' });
    const r = analyseSnapshot(snapshot, { ringCount: 3, sectorScheme: 'A' });
    expect(Object.keys(r.composition)).toEqual(['verwanten', 'vriendschappelijk', 'maatschappelijke_diensten', 'none']);
    expect(r.formalSize).toBe(1);
  });

  it('[C2] shares are count over n and sum to 1', () => {
    const r = analyse([alter('a', { sector: 'familie' }), alter('b', { sector: 'familie' }), alter('c', { sector: 'hulpverlening' }), alter('d')]);
    expect(r.composition.familie?.share).toBe(0.5);
    expect(r.composition.hulpverlening?.share).toBe(0.25);
    const sum = Object.values(r.composition).reduce((s, c) => s + (c.share ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('[I1] informal share is informal size over n', () => {
    const r = analyse([alter('a', { sector: 'familie' }), alter('b', { sector: 'hulpverlening' }), alter('c', { sector: 'hulpverlening' })]);
    expect(r.informalShare).toBeCloseTo(1 / 3, 12);
  });

  it('[RG1] every ring is listed and the counts sum to n', () => {
    const r = analyse([alter('a', { ring: 1 }), alter('b', { ring: 1 }), alter('c', { ring: 3 }), alter('d', { ring: 3, status: 'ondergesneeuwd' })]);
    expect(r.rings).toEqual({ '1': 2, '2': 0, '3': 1 });
  });
});

describe('providers and coverage', () => {
  const alters = [
    alter('mama', { sector: 'familie', support: { emotioneel: 'wederzijds', zorg: 'ontvangt', materieel: 'geeft' } }),
    alter('ocmw', { sector: 'hulpverlening', support: { materieel: 'ontvangt', informatie: 'ontvangt' } }),
    alter('buur', { sector: 'samenleving', support: { praktisch: 'ontvangt', informatie: 'ontvangt' } }),
    alter('oud', { sector: 'familie', status: 'ondergesneeuwd', support: { gezelschap: 'ontvangt' } }),
  ];
  const r = analyse(alters);

  it('[P1] providers are the active alters a function is received from, split informal/formal', () => {
    expect(r.providers.emotioneel).toEqual({ informal: ['mama'], formal: [] });
    expect(r.providers.informatie).toEqual({ informal: ['buur'], formal: ['ocmw'] });
    expect(r.providers.materieel).toEqual({ informal: [], formal: ['ocmw'] });
    expect(r.providers.gezelschap).toEqual({ informal: [], formal: [] });
  });

  it('[P2] every function of the settings is a key', () => {
    expect(Object.keys(r.providers)).toHaveLength(8);
    const only = analyse(alters, [], null, indicatorSettings({ functions: ['emotioneel', 'praktisch'] }));
    expect(Object.keys(only.providers)).toEqual(['emotioneel', 'praktisch']);
    expect(only.gaps).toEqual([]);
  });

  it('[CV1] coverage is informeel, alleen_formeel or geen', () => {
    expect(r.coverage.emotioneel).toBe('informeel');
    expect(r.coverage.informatie).toBe('informeel');
    expect(r.coverage.materieel).toBe('alleen_formeel');
    expect(r.coverage.gezelschap).toBe('geen');
  });

  it('[CV2] gaps are the functions nobody active gives, in settings order', () => {
    expect(r.gaps).toEqual(['gezelschap', 'erbij_horen', 'voorbeeld']);
  });

  it('[CV3] formal-only support: a function only professionals give', () => {
    expect(r.formalOnly).toEqual(['materieel']);
    const formalOnly = analyse([alter('h', { sector: 'hulpverlening', support: { emotioneel: 'ontvangt', praktisch: 'ontvangt' } })]);
    expect(formalOnly.formalOnly).toEqual(['emotioneel', 'praktisch']);
    expect(formalOnly.professionalDependence).toBe(1);
  });
});

describe('reciprocity', () => {
  it('[R1] an alter without any function is no support tie', () => {
    const r = analyse([alter('a'), alter('b', { support: { praktisch: 'ontvangt' } })]);
    expect(r.reciprocityShare).toBe(0);
  });

  it('[R2] reciprocal through wederzijds, or receiving one function and giving another', () => {
    const r = analyse([
      alter('a', { support: { emotioneel: 'wederzijds' } }),
      alter('b', { support: { praktisch: 'ontvangt', zorg: 'geeft' } }),
      alter('c', { support: { praktisch: 'ontvangt', zorg: 'ontvangt' } }),
      alter('d', { support: { praktisch: 'geeft' } }),
    ]);
    expect(r.reciprocityShare).toBe(0.5);
  });

  it('[R3] reciprocity share is null without support ties', () => {
    expect(analyse([alter('a'), alter('b')]).reciprocityShare).toBeNull();
  });

  it('[R4] balance is functions given minus functions received; wederzijds adds nothing', () => {
    const r = analyse([
      alter('a', { support: { emotioneel: 'wederzijds' } }),
      alter('b', { support: { praktisch: 'ontvangt', zorg: 'ontvangt' } }),
      alter('c', { support: { praktisch: 'geeft' } }),
      alter('d', { status: 'ondergesneeuwd', support: { praktisch: 'geeft' } }),
    ]);
    expect(r.balance).toBe(-1);
  });
});

describe('dependence', () => {
  const r = analyse([
    alter('a', { sector: 'familie', support: { emotioneel: 'ontvangt', praktisch: 'ontvangt' } }),
    alter('b', { sector: 'hulpverlening', support: { informatie: 'ontvangt', materieel: 'wederzijds', emotioneel: 'ontvangt' } }),
    alter('c', { sector: 'vrienden_kennissen', support: { gezelschap: 'geeft' } }),
  ]);

  it('[DP1] top provider share is the largest u(a) over U', () => {
    expect(r.topProviderShare).toBeCloseTo(3 / 5, 12);
  });

  it('[DP2] concentration is the Herfindahl index of the u(a)/U', () => {
    expect(r.concentration).toBeCloseTo((2 / 5) ** 2 + (3 / 5) ** 2, 12);
    const equal = analyse([alter('x', { support: { zorg: 'ontvangt' } }), alter('y', { support: { zorg: 'ontvangt' } })]);
    expect(equal.concentration).toBeCloseTo(0.5, 12);
  });

  it('[DP3] professional dependence is the formal part of U', () => {
    expect(r.professionalDependence).toBeCloseTo(3 / 5, 12);
  });

  it('[DP4] no dependence measures when nothing is received', () => {
    const none = analyse([alter('a', { support: { praktisch: 'geeft' } })]);
    expect([none.topProviderShare, none.concentration, none.professionalDependence]).toEqual([null, null, null]);
    expect(none.keyPersons).toEqual([]);
  });

  it('[DP5] key persons: sole provider of two or more functions, or carrying half of U', () => {
    // b alone gives informatie and materieel; a and b share emotioneel; a alone gives praktisch.
    expect(r.keyPersons).toEqual(['b']);
    const half = analyse([
      alter('p', { support: { zorg: 'ontvangt', praktisch: 'ontvangt' } }),
      alter('q', { support: { zorg: 'ontvangt', praktisch: 'ontvangt' } }),
    ]);
    expect(half.keyPersons).toEqual(['p', 'q']);
    const spread = analyse([
      alter('p', { support: { zorg: 'ontvangt' } }), alter('q', { support: { zorg: 'ontvangt' } }), alter('s', { support: { praktisch: 'ontvangt' } }),
    ]);
    expect(spread.keyPersons).toEqual([]);
  });

  it('[O1] possibly overloaded: at least the threshold of functions received, a setting', () => {
    const alters = [
      alter('a', { support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'wederzijds', informatie: 'ontvangt' } }),
      alter('b', { support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'ontvangt', informatie: 'geeft' } }),
    ];
    expect(analyse(alters).possiblyOverloaded).toEqual(['a']);
    expect(analyse(alters, [], null, indicatorSettings({ overloadThreshold: 3 })).possiblyOverloaded).toEqual(['a', 'b']);
  });
});

describe('valence', () => {
  it('[V1] burdening and ambivalent alters are counted; no valence counts as neither', () => {
    const r = analyse([alter('a', { valence: 'belastend' }), alter('b', { valence: 'ambivalent' }), alter('c'), alter('d', { valence: 'belastend', status: 'verbroken' })]);
    expect([r.burdeningCount, r.ambivalentCount]).toEqual([1, 1]);
  });

  it('[V2] burdening share is belastend over n', () => {
    const r = analyse([alter('a', { valence: 'belastend' }), alter('b'), alter('c'), alter('d')]);
    expect(r.burdeningShare).toBe(0.25);
  });
});

describe('tie strength and social capital', () => {
  it('[T1] the four components: time, emotional intensity, intimacy, reciprocal services', () => {
    const r = analyse([
      // time + emotion + intimacy = 3: strong
      alter('a', { frequency: 'wekelijks', ring: 1, support: { emotioneel: 'ontvangt' } }),
      // emotion (geeft counts: any direction) + reciprocity (wederzijds) + intimacy = 3: strong
      alter('b', { ring: 1, support: { emotioneel: 'geeft', praktisch: 'wederzijds' } }),
      // time + intimacy = 2: weak
      alter('c', { frequency: 'dagelijks', ring: 1 }),
      // monthly is not "time"; ring 2 not intimacy; emotion only = 1: weak
      alter('d', { frequency: 'maandelijks', support: { emotioneel: 'ontvangt' } }),
    ]);
    expect(r.strongCount).toBe(2);
  });

  it('[T2] strong and weak add up to n', () => {
    const r = analyse([alter('a', { frequency: 'dagelijks', ring: 1, support: { emotioneel: 'wederzijds' } }), alter('b'), alter('c')]);
    expect([r.strongCount, r.weakCount]).toEqual([1, 2]);
  });

  it('[K1] linking before bridging before bonding', () => {
    const r = analyse([
      alter('a', { sector: 'hulpverlening', flags: { andereAchtergrond: true } }),
      alter('b', { flags: { toegangTotMiddelen: true, andereAchtergrond: true } }),
      alter('c', { flags: { andereAchtergrond: true } }),
      alter('d'),
    ]);
    expect([r.linkingCount, r.bridgingCount, r.bondingCount]).toEqual([2, 1, 1]);
  });

  it('[K2] the three kinds sum to n and leave inactive alters out', () => {
    const r = analyse([alter('a'), alter('b', { status: 'gewenst', flags: { andereAchtergrond: true } })]);
    expect(r.bondingCount + r.bridgingCount + r.linkingCount).toBe(r.size);
    expect(r.bridgingCount).toBe(0);
  });
});

describe('density and components', () => {
  it('[N3] the same map analysed again, also after a malformed map failed half-way, gives the same ties', () => {
    const people = [alter('a'), alter('b'), alter('c')];
    const first = analyse(people, [['a', 'b'], ['b', 'c']]);
    expect(first.density).toBe(2 / 3);
    expect(analyse(people, [['a', 'b'], ['b', 'c']])).toEqual(first);
    // Unchecked input: a tie that is not a pair stops the analysis after the first tie was counted.
    const broken = buildSnapshot({ alters: people, ties: [['a', 'b']], appraisal: null });
    expect(() => analyseSnapshot({ ...broken, ties: [...broken.ties, null as unknown as (typeof broken.ties)[number]] }, shape)).toThrow();
    expect(analyse(people, [['a', 'b'], ['b', 'c']])).toEqual(first);
  });

  it('[D1] density is ties among active alters over possible pairs; the ego does not count', () => {
    const r = analyse([alter('a'), alter('b'), alter('c'), alter('d')], [['a', 'b'], ['c', 'd'], ['a', 'c']]);
    expect(r.density).toBe(3 / 6);
  });

  it('[D1] no alter–alter ties gives density 0', () => {
    expect(analyse([alter('a'), alter('b'), alter('c')]).density).toBe(0);
  });

  it('[D2] density is null with fewer than two active alters', () => {
    expect(analyse([alter('a')]).density).toBeNull();
    expect(analyse([alter('a'), alter('b', { status: 'ondergesneeuwd' })], [['a', 'b']]).density).toBeNull();
  });

  it('[D3] informal density uses only informal alters and ties among them', () => {
    const r = analyse(
      [alter('a', { sector: 'familie' }), alter('b', { sector: 'familie' }), alter('c', { sector: 'vrienden_kennissen' }), alter('h', { sector: 'hulpverlening' })],
      [['a', 'b'], ['a', 'h'], ['b', 'h']],
    );
    expect(r.informalDensity).toBe(1 / 3);
    expect(r.density).toBe(3 / 6);
    expect(analyse([alter('a', { sector: 'familie' }), alter('h', { sector: 'hulpverlening' })]).informalDensity).toBeNull();
  });

  it('[D4] ties to inactive alters do not count', () => {
    const r = analyse([alter('a'), alter('b'), alter('c', { status: 'verbroken' })], [['a', 'c'], ['b', 'c']]);
    expect(r.density).toBe(0);
  });

  it('[G1] components are groups that know each other; an alter without ties is its own group', () => {
    const r = analyse([alter('a'), alter('b'), alter('c'), alter('d'), alter('e')], [['a', 'b'], ['b', 'c'], ['d', 'e']]);
    expect(r.components).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    const lone = analyse([alter('a'), alter('b'), alter('c')], [['a', 'c']]);
    expect(lone.components).toEqual([['a', 'c'], ['b']]);
    expect(lone.components.flat()).toHaveLength(lone.size);
  });

  it('[G2] isolates are known only through the ego', () => {
    const r = analyse([alter('a'), alter('b'), alter('c'), alter('d', { status: 'ondergesneeuwd' })], [['a', 'b'], ['c', 'd']]);
    expect(r.isolates).toEqual(['c']);
  });
});

describe('diversity', () => {
  it('[DV1] sector diversity counts distinct sectors; uncategorised alters are left out', () => {
    const r = analyse([alter('a', { sector: 'familie' }), alter('b', { sector: 'familie' }), alter('c', { sector: 'samenleving' }), alter('d')]);
    expect(r.sectorDiversity).toBe(2);
  });

  it('[DV2] entropy: 0 for one sector, log2(k) for k even sectors, null with no categorised alter', () => {
    expect(analyse([alter('a', { sector: 'familie' }), alter('b', { sector: 'familie' })]).sectorEntropy).toBe(0);
    const even = analyse([
      alter('a', { sector: 'familie' }), alter('b', { sector: 'vrienden_kennissen' }), alter('c', { sector: 'samenleving' }), alter('d', { sector: 'hulpverlening' }),
    ]);
    expect(even.sectorEntropy).toBeCloseTo(2, 12);
    const uncategorised = analyse([alter('a'), alter('b')]);
    expect(uncategorised.sectorEntropy).toBeNull();
    expect(uncategorised.sectorDiversity).toBe(0);
  });
});

describe('quadrant and care mix', () => {
  const informal = (k: number) => Array.from({ length: k }, (_, i) => alter(`f${i}`, { sector: 'vrienden_kennissen' }));
  const professionals = Array.from({ length: 4 }, (_, i) => alter(`h${i}`, { sector: 'hulpverlening' }));

  it('[Q1] rich from richThreshold informal alters; the four quadrants', () => {
    expect(analyse(informal(6), [], 'versterkend').quadrant).toBe('sociaal_weerbaar');
    expect(analyse(informal(6), [], 'belastend').quadrant).toBe('eenzaam');
    expect(analyse([...informal(5), ...professionals], [], 'versterkend').quadrant).toBe('contactarm');
    expect(analyse(informal(5), [], 'belastend').quadrant).toBe('sociaal_geisoleerd');
    expect(analyse(informal(3), [], 'belastend', indicatorSettings({ richThreshold: 3 })).quadrant).toBe('eenzaam');
  });

  it('[Q2] no quadrant without the person’s own appraisal', () => {
    expect(analyse(informal(8)).quadrant).toBeNull();
  });

  it('[M1] care mix splits what is received into informal, general and specialised care', () => {
    const r = analyse([
      alter('a', { sector: 'familie', support: { emotioneel: 'ontvangt', zorg: 'ontvangt' } }),
      alter('b', { sector: 'hulpverlening', support: { informatie: 'ontvangt' } }),
      alter('c', { sector: 'hulpverlening', formalLevel: 'gespecialiseerd', support: { praktisch: 'ontvangt' } }),
      alter('d', { sector: 'hulpverlening', formalLevel: 'algemeen', support: { materieel: 'ontvangt', praktisch: 'geeft' } }),
    ]);
    expect(r.careMix).toEqual({ informeel: 2 / 5, algemeen: 2 / 5, gespecialiseerd: 1 / 5 });
  });

  it('[M2] no care mix when nothing is received', () => {
    expect(analyse([alter('a', { support: { zorg: 'geeft' } })]).careMix).toBeNull();
  });
});

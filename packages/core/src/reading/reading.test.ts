import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap, buildSnapshot } from '../builders.js';
import { compareSnapshots } from '../comparison/compare.js';
import { analyseSnapshot } from '../indicators/analyse.js';
import { LANGUAGES } from '../labels.js';
import type { AlterInput } from '../records/index.js';
import { DIRECTIONS, QUADRANT_VOCABULARY, SECTORS_B, STATUSES, SUPPORT_FUNCTIONS, VALENCES, type SupportFunction } from '../vocabularies/index.js';
import {
  COMPARISON_SECTIONS, METRIC_CODES, OBSERVATION_CODES, PARAM_KEYS, roundPercent, roundPercentsTo100, SNAPSHOT_SECTIONS,
  type ObservedSection, type ParamValue,
} from './observations.js';
import { observeSnapshot } from './observe-snapshot.js';
import { READING_MESSAGES } from './reading-messages.js';
import { readComparison, readSnapshot } from './read-snapshot.js';
import { renderObservation } from './render.js';

const map = { ringCount: 3, sectorScheme: 'B' as const };

function read(alters: AlterInput[], options: { appraisal?: 'versterkend' | 'belastend' | null; ties?: [string, string][] } = {}, lang: 'nl' | 'fr' | 'en' = 'nl') {
  const snapshot = buildSnapshot({ alters, appraisal: options.appraisal ?? null, ties: options.ties ?? [] });
  const indicators = analyseSnapshot(snapshot, map);
  return { snapshot, indicators, sections: observeSnapshot(indicators, snapshot, map), reading: readSnapshot(indicators, snapshot, map, lang) };
}

const codesIn = (sections: readonly ObservedSection[]) => sections.flatMap((s) => s.observations.map((o) => o.code));
const section = (sections: readonly ObservedSection[], code: string) => sections.find((s) => s.code === code);

/** The mother of seed 000 whose home carer "means everything": most support comes from one professional. */
const homeCarerCase: AlterInput[] = [
  { id: 'greet', name: 'Greet', sector: 'hulpverlening', ring: 1, support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'ontvangt', informatie: 'ontvangt', voorbeeld: 'ontvangt' }, flags: { aanspreekfiguur: true } },
  { id: 'mama', name: 'Mama', sector: 'familie', ring: 2, support: { emotioneel: 'ontvangt', gezelschap: 'wederzijds' } },
  { id: 'rosa', name: 'Buurvrouw Rosa', sector: 'samenleving', ring: 3, status: 'ondergesneeuwd' },
  { id: 'groep', name: 'Oudergroep', kind: 'groep', sector: 'samenleving', ring: 3, status: 'gewenst' },
  { id: 'ocmw', name: 'OCMW', sector: 'hulpverlening', ring: 3, support: { materieel: 'ontvangt' } },
];

describe('the catalogue of reading texts', () => {
  it('has a non-empty text for every observation, section and metric code in every language', () => {
    const full: Record<string, ParamValue> = {};
    for (const key of PARAM_KEYS) full[key] = { kind: 'number', value: 2 };
    for (const lang of LANGUAGES) {
      const catalogue = READING_MESSAGES[lang];
      for (const code of OBSERVATION_CODES) {
        expect(typeof catalogue.observations[code], `${lang}.${code}`).toBe('function');
        const text = renderObservation({ code, params: full }, catalogue, lang, (id) => id);
        expect(text.trim().length, `${lang}.${code}`).toBeGreaterThan(0);
      }
      for (const code of [...SNAPSHOT_SECTIONS, ...COMPARISON_SECTIONS]) expect(catalogue.sections[code].length, `${lang}.${code}`).toBeGreaterThan(0);
      for (const code of METRIC_CODES) expect(catalogue.metrics[code].length, `${lang}.${code}`).toBeGreaterThan(0);
      expect(Object.keys(catalogue.observations).sort()).toEqual([...OBSERVATION_CODES].sort());
    }
  });
});

describe('percentages', () => {
  it('rounds to whole percents, never showing a share strictly between 0 and 1 as 0 % or 100 %', () => {
    expect(roundPercent(0)).toBe(0);
    expect(roundPercent(1)).toBe(100);
    expect(roundPercent(0.004)).toBe(1);
    expect(roundPercent(0.996)).toBe(99);
    expect(roundPercent(0.456)).toBe(46);
  });

  it('rounds a care mix to whole percents that sum to 100', () => {
    expect(roundPercentsTo100([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    fc.assert(fc.property(fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }).filter((xs) => xs.some((x) => x > 0)), (xs) => {
      const total = xs.reduce((p, q) => p + q, 0);
      const rounded = roundPercentsTo100(xs.map((x) => x / total));
      expect(rounded.reduce((p, q) => p + q, 0)).toBe(100);
      rounded.forEach((r, i) => expect(Math.abs(r - ((xs[i] ?? 0) / total) * 100)).toBeLessThan(1));
    }));
  });
});

describe('reading a snapshot', () => {
  it('puts strengths first and keeps the sections in their fixed order', () => {
    const { sections } = read(homeCarerCase);
    expect(sections[0]?.code).toBe('strengths');
    const order = sections.map((s) => SNAPSHOT_SECTIONS.indexOf(s.code as (typeof SNAPSHOT_SECTIONS)[number]));
    expect(order).toEqual([...order].sort((p, q) => p - q));
  });

  it('names who gives what per function, informal and formal, with names from the snapshot', () => {
    const { reading } = read(homeCarerCase);
    const support = reading.sections.find((s) => s.code === 'support');
    expect(support?.lines).toContain('Emotionele steun: Mama (eigen kring); Greet (hulpverlening).');
    expect(support?.lines).toContain('Materiële steun: OCMW (hulpverlening).');
  });

  it('asks how a key person who carries a lot is doing, as a question (seed 000: the home carer)', () => {
    const { sections, reading } = read(homeCarerCase);
    const carriers = section(sections, 'carriers');
    expect(carriers?.observations.map((o) => o.code)).toEqual(['key_person', 'overloaded']);
    const lines = reading.sections.find((s) => s.code === 'carriers')?.lines ?? [];
    expect(lines[0]).toContain('Greet');
    expect(lines[1]).toBe('Van Greet krijg je 5 soorten steun. Hoe gaat het met Greet? Is het niet te veel?');
  });

  it('names gaps, formal-only functions and the dependence on professionals where the network is thin', () => {
    const { sections, indicators } = read(homeCarerCase);
    const thin = section(sections, 'thin');
    const gaps = thin?.observations.find((o) => o.code === 'gaps');
    expect(gaps?.params.functions).toEqual({ kind: 'functions', codes: indicators.gaps });
    expect(indicators.gaps).toEqual(['erbij_horen']);
    const formalOnly = thin?.observations.find((o) => o.code === 'formal_only');
    expect(formalOnly?.params.functions).toEqual({ kind: 'functions', codes: ['praktisch', 'zorg', 'informatie', 'materieel', 'voorbeeld'] });
    expect(thin?.observations.find((o) => o.code === 'professional_share')?.params.percent).toEqual({ kind: 'percent', value: 75 });
  });

  it('offers dormant and wished-for people as openings', () => {
    const { reading } = read(homeCarerCase, {}, 'en');
    const lines = reading.sections.find((s) => s.code === 'reconnect')?.lines ?? [];
    expect(lines[0]).toMatch(/^Contact with Buurvrouw Rosa has lapsed/);
    expect(lines[1]).toMatch(/^You would like to be in touch with Oudergroep\./);
  });

  it('shows Machielse\'s quadrant only as a reflection question, never elsewhere', () => {
    for (const lang of LANGUAGES) {
      const { reading } = read(homeCarerCase, { appraisal: 'belastend' }, lang);
      const label = QUADRANT_VOCABULARY.find((q) => q.code === 'sociaal_geisoleerd')?.labels[lang] ?? '';
      const reflection = reading.sections.find((s) => s.code === 'reflection');
      const line = reflection?.lines.find((l) => l.includes(label));
      expect(line, lang).toBeDefined();
      expect(line?.trim().endsWith('?'), lang).toBe(true);
      for (const s of reading.sections) {
        if (s.code !== 'reflection') for (const l of s.lines) expect(l.includes(label)).toBe(false);
      }
    }
  });

  it('does not guess an appraisal: without one, it asks the question', () => {
    const { sections } = read(homeCarerCase);
    expect(codesIn(section(sections, 'reflection') ? [section(sections, 'reflection') as ObservedSection] : [])).toEqual(['appraisal_open', 'next_step']);
  });

  it('speaks about the balance of giving and receiving', () => {
    expect(codesIn(read([{ id: 'x', name: 'X', ring: 1, support: { praktisch: 'geeft', emotioneel: 'geeft' } }]).sections)).toContain('balance_gives_more');
    expect(codesIn(read([{ id: 'x', name: 'X', ring: 1, support: { praktisch: 'wederzijds' } }]).sections)).toContain('balance_even');
    expect(codesIn(read(homeCarerCase).sections)).toContain('balance_receives_more');
  });

  it('[T2] calls a tie strong only as the rule means it: at least three of the four, each named in plain words', () => {
    const alters: AlterInput[] = [{ id: 'ma', name: 'Ma', ring: 1, frequency: 'dagelijks', support: { emotioneel: 'wederzijds' } }];
    const lines = read(alters).reading.sections.flatMap((s) => s.lines).join(' ');
    expect(lines).toContain('minstens drie van deze vier');
    expect(lines).not.toMatch(/koppels/);
  });

  it('speaks about who knows whom: density, clusters and people known only through the ego', () => {
    const alters: AlterInput[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id.toUpperCase(), ring: 2 }));
    const { sections, reading } = read(alters, { ties: [['a', 'b'], ['c', 'd']] }, 'en');
    expect(codesIn([section(sections, 'connections') as ObservedSection])).toEqual(['density', 'clusters', 'isolates']);
    expect(reading.sections.find((s) => s.code === 'connections')?.lines).toEqual([
      'Take any two people on your map. Of all those twos, 20% know each other.',
      'Your contacts form 2 small groups that do not know each other.',
      'E knows nobody else on the map, only you.',
    ]);
  });

  it('counts in the singular for one contact', () => {
    const one: AlterInput[] = [{ id: 'x', name: 'Rosa', ring: 1 }];
    expect(read(one).reading.sections[0]?.lines[0]).toBe('Er is 1 contact actief op de kaart: uit je eigen kring.');
    expect(read(one, {}, 'fr').reading.sections[0]?.lines[0]).toBe('Il y a 1 contact actif sur la carte : de votre entourage.');
    expect(read(one, {}, 'en').reading.sections[0]?.lines[0]).toBe('There is 1 active contact on the map: from your own circle.');
  });

  it('reads an empty map as a beginning', () => {
    const { sections } = read([]);
    expect(codesIn(sections)).toEqual(['no_active_people', 'appraisal_open', 'next_step']);
  });

  it('gives the care mix in whole percents that sum to 100', () => {
    const { sections } = read(homeCarerCase);
    const mix = section(sections, 'careMix')?.observations[0];
    expect(mix?.code).toBe('care_mix');
    expect(mix?.params).toEqual({ informal: { kind: 'percent', value: 25 }, general: { kind: 'percent', value: 75 }, specialised: { kind: 'percent', value: 0 } });
  });

  it('never prints undefined, NaN, null or an empty line, in any language, for any valid snapshot (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const alterArb = (id: string) => fc.record({
      id: fc.constant(id),
      name: fc.constantFrom('Rosa', 'de buurvrouw', 'OCMW', 'Oom Karim'),
      ring: fc.integer({ min: 1, max: 3 }),
      sector: fc.constantFrom(null, ...SECTORS_B),
      status: fc.constantFrom(...STATUSES),
      support: fc.dictionary(fc.constantFrom(...SUPPORT_FUNCTIONS), fc.constantFrom(...DIRECTIONS)) as fc.Arbitrary<Partial<Record<SupportFunction, (typeof DIRECTIONS)[number]>>>,
      valence: fc.option(fc.constantFrom(...VALENCES), { nil: undefined }),
      flags: fc.record({ aanspreekfiguur: fc.boolean(), andereAchtergrond: fc.boolean(), toegangTotMiddelen: fc.boolean(), alleenDigitaal: fc.boolean() }),
    });
    const caseArb = fc.subarray(ids).chain((chosen) => fc.record({
      alters: fc.tuple(...chosen.map(alterArb)),
      ties: chosen.length < 2 ? fc.constant([] as [string, string][]) : fc.uniqueArray(
        fc.tuple(fc.constantFrom(...chosen), fc.constantFrom(...chosen)).filter(([x, y]) => x < y),
        { selector: ([x, y]) => `${x}${y}` },
      ),
      appraisal: fc.constantFrom(null, 'versterkend' as const, 'belastend' as const),
    }));
    fc.assert(fc.property(caseArb, ({ alters, ties, appraisal }) => {
      for (const lang of LANGUAGES) {
        const { reading } = read(alters as AlterInput[], { ties, appraisal }, lang);
        expect(reading.sections.length).toBeGreaterThan(0);
        for (const s of reading.sections) {
          expect(s.heading.length).toBeGreaterThan(0);
          expect(s.lines.length).toBe(s.observations.length);
          for (const line of s.lines) {
            expect(line).not.toMatch(/undefined|NaN|null|Infinity|\[object/);
            expect(line.trim()).toBe(line);
            expect(line).not.toMatch(/ {2}|\( |: \.|: ;/);
            expect(line.length).toBeGreaterThan(5);
          }
        }
      }
    }), { numRuns: 150 });
  });
});

describe('reading a comparison', () => {
  it('names who was reactivated, who came, whose support changed, and the key numbers then and now', () => {
    const m = buildMap({
      id: 'm', ego: { kind: 'huishouden', name: 'Gezin' },
      snapshots: [
        { id: 'was', kind: 'was', date: '2025-01-01', alters: [
          { id: 'oom', name: 'Oom Karim', sector: 'familie', ring: 3, status: 'ondergesneeuwd' },
          { id: 'ellen', name: 'Ellen', sector: 'hulpverlening', ring: 1, support: { praktisch: 'ontvangt', emotioneel: 'ontvangt' } },
          { id: 'wens', name: 'Hilde', sector: 'samenleving', ring: 3, status: 'gewenst' },
        ] },
        { id: 'is', kind: 'is', date: '2026-01-01', alters: [
          { id: 'oom', name: 'Oom Karim', sector: 'familie', ring: 2, support: { praktisch: 'ontvangt' } },
          { id: 'ellen', name: 'Ellen', sector: 'hulpverlening', ring: 2, support: { emotioneel: 'ontvangt' } },
          { id: 'wens', name: 'Hilde', sector: 'samenleving', ring: 2, support: { gezelschap: 'wederzijds' } },
          { id: 'fatma', name: 'Fatma', sector: 'vrienden_kennissen', ring: 3 },
          { id: 'club', name: 'Club', sector: 'samenleving', ring: 3, status: 'gewenst' },
        ] },
      ],
    });
    const [from, to] = m.snapshots as [typeof m.snapshots[0], typeof m.snapshots[0]];
    const reading = readComparison(compareSnapshots(m, from, to), from, to, 'nl');
    const lines = (code: string) => reading.sections.find((s) => s.code === code)?.lines ?? [];
    expect(lines('people')).toEqual([
      'Nieuw op de kaart: Fatma.',
      'Nieuw als wens: Club.',
      'Weer opgepikt (het contact was stilgevallen): Oom Karim.',
      'Een wens is uitgekomen: er is nu contact met Hilde.',
    ]);
    expect(lines('moves')).toEqual([
      'Oom Karim staat nu dichterbij: van cirkel 3 naar cirkel 2.',
      'Hilde staat nu dichterbij: van cirkel 3 naar cirkel 2.',
      'Ellen staat nu verder weg: van cirkel 1 naar cirkel 2.',
    ]);
    expect(lines('functions')).toEqual([
      'Oom Karim — erbij: praktische hulp.',
      'Ellen — weg: praktische hulp.',
      'Hilde — erbij: gezelschap en plezier.',
    ]);
    expect(lines('numbers')).toContain('Actieve contacten: 1 → 4 (+3)');
    expect(lines('numbers')).toContain('Deel van de steun van hulpverleners: 100 % → 33 %');
  });
});

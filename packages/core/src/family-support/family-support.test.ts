import { describe, expect, it } from 'vitest';
import { KANSARMOEDE_CRITERIA, KansarmoedeCheckInputSchema, KansarmoedeSettingsSchema, indexHistory, indexResult } from './kansarmoede.js';
import { BasicRightsListSchema, DEFAULT_SCORE_DEFINITIONS, defaultBasicRights, SCORE_COUNT } from './basic-rights.js';
import { measurementIssues, rightHistory, RightsMeasurementInputSchema, type RightsMeasurement } from './rights-measurement.js';
import { applyRightStatus, familyRightsSchema, type ExplorerRight } from './rights-explorer.js';
import { exportExplorerRightsCsv, importExplorerRightsCsv } from './rights-explorer-csv.js';
import { doelenplan } from './doelenplan.js';
import { LIFE_DOMAINS } from '../vocabularies/index.js';
import { createNetworkPlan, NetworkPlanSchema } from '../plan/network-plan.js';

const judgements = (weak: readonly string[]) => KANSARMOEDE_CRITERIA.map((criterion) => ({ criterion, weak: weak.includes(criterion) }));

describe('kansarmoede-index', () => {
  it('[KI1] counts the criteria judged weak', () => {
    expect(indexResult({ judgements: judgements([]) }).weakCount).toBe(0);
    expect(indexResult({ judgements: judgements(['maandinkomen', 'huisvesting']) }).weakCount).toBe(2);
    expect(indexResult({ judgements: judgements(KANSARMOEDE_CRITERIA) }).weakCount).toBe(6);
  });

  it('[KI2] meets the rule from three weak criteria by default, not at two', () => {
    expect(indexResult({ judgements: judgements(['maandinkomen', 'huisvesting']) }).meetsRule).toBe(false);
    expect(indexResult({ judgements: judgements(['maandinkomen', 'huisvesting', 'gezondheid']) }).meetsRule).toBe(true);
  });

  it('[KI3] the rule is the organisation setting: with minWeak 2 two weak criteria meet it, with 4 three do not', () => {
    const two = judgements(['maandinkomen', 'huisvesting']);
    const three = judgements(['maandinkomen', 'huisvesting', 'gezondheid']);
    expect(indexResult({ judgements: two }, KansarmoedeSettingsSchema.parse({ minWeak: 2 })).meetsRule).toBe(true);
    expect(indexResult({ judgements: three }, KansarmoedeSettingsSchema.parse({ minWeak: 4 })).meetsRule).toBe(false);
    expect(KansarmoedeSettingsSchema.parse({}).minWeak).toBe(3);
    expect(KansarmoedeSettingsSchema.safeParse({ minWeak: 7 }).success).toBe(false);
    expect(KansarmoedeSettingsSchema.safeParse({ minWeak: 0 }).success).toBe(false);
  });

  it('[KI5] a check judges each of the six criteria exactly once', () => {
    expect(KansarmoedeCheckInputSchema.safeParse({ checkedOn: '2026-03-01', judgements: judgements([]) }).success).toBe(true);
    const twice = [...judgements([]).slice(0, 5), { criterion: 'maandinkomen', weak: true }];
    expect(KansarmoedeCheckInputSchema.safeParse({ checkedOn: '2026-03-01', judgements: twice }).success).toBe(false);
    expect(KansarmoedeCheckInputSchema.safeParse({ checkedOn: '2026-03-01', judgements: judgements([]).slice(1) }).success).toBe(false);
  });

  it('[KI4] history lists a family\'s checks newest first, and same-day checks later-recorded first', () => {
    const list = [{ id: 'a', checkedOn: '2026-01-10' }, { id: 'b', checkedOn: '2026-03-01' }, { id: 'c', checkedOn: '2026-01-10' }];
    expect(indexHistory(list).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('grondrechtenmeting', () => {
  it('[GM1] scores are whole numbers from 0 to 10: -1, 11 and 5.5 are refused, 0 and 10 taken', () => {
    const m = (score: number) => RightsMeasurementInputSchema.safeParse({ measuredOn: '2026-03-01', scores: [{ rightId: 'werk', score }] }).success;
    expect(m(0)).toBe(true);
    expect(m(10)).toBe(true);
    expect(m(-1)).toBe(false);
    expect(m(11)).toBe(false);
    expect(m(5.5)).toBe(false);
    const estimate = RightsMeasurementInputSchema.safeParse({ measuredOn: '2026-03-01', scores: [{ rightId: 'werk', score: 4, familyEstimate: 12 }] });
    expect(estimate.success).toBe(false);
  });

  it('[GM2] the default list is the nine life domains, each with a definition for all eleven scores in every language', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const list = defaultBasicRights(lang);
      expect(list.map((r) => r.id)).toEqual([...LIFE_DOMAINS]);
      expect(BasicRightsListSchema.safeParse(list).success).toBe(true);
      expect(DEFAULT_SCORE_DEFINITIONS[lang]).toHaveLength(SCORE_COUNT);
    }
    expect(defaultBasicRights('fr')[0]?.label).toBe('Travail');
  });

  it('[GM3] a measurement naming a right that is not on the list, or a first right it did not score, is refused with the field named', () => {
    const input = RightsMeasurementInputSchema.parse({ measuredOn: '2026-03-01', scores: [{ rightId: 'werk', score: 3 }, { rightId: 'maan', score: 2 }], firstRightId: 'inkomen' });
    const issues = measurementIssues(input, LIFE_DOMAINS);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['scores.1.rightId', 'firstRightId']);
    expect(measurementIssues(RightsMeasurementInputSchema.parse({ measuredOn: '2026-03-01', scores: [{ rightId: 'werk', score: 3 }], firstRightId: 'werk' }), LIFE_DOMAINS)).toEqual([]);
  });

  it('[GM4] the history of a right is oldest first, skips measurements without it, and keeps the first right as chosen (not the lowest)', () => {
    const ms: RightsMeasurement[] = [
      { id: 'm2', measuredOn: '2026-06-01', scores: [{ rightId: 'werk', score: 6 }, { rightId: 'inkomen', score: 2 }], firstRightId: 'werk' },
      { id: 'm1', measuredOn: '2026-01-15', scores: [{ rightId: 'werk', score: 3 }] },
      { id: 'm3', measuredOn: '2026-09-01', scores: [{ rightId: 'inkomen', score: 4 }] },
    ];
    expect(rightHistory(ms, 'werk')).toEqual([{ measurementId: 'm1', date: '2026-01-15', score: 3 }, { measurementId: 'm2', date: '2026-06-01', score: 6 }]);
    expect(rightHistory(ms, 'inkomen').map((p) => p.score)).toEqual([2, 4]);
    expect(rightHistory(ms, 'gezondheid')).toEqual([]);
    expect(ms[0]?.firstRightId).toBe('werk');
  });
});

describe('rechtenverkenner', () => {
  const rights: ExplorerRight[] = [
    { id: 'r1', domain: 'inkomen', name: 'Groeipakket', what: 'Geld voor elk kind', forWhom: 'Elk gezin', how: 'Vanzelf', where: 'Uitbetaler', when: 'Na de geboorte', contact: 'https://example.org' },
    { id: 'r2', domain: 'kinderopvang', name: 'Verminderd tarief', what: '', forWhom: '', how: '', where: '', when: '', contact: '' },
    { id: 'r3', domain: 'inkomen', name: 'Premie water', what: '', forWhom: '', how: '', where: '', when: '', contact: '' },
  ];

  it('[RV1] asking keeps its first day, realising adds its own, and the status day follows the last change', () => {
    const asked = applyRightStatus(undefined, 'r1', { status: 'aangevraagd', on: '2026-02-01' }, '2026-02-03');
    expect(asked).toEqual({ rightId: 'r1', status: 'aangevraagd', statusOn: '2026-02-01', askedOn: '2026-02-01' });
    const again = applyRightStatus(asked, 'r1', { status: 'aangevraagd' }, '2026-02-10');
    expect(again.askedOn).toBe('2026-02-01');
    const done = applyRightStatus(again, 'r1', { status: 'gerealiseerd', on: '2026-03-01' }, '2026-03-02');
    expect(done).toMatchObject({ status: 'gerealiseerd', statusOn: '2026-03-01', askedOn: '2026-02-01', realisedOn: '2026-03-01' });
  });

  it('[RV2] the family schema groups marked rights by life domain in VONK order and leaves out the ones not applicable', () => {
    const schema = familyRightsSchema(rights, [
      { rightId: 'r2', status: 'te_doen', statusOn: '2026-01-01' },
      { rightId: 'r3', status: 'niet_van_toepassing', statusOn: '2026-01-01' },
      { rightId: 'r1', status: 'aangevraagd', statusOn: '2026-01-01', askedOn: '2026-01-01' },
      { rightId: 'gone', status: 'te_doen', statusOn: '2026-01-01' },
    ]);
    expect(schema.map((d) => [d.domain, d.entries.map((e) => e.right.id)])).toEqual([['inkomen', ['r1']], ['kinderopvang', ['r2']]]);
  });

  it('[RV3] a CSV with a wrong column is refused with line, column and name; a bad domain names its cell; nothing comes back', () => {
    const wrong = importExplorerRightsCsv('id,levensdomein,naam,wat,voor_wie,hoe,waar,wanneer,kontakt\n,inkomen,Premie,,,,,,\n');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.issues.map((i) => [i.code, i.line, i.column, i.field])).toEqual([['unknown_column', 1, 9, null], ['missing_column', 1, null, 'contact']]);
    }
    const badDomain = importExplorerRightsCsv('id,levensdomein,naam,wat,voor_wie,hoe,waar,wanneer,contact\n,inkomen,Premie,,,,,,\n,maan,Reis,,,,,,\n');
    expect(badDomain.ok).toBe(false);
    if (!badDomain.ok) expect(badDomain.issues.map((i) => [i.code, i.line, i.column, i.field])).toEqual([['unknown_code', 3, 2, 'levensdomein']]);
  });

  it('[RV4] export then import gives the same rights back, formula-like text included', () => {
    const tricky = [...rights, { ...rights[1] as ExplorerRight, id: 'r4', name: '=SOM(A1)', what: 'Met "aanhalingstekens", komma\'s\nen een regel' }];
    const back = importExplorerRightsCsv(exportExplorerRightsCsv(tricky, { bom: true }));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.records.map(({ line: _line, ...r }) => r)).toEqual(tricky);
  });
});

describe('doelenplan', () => {
  it('[DP1] is a view on the plan\'s goals: nine domains, the family version without worker notes or action counts', () => {
    const base = createNetworkPlan({ id: 'p', caseId: 'c', mapId: 'm' });
    const plan = NetworkPlanSchema.parse({
      ...base,
      goals: [
        { id: 'g1', domain: 'onderwijs', words: 'Inschrijven in de kleuterschool', language: 'nl', workerNote: 'school belt terug' },
        { id: 'g2', domain: 'huisvesting', words: 'نريد بيتا أكبر', language: 'ar' },
      ],
      actions: [{ id: 'a1', what: 'School bellen', owner: { kind: 'begeleider' }, kind: 'doen', goalId: 'g1' }],
    });
    const family = doelenplan(plan, 'gezin');
    expect(family.map((d) => d.domain)).toEqual([...LIFE_DOMAINS]);
    const school = family.find((d) => d.domain === 'onderwijs')?.goals[0];
    expect(school).toEqual({ id: 'g1', words: 'Inschrijven in de kleuterschool', language: 'nl', status: 'lopend' });
    const worker = doelenplan(plan, 'begeleider').find((d) => d.domain === 'onderwijs')?.goals[0];
    expect(worker).toMatchObject({ workerNote: 'school belt terug', actionCount: 1 });
    expect(doelenplan(plan, 'gezin').find((d) => d.domain === 'huisvesting')?.goals[0]?.language).toBe('ar');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MEASURE_DEFINITIONS, SURVEY_FREQUENCIES, SURVEY_LEVELS, SURVEY_MEASURES, buildSurveyReport, emptySurveyResponse, findWitness,
  suppressSmallCells, surveyQuantities, type LinearConstraint, type SuppressionTable, type SurveyReport, type SurveyResponse,
} from './index.js';

/**
 * The attacker of docs/survey.md SC0: it knows every relation between the numbers of a report
 * (each total is the sum of its groups; count ≤ n ≤ respondents; no friends ≤ at most five;
 * rarely-or-never plus sometimes ≤ n for family; a listed group has a respondent; nothing is
 * negative) and every number shown, and narrows the range of each hidden number by subtraction
 * from totals and the other cells until nothing changes. A hidden number whose range shrinks to
 * one value (0 included) is recovered.
 */
interface Attack { readonly recovered: readonly string[] }

const BIG = 1e9;

function attack(...reports: SurveyReport[]): Attack {
  const { names, rowConstraints, groupConstraints } = surveyQuantities();
  // One shared total row (the reports are breakdowns of the same answers), then every report's groups.
  const rows = [reports[0]!.total, ...reports.flatMap((r) => r.groups)];
  const ranges: [number, number][] = [];
  let at = 1;
  for (const report of reports) {
    expect(report.total).toEqual(reports[0]!.total);
    ranges.push([at, at + report.groups.length]);
    at += report.groups.length;
  }
  const shownValue = (row: number, q: number): number | null => {
    const r = rows[row]!;
    const name = names[q]!;
    if (name === 'respondents') return r.respondents;
    if (name.startsWith('n:')) {
      const item = name.slice(2);
      // Measures of one item must agree on n: the attacker uses any that shows it.
      const values = SURVEY_MEASURES.filter((mm) => MEASURE_DEFINITIONS[mm].item === item).map((mm) => r.measures[mm].n);
      expect(new Set(values).size).toBe(1);
      return values[0]!;
    }
    return r.measures[name.slice(6) as (typeof SURVEY_MEASURES)[number]].count;
  };
  const lo: number[][] = rows.map((_, row) => names.map((__, q) => shownValue(row, q) ?? 0));
  const hi: number[][] = rows.map((_, row) => names.map((__, q) => shownValue(row, q) ?? BIG));
  // Every relation as Σ a·x ≤ b over (row, quantity) variables.
  const relations: { terms: { row: number; q: number; a: number }[]; b: number }[] = [];
  const inRow = (row: number, c: LinearConstraint) => ({ terms: c.terms.map((t) => ({ row, q: t.q, a: t.a })), b: c.bound });
  rows.forEach((_, row) => {
    for (const c of rowConstraints) relations.push(inRow(row, c));
    if (row > 0) for (const c of groupConstraints) relations.push(inRow(row, c));
  });
  for (const [from, to] of ranges) {
    for (let q = 0; q < names.length; q++) {
      const sum = [...Array.from({ length: to - from }, (_, i) => ({ row: from + i, q, a: 1 })), { row: 0, q, a: -1 }];
      relations.push({ terms: sum, b: 0 });
      relations.push({ terms: sum.map((t) => ({ ...t, a: -t.a })), b: 0 });
    }
  }
  for (let round = 0, changed = true; changed && round < 500; round++) {
    changed = false;
    for (const { terms, b } of relations) {
      const minOf = (t: { row: number; q: number; a: number }) => (t.a > 0 ? t.a * lo[t.row]![t.q]! : t.a * hi[t.row]![t.q]!);
      const total = terms.reduce((s, t) => s + minOf(t), 0);
      for (const t of terms) {
        const rest = b - (total - minOf(t));
        if (t.a > 0) {
          const bound = Math.floor(rest / t.a);
          if (bound < hi[t.row]![t.q]!) { hi[t.row]![t.q] = bound; changed = true; }
        } else {
          const bound = Math.ceil(rest / t.a);
          if (bound > lo[t.row]![t.q]!) { lo[t.row]![t.q] = bound; changed = true; }
        }
      }
    }
  }
  const recovered: string[] = [];
  rows.forEach((r, row) => {
    for (let q = 0; q < names.length; q++) {
      if (shownValue(row, q) === null && lo[row]![q] === hi[row]![q]) recovered.push(`${row === 0 ? 'total' : r.group}/${names[q]} = ${lo[row]![q]}`);
    }
  });
  return { recovered };
}

const answer = <T,>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: null, freq: 4 });
const small = fc.option(fc.integer({ min: 0, max: 8 }), { nil: null, freq: 4 });
const responseArb = fc.record({
  site: fc.constantFrom('A', 'B', 'C', 'D'),
  inkomen: answer(SURVEY_LEVELS),
  beroep_buren: answer(SURVEY_FREQUENCIES),
  beroep_familie: answer(SURVEY_FREQUENCIES),
  aantal_vrienden: small,
  buren_voornaam: small,
  alleenstaand: answer(['ja', 'nee'] as const),
  hulp_praktisch: answer(['ja', 'nee'] as const),
});
const dataset = fc.array(responseArb, { minLength: 1, maxLength: 60 }).map((list) =>
  list.map((answers, i): SurveyResponse => ({ ...emptySurveyResponse(`r${i}`), ...answers })));

describe('secondary suppression (SC0–SC7)', () => {
  it('[SC1][SC2] property: no hidden number of a report can be worked out from the shown ones, by site or by income, threshold 3 to 10', () => {
    fc.assert(fc.property(dataset, fc.constantFrom('site', 'inkomen') as fc.Arbitrary<'site' | 'inkomen'>, fc.integer({ min: 3, max: 10 }), (list, by, threshold) => {
      const report = buildSurveyReport(list, { by, smallCell: threshold });
      expect(attack(report).recovered).toEqual([]);
    }), { numRuns: 150 });
  });
  it('[SC0] the attacker does recover a count that is hidden alone (so the properties above can fail): 3 = 13 - 10', () => {
    const list = ['A', 'B'].flatMap((site, s) => Array.from({ length: 20 }, (_, i): SurveyResponse => ({
      ...emptySurveyResponse(`${site}${i}`), site, hulp_praktisch: i < (s === 0 ? 3 : 10) ? 'ja' : 'nee',
    })));
    const open = buildSurveyReport(list, { smallCell: 0 });
    const primaryOnly: SurveyReport = {
      ...open,
      groups: open.groups.map((g) => ({ ...g, measures: { ...g.measures, hulp_praktisch: g.group === 'A' ? { n: 20, count: null, share: null, ci95: null } : g.measures.hulp_praktisch } })),
    };
    expect(attack(primaryOnly).recovered).toEqual(['A/count:hulp_praktisch = 3']);
    expect(attack(buildSurveyReport(list)).recovered).toEqual([]);
  });
  it('[SC1] property: every shown count and n is at least the threshold and equals the true value', () => {
    fc.assert(fc.property(dataset, fc.integer({ min: 1, max: 10 }), (list, threshold) => {
      const report = buildSurveyReport(list, { smallCell: threshold });
      const truth = buildSurveyReport(list, { smallCell: 0 });
      [report.total, ...report.groups].forEach((row, i) => {
        const real = i === 0 ? truth.total : truth.groups[i - 1]!;
        if (row.respondents !== null) expect(row.respondents).toBe(real.respondents);
        if (row.respondents !== null) expect(row.respondents).toBeGreaterThanOrEqual(threshold);
        for (const m of SURVEY_MEASURES) {
          const cell = row.measures[m];
          if (cell.n !== null) expect([cell.n, cell.n >= threshold]).toEqual([real.measures[m].n, true]);
          if (cell.count !== null) expect([cell.count, cell.count >= threshold]).toEqual([real.measures[m].count, true]);
          if (cell.n === null || cell.count === null) expect([cell.share, cell.ci95]).toEqual([null, null]);
        }
      });
    }), { numRuns: 80 });
  });
  it('[SC6] property: breakdowns by site and by income shown together: the same total row, and nothing hidden can be worked out from both', () => {
    fc.assert(fc.property(dataset, fc.integer({ min: 3, max: 10 }), (list, threshold) => {
      const bySite = buildSurveyReport(list, { by: 'site', smallCell: threshold });
      const byIncome = buildSurveyReport(list, { by: 'inkomen', smallCell: threshold });
      expect(bySite.total).toEqual(byIncome.total);
      expect(attack(bySite, byIncome).recovered).toEqual([]);
    }), { numRuns: 100 });
  });
  it('[SC2] two hidden zeros whose sum the total pins (total 12 = the one shown group) get a third hidden cell: a value pinned to 0 counts as recovered', () => {
    const table: SuppressionTable = {
      quantities: ['count'],
      groups: [[0], [0], [12]],
      total: [12],
      rowConstraints: [],
      groupConstraints: [],
    };
    const hidden = suppressSmallCells(table, 5);
    expect(hidden.groups).toEqual([[true], [true], [true]]);
    expect(hidden.total).toEqual([false]);
  });
  it('[SC2] a hidden count squeezed by its n (count 3 of n 3, partner count 10 of n 10) is protected by hiding the n as well', () => {
    const table: SuppressionTable = {
      quantities: ['n', 'count'],
      groups: [[3, 3], [10, 10], [20, 12]],
      total: [33, 25],
      rowConstraints: [{ terms: [{ q: 1, a: 1 }, { q: 0, a: -1 }], bound: 0 }],
      groupConstraints: [],
    };
    const hidden = suppressSmallCells(table, 5);
    const isHidden = (row: number, q: number) => (row === 3 ? hidden.total[q]! : hidden.groups[row]![q]!);
    for (let row = 0; row < 3; row++) for (let q = 0; q < 2; q++) if (isHidden(row, q)) expect(findWitness(table, row, q, isHidden)).not.toBeNull();
    expect(hidden.groups[0]).toEqual([true, true]);
  });
  it('[SC7] threshold 0 hides nothing', () => {
    const list = [{ ...emptySurveyResponse('x'), site: 'A', alleenstaand: 'ja' as const }];
    const report = buildSurveyReport(list, { smallCell: 0 });
    expect(report.groups[0]?.respondents).toBe(1);
    expect(report.total.measures.alleenstaand).toMatchObject({ n: 1, count: 1, share: 1 });
  });
  it('[SC6] a group too small to show keeps its place with its numbers null', () => {
    const list = [
      ...Array.from({ length: 2 }, (_, i) => ({ ...emptySurveyResponse(`a${i}`), site: 'Klein' })),
      ...Array.from({ length: 30 }, (_, i) => ({ ...emptySurveyResponse(`b${i}`), site: 'Groot' })),
    ];
    const report = buildSurveyReport(list);
    expect(report.groups.map((g) => [g.group, g.respondents])).toEqual([['Groot', null], ['Klein', null]]);
    expect(report.total.respondents).toBe(32);
  });
});

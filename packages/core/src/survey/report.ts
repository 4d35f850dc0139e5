import { MEASURE_DEFINITIONS, MEASURE_ITEMS, SURVEY_MEASURES, countMeasure, shareOf, type SurveyMeasure } from './measures.js';
import { suppressSmallCells, type LinearConstraint, type SuppressionResult, type SuppressionTable } from './suppression.js';
import { GROUPING_COLUMNS, SURVEY_COLUMN_KINDS, surveyCellText, type SurveyColumn, type SurveyResponse } from './survey-record.js';
import { wilsonInterval } from './wilson.js';

/** The default small-cell threshold (domain brief §8.2): counts and n below 5 are not shown. */
export const DEFAULT_SMALL_CELL = 5;

export interface MeasureCell {
  readonly n: number | null;
  readonly count: number | null;
  readonly share: number | null;
  readonly ci95: readonly [number, number] | null;
}

export interface ReportGroup {
  /** The group's value as the CSV writes it ('' = not answered); null for the total row. */
  readonly group: string | null;
  readonly respondents: number | null;
  readonly measures: Readonly<Record<SurveyMeasure, MeasureCell>>;
}

export interface SurveyReport {
  readonly by: SurveyColumn;
  readonly smallCellThreshold: number;
  readonly total: ReportGroup;
  readonly groups: readonly ReportGroup[];
}

/** The true (unsuppressed) numbers of one row, kept apart from what is shown. */
export interface GroupCounts {
  readonly group: string | null;
  readonly respondents: number;
  readonly measures: Readonly<Record<SurveyMeasure, { readonly n: number; readonly count: number }>>;
}

/**
 * R1: groups in a fixed order: for a column with codes, the order of the codes; for `site` and
 * `vertrouwen`, sorted (by code point, so the order does not depend on the machine's locale);
 * respondents who did not answer the column form the group '' at the end.
 */
export function groupResponses(responses: readonly SurveyResponse[], by: SurveyColumn): Map<string, SurveyResponse[]> {
  const byValue = new Map<string, SurveyResponse[]>();
  for (const response of responses) {
    const key = surveyCellText(response, by);
    const list = byValue.get(key);
    if (list) list.push(response);
    else byValue.set(key, [response]);
  }
  const kind = SURVEY_COLUMN_KINDS[by];
  const order = kind.kind === 'code' ? kind.codes : [...byValue.keys()].filter((k) => k !== '').sort((a, b) => (kind.kind === 'integer' ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
  const out = new Map<string, SurveyResponse[]>();
  for (const key of order) {
    const list = byValue.get(key);
    if (list) out.set(key, list);
  }
  const unanswered = byValue.get('');
  if (unanswered) out.set('', unanswered);
  return out;
}

export function countGroup(group: string | null, responses: readonly SurveyResponse[]): GroupCounts {
  const measures = {} as Record<SurveyMeasure, { n: number; count: number }>;
  for (const measure of SURVEY_MEASURES) measures[measure] = countMeasure(responses, measure);
  return { group, respondents: responses.length, measures };
}

/**
 * The quantities of the suppression table of a survey report, with the relations a reader knows
 * between them (docs/survey.md SC0): count ≤ n of its item, n ≤ respondents, no friends ≤ at most
 * five friends, rarely-or-never plus sometimes for family ≤ n of that item, a listed group has at
 * least one respondent.
 */
export function surveyQuantities(): SurveyQuantities {
  return QUANTITIES;
}

interface SurveyQuantities {
  readonly names: readonly string[];
  readonly index: (name: string) => number;
  readonly rowConstraints: readonly LinearConstraint[];
  readonly groupConstraints: readonly LinearConstraint[];
}

const QUANTITIES: SurveyQuantities = makeQuantities();
const ITEM_MEASURE = MEASURE_ITEMS.map((item) => SURVEY_MEASURES.find((m) => MEASURE_DEFINITIONS[m].item === item) as SurveyMeasure);

function makeQuantities(): SurveyQuantities {
  const names = ['respondents', ...MEASURE_ITEMS.map((i) => `n:${i}`), ...SURVEY_MEASURES.map((m) => `count:${m}`)];
  const index = (name: string): number => {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`unknown quantity ${name}`);
    return at;
  };
  const le = (small: string, big: string): LinearConstraint => ({ terms: [{ q: index(small), a: 1 }, { q: index(big), a: -1 }], bound: 0 });
  const rowConstraints: LinearConstraint[] = [
    ...MEASURE_ITEMS.map((item) => le(`n:${item}`, 'respondents')),
    ...SURVEY_MEASURES.map((m) => le(`count:${m}`, `n:${MEASURE_DEFINITIONS[m].item}`)),
    le('count:geen_vrienden', 'count:max5_vrienden'),
    { terms: [{ q: index('count:zelden_nooit_familie'), a: 1 }, { q: index('count:soms_familie'), a: 1 }, { q: index('n:beroep_familie'), a: -1 }], bound: 0 },
  ];
  const groupConstraints: LinearConstraint[] = [{ terms: [{ q: index('respondents'), a: -1 }], bound: -1 }];
  return { names, index, rowConstraints, groupConstraints };
}

export function suppressionTableOf(total: GroupCounts, groups: readonly GroupCounts[]): SuppressionTable {
  const { names, rowConstraints, groupConstraints } = surveyQuantities();
  const row = (c: GroupCounts): number[] => [
    c.respondents,
    ...ITEM_MEASURE.map((m) => c.measures[m].n),
    ...SURVEY_MEASURES.map((m) => c.measures[m].count),
  ];
  return { quantities: names, groups: groups.map(row), total: row(total), rowConstraints, groupConstraints };
}

/**
 * R2–R5: the survey report of domain brief §8.2 and issue 13: per group and for the total, the
 * respondents and for every measure n, count, share and the Wilson 95 % interval, with small cells
 * and whatever would give them away hidden (suppression.ts). A hidden count or n hides its share
 * and interval too (R3); a group too small to show keeps its place with its numbers null (R4).
 */
export function buildSurveyReport(responses: readonly SurveyResponse[], options: { by?: SurveyColumn; smallCell?: number } = {}): SurveyReport {
  const by = options.by ?? 'site';
  const threshold = options.smallCell ?? DEFAULT_SMALL_CELL;
  const total = countGroup(null, responses);
  const tableOf = (column: SurveyColumn) => {
    const groups = [...groupResponses(responses, column)].map(([key, list]) => countGroup(key, list));
    return { groups, table: suppressionTableOf(total, groups) };
  };
  const totalHidden = sharedTotalHiding(responses, threshold, total);
  const { groups, table } = tableOf(by);
  const hidden = suppressSmallCells(table, threshold, { totalHidden });
  return {
    by,
    smallCellThreshold: threshold,
    total: shown(total, hidden.total),
    groups: groups.map((counts, i) => shown(counts, hidden.groups[i] as readonly boolean[])),
  };
}

/**
 * SC6: which values of the total row are hidden, the same for every breakdown of these answers.
 * Each breakdown may need a total hidden to protect a group (SC5); the union over all groupings is
 * taken, and the breakdowns are run again with it, until it no longer grows. Breakdowns shown
 * together then share a total row that none of them can be combined against.
 */
export function sharedTotalHiding(responses: readonly SurveyResponse[], threshold: number, total: GroupCounts = countGroup(null, responses)): readonly boolean[] {
  const tables = GROUPING_COLUMNS.map((column) => suppressionTableOf(total, [...groupResponses(responses, column)].map(([key, list]) => countGroup(key, list))));
  let hidden: boolean[] = suppressionTableOf(total, []).total.map((v) => threshold > 0 && v < threshold);
  for (;;) {
    const next = [...hidden];
    for (const table of tables) suppressSmallCells(table, threshold, { totalHidden: hidden }).total.forEach((h, q) => { if (h) next[q] = true; });
    if (next.every((h, q) => h === hidden[q])) return hidden;
    hidden = next;
  }
}

/** R3: what is shown of a row, given which of its quantities are hidden. */
export function shown(counts: GroupCounts, hidden: SuppressionResult['total']): ReportGroup {
  const { index } = surveyQuantities();
  const measures = {} as Record<SurveyMeasure, MeasureCell>;
  for (const measure of SURVEY_MEASURES) {
    const { n, count } = counts.measures[measure];
    const nShown = hidden[index(`n:${MEASURE_DEFINITIONS[measure].item}`)] ? null : n;
    const countShown = hidden[index(`count:${measure}`)] ? null : count;
    const both = nShown !== null && countShown !== null;
    measures[measure] = {
      n: nShown,
      count: countShown,
      share: both ? shareOf(count, n) : null,
      ci95: both ? wilsonInterval(count, n) : null,
    };
  }
  return { group: counts.group, respondents: hidden[index('respondents')] ? null : counts.respondents, measures };
}

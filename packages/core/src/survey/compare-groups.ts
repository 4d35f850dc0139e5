import jstat from 'jstat';
import type { jStat as JStat } from 'jstat';
import type { Language } from '../labels.js';
import { MEASURE_LABELS, groupLabel } from './survey-labels.js';
import { buildSurveyReport, DEFAULT_SMALL_CELL } from './report.js';
import type { SurveyMeasure } from './measures.js';
import type { SurveyColumn, SurveyResponse } from './survey-record.js';

// jstat is CommonJS: its named export is reached through the default import.
const { jStat } = jstat as unknown as { jStat: typeof JStat };

export interface ComparedGroup {
  readonly group: string;
  readonly n: number | null;
  readonly count: number | null;
  readonly share: number | null;
  readonly ci95: readonly [number, number] | null;
}

export type TestMethod = 'chi_square' | 'fisher_exact';

export interface IndependenceTest {
  readonly method: TestMethod;
  /** Pearson's X² (no continuity correction); null for Fisher's exact test. */
  readonly statistic: number | null;
  readonly df: number | null;
  readonly p: number;
  /** Some expected count below 5 in a table larger than 2×2: the chi-square p-value is rough. */
  readonly smallExpected: boolean;
}

/** Why no test is shown: fewer than two groups answered, a hidden cell, or everyone answered alike. */
export type WithheldReason = 'too_few_groups' | 'small_cells' | 'no_variation';

export interface GroupComparison {
  readonly measure: SurveyMeasure;
  readonly by: SurveyColumn;
  readonly smallCellThreshold: number;
  readonly groups: readonly ComparedGroup[];
  readonly test: IndependenceTest | null;
  readonly withheld: WithheldReason | null;
}

/**
 * GC1–GC5 (docs/survey.md): the shares of one measure per group with their Wilson intervals (the
 * numbers of the report, suppressed the same way) and a test of independence between group and
 * measure over the groups that answered (not the '' group). GC2: Fisher's exact test (two-sided)
 * for a 2×2 table with an expected count below 5, else Pearson's chi-square test. GC3: no test when a
 * cell of the table is hidden (a p-value computed from hidden counts could give them away), when
 * fewer than two groups remain, or when everyone gave the same kind of answer.
 */
export function compareGroups(responses: readonly SurveyResponse[], measure: SurveyMeasure, options: { by?: SurveyColumn; smallCell?: number } = {}): GroupComparison {
  const report = buildSurveyReport(responses, options);
  const by = report.by;
  const groups: ComparedGroup[] = report.groups
    .filter((g) => g.group !== '' && g.group !== null)
    .map((g) => ({ group: g.group as string, ...g.measures[measure] }));
  const base = { measure, by, smallCellThreshold: options.smallCell ?? DEFAULT_SMALL_CELL, groups };
  if (groups.some((g) => g.n === null || g.count === null)) return { ...base, test: null, withheld: 'small_cells' };
  const table = groups.filter((g) => (g.n as number) > 0).map((g) => [g.count as number, (g.n as number) - (g.count as number)] as const);
  if (table.length < 2) return { ...base, test: null, withheld: 'too_few_groups' };
  const yes = table.reduce((s, [a]) => s + a, 0);
  const no = table.reduce((s, [, b]) => s + b, 0);
  if (yes === 0 || no === 0) return { ...base, test: null, withheld: 'no_variation' };
  return { ...base, test: independenceTest(table), withheld: null };
}

/** GC2: the test for a k×2 table of [count, n − count] rows with both column sums above 0. */
export function independenceTest(table: readonly (readonly [number, number])[]): IndependenceTest {
  const total = table.reduce((s, [a, b]) => s + a + b, 0);
  const colYes = table.reduce((s, [a]) => s + a, 0);
  const colNo = total - colYes;
  let statistic = 0;
  let smallExpected = false;
  for (const [a, b] of table) {
    const row = a + b;
    const eYes = (row * colYes) / total;
    const eNo = (row * colNo) / total;
    if (eYes < 5 || eNo < 5) smallExpected = true;
    statistic += (a - eYes) ** 2 / eYes + (b - eNo) ** 2 / eNo;
  }
  if (table.length === 2 && smallExpected) {
    return { method: 'fisher_exact', statistic: null, df: null, p: fisherExact2x2(table[0] as [number, number], table[1] as [number, number]), smallExpected: false };
  }
  const df = table.length - 1;
  const p = Math.min(1, Math.max(0, 1 - jStat.chisquare.cdf(statistic, df)));
  return { method: 'chi_square', statistic, df, p, smallExpected };
}

/**
 * GC4: Fisher's exact test, two-sided as R's fisher.test: the probability, with the margins fixed,
 * of every table no more likely than the one observed (with a relative tolerance of 1e-7, as R).
 */
export function fisherExact2x2(first: readonly [number, number], second: readonly [number, number]): number {
  const [a, b] = first;
  const [c, d] = second;
  const total = a + b + c + d;
  const successes = a + c;
  const draws = a + b;
  const low = Math.max(0, draws - (total - successes));
  const high = Math.min(draws, successes);
  const observed = jStat.hypgeom.pdf(a, total, successes, draws);
  let p = 0;
  for (let k = low; k <= high; k++) {
    const pk = jStat.hypgeom.pdf(k, total, successes, draws);
    if (pk <= observed * (1 + 1e-7)) p += pk;
  }
  return Math.min(1, p);
}

const percent = (share: number, lang: Language): string => `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, { maximumFractionDigits: 0 }).format(share * 100)} %`;
const pText = (p: number, lang: Language): string => (p < 0.001 ? (lang === 'en' ? '< 0.001' : '< 0,001') : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, { maximumFractionDigits: 3, minimumFractionDigits: 3 }).format(p));

/**
 * GC5: one or two sentences in plain language that say only what the test shows: whether the
 * differences in this sample are larger than chance would easily give, never a cause, never a
 * claim about people outside the sample, and "not shown" read as "not shown", not as "no difference".
 */
export function describeComparison(comparison: GroupComparison, lang: Language): string {
  const what = MEASURE_LABELS[comparison.measure][lang];
  if (comparison.test === null) {
    const reason = comparison.withheld;
    return {
      nl: reason === 'small_cells' ? `Geen toets voor "${what}": sommige groepen zijn te klein om te tonen.` : reason === 'no_variation' ? `Geen toets voor "${what}": in deze steekproef antwoordde iedereen hetzelfde.` : `Geen toets voor "${what}": er zijn minder dan twee groepen met antwoorden.`,
      fr: reason === 'small_cells' ? `Pas de test pour « ${what} » : certains groupes sont trop petits pour être montrés.` : reason === 'no_variation' ? `Pas de test pour « ${what} » : dans cet échantillon, tout le monde a répondu de la même façon.` : `Pas de test pour « ${what} » : moins de deux groupes ont répondu.`,
      en: reason === 'small_cells' ? `No test for "${what}": some groups are too small to show.` : reason === 'no_variation' ? `No test for "${what}": in this sample everyone answered the same way.` : `No test for "${what}": fewer than two groups answered.`,
    }[lang];
  }
  const { p, method } = comparison.test;
  const name = method === 'fisher_exact'
    ? { nl: 'exacte toets van Fisher', fr: 'test exact de Fisher', en: 'Fisher’s exact test' }[lang]
    : { nl: 'chikwadraattoets', fr: 'test du khi carré', en: 'chi-square test' }[lang];
  const shown = comparison.groups.filter((g) => g.share !== null);
  let range = '';
  if (shown.length >= 2) {
    const sorted = [...shown].sort((x, y) => (y.share as number) - (x.share as number));
    const top = sorted[0] as ComparedGroup;
    const bottom = sorted[sorted.length - 1] as ComparedGroup;
    const topName = groupLabel(comparison.by, top.group, lang);
    const bottomName = groupLabel(comparison.by, bottom.group, lang);
    range = {
      nl: ` Het aandeel is het hoogst bij ${topName} (${percent(top.share as number, lang)}) en het laagst bij ${bottomName} (${percent(bottom.share as number, lang)}).`,
      fr: ` La part est la plus haute pour ${topName} (${percent(top.share as number, lang)}) et la plus basse pour ${bottomName} (${percent(bottom.share as number, lang)}).`,
      en: ` The share is highest for ${topName} (${percent(top.share as number, lang)}) and lowest for ${bottomName} (${percent(bottom.share as number, lang)}).`,
    }[lang];
  }
  const caution = comparison.test.smallExpected
    ? { nl: ' Sommige groepen zijn klein, dus de p-waarde is ruw.', fr: ' Certains groupes sont petits : la valeur p est approximative.', en: ' Some groups are small, so the p-value is rough.' }[lang]
    : '';
  if (p < 0.05) {
    return {
      nl: `In deze steekproef verschilt "${what}" tussen de groepen meer dan toeval alleen gemakkelijk zou geven (p = ${pText(p, lang)}, ${name}).${range} Dat zegt niet waarom, en ook niet of het bij andere mensen zo is.${caution}`,
      fr: `Dans cet échantillon, « ${what} » varie entre les groupes plus que le seul hasard ne le ferait facilement (p = ${pText(p, lang)}, ${name}).${range} Cela ne dit pas pourquoi, ni si c’est pareil chez d’autres personnes.${caution}`,
      en: `In this sample, "${what}" differs between the groups more than chance alone would easily give (p = ${pText(p, lang)}, ${name}).${range} This does not say why, nor whether it holds for other people.${caution}`,
    }[lang];
  }
  return {
    nl: `In deze steekproef zijn de verschillen in "${what}" tussen de groepen niet groter dan toeval kan geven (p = ${pText(p, lang)}, ${name}).${range} Dat bewijst niet dat er geen verschil is.${caution}`,
    fr: `Dans cet échantillon, les écarts pour « ${what} » entre les groupes ne dépassent pas ce que le hasard peut donner (p = ${pText(p, lang)}, ${name}).${range} Cela ne prouve pas qu’il n’y a pas de différence.${caution}`,
    en: `In this sample, the differences in "${what}" between the groups are no larger than chance can give (p = ${pText(p, lang)}, ${name}).${range} This does not prove there is no difference.${caution}`,
  }[lang];
}

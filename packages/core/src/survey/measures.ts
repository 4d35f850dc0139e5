import type { SurveyColumn, SurveyResponse } from './survey-record.js';

/**
 * The measures of docs/survey.md (domain brief §8.2), M1–M12. Each is a share: the respondents
 * whose answer meets the measure, over the respondents of the group with that item answered.
 */
export const SURVEY_MEASURES = [
  'zelden_nooit_buren', 'zelden_nooit_vrienden', 'zelden_nooit_familie', 'zelden_nooit_gezin',
  'soms_familie', 'geen_vrienden', 'max5_vrienden', 'alleenstaand', 'max2_buren_voornaam',
  'geen_familie_in_stad', 'hulp_emotioneel', 'hulp_praktisch',
] as const;
export type SurveyMeasure = (typeof SURVEY_MEASURES)[number];

export function isSurveyMeasure(value: string): value is SurveyMeasure {
  return (SURVEY_MEASURES as readonly string[]).includes(value);
}

export interface MeasureDefinition {
  /** The column whose answer the measure reads: its denominator is the respondents who answered it. */
  readonly item: SurveyColumn;
  /** Whether an answered value counts in the numerator. */
  readonly counts: (value: string | number) => boolean;
}

const rarelyOrNever = (v: string | number): boolean => v === 'nooit' || v === 'zelden';

export const MEASURE_DEFINITIONS: Readonly<Record<SurveyMeasure, MeasureDefinition>> = {
  zelden_nooit_buren: { item: 'beroep_buren', counts: rarelyOrNever },
  zelden_nooit_vrienden: { item: 'beroep_vrienden', counts: rarelyOrNever },
  zelden_nooit_familie: { item: 'beroep_familie', counts: rarelyOrNever },
  zelden_nooit_gezin: { item: 'beroep_gezin', counts: rarelyOrNever },
  soms_familie: { item: 'beroep_familie', counts: (v) => v === 'soms' },
  geen_vrienden: { item: 'aantal_vrienden', counts: (v) => v === 0 },
  max5_vrienden: { item: 'aantal_vrienden', counts: (v) => typeof v === 'number' && v <= 5 },
  alleenstaand: { item: 'alleenstaand', counts: (v) => v === 'ja' },
  max2_buren_voornaam: { item: 'buren_voornaam', counts: (v) => typeof v === 'number' && v <= 2 },
  geen_familie_in_stad: { item: 'familie_in_stad', counts: (v) => v === 'nee' },
  hulp_emotioneel: { item: 'hulp_emotioneel', counts: (v) => v === 'ja' },
  hulp_praktisch: { item: 'hulp_praktisch', counts: (v) => v === 'ja' },
};

/** The items the measures read, each once, in the order of the measures. */
export const MEASURE_ITEMS: readonly SurveyColumn[] = [...new Set(SURVEY_MEASURES.map((m) => MEASURE_DEFINITIONS[m].item))];

export interface MeasureCount {
  /** Respondents with the item answered (the denominator). */
  readonly n: number;
  /** Of those, how many meet the measure. */
  readonly count: number;
}

/** M1–M12: n and count of one measure over a list of respondents. */
export function countMeasure(responses: readonly SurveyResponse[], measure: SurveyMeasure): MeasureCount {
  const { item, counts } = MEASURE_DEFINITIONS[measure];
  let n = 0;
  let count = 0;
  for (const response of responses) {
    const value = response[item];
    if (value === null) continue;
    n++;
    if (counts(value)) count++;
  }
  return { n, count };
}

/** count / n, null when n = 0 (never NaN). */
export function shareOf(count: number, n: number): number | null {
  return n === 0 ? null : count / n;
}

import { z } from 'zod';

/**
 * The zorgkracht survey record of docs/survey.md (domain brief §8.1): one respondent, the columns
 * and codes of the exchange format, each answer null when not given. Column names and codes are
 * stable Dutch codes, never translated; labels live in survey-labels.ts.
 */
export const SURVEY_FREQUENCIES = ['nooit', 'zelden', 'soms', 'vaak'] as const;
export type SurveyFrequency = (typeof SURVEY_FREQUENCIES)[number];
export const SURVEY_YES_NO = ['ja', 'nee'] as const;
export type SurveyYesNo = (typeof SURVEY_YES_NO)[number];
export const SURVEY_LEVELS = ['laag', 'midden', 'hoog'] as const;
export type SurveyLevel = (typeof SURVEY_LEVELS)[number];
export const SURVEY_GENDERS = ['vrouw', 'man', 'anders'] as const;
export type SurveyGender = (typeof SURVEY_GENDERS)[number];
export const SURVEY_MIGRATIONS = ['geen', 'eerste_generatie', 'tweede_generatie'] as const;
export type SurveyMigration = (typeof SURVEY_MIGRATIONS)[number];

/** The columns in the order of the exchange format (the export writes them so). */
export const SURVEY_COLUMNS = [
  'respondent', 'site', 'date',
  'beroep_buren', 'beroep_vrienden', 'beroep_familie', 'beroep_gezin',
  'buren_voornaam', 'aantal_vrienden', 'familie_in_stad', 'alleenstaand',
  'hulp_emotioneel', 'hulp_praktisch', 'geeft_steun', 'vertrouwen', 'contact_hulpverlening',
  'betaald_werk', 'dakloos', 'inkomen', 'diploma', 'leeftijd', 'geslacht', 'migratie',
  'meer_buren_vrienden_kennen',
] as const;
export type SurveyColumn = (typeof SURVEY_COLUMNS)[number];

/** What kind of value a column holds: a code from a list, a whole number in a range, free text, a date. */
export type ColumnKind =
  | { readonly kind: 'id' }
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  | { readonly kind: 'code'; readonly codes: readonly string[] }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number };

const frequency = { kind: 'code', codes: SURVEY_FREQUENCIES } as const;
const yesNo = { kind: 'code', codes: SURVEY_YES_NO } as const;
const level = { kind: 'code', codes: SURVEY_LEVELS } as const;

/** Upper limits on counts and ages: beyond them a value is a typing mistake, not an answer. */
export const MAX_COUNT_ANSWER = 1000;
export const MAX_AGE = 130;
export const MAX_RESPONDENT_ID = 64;
export const MAX_SITE = 200;

export const SURVEY_COLUMN_KINDS: Readonly<Record<SurveyColumn, ColumnKind>> = {
  respondent: { kind: 'id' },
  site: { kind: 'text' },
  date: { kind: 'date' },
  beroep_buren: frequency,
  beroep_vrienden: frequency,
  beroep_familie: frequency,
  beroep_gezin: frequency,
  buren_voornaam: { kind: 'integer', min: 0, max: MAX_COUNT_ANSWER },
  aantal_vrienden: { kind: 'integer', min: 0, max: MAX_COUNT_ANSWER },
  familie_in_stad: yesNo,
  alleenstaand: yesNo,
  hulp_emotioneel: yesNo,
  hulp_praktisch: yesNo,
  geeft_steun: frequency,
  vertrouwen: { kind: 'integer', min: 1, max: 5 },
  contact_hulpverlening: frequency,
  betaald_werk: yesNo,
  dakloos: yesNo,
  inkomen: level,
  diploma: level,
  leeftijd: { kind: 'integer', min: 0, max: MAX_AGE },
  geslacht: { kind: 'code', codes: SURVEY_GENDERS },
  migratie: { kind: 'code', codes: SURVEY_MIGRATIONS },
  meer_buren_vrienden_kennen: yesNo,
};

/**
 * Columns a report can group by: `site` and every column with a short list of values (the codes,
 * and `vertrouwen`, a 1–5 scale). Counts, age, date and the respondent id are not groupings.
 */
export const GROUPING_COLUMNS = SURVEY_COLUMNS.filter((column) => {
  const kind = SURVEY_COLUMN_KINDS[column];
  return column === 'site' || column === 'vertrouwen' || kind.kind === 'code';
}) as readonly SurveyColumn[];
export type GroupingColumn = SurveyColumn;

export function isGroupingColumn(value: string): value is SurveyColumn {
  return (GROUPING_COLUMNS as readonly string[]).includes(value);
}

/** Control, bidi-override and other invisible format characters are refused in free text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

const respondentId = z.string().trim().min(1).max(MAX_RESPONDENT_ID).refine((s) => !UNSAFE_TEXT.test(s));
const siteText = z.string().trim().min(1).max(MAX_SITE).refine((s) => !UNSAFE_TEXT.test(s));

/** YYYY-MM-DD naming a real day of the Gregorian calendar (no Date in the core). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

const isoDay = z.string().refine(isIsoDay);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const SurveyResponseSchema = z.object({
  respondent: respondentId,
  site: siteText.nullable(),
  date: isoDay.nullable(),
  beroep_buren: z.enum(SURVEY_FREQUENCIES).nullable(),
  beroep_vrienden: z.enum(SURVEY_FREQUENCIES).nullable(),
  beroep_familie: z.enum(SURVEY_FREQUENCIES).nullable(),
  beroep_gezin: z.enum(SURVEY_FREQUENCIES).nullable(),
  buren_voornaam: int(0, MAX_COUNT_ANSWER).nullable(),
  aantal_vrienden: int(0, MAX_COUNT_ANSWER).nullable(),
  familie_in_stad: z.enum(SURVEY_YES_NO).nullable(),
  alleenstaand: z.enum(SURVEY_YES_NO).nullable(),
  hulp_emotioneel: z.enum(SURVEY_YES_NO).nullable(),
  hulp_praktisch: z.enum(SURVEY_YES_NO).nullable(),
  geeft_steun: z.enum(SURVEY_FREQUENCIES).nullable(),
  vertrouwen: int(1, 5).nullable(),
  contact_hulpverlening: z.enum(SURVEY_FREQUENCIES).nullable(),
  betaald_werk: z.enum(SURVEY_YES_NO).nullable(),
  dakloos: z.enum(SURVEY_YES_NO).nullable(),
  inkomen: z.enum(SURVEY_LEVELS).nullable(),
  diploma: z.enum(SURVEY_LEVELS).nullable(),
  leeftijd: int(0, MAX_AGE).nullable(),
  geslacht: z.enum(SURVEY_GENDERS).nullable(),
  migratie: z.enum(SURVEY_MIGRATIONS).nullable(),
  meer_buren_vrienden_kennen: z.enum(SURVEY_YES_NO).nullable(),
}).strict();
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/** The answers without the respondent id: what a self-completion or a re-entry hands in. */
export const SurveyAnswersSchema = SurveyResponseSchema.omit({ respondent: true });
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

/** A respondent with nothing answered (every column but the id null). */
export function emptySurveyResponse(respondent: string): SurveyResponse {
  const out: Record<string, unknown> = { respondent };
  for (const column of SURVEY_COLUMNS) if (column !== 'respondent') out[column] = null;
  return out as SurveyResponse;
}

/** The value of a column as its CSV text ('' when not answered). */
export function surveyCellText(response: SurveyResponse, column: SurveyColumn): string {
  const value = response[column];
  return value === null ? '' : String(value);
}

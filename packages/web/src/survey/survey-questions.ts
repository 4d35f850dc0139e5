import { SURVEY_COLUMN_KINDS, type SurveyColumn } from '@netwerkkracht/core';

/** The questions a respondent answers, in the order of the form (site and date come from the survey). */
export const QUESTION_COLUMNS: readonly SurveyColumn[] = [
  'beroep_buren', 'beroep_vrienden', 'beroep_familie', 'beroep_gezin',
  'buren_voornaam', 'aantal_vrienden', 'familie_in_stad', 'alleenstaand',
  'hulp_emotioneel', 'hulp_praktisch', 'geeft_steun', 'vertrouwen', 'contact_hulpverlening',
  'betaald_werk', 'dakloos', 'inkomen', 'diploma', 'leeftijd', 'geslacht', 'migratie', 'meer_buren_vrienden_kennen',
];

/** The circle a question is about, for its pictogram. */
export type Circle = 'buren' | 'vrienden' | 'familie' | 'gezin';
export const CIRCLE_OF: Partial<Record<SurveyColumn, Circle>> = {
  beroep_buren: 'buren', beroep_vrienden: 'vrienden', beroep_familie: 'familie', beroep_gezin: 'gezin',
  buren_voornaam: 'buren', aantal_vrienden: 'vrienden', familie_in_stad: 'familie', alleenstaand: 'gezin',
};

/** The choices of a question: its codes, or 1..5 for trust; null for a number to type. */
export function choicesOf(column: SurveyColumn): readonly string[] | null {
  const kind = SURVEY_COLUMN_KINDS[column];
  if (kind.kind === 'code') return kind.codes;
  if (column === 'vertrouwen') return ['1', '2', '3', '4', '5'];
  return null;
}

/** A typed answer as the record holds it: a number for trust and counts, the code otherwise. */
export function answerValue(column: SurveyColumn, text: string): string | number {
  return SURVEY_COLUMN_KINDS[column].kind === 'integer' ? Number(text) : text;
}

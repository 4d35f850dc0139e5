/**
 * The columns of the sociale kaart CSV, in the fixed order of the export. The names are stable
 * codes (Dutch, like the core's other codes), never translated: a file written in one language of
 * the product imports in every other. Lists (support functions, domains, models) hold codes
 * separated by '|'.
 */
export const LOCAL_SERVICE_CSV_COLUMNS = [
  'id',
  'naam',
  'organisatie',
  'regio',
  'contact',
  'kosten',
  'toegankelijkheid',
  'doelgroep',
  'steunfuncties',
  'levensdomeinen',
  'werkmodellen',
  'online',
] as const;
export type LocalServiceCsvColumn = (typeof LOCAL_SERVICE_CSV_COLUMNS)[number];

/** Separator inside a list field. */
export const CSV_LIST_SEPARATOR = '|';

/** Most records one import takes: a sociale kaart is a few hundred entries, not a database dump. */
export const MAX_CSV_RECORDS = 5000;
/** Most problems reported for one file; the rest are counted. */
export const MAX_CSV_ISSUES = 100;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or CR) as a formula
 * ("CSV injection"). The export puts an apostrophe before such a value and the import takes it off
 * again; a value that itself starts with an apostrophe followed by one of those characters (or by
 * another apostrophe) gets one more, so every value survives export then import unchanged. An
 * apostrophe before anything else ("'t Stad") is left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_START = /^'[=+\-@\t\r']/;

export function protectFromFormula(value: string): string {
  return FORMULA_START.test(value) || ESCAPED_START.test(value) ? `'${value}` : value;
}

export function unprotectFromFormula(value: string): string {
  return ESCAPED_START.test(value) ? value.slice(1) : value;
}

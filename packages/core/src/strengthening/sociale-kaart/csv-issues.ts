/**
 * Problems of a sociale kaart CSV import (K6–K13 of docs/plan-rules.md). `line` is the 1-based line
 * of the file; `column` the 1-based number of the field in its record (null for problems of the
 * whole file or whole header). Texts are in csv-messages.ts.
 */
export const CSV_ISSUE_CODES = [
  'bad_encoding',
  'empty_file',
  'unclosed_quote',
  'stray_quote',
  'text_after_quote',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'wrong_field_count',
  'required',
  'unknown_code',
  'bad_boolean',
  'too_long',
  'bad_id',
  'duplicate_id',
  'duplicate_value',
  'too_many_records',
  'more_issues',
] as const;
export type CsvIssueCode = (typeof CSV_ISSUE_CODES)[number];

export interface CsvIssue {
  readonly code: CsvIssueCode;
  readonly line: number;
  readonly column: number | null;
  /** The column's name (a CSV column code of the file's kind), or null for the whole line or file. */
  readonly field: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}

export function csvIssue(
  code: CsvIssueCode,
  line: number,
  column: number | null,
  field: string | null = null,
  params: CsvIssue['params'] = {},
): CsvIssue {
  return { code, line, column, field, params };
}

import type { Language } from '../labels.js';
import { protectFromFormula, unprotectFromFormula } from '../strengthening/sociale-kaart/csv-columns.js';
import { CSV_ISSUE_MESSAGES } from '../strengthening/sociale-kaart/csv-messages.js';
import { formatCsvField, parseCsv, type CsvField } from '../strengthening/sociale-kaart/csv-parse.js';
import { decodeUtf8 } from '../strengthening/sociale-kaart/utf8.js';
import {
  SURVEY_COLUMNS, SURVEY_COLUMN_KINDS, SurveyResponseSchema, isIsoDay, surveyCellText,
  MAX_RESPONDENT_ID, MAX_SITE, type SurveyColumn, type SurveyResponse,
} from './survey-record.js';

/**
 * The survey CSV of docs/survey.md (SV1–SV9): UTF-8, comma-separated, a header naming every column of
 * SURVEY_COLUMNS once (any order), one respondent per line, an empty cell = not answered.
 * All or nothing: either every line is valid or the answer is the list of problems, each with the
 * line of the file (the header is line 1) and the column (the field's number in its line).
 */
export const SURVEY_CSV_ISSUE_CODES = [
  'bad_encoding', 'empty_file', 'unclosed_quote', 'stray_quote', 'text_after_quote',
  'missing_column', 'unknown_column', 'duplicate_column', 'wrong_field_count',
  'required', 'unknown_code', 'bad_integer', 'out_of_range', 'bad_date', 'bad_text', 'too_long',
  'duplicate_respondent', 'respondent_exists', 'too_many_records', 'more_issues',
] as const;
export type SurveyCsvIssueCode = (typeof SURVEY_CSV_ISSUE_CODES)[number];

export interface SurveyCsvIssue {
  readonly code: SurveyCsvIssueCode;
  readonly line: number;
  readonly column: number | null;
  readonly field: SurveyColumn | null;
  readonly params: Readonly<Record<string, string | number>>;
}

export type SurveyCsvImport =
  | {
    readonly ok: true;
    readonly responses: readonly SurveyResponse[];
    /** The file line of each response, and the column of `respondent` (for problems found later, e.g. an id already stored). */
    readonly lines: readonly number[];
    readonly respondentColumn: number;
  }
  | { readonly ok: false; readonly issues: readonly SurveyCsvIssue[] };

/** Most respondents one file takes, and most problems listed (the rest are counted). */
export const MAX_SURVEY_RECORDS = 50_000;
export const MAX_SURVEY_ISSUES = 100;

export function surveyCsvIssue(code: SurveyCsvIssueCode, line: number, column: number | null, field: SurveyColumn | null = null, params: SurveyCsvIssue['params'] = {}): SurveyCsvIssue {
  return { code, line, column, field, params };
}

// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** SV1–SV8: reads a survey CSV (bytes are decoded as strict UTF-8; a text is taken as is). */
export function parseSurveyCsv(input: Uint8Array | string): SurveyCsvImport {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return { ok: false, issues: [surveyCsvIssue('bad_encoding', decoded.line, null, null, { position: decoded.position })] };
    text = decoded.text;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const parsed = parseCsv(text, ',');
  if (!parsed.ok) return { ok: false, issues: [surveyCsvIssue(parsed.code, parsed.line, parsed.column)] };
  const [header, ...rows] = parsed.records;
  if (!header || header.fields.every((f) => f.value.trim() === '')) return { ok: false, issues: [surveyCsvIssue('empty_file', 1, null)] };
  if (rows.length > MAX_SURVEY_RECORDS) return { ok: false, issues: [surveyCsvIssue('too_many_records', header.line, null, null, { max: MAX_SURVEY_RECORDS })] };

  const issues: SurveyCsvIssue[] = [];
  const columnAt = readHeader(header.fields, header.line, issues);
  if (issues.length > 0) return { ok: false, issues };

  const responses: SurveyResponse[] = [];
  const lines: number[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.every((f) => f.value.trim() === '')) continue;
    if (row.fields.length !== header.fields.length) {
      issues.push(surveyCsvIssue('wrong_field_count', row.line, null, null, { got: row.fields.length, expected: header.fields.length }));
      continue;
    }
    const before = issues.length;
    const out: Record<string, unknown> = {};
    for (const column of SURVEY_COLUMNS) {
      const cell = row.fields[columnAt[column]] as CsvField;
      out[column] = readCell(column, cell, issues);
    }
    const id = out.respondent;
    if (typeof id === 'string') {
      const first = firstLineOf.get(id);
      const cell = row.fields[columnAt.respondent] as CsvField;
      if (first !== undefined) issues.push(surveyCsvIssue('duplicate_respondent', cell.line, cell.column, 'respondent', { id: short(id), firstLine: first }));
      else firstLineOf.set(id, row.line);
    }
    if (issues.length > before) continue;
    // readCell mirrors the schema; a refusal here means the two disagree: a bug, so it throws.
    responses.push(SurveyResponseSchema.parse(out));
    lines.push(row.line);
  }
  if (issues.length > 0) return { ok: false, issues: capped(issues) };
  return { ok: true, responses, lines, respondentColumn: columnAt.respondent + 1 };
}

function readHeader(fields: readonly CsvField[], line: number, issues: SurveyCsvIssue[]): Record<SurveyColumn, number> {
  const columnAt: Partial<Record<SurveyColumn, number>> = {};
  const known = SURVEY_COLUMNS as readonly string[];
  fields.forEach((field, index) => {
    const name = field.value.trim();
    if (!known.includes(name)) {
      issues.push(surveyCsvIssue('unknown_column', line, field.column, null, { name: short(name), allowed: SURVEY_COLUMNS.join(', ') }));
      return;
    }
    const column = name as SurveyColumn;
    if (columnAt[column] !== undefined) issues.push(surveyCsvIssue('duplicate_column', line, field.column, column, { name }));
    else columnAt[column] = index;
  });
  for (const column of SURVEY_COLUMNS) {
    if (columnAt[column] === undefined) issues.push(surveyCsvIssue('missing_column', line, null, column, { name: column }));
  }
  return columnAt as Record<SurveyColumn, number>;
}

function readCell(column: SurveyColumn, cell: CsvField, issues: SurveyCsvIssue[]): string | number | null {
  const kind = SURVEY_COLUMN_KINDS[column];
  const raw = kind.kind === 'id' || kind.kind === 'text' ? unprotectFromFormula(cell.value).trim() : cell.value.trim();
  const add = (code: SurveyCsvIssueCode, params: SurveyCsvIssue['params'] = {}): null => {
    issues.push(surveyCsvIssue(code, cell.line, cell.column, column, params));
    return null;
  };
  if (raw === '') return kind.kind === 'id' ? add('required') : null;
  switch (kind.kind) {
    case 'id':
    case 'text': {
      const max = kind.kind === 'id' ? MAX_RESPONDENT_ID : MAX_SITE;
      if (UNSAFE_TEXT.test(raw)) return add('bad_text');
      if (raw.length > max) return add('too_long', { max });
      return raw;
    }
    case 'date':
      return isIsoDay(raw) ? raw : add('bad_date', { got: short(raw) });
    case 'code':
      return kind.codes.includes(raw) ? raw : add('unknown_code', { got: short(raw), allowed: kind.codes.join(', ') });
    case 'integer': {
      if (!/^\d{1,9}$/.test(raw)) return add('bad_integer', { got: short(raw) });
      const value = Number(raw);
      return value >= kind.min && value <= kind.max ? value : add('out_of_range', { got: value, min: kind.min, max: kind.max });
    }
  }
}

function capped(issues: readonly SurveyCsvIssue[]): readonly SurveyCsvIssue[] {
  if (issues.length <= MAX_SURVEY_ISSUES) return issues;
  const last = issues[MAX_SURVEY_ISSUES - 1] as SurveyCsvIssue;
  return [...issues.slice(0, MAX_SURVEY_ISSUES), surveyCsvIssue('more_issues', last.line, null, null, { count: issues.length - MAX_SURVEY_ISSUES })];
}

function short(value: string): string {
  const chars = [...value];
  return chars.length > 40 ? `${chars.slice(0, 37).join('')}...` : value;
}

/**
 * SV9: the survey as CSV: the header in the order of SURVEY_COLUMNS, one line per respondent in the
 * given order, CRLF line ends, quoted where needed, free text protected against spreadsheet
 * formulas. `bom` puts a byte-order mark in front (spreadsheets then read accents right; the import
 * drops it). Export then import gives the same records back.
 */
export function serialiseSurveyCsv(responses: readonly SurveyResponse[], options: { bom?: boolean } = {}): string {
  const lines = [SURVEY_COLUMNS.join(',')];
  for (const response of responses) {
    lines.push(SURVEY_COLUMNS.map((column) => {
      const kind = SURVEY_COLUMN_KINDS[column].kind;
      const text = surveyCellText(response, column);
      return formatCsvField(kind === 'id' || kind === 'text' ? protectFromFormula(text) : text);
    }).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

type Template = (p: SurveyCsvIssue['params']) => string;
const v = (p: SurveyCsvIssue['params'], key: string): string => String(p[key] ?? '');
const SHARED = ['bad_encoding', 'empty_file', 'unclosed_quote', 'stray_quote', 'text_after_quote', 'missing_column', 'unknown_column', 'duplicate_column', 'wrong_field_count', 'required', 'unknown_code', 'too_long', 'too_many_records', 'more_issues'] as const;

function shared(lang: Language): Record<(typeof SHARED)[number], Template> {
  const out = {} as Record<(typeof SHARED)[number], Template>;
  for (const code of SHARED) out[code] = CSV_ISSUE_MESSAGES[lang][code];
  return out;
}

/** Texts for the survey CSV problems in nl / fr / en (a test checks every code has one). */
export const SURVEY_CSV_MESSAGES: Readonly<Record<Language, Readonly<Record<SurveyCsvIssueCode, Template>>>> = {
  nl: {
    ...shared('nl'),
    bad_integer: (p) => `"${v(p, 'got')}" is geen heel getal (alleen cijfers, bijvoorbeeld 3)`,
    out_of_range: (p) => `${v(p, 'got')} ligt buiten de grenzen: van ${v(p, 'min')} tot ${v(p, 'max')}`,
    bad_date: (p) => `"${v(p, 'got')}" is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-14)`,
    bad_text: () => 'deze tekst bevat onzichtbare tekens of stuurtekens',
    duplicate_respondent: (p) => `respondent "${v(p, 'id')}" staat al op regel ${v(p, 'firstLine')}`,
    respondent_exists: (p) => `respondent "${v(p, 'id')}" is al eerder bewaard; geef elke respondent een eigen nummer`,
  },
  fr: {
    ...shared('fr'),
    bad_integer: (p) => `"${v(p, 'got')}" n’est pas un nombre entier (uniquement des chiffres, par exemple 3)`,
    out_of_range: (p) => `${v(p, 'got')} est hors limites : de ${v(p, 'min')} à ${v(p, 'max')}`,
    bad_date: (p) => `"${v(p, 'got')}" n’est pas une date de la forme AAAA-MM-JJ (par exemple 2026-03-14)`,
    bad_text: () => 'ce texte contient des caractères invisibles ou de contrôle',
    duplicate_respondent: (p) => `le répondant "${v(p, 'id')}" figure déjà à la ligne ${v(p, 'firstLine')}`,
    respondent_exists: (p) => `le répondant "${v(p, 'id')}" est déjà enregistré ; donnez à chaque répondant son propre numéro`,
  },
  en: {
    ...shared('en'),
    bad_integer: (p) => `"${v(p, 'got')}" is not a whole number (digits only, for example 3)`,
    out_of_range: (p) => `${v(p, 'got')} is out of bounds: from ${v(p, 'min')} to ${v(p, 'max')}`,
    bad_date: (p) => `"${v(p, 'got')}" is not a date written YYYY-MM-DD (for example 2026-03-14)`,
    bad_text: () => 'this text holds invisible or control characters',
    duplicate_respondent: (p) => `respondent "${v(p, 'id')}" is already on line ${v(p, 'firstLine')}`,
    respondent_exists: (p) => `respondent "${v(p, 'id')}" is already stored; give every respondent a number of their own`,
  },
};

const WHERE: Readonly<Record<Language, (line: number, column: number | null, field: string | null) => string>> = {
  nl: (line, column, field) => `regel ${line}${column !== null ? `, kolom ${column}` : ''}${field ? ` (${field})` : ''}`,
  fr: (line, column, field) => `ligne ${line}${column !== null ? `, colonne ${column}` : ''}${field ? ` (${field})` : ''}`,
  en: (line, column, field) => `line ${line}${column !== null ? `, column ${column}` : ''}${field ? ` (${field})` : ''}`,
};

/** `regel 4, kolom 6 (beroep_buren): "soms wel" is geen bekende code; kies uit: nooit, ...` */
export function describeSurveyCsvIssue(found: SurveyCsvIssue, lang: Language): string {
  return `${WHERE[lang](found.line, found.column, found.field)}: ${SURVEY_CSV_MESSAGES[lang][found.code](found.params)}`;
}

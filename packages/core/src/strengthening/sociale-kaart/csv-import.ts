import { WORKING_MODEL_CODES } from '../../catalogue/types.js';
import { LIFE_DOMAINS, SUPPORT_FUNCTIONS } from '../../vocabularies/index.js';
import {
  CSV_LIST_SEPARATOR, LOCAL_SERVICE_CSV_COLUMNS, MAX_CSV_ISSUES, unprotectFromFormula,
  type LocalServiceCsvColumn,
} from './csv-columns.js';
import { csvIssue, type CsvIssue } from './csv-issues.js';
import type { CsvDelimiter, CsvField } from './csv-parse.js';
import { openCsvTable, readCsvHeader } from './csv-table.js';
import { COST_CODES } from './cost.js';
import { LocalServiceFieldsSchema, type LocalServiceFields } from './local-service.js';
import { LocalServiceIdSchema, type LocalServiceId } from './local-service-id.js';

/** One imported record: its id when the file gave one (null: a new entry), its fields and line. */
export type ImportedLocalService = LocalServiceFields & { readonly id: LocalServiceId | null; readonly line: number };

export type LocalServiceCsvImport =
  | { readonly ok: true; readonly records: readonly ImportedLocalService[]; readonly delimiter: CsvDelimiter }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

const TEXT_LIMITS: Readonly<Partial<Record<LocalServiceCsvColumn, number>>> = {
  naam: 200, organisatie: 200, regio: 120, contact: 500, toegankelijkheid: 1000, doelgroep: 500,
};
const REQUIRED: readonly LocalServiceCsvColumn[] = ['naam', 'regio'];
const TRUE_WORDS = ['ja', 'true', 'yes', 'oui', '1'];
const FALSE_WORDS = ['nee', 'false', 'no', 'non', '0', ''];

/**
 * K6–K13: reads a sociale kaart CSV, all or nothing. Either every record is valid and all come
 * back, or none do and the answer is the list of problems, each with its line and column: a
 * half-imported sociale kaart would leave the beheerder guessing what got in.
 * Bytes are decoded as strict UTF-8 (K6: broken encoding is refused with the line where it breaks);
 * text input is taken as is (a leading byte-order mark is dropped).
 */
export function importLocalServicesCsv(input: Uint8Array | string): LocalServiceCsvImport {
  const table = openCsvTable(input);
  if (!table.ok) return table;
  const { delimiter, header, rows } = table;

  const issues: CsvIssue[] = [];
  const columnAt = readCsvHeader(header.fields, header.line, LOCAL_SERVICE_CSV_COLUMNS, issues);
  if (issues.length > 0) return { ok: false, issues };

  const records: ImportedLocalService[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const row of rows) {
    // A spreadsheet saves empty rows as a line of bare delimiters (",,,,"): nothing to import.
    if (row.fields.every((f) => f.value.trim() === '')) continue;
    if (row.fields.length !== header.fields.length) {
      issues.push(csvIssue('wrong_field_count', row.line, null, null, { got: row.fields.length, expected: header.fields.length }));
      continue;
    }
    const cell = (name: LocalServiceCsvColumn): CsvField => row.fields[columnAt[name]] as CsvField;
    const before = issues.length;
    const read = new RowReader(issues);
    const id = read.id(cell('id'));
    const fields = {
      name: read.text(cell('naam'), 'naam'),
      organisation: read.text(cell('organisatie'), 'organisatie'),
      region: read.text(cell('regio'), 'regio'),
      contact: read.text(cell('contact'), 'contact'),
      cost: read.code(cell('kosten'), 'kosten', COST_CODES) ?? 'onbekend',
      accessibility: read.text(cell('toegankelijkheid'), 'toegankelijkheid'),
      targetGroup: read.text(cell('doelgroep'), 'doelgroep'),
      supportFunctions: read.list(cell('steunfuncties'), 'steunfuncties', SUPPORT_FUNCTIONS),
      domains: read.list(cell('levensdomeinen'), 'levensdomeinen', LIFE_DOMAINS),
      models: read.list(cell('werkmodellen'), 'werkmodellen', WORKING_MODEL_CODES),
      online: read.boolean(cell('online'), 'online'),
    };
    if (id !== null) {
      const first = firstLineOfId.get(id);
      if (first !== undefined) issues.push(csvIssue('duplicate_id', cell('id').line, cell('id').column, 'id', { id, firstLine: first }));
      else firstLineOfId.set(id, row.line);
    }
    if (issues.length > before) continue;
    // The checks above mirror the schema; if the schema still refuses, the two disagree: a bug.
    const valid = LocalServiceFieldsSchema.parse(fields) as LocalServiceFields;
    records.push({ ...valid, id: id === null ? null : LocalServiceIdSchema.parse(id), line: row.line });
  }
  if (issues.length > 0) return { ok: false, issues: capped(issues) };
  return { ok: true, records, delimiter };
}


function capped(issues: readonly CsvIssue[]): readonly CsvIssue[] {
  if (issues.length <= MAX_CSV_ISSUES) return issues;
  const last = issues[MAX_CSV_ISSUES - 1] as CsvIssue;
  return [...issues.slice(0, MAX_CSV_ISSUES), csvIssue('more_issues', last.line, null, null, { count: issues.length - MAX_CSV_ISSUES })];
}

/** Reads the cells of one record, adding a located issue for every problem. */
class RowReader {
  constructor(private readonly issues: CsvIssue[]) {}

  private add(code: CsvIssue['code'], cell: CsvField, field: LocalServiceCsvColumn, params: CsvIssue['params'] = {}): void {
    this.issues.push(csvIssue(code, cell.line, cell.column, field, params));
  }

  id(cell: CsvField): string | null {
    const value = unprotectFromFormula(cell.value).trim();
    if (value === '') return null;
    if (!LocalServiceIdSchema.safeParse(value).success) {
      this.add('bad_id', cell, 'id', { got: short(value) });
      return null;
    }
    return value;
  }

  text(cell: CsvField, field: LocalServiceCsvColumn): string {
    const value = unprotectFromFormula(cell.value).trim();
    const max = TEXT_LIMITS[field];
    if (REQUIRED.includes(field) && value === '') this.add('required', cell, field);
    else if (max !== undefined && value.length > max) this.add('too_long', cell, field, { max });
    return value;
  }

  code<C extends string>(cell: CsvField, field: LocalServiceCsvColumn, allowed: readonly C[]): C | null {
    const value = cell.value.trim();
    if (value === '') return null;
    if (!(allowed as readonly string[]).includes(value)) {
      this.add('unknown_code', cell, field, { got: short(value), allowed: allowed.join(', ') });
      return null;
    }
    return value as C;
  }

  list<C extends string>(cell: CsvField, field: LocalServiceCsvColumn, allowed: readonly C[]): C[] {
    const out: C[] = [];
    for (const part of cell.value.split(CSV_LIST_SEPARATOR)) {
      const value = part.trim();
      if (value === '') continue;
      if (!(allowed as readonly string[]).includes(value)) this.add('unknown_code', cell, field, { got: short(value), allowed: allowed.join(', ') });
      else if (out.includes(value as C)) this.add('duplicate_value', cell, field, { got: value });
      else out.push(value as C);
    }
    return out;
  }

  boolean(cell: CsvField, field: LocalServiceCsvColumn): boolean {
    const value = cell.value.trim().toLowerCase();
    if (TRUE_WORDS.includes(value)) return true;
    if (!FALSE_WORDS.includes(value)) this.add('bad_boolean', cell, field, { got: short(cell.value.trim()) });
    return false;
  }
}

function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

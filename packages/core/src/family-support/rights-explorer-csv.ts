import { LIFE_DOMAINS } from '../vocabularies/index.js';
import { MAX_CSV_ISSUES, protectFromFormula, unprotectFromFormula } from '../strengthening/sociale-kaart/csv-columns.js';
import { csvIssue, type CsvIssue } from '../strengthening/sociale-kaart/csv-issues.js';
import { formatCsvField, type CsvField } from '../strengthening/sociale-kaart/csv-parse.js';
import { openCsvTable, readCsvHeader } from '../strengthening/sociale-kaart/csv-table.js';
import { ExplorerRightFieldsSchema, ExplorerRightIdSchema, type ExplorerRight, type ExplorerRightFields } from './rights-explorer.js';

/**
 * The columns of the rechtenverkenner CSV, in the export's order: stable Dutch codes, like the
 * sociale kaart's, so a file made in one language of the product imports in every other.
 */
export const EXPLORER_RIGHT_CSV_COLUMNS = ['id', 'levensdomein', 'naam', 'wat', 'voor_wie', 'hoe', 'waar', 'wanneer', 'contact'] as const;
export type ExplorerRightCsvColumn = (typeof EXPLORER_RIGHT_CSV_COLUMNS)[number];

const FIELD_OF: Readonly<Record<Exclude<ExplorerRightCsvColumn, 'id' | 'levensdomein'>, keyof ExplorerRightFields & string>> = {
  naam: 'name', wat: 'what', voor_wie: 'forWhom', hoe: 'how', waar: 'where', wanneer: 'when', contact: 'contact',
};
const LIMITS: Readonly<Record<keyof typeof FIELD_OF, number>> = { naam: 200, wat: 1000, voor_wie: 500, hoe: 1000, waar: 500, wanneer: 500, contact: 500 };

export type ImportedExplorerRight = ExplorerRightFields & { readonly id: string | null; readonly line: number };
export type ExplorerRightsCsvImport =
  | { readonly ok: true; readonly records: readonly ImportedExplorerRight[] }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

/**
 * [RV3] Reads a rechtenverkenner CSV, all or nothing, with the sociale kaart's parser and problem
 * codes: every problem with its line, column and column name, and no record when there is one.
 */
export function importExplorerRightsCsv(input: Uint8Array | string): ExplorerRightsCsvImport {
  const table = openCsvTable(input);
  if (!table.ok) return table;
  const { header, rows } = table;

  const issues: CsvIssue[] = [];
  const columnAt = readCsvHeader(header.fields, header.line, EXPLORER_RIGHT_CSV_COLUMNS, issues);
  if (issues.length > 0) return { ok: false, issues };

  const records: ImportedExplorerRight[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.every((f) => f.value.trim() === '')) continue;
    if (row.fields.length !== header.fields.length) {
      issues.push(csvIssue('wrong_field_count', row.line, null, null, { got: row.fields.length, expected: header.fields.length }));
      continue;
    }
    const cell = (name: ExplorerRightCsvColumn): CsvField => row.fields[columnAt[name]] as CsvField;
    const before = issues.length;
    const idCell = cell('id');
    const idValue = unprotectFromFormula(idCell.value).trim();
    let id: string | null = null;
    if (idValue !== '') {
      if (!ExplorerRightIdSchema.safeParse(idValue).success) issues.push(csvIssue('bad_id', idCell.line, idCell.column, 'id', { got: short(idValue) }));
      else {
        const first = firstLineOfId.get(idValue);
        if (first !== undefined) issues.push(csvIssue('duplicate_id', idCell.line, idCell.column, 'id', { id: idValue, firstLine: first }));
        else firstLineOfId.set(idValue, row.line);
        id = idValue;
      }
    }
    const domainCell = cell('levensdomein');
    const domain = domainCell.value.trim();
    if (domain === '') issues.push(csvIssue('required', domainCell.line, domainCell.column, 'levensdomein'));
    else if (!(LIFE_DOMAINS as readonly string[]).includes(domain)) {
      issues.push(csvIssue('unknown_code', domainCell.line, domainCell.column, 'levensdomein', { got: short(domain), allowed: LIFE_DOMAINS.join(', ') }));
    }
    const fields: Record<string, string> = { domain };
    for (const column of Object.keys(FIELD_OF) as (keyof typeof FIELD_OF)[]) {
      const c = cell(column);
      const value = unprotectFromFormula(c.value).trim();
      if (column === 'naam' && value === '') issues.push(csvIssue('required', c.line, c.column, column));
      else if (value.length > LIMITS[column]) issues.push(csvIssue('too_long', c.line, c.column, column, { max: LIMITS[column] }));
      fields[FIELD_OF[column]] = value;
    }
    if (issues.length > before) continue;
    // The checks above mirror the schema; a refusal here means the two disagree: a bug.
    records.push({ ...(ExplorerRightFieldsSchema.parse(fields) as ExplorerRightFields), id, line: row.line });
  }
  if (issues.length > 0) {
    if (issues.length <= MAX_CSV_ISSUES) return { ok: false, issues };
    const last = issues[MAX_CSV_ISSUES - 1] as CsvIssue;
    return { ok: false, issues: [...issues.slice(0, MAX_CSV_ISSUES), csvIssue('more_issues', last.line, null, null, { count: issues.length - MAX_CSV_ISSUES })] };
  }
  return { ok: true, records };
}

/** [RV4] The list as CSV (RFC 4180, CRLF, formula-protected), which the import reads back unchanged. */
export function exportExplorerRightsCsv(rights: readonly ExplorerRight[], options: { bom?: boolean } = {}): string {
  const lines = [EXPLORER_RIGHT_CSV_COLUMNS.join(',')];
  for (const right of rights) {
    const cells: Record<ExplorerRightCsvColumn, string> = {
      id: right.id, levensdomein: right.domain, naam: right.name, wat: right.what, voor_wie: right.forWhom,
      hoe: right.how, waar: right.where, wanneer: right.when, contact: right.contact,
    };
    lines.push(EXPLORER_RIGHT_CSV_COLUMNS.map((column) => formatCsvField(protectFromFormula(cells[column]))).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

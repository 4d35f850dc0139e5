import { MAX_CSV_RECORDS } from './csv-columns.js';
import { csvIssue, type CsvIssue } from './csv-issues.js';
import { detectDelimiter, parseCsv, type CsvDelimiter, type CsvField, type CsvRecord } from './csv-parse.js';
import { decodeUtf8 } from './utf8.js';

/** A CSV file opened for import: its delimiter, the header and the rows after it. */
export type CsvTable =
  | { readonly ok: true; readonly delimiter: CsvDelimiter; readonly header: CsvRecord; readonly rows: readonly CsvRecord[] }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

/**
 * What every CSV import of the product does first (the sociale kaart, the rechtenverkenner):
 * bytes decoded as strict UTF-8 (a broken encoding refused with the line where it breaks), text
 * taken as is (a leading byte-order mark dropped), the delimiter detected, the file parsed, an
 * empty file or one with more than MAX_CSV_RECORDS rows refused.
 */
export function openCsvTable(input: Uint8Array | string): CsvTable {
  let text: string;
  if (typeof input === 'string') text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return { ok: false, issues: [csvIssue('bad_encoding', decoded.line, null, null, { position: decoded.position })] };
    text = decoded.text;
  }
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return { ok: false, issues: [csvIssue(parsed.code, parsed.line, parsed.column)] };
  const [header, ...rows] = parsed.records;
  if (!header || header.fields.every((f) => f.value.trim() === '')) return { ok: false, issues: [csvIssue('empty_file', 1, null)] };
  if (rows.length > MAX_CSV_RECORDS) return { ok: false, issues: [csvIssue('too_many_records', header.line, null, null, { max: MAX_CSV_RECORDS })] };
  return { ok: true, delimiter, header, rows };
}

/**
 * Where each of `columns` stands in the header (names compared trimmed and in lower case); an
 * unknown, doubled or missing column is added to `issues` with its place.
 */
export function readCsvHeader<C extends string>(fields: readonly CsvField[], line: number, columns: readonly C[], issues: CsvIssue[]): Record<C, number> {
  const columnAt: Partial<Record<C, number>> = {};
  const known = columns as readonly string[];
  fields.forEach((field, index) => {
    const name = field.value.trim().toLowerCase();
    if (!known.includes(name)) {
      issues.push(csvIssue('unknown_column', line, field.column, null, { name: field.value.trim(), allowed: columns.join(', ') }));
      return;
    }
    const column = name as C;
    if (columnAt[column] !== undefined) issues.push(csvIssue('duplicate_column', line, field.column, column, { name }));
    else columnAt[column] = index;
  });
  for (const column of columns) {
    if (columnAt[column] === undefined) issues.push(csvIssue('missing_column', line, null, column, { name: column }));
  }
  return columnAt as Record<C, number>;
}

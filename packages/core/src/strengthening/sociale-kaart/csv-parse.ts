/**
 * A small RFC 4180 reader that keeps positions, so every problem can be reported by line and
 * column. Written by hand because the import must name the line and the column of each problem,
 * and must refuse (not guess at) malformed quoting.
 * - Fields are separated by the delimiter (',' by default; ';' as spreadsheets in Flanders write it,
 *   see detectDelimiter). Records end at CRLF, LF or a lone CR.
 * - A field in double quotes may hold delimiters, line breaks and doubled quotes ("").
 * - A quote inside an unquoted field, text after a closing quote, or a quote never closed are
 *   errors, not repaired.
 * - Lines with nothing on them are skipped; a final line break does not make an empty record.
 */

export interface CsvField {
  readonly value: string;
  /** 1-based line where the field starts. */
  readonly line: number;
  /** 1-based column: the field's number in its record. */
  readonly column: number;
}

export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly CsvField[];
}

export type CsvSyntaxCode = 'unclosed_quote' | 'stray_quote' | 'text_after_quote';

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly code: CsvSyntaxCode; readonly line: number; readonly column: number };

export type CsvDelimiter = ',' | ';';

/** ';' when the first line has semicolons and no commas outside quotes; ',' otherwise. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
}

export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: CsvField[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  // Whether the current record has anything (a delimiter or a character) yet.
  let started = false;

  const endRecord = (): void => {
    if (started) records.push({ line: recordLine, fields });
    fields = [];
    started = false;
  };

  while (i < n) {
    const fieldLine = line;
    const column = fields.length + 1;
    let value = '';
    if (text[i] === '"') {
      started = true;
      i++;
      for (;;) {
        if (i >= n) return { ok: false, code: 'unclosed_quote', line: fieldLine, column };
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\r' && text[i + 1] === '\n') {
          value += '\r\n';
          i += 2;
          line++;
          continue;
        }
        if (ch === '\n' || ch === '\r') line++;
        value += ch;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return { ok: false, code: 'text_after_quote', line, column };
      }
    } else {
      while (i < n) {
        const ch = text[i] as string;
        if (ch === delimiter || ch === '\n' || ch === '\r') break;
        if (ch === '"') return { ok: false, code: 'stray_quote', line, column };
        value += ch;
        i++;
      }
      if (value !== '') started = true;
    }
    fields.push({ value, line: fieldLine, column });
    const sep = text[i];
    if (sep === delimiter) {
      started = true;
      i++;
      // A delimiter at the very end of the text still ends with one more (empty) field.
      if (i >= n) fields.push({ value: '', line, column: column + 1 });
      continue;
    }
    if (sep === '\r' || sep === '\n') {
      i += sep === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
  }
  endRecord();
  return { ok: true, records };
}

/** One field as RFC 4180 writes it: quoted when it holds a delimiter, a quote or a line break. */
export function formatCsvField(value: string, delimiter: CsvDelimiter = ','): string {
  if (value.includes('"') || value.includes(delimiter) || value.includes('\n') || value.includes('\r')) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

import { detectDelimiter, parseCsv, type CsvDelimiter, type CsvRecord } from '../strengthening/sociale-kaart/csv-parse.js';
import { problem, type InteropProblem } from './report.js';

/**
 * Reading the three CSV files of egor's convention (research note interop.md §3): shared by our own
 * export's reader (egor.ts) and the foreign reader with its mapping (egor-foreign.ts), so it is a
 * leaf of its own.
 */
export interface EgorFiles {
  readonly egos: string;
  readonly alters: string;
  readonly aaties: string;
}

export const EGOR_FILE_NAMES = { egos: 'egos.csv', alters: 'alters.csv', aaties: 'aaties.csv' } as const;

/** Id column names of other tools, tried in this order (interop.md §3.4). */
export const EGOR_ID_COLUMNS = {
  ego: ['egoID', '.egoID', '.EGOID', 'EgoID', 'networkCanvasEgoUUID', 'puid'],
  alter: ['alterID', '.altID', '.ALTID', 'Alter Number', 'Alter.Number', 'networkCanvasUUID', 'nameid'],
  source: ['Source', '.srcID', '.SRCID', 'Alter 1 Number', 'Alter.1.Number', 'networkCanvasSourceUUID', 'nameid'],
  target: ['Target', '.tgtID', '.TGTID', 'Alter 2 Number', 'Alter.2.Number', 'networkCanvasTargetUUID', 'targetid'],
} as const;

export type EgorTable = { readonly file: keyof EgorFiles; readonly delimiter: CsvDelimiter; readonly header: readonly string[]; readonly rows: readonly CsvRecord[] };

/** A problem that stops reading, thrown inside the readers and turned into `{ ok: false }` at their edge. */
export class EgorTableError extends Error {
  constructor(readonly problem: InteropProblem) {
    super(problem.code);
  }
}

export function readEgorTable(file: keyof EgorFiles, raw: string): EgorTable {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) throw new EgorTableError(problem('csv_syntax', { file: EGOR_FILE_NAMES[file], line: parsed.line, column: parsed.column }, { syntax: parsed.code }));
  const [head, ...rows] = parsed.records;
  if (!head) throw new EgorTableError(problem('required', { file: EGOR_FILE_NAMES[file], line: 1 }));
  for (const row of rows) {
    if (row.fields.length !== head.fields.length) {
      throw new EgorTableError(problem('wrong_field_count', { file: EGOR_FILE_NAMES[file], line: row.line }, { got: row.fields.length, expected: head.fields.length }));
    }
  }
  return { file, delimiter, header: head.fields.map((f) => f.value.trim()), rows };
}

/** The index of the first of `names` in the header; a missing column is a problem naming the first. */
export function egorColumn(table: EgorTable, names: readonly string[]): number {
  for (const name of names) {
    const at = table.header.indexOf(name);
    if (at >= 0) return at;
  }
  throw new EgorTableError(problem('missing_column', { file: EGOR_FILE_NAMES[table.file], line: 1 }, { name: names[0] as string }));
}

/** Whether egos.csv is our own export (it has `map_id` and `snapshot_id`): read back exactly, no mapping. */
export function isOwnEgorExport(egos: EgorTable): boolean {
  return egos.header.includes('map_id') && egos.header.includes('snapshot_id');
}

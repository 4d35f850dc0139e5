import { z } from 'zod';
import { isIsoDate } from '../records/ids.js';
import type { AlterInput, NetworkMapInput } from '../records/index.js';
import { DIRECTIONS, SECTORS_B, SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { unprotectFromFormula } from '../strengthening/sociale-kaart/csv-columns.js';
import type { CsvField, CsvRecord } from '../strengthening/sociale-kaart/csv-parse.js';
import { foreignId, tableEntry } from './columns.js';
import {
  EGOR_FILE_NAMES, EGOR_ID_COLUMNS, egorColumn, EgorTableError, isOwnEgorExport, readEgorTable, type EgorFiles, type EgorTable,
} from './egor-table.js';
import { cutText, finishImport, type InteropImport } from './finish.js';
import { problem, ReportBuilder, type InteropProblem } from './report.js';

/**
 * Foreign three-file CSVs (egor's example, EgoWeb, openeddi, a study's own tables): what their
 * columns mean is the user's choice, as for Network Canvas (docs/interop.md, "Foreign files").
 * Without a mapping every alter is `Persoon <id>` on the outer ring and every pair listed is a tie.
 * Our own export (egos.csv with `map_id` and `snapshot_id`) never needs one (egor.ts reads it exactly).
 */
const Column = z.string().min(1).max(200);
const Ring = z.number().int().min(1).max(3);

export const EgorMappingSchema = z.strictObject({
  /** Id columns when they are not egor's (`egoID`, `alterID`, `Source`, `Target`) or another tool's we know. */
  ids: z.strictObject({ ego: Column.optional(), alter: Column.optional(), source: Column.optional(), target: Column.optional() }).optional(),
  /** egos.csv: the column with the ego's name (also the map's title). */
  egoName: Column.optional(),
  /** egos.csv: the column with the interview's date (YYYY-MM-DD or DD/MM/YYYY); today when absent or empty. */
  date: Column.optional(),
  /** alters.csv: the column with the person's name. */
  name: Column.optional(),
  /** alters.csv: a column and which of its values means which sector (scheme B). */
  sector: z.strictObject({ column: Column, values: z.record(z.string(), z.enum(SECTORS_B)) }).optional(),
  /** alters.csv: the ring from a column's values, or from numeric bands (a value up to `max` lies on `ring`; the lowest `max` first). */
  ring: z.union([
    z.strictObject({ column: Column, values: z.record(z.string(), Ring) }),
    z.strictObject({ column: Column, bands: z.array(z.strictObject({ max: z.number(), ring: Ring })).min(1).max(10) }),
  ]).optional(),
  /** alters.csv: columns that mean a kind of support when they say yes (`yes`: the values that do; default TRUE, 1, yes, ja, oui, x). */
  support: z.array(z.strictObject({
    column: Column, function: z.enum(SUPPORT_FUNCTIONS), direction: z.enum(DIRECTIONS), yes: z.array(z.string().max(200)).min(1).max(50).optional(),
  })).max(50).default([]),
  /** aaties.csv: a row is a "know each other" tie when `column` is at least `min`; every row when absent. */
  tie: z.strictObject({ column: Column, min: z.number() }).optional(),
});
export type EgorMapping = z.input<typeof EgorMappingSchema>;
type ParsedEgorMapping = z.output<typeof EgorMappingSchema>;

/** Columns with more different values than this are listed with their first ones only (`more: true`). */
export const EGOR_TEMPLATE_VALUES = 12;

export interface EgorColumnInfo {
  readonly name: string;
  /** Its different values (not empty), sorted; at most EGOR_TEMPLATE_VALUES. */
  readonly values: readonly string[];
  /** true when it has more different values than listed. */
  readonly more: boolean;
  /** The smallest and largest value when every value is a number (for ring bands), else null. */
  readonly numeric: { readonly min: number; readonly max: number } | null;
}

export interface EgorTemplate {
  readonly egos: { readonly rows: number; readonly columns: readonly EgorColumnInfo[] };
  readonly alters: { readonly rows: number; readonly columns: readonly EgorColumnInfo[] };
  readonly aaties: { readonly rows: number; readonly columns: readonly EgorColumnInfo[] };
  /** A mapping to fill in: the id columns found, a name column when one is called so. */
  readonly mapping: EgorMapping;
}

const DEFAULT_YES = ['true', 't', '1', 'yes', 'y', 'ja', 'j', 'oui', 'x'];

function cellNumber(value: string, table: EgorTable): number {
  const text = value.trim();
  if (text === '') return NaN;
  return Number(table.delimiter === ';' ? text.replace(',', '.') : text);
}

function columnInfo(table: EgorTable): EgorColumnInfo[] {
  return table.header.map((name, at) => {
    const seen = new Set<string>();
    let more = false;
    let min = Infinity;
    let max = -Infinity;
    let numeric = true;
    for (const row of table.rows) {
      const value = unprotectFromFormula(row.fields[at]?.value ?? '').trim();
      if (value === '') continue;
      const n = cellNumber(value, table);
      if (Number.isFinite(n)) {
        min = Math.min(min, n);
        max = Math.max(max, n);
      } else numeric = false;
      if (seen.has(value)) continue;
      if (seen.size < EGOR_TEMPLATE_VALUES) seen.add(value);
      else more = true;
    }
    const values = [...seen].sort(numeric ? (a, b) => cellNumber(a, table) - cellNumber(b, table) : undefined);
    return { name, values, more, numeric: numeric && seen.size > 0 ? { min, max } : null };
  });
}

/**
 * What three foreign files hold (every column of each file with its values, bounded) and a mapping
 * to start from; `own: true` for our own export, which needs none.
 */
export function egorMappingTemplate(files: EgorFiles): { ok: true; own: true } | { ok: true; own: false; template: EgorTemplate } | { ok: false; problems: InteropProblem[] } {
  try {
    const egos = readEgorTable('egos', files.egos);
    if (isOwnEgorExport(egos)) return { ok: true, own: true };
    const alters = readEgorTable('alters', files.alters);
    const aaties = readEgorTable('aaties', files.aaties);
    const found = (table: EgorTable, names: readonly string[]) => names.find((n) => table.header.includes(n));
    const ids = { ego: found(egos, EGOR_ID_COLUMNS.ego), alter: found(alters, EGOR_ID_COLUMNS.alter), source: found(aaties, EGOR_ID_COLUMNS.source), target: found(aaties, EGOR_ID_COLUMNS.target) };
    const name = alters.header.find((h) => /^(alter[._ ]?)?(name|naam|nom)$/i.test(h));
    const mapping: EgorMapping = {
      ids: Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)),
      ...(name ? { name } : {}),
      support: [],
    };
    return { ok: true, own: false, template: {
      egos: { rows: egos.rows.length, columns: columnInfo(egos) },
      alters: { rows: alters.rows.length, columns: columnInfo(alters) },
      aaties: { rows: aaties.rows.length, columns: columnInfo(aaties) },
      mapping,
    } };
  } catch (error) {
    if (error instanceof EgorTableError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

export function parseEgorMapping(input: EgorMapping | undefined): { ok: true; mapping: ParsedEgorMapping } | { ok: false; problems: InteropProblem[] } {
  const result = EgorMappingSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, mapping: result.data };
  const first = result.error.issues[0];
  return { ok: false, problems: [problem('bad_mapping', { path: ['egor', ...(first?.path ?? [])].join('.') }, { reason: first?.message ?? '' })] };
}

/** DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY (as Belgian spreadsheets write dates) as YYYY-MM-DD; ISO dates as they are. */
function isoDate(value: string): string | null {
  if (isIsoDate(value)) return value;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

interface ForeignMap {
  readonly input: NetworkMapInput;
  readonly alters: AlterInput[];
  readonly ties: Map<string, [string, string]>;
  readonly alterIds: Map<string, string>;
}

/** Reads foreign files with a mapping (parsed); the tables are read already. */
export function readForeignEgor(egos: EgorTable, alters: EgorTable, aaties: EgorTable, mapping: ParsedEgorMapping, today: string): InteropImport {
  const report = new ReportBuilder();
  /** An id column: the one the mapping names, else the first of the names other tools use. */
  const idColumn = (table: EgorTable, kind: keyof typeof EGOR_ID_COLUMNS): number => {
    const chosen = mapping.ids?.[kind];
    return egorColumn(table, chosen ? [chosen] : EGOR_ID_COLUMNS[kind]);
  };
  const egoCol = idColumn(egos, 'ego');
  const alterEgoCol = idColumn(alters, 'ego');
  const alterCol = idColumn(alters, 'alter');
  const tieEgoCol = idColumn(aaties, 'ego');
  const sourceCol = idColumn(aaties, 'source');
  const targetCol = idColumn(aaties, 'target');
  const named = (table: EgorTable, name: string | undefined): number => (name === undefined ? -1 : egorColumn(table, [name]));
  const egoNameCol = named(egos, mapping.egoName);
  const dateCol = named(egos, mapping.date);
  const nameCol = named(alters, mapping.name);
  const sectorCol = named(alters, mapping.sector?.column);
  const ringCol = named(alters, mapping.ring?.column);
  const supportCols = mapping.support.map((s) => ({ ...s, at: egorColumn(alters, [s.column]), yes: new Set((s.yes ?? DEFAULT_YES).map((y) => y.trim().toLowerCase())) }));
  const weightCol = named(aaties, mapping.tie?.column);
  const bands = mapping.ring && 'bands' in mapping.ring ? [...mapping.ring.bands].sort((a, b) => a.max - b.max) : null;

  const cell = (row: CsvRecord, at: number): CsvField => row.fields[at] as CsvField;
  const text = (row: CsvRecord, at: number): string => unprotectFromFormula(cell(row, at).value).trim();
  const place = (file: keyof EgorFiles, field: CsvField) => ({ file: EGOR_FILE_NAMES[file], line: field.line, column: field.column });
  const problems: InteropProblem[] = [];
  const maps = new Map<string, ForeignMap>();
  for (const row of egos.rows) {
    const key = cell(row, egoCol).value;
    if (maps.has(key)) {
      problems.push(problem('duplicate_id', place('egos', cell(row, egoCol)), { id: key.slice(0, 64) }));
      continue;
    }
    const id = foreignId('ego', key, 'ego0');
    const name = egoNameCol >= 0 ? cutText(text(row, egoNameCol), 120) : undefined;
    if (egoNameCol >= 0) {
      if (name) report.mapped(`egos.csv: ${mapping.egoName}`, 'ego.name');
      else report.interpreted(`egos.csv: ${mapping.egoName}`, 'ego.name', 'name_from_id');
    }
    let date = today;
    if (dateCol >= 0) {
      const raw = text(row, dateCol);
      const found = raw === '' ? null : isoDate(raw);
      if (raw !== '' && found === null) problems.push(problem('bad_date', place('egos', cell(row, dateCol)), { got: raw.slice(0, 40) }));
      if (found) {
        date = found;
        report.mapped(`egos.csv: ${mapping.date}`, 'snapshot.date');
      } else report.interpreted(`egos.csv: ${mapping.date}`, 'snapshot.date', 'today');
    } else report.interpreted('(none)', 'snapshot.date', 'today');
    const egoName = name ?? `Ego ${key}`.slice(0, 120);
    const entry = { alters: [] as AlterInput[], ties: new Map<string, [string, string]>(), alterIds: new Map<string, string>() };
    maps.set(key, {
      ...entry,
      input: { id, title: egoName.slice(0, 200), ego: { kind: 'persoon', name: egoName }, sectorScheme: 'B', ringCount: 3,
        snapshots: [{ id: 's1', kind: 'is', date, alters: entry.alters, ties: [] }] },
    });
  }
  egos.header.forEach((name, i) => { if (![egoCol, egoNameCol, dateCol].includes(i)) report.dropped(`egos.csv: ${name}`, 'no_field', egos.rows.length); });

  for (const row of alters.rows) {
    const egoField = cell(row, alterEgoCol);
    const map = maps.get(egoField.value);
    if (!map) {
      problems.push(problem('unknown_ego', place('alters', egoField), { id: egoField.value.slice(0, 64) }));
      continue;
    }
    const raw = cell(row, alterCol);
    const id = foreignId('a', raw.value, 'a0');
    if (map.alterIds.has(raw.value)) {
      problems.push(problem('duplicate_id', place('alters', raw), { id: raw.value.slice(0, 64) }));
      continue;
    }
    map.alterIds.set(raw.value, id);
    const given = nameCol >= 0 ? cutText(text(row, nameCol), 120) : undefined;
    if (given) report.mapped(`alters.csv: ${mapping.name}`, 'name');
    else report.interpreted(nameCol >= 0 ? `alters.csv: ${mapping.name}` : 'alterID', 'name', 'name_from_id');
    const alter: Record<string, unknown> = { id, name: given ?? `Persoon ${raw.value}`.slice(0, 120), ring: 3 };
    if (mapping.sector) {
      const sector = tableEntry(mapping.sector.values, text(row, sectorCol));
      if (sector) {
        alter.sector = sector;
        report.interpreted(`alters.csv: ${mapping.sector.column}`, 'sector', 'mapping');
      } else report.dropped(`alters.csv: ${mapping.sector.column}`, 'value_not_in_mapping');
    }
    if (mapping.ring) {
      const source = `alters.csv: ${mapping.ring.column}`;
      const value = text(row, ringCol);
      let ring: number | undefined;
      if (bands) {
        const n = cellNumber(value, alters);
        ring = Number.isFinite(n) ? bands.find((b) => n <= b.max)?.ring : undefined;
        if (ring !== undefined) report.interpreted(source, 'ring', 'bands');
        else report.interpreted(source, 'ring', Number.isFinite(n) ? 'outside_bands' : 'outer_ring_unknown');
      } else if ('values' in mapping.ring) {
        ring = tableEntry(mapping.ring.values, value);
        report.interpreted(source, 'ring', ring !== undefined ? 'mapping' : 'outer_ring_unknown');
      }
      if (ring !== undefined) alter.ring = ring;
    } else report.interpreted('alterID', 'ring', 'outer_ring_unknown');
    const support: Record<string, string> = {};
    for (const s of supportCols) {
      if (s.yes.has(text(row, s.at).toLowerCase())) {
        support[s.function] = s.direction;
        report.interpreted(`alters.csv: ${s.column}`, `support.${s.function}`, 'mapping');
      }
    }
    alter.support = support;
    map.alters.push(alter as AlterInput);
  }
  const usedAlterCols = new Set([alterEgoCol, alterCol, nameCol, sectorCol, ringCol, ...supportCols.map((s) => s.at)]);
  alters.header.forEach((name, i) => { if (!usedAlterCols.has(i)) report.dropped(`alters.csv: ${name}`, 'no_field', alters.rows.length); });

  for (const row of aaties.rows) {
    const egoField = cell(row, tieEgoCol);
    const map = maps.get(egoField.value);
    if (!map) {
      problems.push(problem('unknown_ego', place('aaties', egoField), { id: egoField.value.slice(0, 64) }));
      continue;
    }
    const ends = [cell(row, sourceCol), cell(row, targetCol)];
    const missing = ends.find((end) => !map.alterIds.has(end.value));
    if (missing) {
      problems.push(problem('unknown_alter', place('aaties', missing), { id: missing.value.slice(0, 64) }));
      continue;
    }
    if (mapping.tie && !(cellNumber(cell(row, weightCol).value, aaties) >= mapping.tie.min)) {
      report.dropped(`aaties.csv: ${mapping.tie.column}`, 'below_tie_weight');
      continue;
    }
    const a = map.alterIds.get(ends[0]!.value) as string;
    const b = map.alterIds.get(ends[1]!.value) as string;
    if (a === b) {
      report.dropped('aaties.csv', 'self_tie');
      continue;
    }
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    if (map.ties.has(pair.join(' '))) report.dropped('aaties.csv', 'duplicate_tie');
    else map.ties.set(pair.join(' '), pair);
  }
  if (!mapping.tie && aaties.header.includes('weight')) report.interpreted('aaties.csv: weight', 'ties', 'every_row_a_tie', aaties.rows.length);
  else aaties.header.forEach((name, i) => { if (![tieEgoCol, sourceCol, targetCol, weightCol].includes(i)) report.dropped(`aaties.csv: ${name}`, 'no_field', aaties.rows.length); });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 100) };
  const inputs = [...maps.values()].map((m) => ({ ...m.input, snapshots: [{ ...m.input.snapshots![0]!, ties: [...m.ties.values()] }] }));
  return finishImport('egor', inputs, report);
}

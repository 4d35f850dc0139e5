import { isIsoDate, isId } from '../records/ids.js';
import type { AlterInput, NetworkMap, NetworkMapInput } from '../records/index.js';
import {
  ALTER_FLAGS, ALTER_KINDS, APPRAISALS, CHANNELS, DIRECTIONS, EGO_KINDS, FORMAL_LEVELS, FORMAL_MODES, FREQUENCIES,
  REACHABILITIES, SECTOR_SCHEME_CODES, SECTORS_A, SECTORS_B, SNAPSHOT_KINDS, STATUSES, SUPPORT_FUNCTIONS, VALENCES, FIXED_ARRANGEMENTS,
} from '../vocabularies/index.js';
import { protectFromFormula, unprotectFromFormula } from '../strengthening/sociale-kaart/csv-columns.js';
import { formatCsvField, type CsvDelimiter, type CsvField, type CsvRecord } from '../strengthening/sociale-kaart/csv-parse.js';
import { FLAG_COLUMNS } from './columns.js';
import { parseEgorMapping, readForeignEgor, type EgorMapping } from './egor-foreign.js';
import { EGOR_FILE_NAMES, EgorTableError, isOwnEgorExport, readEgorTable, type EgorFiles, type EgorTable } from './egor-table.js';
import { finishImport, type InteropImport } from './finish.js';
import { problem, ReportBuilder, type InteropProblem } from './report.js';

/**
 * egor's three-file convention (research note interop.md §3.3): `egos.csv` (one row per snapshot),
 * `alters.csv`, `aaties.csv`, with the id columns egor() reads without ID.vars (`egoID`, `alterID`,
 * `Source`, `Target`). Two dialects: 'r' (comma, decimal point, no byte order mark) and 'excel'
 * (semicolon, decimal comma, byte order mark: Excel in Belgium and read.csv2).
 */
export type EgorDialect = 'r' | 'excel';

const ALL_SECTORS = [...SECTORS_B, ...SECTORS_A] as const;

export const EGOR_EGO_COLUMNS = [
  'egoID', 'map_id', 'map_title', 'snapshot_id', 'snapshot_kind', 'snapshot_date', 'snapshot_label', 'appraisal',
  'ego_kind', 'ego_name', 'ego_person_id', 'household_size', 'household_members', 'ring_count', 'sector_scheme', 'snapshot_note',
] as const;
export const EGOR_ALTER_COLUMNS = [
  'egoID', 'alterID', 'name', 'kind', 'sector', 'role', 'formal', 'formal_mode', 'formal_level', 'chosen_by_family', 'ring',
  'angle', 'distance', 'status', 'valence', 'fixed_arrangement', 'frequency', ...CHANNELS.map((c) => `channel_${c}`), 'reachability', 'since', 'origin',
  ...ALTER_FLAGS.map((f) => FLAG_COLUMNS[f]), ...SUPPORT_FUNCTIONS.map((f) => `support_${f}`), 'person_id', 'note',
] as const;
export const EGOR_TIE_COLUMNS = ['egoID', 'Source', 'Target'] as const;

export interface EgorExportOptions {
  readonly dialect: EgorDialect;
  /** Only this snapshot (one ego row); every snapshot when absent. */
  readonly snapshotId?: string;
  /** Names of people (ego, household, alters) and notes: personal, so only when asked for. */
  readonly names?: boolean;
}

/** The three files for one or more maps. Throws when `snapshotId` is not a snapshot of the map (a bug of the caller). */
export function exportEgorFiles(maps: readonly NetworkMap[], options: EgorExportOptions): EgorFiles {
  const delimiter: CsvDelimiter = options.dialect === 'excel' ? ';' : ',';
  const names = options.names === true;
  const text = (v: string | undefined): string => (v === undefined ? '' : protectFromFormula(v));
  const num = (v: number | undefined): string => (v === undefined ? '' : options.dialect === 'excel' ? String(v).replace('.', ',') : String(v));
  const bool = (v: boolean | undefined): string => (v === undefined ? '' : v ? 'TRUE' : 'FALSE');
  const egoRows: string[][] = [];
  const alterRows: string[][] = [];
  const tieRows: string[][] = [];
  for (const map of maps) {
    const snapshots = options.snapshotId === undefined ? map.snapshots : map.snapshots.filter((s) => s.id === options.snapshotId);
    if (options.snapshotId !== undefined && snapshots.length === 0) throw new Error(`no snapshot ${options.snapshotId} in map ${map.id}`);
    const members = map.ego.kind === 'huishouden' ? map.ego.members : [];
    const egoCells = (snapshotCells: string[]): string[] => [
      // A title is often "Netwerk van <name>": personal, like the names (as in the GraphML export).
      names ? text(map.title) : '', ...snapshotCells, map.ego.kind, names ? text(map.ego.name) : '',
      map.ego.kind === 'persoon' ? (map.ego.personId ?? '') : '', map.ego.kind === 'huishouden' ? String(members.length) : '',
      names && members.length > 0 ? protectFromFormula(JSON.stringify(members)) : '', String(map.ringCount), map.sectorScheme,
    ];
    if (snapshots.length === 0) egoRows.push([map.id, map.id, ...egoCells(['', '', '', '', '']), '']);
    for (const s of snapshots) {
      const egoId = `${map.id}.${s.id}`;
      egoRows.push([egoId, map.id, ...egoCells([s.id, s.kind, s.date, text(s.label), s.appraisal ?? '']), names ? text(s.note) : '']);
      for (const a of s.alters) {
        alterRows.push([
          egoId, a.id, names ? text(a.name) : '', a.kind, a.sector ?? '', text(a.role), bool(a.formal), a.formalMode ?? '', a.formalLevel ?? '',
          bool(a.chosenByFamily), String(a.ring), num(a.position?.angle), num(a.position?.distance), a.status, a.valence ?? '', a.fixedArrangement ?? '', a.frequency ?? '',
          ...CHANNELS.map((c) => bool(a.channels.includes(c))), a.reachability ?? '', a.since === undefined ? '' : String(a.since), text(a.origin),
          ...ALTER_FLAGS.map((f) => bool(a.flags[f])), ...SUPPORT_FUNCTIONS.map((f) => a.support[f] ?? ''), a.personId ?? '', names ? text(a.note) : '',
        ]);
      }
      for (const [x, y] of s.ties) tieRows.push([egoId, x, y]);
    }
  }
  const write = (header: readonly string[], rows: readonly string[][]): string => {
    const lines = [header, ...rows].map((r) => r.map((v) => formatCsvField(v, delimiter)).join(delimiter));
    return (options.dialect === 'excel' ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
  };
  return { egos: write(EGOR_EGO_COLUMNS, egoRows), alters: write(EGOR_ALTER_COLUMNS, alterRows), aaties: write(EGOR_TIE_COLUMNS, tieRows) };
}

export interface EgorImportOptions {
  /** The date of the one snapshot per ego of a foreign file when the mapping names no date column. */
  readonly today: string;
  /** Foreign files: what their columns mean (egor-foreign.ts); our own export needs none and ignores it. */
  readonly mapping?: EgorMapping;
}

/**
 * Reads three files back. Our own export (egos.csv has `map_id` and `snapshot_id`) gives back the
 * exact maps (any mapping is ignored); a foreign file (egor's example, EgoWeb, openeddi) gives one
 * map per ego with one `is` snapshot, read through `options.mapping` (egor-foreign.ts): without one
 * at `today`, alters named by their id on the outer ring, every other column listed as dropped.
 * A tie to an alter that is not in alters.csv is refused with its line and column.
 */
export function importEgorFiles(files: EgorFiles, options: EgorImportOptions): InteropImport {
  try {
    const egos = readEgorTable('egos', files.egos);
    const alters = readEgorTable('alters', files.alters);
    const aaties = readEgorTable('aaties', files.aaties);
    if (isOwnEgorExport(egos)) return readOwn(egos, alters, aaties);
    const mapping = parseEgorMapping(options.mapping);
    return mapping.ok ? readForeignEgor(egos, alters, aaties, mapping.mapping, options.today) : mapping;
  } catch (error) {
    if (error instanceof EgorTableError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

interface Cell {
  readonly field: CsvField;
  readonly table: EgorTable;
}

function where(cell: Cell): { file: string; line: number; column: number } {
  return { file: EGOR_FILE_NAMES[cell.table.file], line: cell.field.line, column: cell.field.column };
}

/** Typed reading of our own columns; every wrong value is a problem with its line and column. */
class OwnReader {
  readonly problems: InteropProblem[] = [];

  private readonly columns = new Map<EgorTable, Map<string, number>>();

  cell(table: EgorTable, row: CsvRecord, name: string): Cell {
    let columns = this.columns.get(table);
    if (!columns) {
      columns = new Map(table.header.map((h, i) => [h, i] as const).reverse());
      this.columns.set(table, columns);
    }
    const at = columns.get(name) ?? -1;
    if (at < 0) throw new EgorTableError(problem('missing_column', { file: EGOR_FILE_NAMES[table.file], line: 1 }, { name }));
    return { field: row.fields[at] as CsvField, table };
  }

  private fail(code: InteropProblem['code'], cell: Cell, params: InteropProblem['params'] = {}): undefined {
    if (this.problems.length < 100) this.problems.push(problem(code, where(cell), params));
    return undefined;
  }

  text(cell: Cell): string | undefined {
    const v = unprotectFromFormula(cell.field.value);
    return v === '' ? undefined : v;
  }

  code<T extends string>(cell: Cell, allowed: readonly T[]): T | undefined {
    const v = cell.field.value;
    if (v === '') return undefined;
    if (!(allowed as readonly string[]).includes(v)) return this.fail('not_allowed', cell, { got: v.slice(0, 40), allowed: allowed.join(', ') });
    return v as T;
  }

  required<T extends string>(cell: Cell, allowed?: readonly T[]): T {
    if (cell.field.value === '') return this.fail('required', cell) as unknown as T;
    return (allowed ? this.code(cell, allowed) : cell.field.value) as T;
  }

  bool(cell: Cell): boolean | undefined {
    const v = cell.field.value;
    if (v === '') return undefined;
    if (v === 'TRUE' || v === 'FALSE') return v === 'TRUE';
    return this.fail('not_allowed', cell, { got: v.slice(0, 40), allowed: 'TRUE, FALSE' });
  }

  number(cell: Cell): number | undefined {
    const v = cell.field.value;
    if (v === '') return undefined;
    const n = Number(cell.table.delimiter === ';' ? v.replace(',', '.') : v);
    if (!Number.isFinite(n)) return this.fail('wrong_type', cell, { expected: 'number', got: v.slice(0, 40) });
    return n;
  }

  id(cell: Cell): string {
    const v = cell.field.value;
    if (!isId(v)) this.fail('not_allowed', cell, { got: cell.field.value.slice(0, 40), allowed: 'A-Z a-z 0-9 - _' });
    return v;
  }
}

function readOwn(egos: EgorTable, alters: EgorTable, aaties: EgorTable): InteropImport {
  const r = new OwnReader();
  const report = new ReportBuilder();
  const maps = new Map<string, NetworkMapInput & { snapshots: NonNullable<NetworkMapInput['snapshots']> }>();
  const snapshotOf = new Map<string, { alters: AlterInput[]; ties: [string, string][]; alterIds: Set<string> }>();
  for (const row of egos.rows) {
    const c = (name: string) => r.cell(egos, row, name);
    const mapId = r.id(c('map_id'));
    let map = maps.get(mapId);
    if (!map) {
      const egoKind = r.required(c('ego_kind'), EGO_KINDS);
      const egoName = r.text(c('ego_name')) ?? (egoKind === 'huishouden' ? 'Gezin' : 'Ego');
      if (!r.text(c('ego_name'))) report.interpreted('ego_name', 'ego.name', 'no_names_exported');
      const membersText = r.text(c('household_members'));
      let members: unknown = [];
      if (membersText) {
        try {
          members = JSON.parse(membersText);
        } catch {
          r.problems.push(problem('wrong_type', where(c('household_members')), { expected: 'JSON', got: membersText.slice(0, 40) }));
        }
      }
      const personId = r.text(c('ego_person_id'));
      map = {
        id: mapId,
        ...(r.text(c('map_title')) ? { title: r.text(c('map_title')) } : {}),
        ego: egoKind === 'huishouden'
          ? { kind: 'huishouden', name: egoName, members: members as never }
          : { kind: 'persoon', name: egoName, ...(personId ? { personId } : {}) },
        sectorScheme: r.required(c('sector_scheme'), SECTOR_SCHEME_CODES),
        ringCount: r.number(c('ring_count')) ?? 3,
        snapshots: [],
      };
      maps.set(mapId, map);
    }
    if (c('snapshot_id').field.value === '') continue;
    const egoId = c('egoID').field.value;
    if (snapshotOf.has(egoId)) r.problems.push(problem('duplicate_id', where(c('egoID')), { id: egoId }));
    const snapshot = { alters: [] as AlterInput[], ties: [] as [string, string][], alterIds: new Set<string>() };
    snapshotOf.set(egoId, snapshot);
    const date = r.required(c('snapshot_date'));
    if (date && !isIsoDate(date)) r.problems.push(problem('bad_date', where(c('snapshot_date')), { got: date.slice(0, 40) }));
    const label = r.text(c('snapshot_label'));
    const note = r.text(c('snapshot_note'));
    map.snapshots.push({
      id: r.id(c('snapshot_id')),
      kind: r.required(c('snapshot_kind'), SNAPSHOT_KINDS),
      date,
      ...(label ? { label } : {}),
      appraisal: r.code(c('appraisal'), APPRAISALS) ?? null,
      alters: snapshot.alters,
      ties: snapshot.ties,
      ...(note ? { note } : {}),
    });
  }
  /** The snapshot of a row's egoID; an unknown one is a problem at that cell. */
  const snapshotOfRow = (cell: Cell) => {
    const found = snapshotOf.get(cell.field.value);
    if (!found) r.problems.push(problem('unknown_ego', where(cell), { id: cell.field.value.slice(0, 64) }));
    return found;
  };
  for (const row of alters.rows) {
    const c = (name: string) => r.cell(alters, row, name);
    const snapshot = snapshotOfRow(c('egoID'));
    if (!snapshot) continue;
    const id = r.id(c('alterID'));
    snapshot.alterIds.add(id);
    const opt = <T>(key: string, v: T | undefined) => (v === undefined ? {} : { [key]: v });
    const angle = r.number(c('angle'));
    const distance = r.number(c('distance'));
    const support: Record<string, string> = {};
    for (const f of SUPPORT_FUNCTIONS) {
      const d = r.code(c(`support_${f}`), DIRECTIONS);
      if (d) support[f] = d;
    }
    const name = r.text(c('name'));
    if (!name) report.interpreted('name', 'name', 'no_names_exported');
    snapshot.alters.push({
      id,
      kind: r.required(c('kind'), ALTER_KINDS),
      name: name ?? `Persoon ${id}`,
      ...opt('personId', r.text(c('person_id'))),
      sector: r.code(c('sector'), ALL_SECTORS) ?? null,
      ...opt('role', r.text(c('role'))),
      ...opt('formal', r.bool(c('formal'))),
      ...opt('formalMode', r.code(c('formal_mode'), FORMAL_MODES)),
      ...opt('formalLevel', r.code(c('formal_level'), FORMAL_LEVELS)),
      ...opt('chosenByFamily', r.bool(c('chosen_by_family'))),
      ring: r.number(c('ring')) as number,
      ...(angle !== undefined && distance !== undefined ? { position: { angle, distance } } : {}),
      status: r.required(c('status'), STATUSES),
      support,
      ...opt('valence', r.code(c('valence'), VALENCES)),
      ...opt('fixedArrangement', r.code(c('fixed_arrangement'), FIXED_ARRANGEMENTS)),
      ...opt('frequency', r.code(c('frequency'), FREQUENCIES)),
      channels: CHANNELS.filter((ch) => r.bool(c(`channel_${ch}`)) === true),
      ...opt('reachability', r.code(c('reachability'), REACHABILITIES)),
      ...opt('since', r.number(c('since'))),
      ...opt('origin', r.text(c('origin'))),
      flags: Object.fromEntries(ALTER_FLAGS.map((f) => [f, r.bool(c(FLAG_COLUMNS[f])) ?? false])) as never,
      ...opt('note', r.text(c('note'))),
    } as AlterInput);
  }
  for (const row of aaties.rows) {
    const c = (name: string) => r.cell(aaties, row, name);
    const snapshot = snapshotOfRow(c('egoID'));
    if (!snapshot) continue;
    const ends = [c('Source'), c('Target')];
    const missing = ends.find((end) => !snapshot.alterIds.has(end.field.value));
    if (missing) {
      r.problems.push(problem('unknown_alter', where(missing), { id: missing.field.value.slice(0, 64) }));
      continue;
    }
    snapshot.ties.push([ends[0]!.field.value, ends[1]!.field.value]);
  }
  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  const all = [...maps.values()];
  report.mapped('egos.csv', 'snapshots', egos.rows.length);
  report.mapped('alters.csv', 'alters', alters.rows.length);
  report.mapped('aaties.csv', 'ties', aaties.rows.length);
  return finishImport('egor', all, report);
}

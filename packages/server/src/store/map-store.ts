import type { Alter, NetworkMap, Snapshot, Tie } from '@netwerkkracht/core';
import { sql, type Expression, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { AltersTable, AlterSupportTable, Database, MapsTable, SnapshotsTable, TiesTable } from '../db/schema.js';
import { dialectOf, type DialectName } from '../db/dialect.js';
import { runPrepared } from '../db/prepared.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { ApiError } from '../http/errors.js';
import {
  alterFromRow, alterRow, mapHeaderColumns, mapHeaderFromRow, snapshotFromRow, snapshotRow, supportRows, tieRows,
} from './map-rows.js';
import { nowIso } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

const BATCH = 200;

const ALL_ALTER_COLUMNS = [
  'map_id', 'snapshot_id', 'id', 'seq', 'kind', 'name_enc', 'person_id', 'sector', 'role_enc', 'formal', 'formal_mode', 'formal_level',
  'chosen_by_family', 'ring', 'position_angle', 'position_distance', 'status', 'valence', 'frequency', 'channels', 'reachability',
  'since', 'origin_enc', 'flag_aanspreekfiguur', 'flag_andere_achtergrond', 'flag_toegang_tot_middelen', 'flag_alleen_digitaal', 'note_enc',
] as const satisfies readonly (keyof AltersTable)[];
/** Without a cipher the ciphertext is not even fetched: less to read, nothing to leak. */
const CLEAR_ALTER_COLUMNS = ALL_ALTER_COLUMNS.map((c) => (c.endsWith('_enc') ? sql<null>`null`.as(c) : c)) as unknown as typeof ALL_ALTER_COLUMNS;

async function insertBatched<T extends 'alters' | 'alter_support' | 'ties' | 'snapshots'>(
  db: Db, table: T, rows: readonly Parameters<ReturnType<Db['insertInto']>['values']>[0][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

const SNAPSHOT_COLUMNS = ['map_id', 'id', 'seq', 'kind', 'date', 'label_enc', 'appraisal', 'note_enc'] as const satisfies readonly (keyof SnapshotsTable)[];
const SUPPORT_COLUMNS = ['map_id', 'snapshot_id', 'alter_id', 'function', 'direction'] as const satisfies readonly (keyof AlterSupportTable)[];
const TIE_COLUMNS = ['map_id', 'snapshot_id', 'seq', 'a', 'b'] as const satisfies readonly (keyof TiesTable)[];

/**
 * The rows of a subquery as one JSON array of objects, built by the database: one value crosses
 * into JavaScript instead of a row object per row, which costs less than half as much on SQLite
 * and saves round trips on PostgreSQL. `columns` are the subquery's column names. Floats survive
 * exactly (both databases print doubles with round-trip precision).
 */
function jsonRows(dialect: DialectName, columns: readonly string[], rows: Expression<unknown>): RawBuilder<unknown> {
  const fields = sql.join(columns.flatMap((c) => [sql.lit(c), sql.ref(`agg.${c}`)]));
  return dialect === 'postgres'
    ? sql`(select coalesce(json_agg(json_build_object(${fields})), '[]'::json) from ${rows} as agg)`
    : sql`(select coalesce(json_group_array(json_object(${fields})), '[]') from ${rows} as agg)`;
}

/** SQLite hands the JSON over as text, PostgreSQL's driver already parsed it. */
function parseRows<T>(value: unknown): T[] {
  const rows: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(rows)) throw new Error('a JSON row list was expected from the database');
  return rows as T[];
}

const bySnapshotThenSeq = (x: { snapshot_id: string; seq: number }, y: { snapshot_id: string; seq: number }) =>
  (x.snapshot_id < y.snapshot_id ? -1 : x.snapshot_id > y.snapshot_id ? 1 : x.seq - y.seq);

/** A map's content as the database hands it over: four JSON lists of rows (see jsonRows). */
export interface MapContentColumns {
  readonly snapshots: unknown;
  readonly alters: unknown;
  readonly support: unknown;
  readonly ties: unknown;
}

/**
 * The select list that reads a map's whole content (or only the snapshots in `only`) as four
 * JSON columns; used alone (readMap) or next to the access-checked map row (findMapWithContent).
 * `mapId` and `only` must be bound values (see db/prepared.ts).
 */
export function mapContentSelections(
  db: Kysely<Database>, dialect: DialectName, cipher: FieldCipher | null, mapId: string, only: readonly string[] | undefined,
) {
  const ids = only as string[] | undefined;
  return [
    jsonRows(dialect, SNAPSHOT_COLUMNS, db.selectFrom('snapshots').select(SNAPSHOT_COLUMNS).where('snapshots.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('snapshots.id', 'in', ids as string[]))).as('snapshots'),
    jsonRows(dialect, ALL_ALTER_COLUMNS, db.selectFrom('alters').select(cipher === null ? CLEAR_ALTER_COLUMNS : ALL_ALTER_COLUMNS).where('alters.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('alters.snapshot_id', 'in', ids as string[]))).as('alters'),
    jsonRows(dialect, SUPPORT_COLUMNS, db.selectFrom('alter_support').select(SUPPORT_COLUMNS).where('alter_support.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('alter_support.snapshot_id', 'in', ids as string[]))).as('support'),
    jsonRows(dialect, TIE_COLUMNS, db.selectFrom('ties').select(TIE_COLUMNS).where('ties.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('ties.snapshot_id', 'in', ids as string[]))).as('ties'),
  ] as const;
}

/** What changes the SQL of mapContentSelections, for the prepared query's shape. */
export function mapContentShape(cipher: FieldCipher | null, only: readonly string[] | undefined): string {
  return `${cipher === null ? 'clear' : 'personal'}:${only === undefined ? 'all' : only.length}`;
}

/**
 * Rebuilds a map (every snapshot, alter, support and tie, or only the snapshots named) from its
 * rows, in one query. With `cipher` null the personal text stays encrypted and out of the result
 * (see map-rows).
 */
export async function readMap(db: Db, cipher: FieldCipher | null, mapRow: Selectable<MapsTable>, only?: readonly string[]): Promise<NetworkMap> {
  const dialect = dialectOf(db as Kysely<Database>);
  const [found] = await runPrepared(db, `readMap:${mapContentShape(cipher, only)}`, [mapRow.id, ...(only ?? [])], (d, [mapId, ...ids]) =>
    d.selectNoFrom(mapContentSelections(d, dialect, cipher, mapId as string, only === undefined ? undefined : ids)));
  if (!found) throw new Error('reading a map gave no row');
  return assembleMap(cipher, mapRow, found);
}

/** The map from its header row and its content columns. */
export function assembleMap(cipher: FieldCipher | null, mapRow: Selectable<MapsTable>, found: MapContentColumns): NetworkMap {
  const snapshots = parseRows<Selectable<SnapshotsTable>>(found.snapshots).sort((x, y) => x.seq - y.seq);
  const alters = parseRows<Selectable<AltersTable>>(found.alters).sort(bySnapshotThenSeq);
  const support = parseRows<Selectable<AlterSupportTable>>(found.support);
  const ties = parseRows<Selectable<TiesTable>>(found.ties).sort(bySnapshotThenSeq);
  const supportOf = new Map<string, Selectable<AlterSupportTable>[]>();
  for (const s of support) {
    const key = `${s.snapshot_id}\u0000${s.alter_id}`;
    const list = supportOf.get(key);
    if (list) list.push(s);
    else supportOf.set(key, [s]);
  }
  const altersOf = new Map<string, Alter[]>();
  for (const a of alters) {
    const alter = alterFromRow(cipher, a, supportOf.get(`${a.snapshot_id}\u0000${a.id}`) ?? []);
    const list = altersOf.get(a.snapshot_id);
    if (list) list.push(alter);
    else altersOf.set(a.snapshot_id, [alter]);
  }
  const tiesOf = new Map<string, Tie[]>();
  for (const t of ties) {
    const tie = [t.a, t.b] as unknown as Tie;
    const list = tiesOf.get(t.snapshot_id);
    if (list) list.push(tie);
    else tiesOf.set(t.snapshot_id, [tie]);
  }
  const header = mapHeaderFromRow(cipher, mapRow);
  return {
    id: mapRow.id,
    ...(header.title !== undefined ? { title: header.title } : {}),
    ego: header.ego,
    sectorScheme: header.sectorScheme,
    ringCount: header.ringCount,
    snapshots: snapshots.map((s) => snapshotFromRow(cipher, s, altersOf.get(s.id) ?? [], tiesOf.get(s.id) ?? [])),
  } as unknown as NetworkMap;
}

/** Writes the snapshots of a map (with their alters, support and ties) after `firstSeq`. */
export async function insertSnapshots(db: Db, cipher: FieldCipher, mapId: string, snapshots: readonly Snapshot[], firstSeq = 0): Promise<void> {
  await insertBatched(db, 'snapshots', snapshots.map((s, i) => snapshotRow(cipher, mapId, firstSeq + i, s)));
  for (const snapshot of snapshots) await insertSnapshotContent(db, cipher, mapId, snapshot.id, snapshot.alters, snapshot.ties);
}

export async function insertSnapshotContent(db: Db, cipher: FieldCipher, mapId: string, snapshotId: string, alters: readonly Alter[], ties: readonly Tie[]): Promise<void> {
  await insertBatched(db, 'alters', alters.map((a, i) => alterRow(cipher, mapId, snapshotId, i, a)));
  await insertBatched(db, 'alter_support', alters.flatMap((a) => supportRows(mapId, snapshotId, a)));
  await insertBatched(db, 'ties', tieRows(mapId, snapshotId, ties));
}

/** Stores a new map in a case under the given id, at version 1. */
export async function insertMap(db: Db, cipher: FieldCipher, caseId: string, map: NetworkMap): Promise<void> {
  const now = nowIso();
  await db.insertInto('maps').values({
    id: map.id,
    case_id: caseId,
    ...mapHeaderColumns(cipher, map),
    version: 1,
    created_at: now,
    updated_at: now,
  }).execute();
  await insertSnapshots(db, cipher, map.id, map.snapshots);
}

/**
 * Claims the next version of a map for a change based on `expected`. The compare-and-set is one
 * UPDATE, so of two changes based on the same version exactly one wins on both databases; the
 * other gets 409 with the current version and the caller's transaction is rolled back.
 */
export async function claimVersion(db: Db, mapId: string, expected: number): Promise<number> {
  const result = await db.updateTable('maps')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() }))
    .where('id', '=', mapId)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expected + 1;
  const current = await db.selectFrom('maps').select('version').where('id', '=', mapId).executeTakeFirst();
  throw new ApiError(current ? 'stale_version' : 'not_found', current ? { currentVersion: current.version } : {});
}

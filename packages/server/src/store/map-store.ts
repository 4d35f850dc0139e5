import { replaceSummaries, summariesOfMap } from './summary-rows.js';
import type { Alter, NetworkMap, Snapshot, Tie } from '@netwerkkracht/core';
import { sql, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { AltersTable, AlterSupportTable, Database, MapsTable, SnapshotsTable, TiesTable } from '../db/schema.js';
import { dialectOf, type DialectName } from '../db/dialect.js';
import { runPrepared } from '../db/prepared.js';
import type { CaseCipher } from '../crypto/field-cipher.js';
import { ApiError } from '../http/errors.js';
import {
  alterFromRow, alterRow, mapHeaderColumns, mapHeaderFromRow, snapshotFromRow, snapshotRow, supportRows, tieRows,
} from './map-rows.js';
import { nowIso } from './ids.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createSlicer, mapInSlices, type Slicer } from '../documents/slices.js';
import type { StreamedMap } from '../documents/streamed-map.js';

type Db = Kysely<Database> | Transaction<Database>;

const BATCH = 200;

const ALL_ALTER_COLUMNS = [
  'map_id', 'snapshot_id', 'id', 'seq', 'kind', 'name_enc', 'person_id', 'sector', 'role_enc', 'formal', 'formal_mode', 'formal_level',
  'chosen_by_family', 'ring', 'position_angle', 'position_distance', 'status', 'valence', 'frequency', 'channels', 'reachability',
  'since', 'origin_enc', 'flag_aanspreekfiguur', 'flag_andere_achtergrond', 'flag_toegang_tot_middelen', 'flag_alleen_digitaal', 'note_enc',
  'fixed_arrangement',
] as const satisfies readonly (keyof AltersTable)[];

async function insertBatched<T extends 'alters' | 'alter_support' | 'ties' | 'snapshots'>(
  db: Db, table: T, rows: readonly Parameters<ReturnType<Db['insertInto']>['values']>[0][], slicer?: Slicer,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
    // SQLite's driver runs each statement synchronously: a big map gives the event loop turns.
    await slicer?.maybeYield();
  }
}

const SNAPSHOT_COLUMNS = ['map_id', 'id', 'seq', 'kind', 'date', 'label_enc', 'appraisal', 'note_enc'] as const satisfies readonly (keyof SnapshotsTable)[];
const SUPPORT_COLUMNS = ['map_id', 'snapshot_id', 'alter_id', 'function', 'direction'] as const satisfies readonly (keyof AlterSupportTable)[];
const TIE_COLUMNS = ['map_id', 'snapshot_id', 'seq', 'a', 'b'] as const satisfies readonly (keyof TiesTable)[];

type ContentTable = 'snapshots' | 'alters' | 'alter_support' | 'ties';

/**
 * The rows of one table for one map as a single JSON value built by the database: an array with
 * one array of column values per row, in the order of `columns`. One value crosses into
 * JavaScript instead of a row object per row, and arrays rather than objects halve the text the
 * database writes and JSON.parse reads (measured on SQLite: 85 instead of 150 µs per map). Floats
 * survive exactly (both databases print doubles with round-trip precision). With `clear`,
 * encrypted columns are not even read: less to read, nothing to leak.
 */
function jsonRows(dialect: DialectName, table: ContentTable, columns: readonly string[], clear: boolean, asText = false): RawBuilder<unknown> {
  const values = sql.join(columns.map((c) => (clear && c.endsWith('_enc') ? sql`null` : sql.ref(`${table}.${c}`))));
  if (dialect === 'sqlite') return sql`coalesce(json_group_array(json_array(${values})), '[]')`;
  const list = sql`coalesce(json_agg(json_build_array(${values})), '[]'::json)`;
  // As text, pg hands over one string (parsed when it is needed) instead of a tree of objects.
  return asText ? sql`${list}::text` : list;
}

/**
 * The rows of jsonRows back as objects keyed by column (SQLite hands over text, pg parsed JSON),
 * in slices: 30,000 alter rows take about 100 ms to turn into objects.
 */
async function parseRows<T>(value: unknown, columns: readonly string[], slicer: Slicer): Promise<T[]> {
  const rows: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(rows)) throw new Error('a JSON row list was expected from the database');
  return mapInSlices(rows, (row: unknown) => {
    if (!Array.isArray(row) || row.length !== columns.length) throw new Error('a JSON row did not have the columns asked for');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) out[columns[i] as string] = row[i];
    return out as T;
  }, slicer);
}

/** Rows per snapshot, each list in seq order. */
async function groupBySnapshot<R extends { snapshot_id: string; seq: number }>(rows: readonly R[], slicer: Slicer): Promise<Map<string, R[]>> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const list = groups.get(row.snapshot_id);
    if (list) list.push(row);
    else groups.set(row.snapshot_id, [row]);
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  for (const list of groups.values()) {
    list.sort((x, y) => x.seq - y.seq);
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  return groups;
}

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
  db: Kysely<Database>, dialect: DialectName, cipher: object | null, mapId: string, only: readonly string[] | undefined,
) {
  const ids = only as string[] | undefined;
  const clear = cipher === null;
  // A big map's rows are not read here but in parts (big-map-read.ts): the one query and
  // JSON.parse of 30,000 people each hold the event loop for about 100 ms.
  const small = smallMapCheck(db, mapId);
  const content = <Q extends { compile(): unknown }>(query: Q, alias: 'alters' | 'support' | 'ties') =>
    sql<unknown>`case when ${small} then (${query}) end`.as(alias);
  return [
    db.selectFrom('snapshots').select(jsonRows(dialect, 'snapshots', SNAPSHOT_COLUMNS, clear).as('rows')).where('snapshots.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('snapshots.id', 'in', ids as string[])).as('snapshots'),
    content(db.selectFrom('alters').select(jsonRows(dialect, 'alters', ALL_ALTER_COLUMNS, clear).as('rows')).where('alters.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('alters.snapshot_id', 'in', ids as string[])), 'alters'),
    content(db.selectFrom('alter_support').select(jsonRows(dialect, 'alter_support', SUPPORT_COLUMNS, clear).as('rows')).where('alter_support.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('alter_support.snapshot_id', 'in', ids as string[])), 'support'),
    content(db.selectFrom('ties').select(jsonRows(dialect, 'ties', TIE_COLUMNS, clear).as('rows')).where('ties.map_id', '=', mapId)
      .$if(ids !== undefined, (q) => q.where('ties.snapshot_id', 'in', ids as string[])), 'ties'),
  ] as const;
}

/**
 * Reads only the content of the given snapshots (no size check): the parts of a big map. The
 * same JSON columns as mapContentSelections, as text on both databases (kept as text until the
 * part is turned into snapshots: see MapContentInParts).
 */
export function snapshotContentSelections(db: Kysely<Database>, dialect: DialectName, cipher: object | null, mapId: string, ids: string[]) {
  const clear = cipher === null;
  return [
    db.selectFrom('alters').select(jsonRows(dialect, 'alters', ALL_ALTER_COLUMNS, clear, true).as('rows')).where('alters.map_id', '=', mapId)
      .where('alters.snapshot_id', 'in', ids).as('alters'),
    db.selectFrom('alter_support').select(jsonRows(dialect, 'alter_support', SUPPORT_COLUMNS, clear, true).as('rows')).where('alter_support.map_id', '=', mapId)
      .where('alter_support.snapshot_id', 'in', ids).as('support'),
    db.selectFrom('ties').select(jsonRows(dialect, 'ties', TIE_COLUMNS, clear, true).as('rows')).where('ties.map_id', '=', mapId)
      .where('ties.snapshot_id', 'in', ids).as('ties'),
  ] as const;
}

/** Rows (alters + ties) up to which a map is read in one query; a bigger one in parts. */
export const ONE_QUERY_ROWS = 4000;

/**
 * True when the map has at most ONE_QUERY_ROWS alters and ties together. Each count stops after
 * ONE_QUERY_ROWS + 1 rows: the SQLite map tables are WITHOUT ROWID, so counting every row of a
 * big map walks all its pages (9 MB for 30,000 people: 60 ms on the event loop).
 */
function smallMapCheck(db: Kysely<Database>, mapId: string) {
  const most = sql.lit(ONE_QUERY_ROWS + 1);
  const alters = db.selectFrom('alters').select(sql.lit(1).as('one')).where('alters.map_id', '=', mapId).limit(most);
  const ties = db.selectFrom('ties').select(sql.lit(1).as('one')).where('ties.map_id', '=', mapId).limit(most);
  const count = (rows: typeof alters | typeof ties) => db.selectFrom(rows.as('rows')).select((eb) => eb.fn.countAll().as('n'));
  return sql`(${count(alters)}) + (${count(ties)}) <= ${sql.lit(ONE_QUERY_ROWS)}`;
}

/** What changes the SQL of mapContentSelections, for the prepared query's shape. */
export function mapContentShape(cipher: object | null, only: readonly string[] | undefined): string {
  return `${cipher === null ? 'clear' : 'personal'}:${only === undefined ? 'all' : only.length}`;
}

/**
 * Rebuilds a map (every snapshot, alter, support and tie, or only the snapshots named) from its
 * rows, in one query. With `cipher` null the personal text stays encrypted and out of the result
 * (see map-rows).
 */
export async function readMap(db: Db, cipher: CaseCipher | null, mapRow: Selectable<MapsTable>, only?: readonly string[]): Promise<NetworkMap> {
  const dialect = dialectOf(db as Kysely<Database>);
  const [found] = await runPrepared(db, `readMap:${mapContentShape(cipher, only)}`, [mapRow.id, ...(only ?? [])], (d, [mapId, ...ids]) =>
    d.selectNoFrom(mapContentSelections(d, dialect, cipher, mapId as string, only === undefined ? undefined : ids)));
  if (!found) throw new Error('reading a map gave no row');
  const { row, content } = await readBigMapParts(db, dialect, cipher, mapRow, found, only);
  return assembleMap(cipher, row, content);
}

/** Snapshots per query when a big map is read in parts (300 people and 600 ties each: about 5 ms a snapshot on a quiet machine). */
const SNAPSHOTS_PER_PART = 2;

/** The content of a few snapshots of a big map (`ids`), as the database built it (JSON text). */
interface ContentPart {
  readonly ids: readonly string[];
  readonly alters: unknown;
  readonly support: unknown;
  readonly ties: unknown;
}

/**
 * A big map's content as read in parts: its snapshot rows and the parts in the snapshots' order.
 * The parts stay JSON text (one string each, which the garbage collector neither copies nor
 * walks) until each is turned into snapshots; made into row objects and records at once, the
 * 30,000 people of a big map were 150 MB of live objects, and each young-generation collection
 * copied what it had just made (tens of ms at a time on the event loop).
 */
export interface MapContentInParts {
  readonly snapshots: unknown;
  readonly parts: readonly ContentPart[];
}

/** A map's content: in one piece (a small map) or in parts (a big one). */
export type MapContent = MapContentColumns | MapContentInParts;

/**
 * A big map's content (mapContentSelections left it out: `alters` is null), read a few snapshots
 * at a time with turns for the event loop in between. Other requests may change the map between
 * two parts; every change claims a new version (claimVersion), so the version is read again at
 * the end and the read starts over when it moved: what comes back is one version of the map.
 * The map row comes back with the content, since after a start-over it is the newer one.
 */
export async function readBigMapParts(
  db: Db, dialect: DialectName, cipher: object | null, firstRow: Selectable<MapsTable>, firstFound: MapContentColumns, only?: readonly string[],
): Promise<{ row: Selectable<MapsTable>; content: MapContent }> {
  let mapRow = firstRow;
  let found = firstFound;
  if (found.alters !== null) return { row: mapRow, content: found };
  const clear = cipher === null ? 'clear' : 'personal';
  const idColumn = SNAPSHOT_COLUMNS.indexOf('id');
  const seqColumn = SNAPSHOT_COLUMNS.indexOf('seq');
  for (let attempt = 0; ; attempt++) {
    // In the order the snapshots are answered in, so the parts can be made into snapshots one by one.
    const ids = (jsonList(found.snapshots) as unknown[][]).sort((x, y) => (x[seqColumn] as number) - (y[seqColumn] as number)).map((row) => row[idColumn] as string);
    const parts: ContentPart[] = [];
    for (let i = 0; i < ids.length; i += SNAPSHOTS_PER_PART) {
      const part = ids.slice(i, i + SNAPSHOTS_PER_PART);
      const [rows] = await runPrepared(db, `readMapPart:${clear}:${part.length}`, [mapRow.id, ...part], (d, [mapId, ...only]) =>
        d.selectNoFrom(snapshotContentSelections(d, dialect, cipher, mapId as string, only)));
      if (!rows) throw new Error('reading part of a map gave no row');
      parts.push({ ids: part, alters: rows.alters, support: rows.support, ties: rows.ties });
      await nextTurn();
    }
    const now = await db.selectFrom('maps').select('version').where('id', '=', mapRow.id).executeTakeFirst();
    if (!now) throw new ApiError('not_found');
    if (now.version === mapRow.version) return { row: mapRow, content: { snapshots: found.snapshots, parts } };
    // The map changed while it was read: its header and snapshots may have too. Start over (rare).
    if (attempt >= 2) throw new ApiError('database_busy');
    const header = await db.selectFrom('maps').selectAll().where('id', '=', mapRow.id).executeTakeFirst();
    if (!header) throw new ApiError('not_found');
    const [again] = await runPrepared(db, `readMap:${mapContentShape(cipher, only)}`, [mapRow.id, ...(only ?? [])], (d, [mapId, ...ids]) =>
      d.selectNoFrom(mapContentSelections(d, dialect, cipher, mapId as string, only === undefined ? undefined : ids)));
    if (!again) throw new ApiError('not_found');
    mapRow = header;
    found = again;
    if (found.alters !== null) return { row: mapRow, content: found };
  }
}

function jsonList(value: unknown): unknown[] {
  const rows: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(rows)) throw new Error('a JSON row list was expected from the database');
  return rows;
}

/**
 * The map from its header row and its content. Decrypting is most of the work (about 40 fields
 * per 1,000 people take 40 ms), so the alters are built in slices with turns for the event loop
 * in between (documents/slices.ts): a map of 30,000 people does not hold up other requests.
 */
export async function assembleMap(cipher: CaseCipher | null, mapRow: Selectable<MapsTable>, content: MapContent): Promise<NetworkMap> {
  const slicer = createSlicer();
  const snapshots: Snapshot[] = [];
  for await (const part of snapshotsInParts(cipher, content, slicer)) snapshots.push(...part);
  return { ...mapHead(cipher, mapRow), snapshots } as unknown as NetworkMap;
}

/**
 * The map for an answer (documents/map-answer.ts): a small map whole, a big one as a StreamedMap
 * whose snapshots are made a part at a time while the answer is sent. Both give the same JSON.
 */
export async function mapForAnswer(cipher: CaseCipher | null, mapRow: Selectable<MapsTable>, content: MapContent): Promise<NetworkMap | StreamedMap> {
  if (!('parts' in content)) return assembleMap(cipher, mapRow, content);
  return {
    head: mapHead(cipher, mapRow),
    async* snapshots(slicer: Slicer) {
      for await (const part of snapshotsInParts(cipher, content, slicer)) yield* part;
    },
  };
}

/** The map's fields before its snapshots, in the order a whole map has them. */
function mapHead(cipher: CaseCipher | null, mapRow: Selectable<MapsTable>): Omit<NetworkMap, 'snapshots'> {
  const header = mapHeaderFromRow(cipher, mapRow);
  return {
    id: mapRow.id,
    ...(header.title !== undefined ? { title: header.title } : {}),
    ego: header.ego,
    sectorScheme: header.sectorScheme,
    ringCount: header.ringCount,
  } as unknown as Omit<NetworkMap, 'snapshots'>;
}

/** The map's snapshots in seq order: all at once for a small map, part by part for a big one. */
async function* snapshotsInParts(cipher: CaseCipher | null, content: MapContent, slicer: Slicer): AsyncGenerator<Snapshot[]> {
  const snapshots = (await parseRows<Selectable<SnapshotsTable>>(content.snapshots, SNAPSHOT_COLUMNS, slicer)).sort((x, y) => x.seq - y.seq);
  if (!('parts' in content)) {
    yield await snapshotsFromRows(cipher, snapshots, content, slicer);
    return;
  }
  const byId = new Map(snapshots.map((s) => [s.id, s]));
  for (const part of content.parts) {
    const rows = part.ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
    yield await snapshotsFromRows(cipher, rows, part, slicer);
  }
}

/** The snapshots of `snapshots` (rows in seq order) with their people and ties from `found`. */
async function snapshotsFromRows(
  cipher: CaseCipher | null, snapshots: readonly Selectable<SnapshotsTable>[], found: Pick<MapContentColumns, 'alters' | 'support' | 'ties'>, slicer: Slicer,
): Promise<Snapshot[]> {
  // Rows are grouped per snapshot and each group sorted by seq: small sorts between turns of the
  // event loop, where one sort of 30,000 rows held it for 30-50 ms.
  const alterRows = await groupBySnapshot(await parseRows<Selectable<AltersTable>>(found.alters, ALL_ALTER_COLUMNS, slicer), slicer);
  const support = await parseRows<Selectable<AlterSupportTable>>(found.support, SUPPORT_COLUMNS, slicer);
  const tieRowsOf = await groupBySnapshot(await parseRows<Selectable<TiesTable>>(found.ties, TIE_COLUMNS, slicer), slicer);
  const supportOf = new Map<string, Selectable<AlterSupportTable>[]>();
  for (const s of support) {
    const key = `${s.snapshot_id}\u0000${s.alter_id}`;
    const list = supportOf.get(key);
    if (list) list.push(s);
    else supportOf.set(key, [s]);
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  const altersOf = new Map<string, Alter[]>();
  for (const [snapshotId, rows] of alterRows) {
    const list: Alter[] = [];
    for (const a of rows) {
      list.push(alterFromRow(cipher, a, supportOf.get(`${a.snapshot_id}\u0000${a.id}`) ?? []));
      const pause = slicer.maybeYield();
      if (pause) await pause;
    }
    altersOf.set(snapshotId, list);
  }
  const tiesOf = new Map<string, Tie[]>();
  for (const [snapshotId, rows] of tieRowsOf) {
    tiesOf.set(snapshotId, rows.map((t) => [t.a, t.b] as unknown as Tie));
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  return mapInSlices(snapshots, (s) => snapshotFromRow(cipher, s, altersOf.get(s.id) ?? [], tiesOf.get(s.id) ?? []), slicer);
}

/** Writes the snapshots of a map (with their alters, support and ties) after `firstSeq`. */
export async function insertSnapshots(db: Db, cipher: CaseCipher, mapId: string, snapshots: readonly Snapshot[], firstSeq = 0): Promise<void> {
  await insertBatched(db, 'snapshots', snapshots.map((s, i) => snapshotRow(cipher, mapId, firstSeq + i, s)));
  const slicer = createSlicer();
  for (const snapshot of snapshots) await insertSnapshotContent(db, cipher, mapId, snapshot.id, snapshot.alters, snapshot.ties, slicer);
}

/** Writes a snapshot's alters, support and ties; with a slicer, the event loop gets turns between statements (documents/slices.ts). */
export async function insertSnapshotContent(
  db: Db, cipher: CaseCipher, mapId: string, snapshotId: string, alters: readonly Alter[], ties: readonly Tie[], slicer?: Slicer,
): Promise<void> {
  await insertBatched(db, 'alters', alters.map((a, i) => alterRow(cipher, mapId, snapshotId, i, a)), slicer);
  await insertBatched(db, 'alter_support', alters.flatMap((a) => supportRows(mapId, snapshotId, a)), slicer);
  await insertBatched(db, 'ties', tieRows(mapId, snapshotId, ties), slicer);
}

/** Stores a new map in a case under the given id, at version 1. */
export async function insertMap(db: Db, cipher: CaseCipher, caseId: string, map: NetworkMap): Promise<void> {
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
  // The organisation report's rows, from the map in hand (nothing read back).
  const owner = await db.selectFrom('cases').select('organisation_id').where('id', '=', caseId).executeTakeFirstOrThrow();
  await replaceSummaries(db, map.id, owner.organisation_id, await summariesOfMap(map));
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

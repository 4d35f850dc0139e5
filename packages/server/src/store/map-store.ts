import type { Alter, NetworkMap, Snapshot, Tie } from '@netwerkkracht/core';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AltersTable, AlterSupportTable, Database, MapsTable } from '../db/schema.js';
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

/**
 * Rebuilds a map (every snapshot, alter, support and tie, or only the snapshots named) from its
 * rows. With `cipher` null the personal text stays encrypted and out of the result (see map-rows).
 */
export async function readMap(db: Db, cipher: FieldCipher | null, mapRow: Selectable<MapsTable>, only?: readonly string[]): Promise<NetworkMap> {
  const [snapshots, alters, support, ties] = await Promise.all([
    db.selectFrom('snapshots').selectAll().where('map_id', '=', mapRow.id).$if(only !== undefined, (q) => q.where('id', 'in', only as string[])).orderBy('seq').execute(),
    (db.selectFrom('alters').select(cipher === null ? CLEAR_ALTER_COLUMNS : ALL_ALTER_COLUMNS).where('map_id', '=', mapRow.id).$if(only !== undefined, (q) => q.where('snapshot_id', 'in', only as string[])).orderBy('snapshot_id').orderBy('seq').execute() as Promise<Selectable<AltersTable>[]>),
    db.selectFrom('alter_support').selectAll().where('map_id', '=', mapRow.id).$if(only !== undefined, (q) => q.where('snapshot_id', 'in', only as string[])).execute(),
    db.selectFrom('ties').selectAll().where('map_id', '=', mapRow.id).$if(only !== undefined, (q) => q.where('snapshot_id', 'in', only as string[])).orderBy('snapshot_id').orderBy('seq').execute(),
  ]);
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

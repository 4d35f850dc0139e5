import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoHouseholds, type NetworkMap } from '@netwerkkracht/core';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher, type CaseCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { insertMap, readMap } from '../store/map-store.js';
import { newId, nowIso } from '../store/ids.js';
import { seedWorld } from '../testing/fixture.js';
import { withIdsOf } from '../testing/ids-of.js';
import { MIGRATIONS, runMigrations } from './migrations.js';
import { openDatabase, type DatabaseHandle } from './open-database.js';
import type { Database } from './schema.js';

/**
 * Migration 0006 rebuilds the map tables of an existing SQLite database as WITHOUT ROWID tables:
 * every row must come through, and the foreign keys (with their cascades) must point at the new
 * tables, not at the old ones that are dropped.
 */
/** Nullable alter columns that migrations after 0005 add (0011: seed 004's fixed arrangement). */
const ALTER_COLUMNS_AFTER_0005 = ['fixed_arrangement'] as const;

describe('migration 0006 on a SQLite database that already holds maps', () => {
  let dir: string;
  let handle: DatabaseHandle;
  // Stored as before issue 11 (every value under the master key): 0008 reads them with the master
  // key, and they move to case keys only at the next start (crypto/case-keys.ts).
  const master = createFieldCipher(createKeyring([generateKey()]));
  const cipher = master as unknown as CaseCipher;
  const maps: NetworkMap[] = demoHouseholds(3, 11).map((h) => ({ ...h.map, id: newId() }) as NetworkMap);
  const before = new Map<string, NetworkMap>();
  let caseId = '';

  const tableSql = async (name: string) =>
    (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${name}`.execute(handle.db)).rows[0]?.sql ?? '';
  const mapRow = (id: string) => handle.db.selectFrom('maps').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nk-migration-'));
    handle = openDatabase({ sqliteFile: join(dir, 'old.sqlite') });
    const migrator = new Migrator({ db: handle.db as unknown as Kysely<unknown>, provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) } });
    const upTo5 = await migrator.migrateTo('0005_login_throttle');
    if (upTo5.error) throw upTo5.error;
    const db = handle.db as Kysely<Database>;
    const world = await seedWorld(db);
    caseId = newId();
    await db.insertInto('cases').values({
      id: caseId, organisation_id: world.orgA, team_id: world.teamX, owner_id: world.users.x1.id, name_enc: cipher.encrypt('Gezin', 'cases.name'), created_at: nowIso(),
    }).execute();
    // The maps are written by today's insertMap, which knows the alter columns of later migrations:
    // they exist while the maps are written and read, then go again, so the file is one of 0005's time.
    // The same for the organisation report's tables (0017), which insertMap fills.
    for (const column of ALTER_COLUMNS_AFTER_0005) await db.schema.alterTable('alters').addColumn(column, 'text').execute();
    await MIGRATIONS['0017_snapshot_summaries']!.up(db as unknown as Kysely<unknown>);
    for (const map of maps) {
      await insertMap(db, cipher, caseId, map);
      before.set(map.id, await readMap(db, cipher, await mapRow(map.id)));
    }
    for (const column of ALTER_COLUMNS_AFTER_0005) await db.schema.alterTable('alters').dropColumn(column).execute();
    for (const table of ['snapshot_summaries', 'snapshot_summary_counts', 'organisation_report_counts']) await db.schema.dropTable(table).execute();
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every map reads back the same after the rebuild, from tables without rowid, with no old table left', async () => {
    expect(await tableSql('alters')).not.toMatch(/without rowid\s*$/i);
    await runMigrations(handle.db as unknown as Kysely<unknown>, { cipher: () => master });
    for (const table of ['alters', 'alter_support', 'ties']) expect(await tableSql(table), table).toMatch(/without rowid\s*$/i);
    const left = await sql<{ name: string }>`select name from sqlite_master where name like '%rowid%'`.execute(handle.db);
    expect(left.rows).toEqual([]);
    // 0008 then gives the demo's people opaque ids: the same maps apart from those.
    for (const map of maps) {
      const after = await readMap(handle.db, cipher, await mapRow(map.id));
      expect(after).toEqual(withIdsOf(before.get(map.id) as NetworkMap, after));
    }
    expect((await sql`pragma foreign_key_check`.execute(handle.db)).rows).toEqual([]);
    // The old tables' pages went back to the file system: the file does not keep twice its size.
    expect((await sql<{ freelist_count: number }>`pragma freelist_count`.execute(handle.db)).rows[0]?.freelist_count).toBe(0);
    // A second start finds nothing to do.
    await runMigrations(handle.db as unknown as Kysely<unknown>, { cipher: () => master });
  });

  it('erasing a map still removes its people, support and ties through the rebuilt foreign keys', async () => {
    const [gone, kept] = maps as [NetworkMap, NetworkMap];
    const count = async (table: 'alters' | 'alter_support' | 'ties', mapId: string) =>
      Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', mapId).executeTakeFirstOrThrow()).n);
    expect(await count('alters', gone.id)).toBeGreaterThan(0);
    expect(await count('ties', gone.id)).toBeGreaterThan(0);
    await handle.db.deleteFrom('maps').where('id', '=', gone.id).execute();
    for (const table of ['alters', 'alter_support', 'ties'] as const) expect(await count(table, gone.id), table).toBe(0);
    expect(await count('alters', kept.id)).toBeGreaterThan(0);
    // A tie must still name two people of its own snapshot.
    await expect(handle.db.insertInto('ties').values({ map_id: kept.id, snapshot_id: 'nergens', seq: 0, a: 'x', b: 'y' }).execute()).rejects.toThrow(/FOREIGN KEY/);
  });
});

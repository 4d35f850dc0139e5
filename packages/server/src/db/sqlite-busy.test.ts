import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { runMigrations } from './migrations.js';
import { openDatabase, type DatabaseHandle } from './open-database.js';

/**
 * Another process on the same SQLite file (a second worker, `netwerkkracht demo`) holds the write
 * lock. Reads go on; a change waits for the lock without blocking the server, and if the lock is
 * not released in time it is refused with 503 and nothing is half-written.
 */
describe('SQLite while another process holds the write lock', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let world: World;
  let worker: TestClient;
  let other: SqliteDatabase.Database;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nk-busy-'));
    const file = join(dir, 'busy.sqlite');
    handle = openDatabase({ sqliteFile: file, busyWaitMs: 300 });
    await runMigrations(handle.db as unknown as Kysely<unknown>);
    world = await seedWorld(handle.db);
    app = await buildApp({ db: handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    worker = await login(app, world.users.x1.email);
    other = new SqliteDatabase(file, { timeout: 0 });
  });
  afterAll(async () => {
    other?.close();
    await app?.close();
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const caseCount = async () => Number((await handle.db.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('[busy] changes wait for the lock and are all stored once the other process commits; reads are not held up meanwhile', async () => {
    const before = await caseCount();
    other.exec('begin immediate');
    const pending = Array.from({ length: 5 }, (_, i) => worker.post('/api/cases', { name: `Gezin Wacht ${i}` }));
    // While the changes wait, the server answers reads: neither the event loop nor the connection is held.
    const read = await worker.get('/api/cases');
    expect(read.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    other.exec('commit');
    expect((await Promise.all(pending)).map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(await caseCount()).toBe(before + 5);
  });

  it('[busy] a change that cannot get the lock in time is refused with 503 in the user\'s language, and nothing of it is stored', async () => {
    const before = await caseCount();
    other.exec('begin immediate');
    try {
      const refused = await worker.post('/api/cases', { name: 'Gezin Te Laat' }, { 'accept-language': 'nl' });
      expect(refused.statusCode).toBe(503);
      expect(refused.json().error.code).toBe('database_busy');
      expect(refused.json().error.message).toMatch(/Er is niets bewaard/);
    } finally {
      other.exec('rollback');
    }
    expect(await caseCount()).toBe(before);
    expect((await worker.post('/api/cases', { name: 'Gezin Te Laat' })).statusCode).toBe(201);
  });

  it('[busy] a transaction takes the write lock when it begins, so another process cannot write between its read and its write', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await trx.selectFrom('cases').select('id').limit(1).execute();
      // Inside our transaction (which has only read so far) the other process cannot write at all.
      expect(() => other.exec("insert into teams (id, organisation_id, name, created_at) values ('t-x', 'none', 'x', 'now')")).toThrow(/SQLITE_BUSY|locked/i);
    });
  });

  it('[reader] a read outside a transaction does not wait for this process\'s own write transaction: it sees the last committed state, and the change once committed', async () => {
    const before = await caseCount();
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let inserted!: () => void;
    const insertedOnce = new Promise<void>((resolve) => { inserted = resolve; });
    const writing = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: 't-reader', organisation_id: world.orgA, name: 'Lezers', created_at: new Date().toISOString() }).execute();
      inserted();
      await held;
    });
    await insertedOnce;
    // The transaction holds the writer; the read is answered anyway, without the uncommitted row.
    const during = await Promise.race([
      handle.db.selectFrom('teams').select('id').where('id', '=', 't-reader').execute(),
      new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 1_000)),
    ]);
    expect(during).toEqual([]);
    expect(await caseCount()).toBe(before);
    release();
    await writing;
    expect(await handle.db.selectFrom('teams').select('id').where('id', '=', 't-reader').execute()).toEqual([{ id: 't-reader' }]);
  });
});

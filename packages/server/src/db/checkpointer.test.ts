import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './open-database.js';

/**
 * SQLite's own checkpoint runs inside the commit that makes the WAL long, on the event loop; the
 * server copies the WAL into the database file on a thread of its own instead (db/checkpointer.ts).
 */
describe('SQLite checkpoints off the event loop', () => {
  let dir = '';
  let handle: DatabaseHandle | null = null;
  afterEach(async () => {
    await handle?.close();
    handle = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('[checkpoint] a commit of 20 MB leaves the copy into the database file to the checkpoint thread, which does it within seconds; closing ends the thread and removes the WAL', async () => {
    dir = mkdtempSync(join(tmpdir(), 'nk-checkpoint-'));
    const file = join(dir, 'c.sqlite');
    handle = openDatabase({ sqliteFile: file });
    const db = handle.db as unknown as Kysely<{ t: { id: number; v: string } }>;
    await sql`create table t (id integer primary key, v text not null)`.execute(db);
    const before = statSync(file).size;
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 100; i++) {
        await trx.insertInto('t').values(Array.from({ length: 200 }, (_, j) => ({ id: i * 200 + j, v: 'x'.repeat(1000) }))).execute();
      }
    });
    // Right after the commit the rows are in the WAL only: the commit did not copy them.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(20_000_000);
    expect(statSync(file).size).toBe(before);
    let size = before;
    for (let i = 0; i < 100 && size < 20_000_000; i++) {
      await sleep(100);
      size = statSync(file).size;
    }
    expect(size).toBeGreaterThan(20_000_000);
    // Reads (on the read-only connection) see everything either way.
    expect(await db.selectFrom('t').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 20_000 });
    await handle.close();
    handle = null;
    expect(() => statSync(`${file}-wal`)).toThrow(/ENOENT/);
  }, 30_000);
});

import { setTimeout as delay } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Database } from './schema.js';

interface Log {
  warn(details: object, message: string): void;
}

/** How long an erasure request waits for the WAL to be wiped before it answers and leaves the rest to the background. */
export const WIPE_WAIT_MS = 2_000;
/** The background tries: every second, for at most this long (then at the latest the next start or clean stop wipes it). */
const BACKGROUND_TRIES = 600;

/**
 * After an erasure on SQLite: copies the WAL into the database file and truncates the WAL to zero
 * bytes (`wal_checkpoint(TRUNCATE)`), so that no frame of the WAL still holds an erased page (with
 * `secure_delete` on, the database file itself has the erased rows overwritten with zeros). On
 * PostgreSQL: `VACUUM case_keys` (vacuumCaseKeys), so the erased case's wrapped key does not stay
 * behind as a dead row; what that does and does not cover is in docs/security.md.
 *
 * The checkpoint cannot finish while another connection (another worker, a CLI command) reads
 * from an older snapshot or writes: SQLite then answers busy. It is tried again every 2 ms,
 * without blocking this process's other queries, for up to `waitMs`; if it still has not finished,
 * it goes on in the background once a second and a warning is logged (no names, no ids). Either
 * way the erased case's key is gone, so what waits in the WAL no longer decrypts.
 * Returns whether the WAL was wiped (on PostgreSQL: whether the VACUUM ran) before returning.
 */
export async function wipeErasedPages(db: Kysely<Database>, log: Log, waitMs = WIPE_WAIT_MS): Promise<boolean> {
  if (dialectOf(db) === 'postgres') return vacuumCaseKeys(db, log);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await truncateWal(db)) return true;
    if (Date.now() >= deadline) break;
    await delay(2);
  }
  log.warn({ event: 'wal_wipe_pending' }, 'the WAL could not be wiped after an erasure (another connection holds an old snapshot); trying again in the background');
  void (async () => {
    for (let i = 0; i < BACKGROUND_TRIES; i++) {
      await delay(1_000, undefined, { ref: false });
      try {
        if (await truncateWal(db)) return;
      } catch {
        return; // the database was closed: closing checkpoints too, and the next start wipes
      }
    }
    log.warn({ event: 'wal_wipe_gave_up' }, 'the WAL could still not be wiped after an erasure; the next start will');
  })();
  return false;
}

/**
 * After an erasure on PostgreSQL: the deleted row of `case_keys` (the case's key, wrapped by the
 * master key: the one remnant that would still unlock the family's values in dead rows, the WAL
 * and backups) stays in the table as a dead tuple until VACUUM; this runs it at once for that small
 * table, so the row is gone from the table's live structure (no tool that reads the table's rows,
 * dead ones included, finds it) and its space is free for the next row. VACUUM cannot run inside a
 * transaction: this is called after the erasure's transaction committed. Best effort: a failure
 * (or a row still visible to another connection's older snapshot, which VACUUM must keep) is
 * logged and autovacuum takes it later; the erasure itself is complete either way, since the key is
 * deleted. Returns whether the VACUUM ran.
 */
export async function vacuumCaseKeys(db: Kysely<Database>, log: Log): Promise<boolean> {
  try {
    await sql`vacuum case_keys`.execute(db);
    return true;
  } catch (error) {
    log.warn({ event: 'case_keys_vacuum_failed', code: (error as { code?: unknown }).code }, 'VACUUM of case_keys after an erasure failed; autovacuum will remove the dead row later');
    return false;
  }
}

/** One try of `wal_checkpoint(TRUNCATE)`: true when every frame was copied and the WAL is empty. */
export async function truncateWal(db: Kysely<Database>): Promise<boolean> {
  try {
    const { rows } = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    const result = rows[0];
    return result !== undefined && result.busy === 0 && result.log <= 0;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

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
 * PostgreSQL there is nothing to do here: see docs/security.md.
 *
 * The checkpoint cannot finish while another connection (another worker, a CLI command) reads
 * from an older snapshot or writes: SQLite then answers busy. It is tried again every 2 ms,
 * without blocking this process's other queries, for up to `waitMs`; if it still has not finished,
 * it goes on in the background once a second and a warning is logged (no names, no ids). Either
 * way the erased case's key is gone, so what waits in the WAL no longer decrypts.
 * Returns whether the WAL was wiped before returning.
 */
export async function wipeErasedPages(db: Kysely<Database>, log: Log, waitMs = WIPE_WAIT_MS): Promise<boolean> {
  if (dialectOf(db) !== 'sqlite') return true;
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

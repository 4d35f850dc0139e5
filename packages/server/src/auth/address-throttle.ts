import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Keyring } from '../crypto/keyring.js';
import type { Database } from '../db/schema.js';

/**
 * Counts login attempts per client address in a fixed 15-minute window. It slows down password
 * guessing spread over many accounts; the per-account lock-out in the users table stops guessing
 * one account. The count lives in the database, so every process that serves the API (the
 * workers of one `serve`, several servers on one PostgreSQL) counts the same attempts, and a
 * restart does not reset it. The address itself is not stored, only a keyed hash of it.
 */
export interface AddressThrottle {
  /** Counts an attempt; false when the address is over its limit. */
  attempt(address: string): Promise<boolean>;
  /**
   * Takes back an attempt that succeeded: only failures count toward the limit, so an office
   * whose people all sign in from one address is not locked out by its own sign-ins. Counting
   * first and taking back after success (rather than counting failures afterwards) keeps wrong
   * guesses sent at the same moment from all passing the check before any of them is counted.
   */
  release(address: string): Promise<void>;
  /**
   * A failed sign-in for an e-mail address without an (enabled) account: counted under a keyed
   * hash of the address, in one write, as a failure of a real account is counted in its row. The
   * count itself decides nothing; the write is there so that a failure costs the same database work
   * (one statement that writes) whether the account exists or not. The row goes with its window.
   */
  countUnknownAccount(email: string): Promise<void>;
}

export const THROTTLE_WINDOW_MS = 15 * 60_000;

/** The hash key is derived from the current data key, so the hashes cannot be recomputed from the database alone. */
function addressHasher(keyring: Keyring): (address: string) => string {
  const dataKey = keyring.keys.get(keyring.currentId);
  if (!dataKey) throw new Error('the keyring has no current key');
  const hashKey = createHmac('sha256', dataKey).update('netwerkkracht login-throttle address v1').digest();
  return (address) => createHmac('sha256', hashKey).update(address).digest('base64url');
}

export function createAddressThrottle(db: Kysely<Database>, keyring: Keyring, limit: number, now: () => number = Date.now): AddressThrottle {
  const hash = addressHasher(keyring);
  // One statement counts the attempt, or starts a new window when the old one has ended, so two
  // attempts at the same moment (in one process or two) are both counted.
  const count = (key: string, t: number) => {
    const expired = t - THROTTLE_WINDOW_MS;
    return db.insertInto('login_throttle')
      .values({ address_hash: key, window_start: t, attempts: 1 })
      .onConflict((oc) => oc.column('address_hash').doUpdateSet((eb) => ({
        attempts: eb.case().when('login_throttle.window_start', '<=', expired).then(1).else(eb('login_throttle.attempts', '+', 1)).end(),
        window_start: eb.case().when('login_throttle.window_start', '<=', expired).then(t).else(eb.ref('login_throttle.window_start')).end(),
      })))
      .returning('attempts')
      .executeTakeFirstOrThrow();
  };
  return {
    async attempt(address) {
      const t = now();
      const expired = t - THROTTLE_WINDOW_MS;
      const row = await count(hash(address), t);
      // Windows that have ended say nothing any more; they go, so the table holds only the last 15 minutes.
      await db.deleteFrom('login_throttle').where('window_start', '<=', expired).execute();
      return Number(row.attempts) <= limit;
    },
    async release(address) {
      await db.updateTable('login_throttle').set((eb) => ({ attempts: eb('attempts', '-', 1) }))
        .where('address_hash', '=', hash(address)).where('attempts', '>', 0).execute();
    },
    async countUnknownAccount(email) {
      // Its own key space: "account" and a NUL cannot start a client address.
      await count(hash(`account\0${email}`), now());
    },
  };
}

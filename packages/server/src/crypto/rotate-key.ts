import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { moveCasesToCaseKeys } from './case-keys.js';
import { rewriteValues } from './column-values.js';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.js';
import type { FieldCipher } from './field-cipher.js';

export { ENCRYPTED_COLUMNS } from './encrypted-columns.js';

export interface RotationReport {
  /** Values re-encrypted under the current key. */
  readonly reencrypted: number;
  /** Values that were already under the current key. */
  readonly current: number;
}

/**
 * Re-encrypts every value under the master key that is not yet under the keyring's current key:
 * the wrapped case keys, the draft keys, the key canary. The values of a case are under the
 * case's own key, which does not change: re-wrapping the case key is enough. Cases still without
 * a key (a database from before issue 11) get one first. The cipher must hold the old keys too
 * (they decrypt). Each batch is its own transaction, so a rotation may be interrupted and run
 * again: values already rotated are skipped. Afterwards the old key can be removed.
 */
export async function rotateKey(db: Kysely<Database>, cipher: FieldCipher, batchSize = 500): Promise<RotationReport> {
  await moveCasesToCaseKeys(db, cipher);
  const anyDb = db as unknown as Kysely<Record<string, Record<string, string | null>>>;
  const prefix = `v1.${cipher.keyring.currentId}.`;
  let reencrypted = 0;
  let current = 0;
  for (const spec of ENCRYPTED_COLUMNS) {
    if (spec.case !== null) continue;
    current += Number((await anyDb.selectFrom(spec.table).select((eb) => eb.fn.countAll().as('n'))
      .where(spec.column, 'like', `${prefix}%`).executeTakeFirstOrThrow()).n);
    for (;;) {
      const rows = await anyDb.selectFrom(spec.table).select([...spec.keys, spec.column])
        .where(spec.column, 'is not', null).where(spec.column, 'not like', `${prefix}%`).limit(batchSize).execute();
      if (rows.length === 0) break;
      await anyDb.transaction().execute((trx) => rewriteValues(trx, spec, rows, (stored) => cipher.encrypt(cipher.decrypt(stored, spec.context), spec.context)));
      reencrypted += rows.length;
    }
  }
  return { reencrypted, current };
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../store/ids.js';
import { caseRows, rewriteValues } from './column-values.js';
import { ENCRYPTED_COLUMNS, type CaseLink } from './encrypted-columns.js';
import type { CaseCipher, FieldCipher } from './field-cipher.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The data key of each case (crypto-shredding, issue 11). A case gets its key when it is created;
 * every personal field of the case is encrypted with it. Erasure deletes the key first, in the
 * same transaction as the rows (store/case-store.ts eraseCase).
 */

/** Stores a case's wrapped key; the case row must exist (same transaction). */
export async function insertCaseKey(db: Db, caseId: string, wrapped: string): Promise<void> {
  await db.insertInto('case_keys').values({ case_id: caseId, key_enc: wrapped, created_at: nowIso() }).execute();
}

/** The cipher of a case from the wrapped key read with the case; a case without a key is a bug. */
export function caseCipherFrom(cipher: FieldCipher, wrapped: string | null | undefined): CaseCipher {
  if (wrapped === null || wrapped === undefined) throw new Error('this case has no data key');
  return cipher.forCase(wrapped);
}

/** The cipher of a case, reading its key (one lookup by primary key). */
export async function caseCipher(db: Db, cipher: FieldCipher, caseId: string): Promise<CaseCipher> {
  const row = await db.selectFrom('case_keys').select('key_enc').where('case_id', '=', caseId).executeTakeFirst();
  return caseCipherFrom(cipher, row?.key_enc);
}

const CASE_COLUMNS = ENCRYPTED_COLUMNS.filter((spec): spec is Extract<typeof spec, { case: CaseLink }> => spec.case !== null);

/**
 * Gives every case that has no key yet (stored before issue 11) a key, and moves its values from
 * the master key (`v1`) to the case key (`v2`): one transaction per case, so the key and the
 * values commit together and an interrupted run is simply run again. Another process doing the
 * same case at the same moment is harmless: the key is inserted first, and whoever finds it taken
 * leaves the case to the other. Returns how many cases were moved.
 */
export async function moveCasesToCaseKeys(db: Kysely<Database>, cipher: FieldCipher): Promise<number> {
  const anyDb = db as unknown as Kysely<Record<string, Record<string, string | null>>>;
  let moved = 0;
  for (;;) {
    const pending = await db.selectFrom('cases').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .select('cases.id').where('case_keys.case_id', 'is', null).limit(100).execute();
    if (pending.length === 0) return moved;
    for (const { id: caseId } of pending) {
      await anyDb.transaction().execute(async (trx) => {
        const exists = await trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
        if (!exists) return; // erased meanwhile
        const { wrapped, cipher: forCase } = cipher.newCaseKey();
        const inserted = await trx.insertInto('case_keys').values({ case_id: caseId, key_enc: wrapped, created_at: nowIso() })
          .onConflict((oc) => oc.column('case_id').doNothing()).executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
        for (const spec of CASE_COLUMNS) {
          const rows = await caseRows(trx, spec, caseId).where(spec.column, 'like', 'v1.%').execute();
          await rewriteValues(trx, spec, rows, (stored) => forCase.encrypt(cipher.decrypt(stored, spec.context), spec.context));
        }
        moved++;
      });
    }
  }
}

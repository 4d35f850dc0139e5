import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { auditInTransaction } from '../store/audit.js';
import { nowIso } from '../store/ids.js';
import type { FieldCipher } from './field-cipher.js';

/**
 * The "device key" of a user: the web app encrypts what it keeps on the device (a map's unsaved
 * edits, the conversation guide's progress) with it, and holds it only in memory after login. A
 * lost laptop or the next person at a shared computer finds ciphertext; only a session of the
 * same user gets the key back. The key is stored like every personal field (AES-256-GCM under the
 * server key, see field-cipher.ts), so a copy of the database alone does not open the drafts either.
 */
export const DRAFT_KEY_BYTES = 32;
export const DRAFT_KEY_CONTEXT = 'user_draft_keys.key';

/**
 * The user's draft key as base64url, made on the first request. Two first requests at once (two
 * tabs) both get the one key that was stored: the insert does nothing when a key is already there.
 */
export async function draftKeyOf(db: Kysely<Database>, cipher: FieldCipher, user: { readonly id: string; readonly organisationId: string }): Promise<string> {
  const stored = await db.selectFrom('user_draft_keys').select('key_enc').where('user_id', '=', user.id).executeTakeFirst();
  if (stored) return cipher.decrypt(stored.key_enc, DRAFT_KEY_CONTEXT);
  const fresh = randomBytes(DRAFT_KEY_BYTES).toString('base64url');
  const keyEnc = await db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('user_draft_keys')
      .values({ user_id: user.id, key_enc: cipher.encrypt(fresh, DRAFT_KEY_CONTEXT), created_at: nowIso() })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'user.draft_key_created', target: user.id });
    }
    return (await trx.selectFrom('user_draft_keys').select('key_enc').where('user_id', '=', user.id).executeTakeFirstOrThrow()).key_enc;
  });
  return cipher.decrypt(keyEnc, DRAFT_KEY_CONTEXT);
}

/** Makes every draft this user left on any device unreadable for good (the account is disabled). */
export async function forgetDraftKey(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('user_draft_keys').where('user_id', '=', userId).execute();
}

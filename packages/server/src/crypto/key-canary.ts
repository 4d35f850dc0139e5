import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../store/ids.js';
import { CASE_KEY_CONTEXT, type FieldCipher } from './field-cipher.js';
import { randomBytes } from 'node:crypto';

const CANARY_ID = 'canary';
export const CANARY_CONTEXT = 'key_canary.value';

/** The key given cannot read the stored data: a refusal to start, for the person starting it. */
export class WrongKeyError extends Error {
  readonly code = 'wrong_key';
  constructor(readonly keySource: string, readonly keyId: string, reason: string) {
    super(`the encryption key from ${keySource} (key ${keyId}) cannot read the stored data (${reason}); is this the right key?`);
  }
}

/**
 * Checks at every start that the key reads this database, and fails early with a clear message
 * when it does not. The first start writes a canary (a random value encrypted under the key), so
 * even a database without any case refuses a wrong key. A database from before the canary is
 * checked on what it holds (a wrapped case key, a draft key, or an older case name) and then gets
 * its canary, written with the key that just proved right.
 */
export async function checkKeyCanary(db: Kysely<Database>, cipher: FieldCipher, keySource: string): Promise<void> {
  const refuse = (error: unknown): never => {
    throw new WrongKeyError(keySource, cipher.keyring.currentId, error instanceof Error ? error.message : String(error));
  };
  const canary = await db.selectFrom('key_canary').select('value_enc').where('id', '=', CANARY_ID).executeTakeFirst();
  if (canary) {
    try {
      cipher.decrypt(canary.value_enc, CANARY_CONTEXT);
    } catch (error) {
      refuse(error);
    }
    return;
  }
  const samples: { stored: string | undefined; context: string }[] = [
    { stored: (await db.selectFrom('case_keys').select('key_enc').limit(1).executeTakeFirst())?.key_enc, context: CASE_KEY_CONTEXT },
    { stored: (await db.selectFrom('user_draft_keys').select('key_enc').limit(1).executeTakeFirst())?.key_enc, context: 'user_draft_keys.key' },
    { stored: (await db.selectFrom('cases').select('name_enc').where('name_enc', 'like', 'v1.%').limit(1).executeTakeFirst())?.name_enc, context: 'cases.name' },
  ];
  for (const { stored, context } of samples) {
    if (stored === undefined) continue;
    try {
      cipher.decrypt(stored, context);
    } catch (error) {
      refuse(error);
    }
  }
  await db.insertInto('key_canary')
    .values({ id: CANARY_ID, value_enc: cipher.encrypt(randomBytes(16).toString('base64'), CANARY_CONTEXT), created_at: nowIso() })
    .onConflict((oc) => oc.column('id').doNothing()).execute();
}

import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCipher } from './field-cipher.js';

/**
 * The key that wraps the web app's device key on one device (issue 16, offline visits). The web
 * app makes its device key itself and never stores it in clear: on the device it is kept wrapped
 * (AES-GCM) once with this key and once with a key derived from the user's password. This key
 * belongs to ONE session: it is stored on the session row (encrypted under the server key like
 * every secret) and disappears with it, so signing out, a session ending, a password change or a
 * beheerder ending the account's sessions ("device lost") leaves the device's copy unopenable
 * online. Offline the worker opens it with the password; see docs/security.md.
 */
export const DEVICE_WRAP_KEY_BYTES = 32;
export const DEVICE_WRAP_KEY_CONTEXT = 'sessions.device_wrap_key';

/** This session's wrap key (base64url), made on the first request. */
export async function deviceWrapKeyOf(db: Kysely<Database>, cipher: FieldCipher, tokenHash: string): Promise<string> {
  const fresh = randomBytes(DEVICE_WRAP_KEY_BYTES).toString('base64url');
  // Two first requests at once (two tabs of one session) both end up with the one key stored.
  await db.updateTable('sessions').set({ device_wrap_key_enc: cipher.encrypt(fresh, DEVICE_WRAP_KEY_CONTEXT) })
    .where('token_hash', '=', tokenHash).where('device_wrap_key_enc', 'is', null).execute();
  const row = await db.selectFrom('sessions').select('device_wrap_key_enc').where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!row?.device_wrap_key_enc) throw new Error('session ended while its device key was asked for');
  return cipher.decrypt(row.device_wrap_key_enc, DEVICE_WRAP_KEY_CONTEXT);
}

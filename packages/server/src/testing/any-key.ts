import type { Kysely } from 'kysely';
import type { CaseCipher, FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/schema.js';

/**
 * For tests that search every stored value: a cipher that reads a value under the master key or
 * under the key of any case that still has one (that is: anything the server can still read).
 */
export async function anyKeyCipher(db: Kysely<Database>, cipher: FieldCipher): Promise<CaseCipher> {
  const keys = await db.selectFrom('case_keys').select('key_enc').execute();
  const ciphers = keys.map((k) => cipher.forCase(k.key_enc));
  return {
    scope: 'case',
    encrypt: () => {
      throw new Error('anyKeyCipher only reads');
    },
    decrypt(stored, context) {
      if (stored.startsWith('v1.')) return cipher.decrypt(stored, context);
      for (const c of ciphers) {
        try {
          return c.decrypt(stored, context);
        } catch {
          // another case's key
        }
      }
      throw new Error(`no key the server holds reads this ${context} value`);
    },
  };
}

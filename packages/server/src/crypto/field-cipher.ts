import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { Keyring } from './keyring.js';

/**
 * Encryption of personal fields with AES-256-GCM. A stored value reads `v1.<keyId>.<base64>` where
 * the base64 holds a fresh random 96-bit IV, the ciphertext and the 128-bit tag. The `context`
 * (table and column, e.g. `alters.name`) is authenticated data: a value copied into another column
 * does not decrypt, so rows cannot be swapped to leak a field through another screen.
 */
export interface FieldCipher {
  readonly keyring: Keyring;
  encrypt(plain: string, context: string): string;
  decrypt(stored: string, context: string): string;
  /** The id of the key a stored value was written with. */
  keyIdOf(stored: string): string;
}

const PREFIX = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createFieldCipher(keyring: Keyring): FieldCipher {
  // Reading a map decrypts dozens of fields: the keys are imported once, and the authenticated data
  // of each column is made once, rather than on every call.
  const keyObjects = new Map<string, KeyObject>();
  for (const [id, key] of keyring.keys) keyObjects.set(id, createSecretKey(key));
  const currentKey = keyObjects.get(keyring.currentId);
  if (!currentKey) throw new Error('the keyring has no current key');
  const contexts = new Map<string, Buffer>();
  const aad = (context: string): Buffer => {
    let bytes = contexts.get(context);
    if (!bytes) {
      bytes = Buffer.from(context, 'utf8');
      contexts.set(context, bytes);
    }
    return bytes;
  };

  function split(stored: string): { keyId: string; data: Buffer } {
    const parts = stored.split('.');
    if (parts.length !== 3 || parts[0] !== PREFIX) throw new Error('not an encrypted value');
    return { keyId: parts[1] as string, data: Buffer.from(parts[2] as string, 'base64') };
  }

  return {
    keyring,
    encrypt(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      cipher.setAAD(aad(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}.${keyring.currentId}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
    },
    decrypt(stored, context) {
      const { keyId, data } = split(stored);
      const key = keyObjects.get(keyId);
      if (!key) throw new Error(`value encrypted with key ${keyId}, which is not in the keyring`);
      if (data.length < IV_BYTES + TAG_BYTES) throw new Error('encrypted value too short');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAAD(aad(context));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES));
      const rest = decipher.final(); // checks the tag; GCM gives no further bytes here
      return (rest.length === 0 ? plain : Buffer.concat([plain, rest])).toString('utf8');
    },
    keyIdOf(stored) {
      return split(stored).keyId;
    },
  };
}

import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { Keyring } from './keyring.js';

/**
 * Encryption of personal fields with AES-256-GCM. The `context` (table and column, e.g.
 * `alters.name`) is authenticated data: a value copied into another column does not decrypt, so
 * rows cannot be swapped to leak a field through another screen.
 *
 * Two stored forms:
 * - `v1.<keyId>.<base64>`: under a master key of the keyring (organisation data: draft keys, the
 *   wrapped case keys, the key canary; and values written before issue 11).
 * - `v2.<base64>`: under the data key of one case (see ./case-keys.ts). Erasing a case destroys its
 *   key, so a copy of such a value that survives anywhere (WAL, backup, dead tuple) no longer
 *   decrypts.
 * In both, the base64 holds a fresh random 96-bit IV, the ciphertext and the 128-bit tag.
 */
export interface ValueCipher {
  encrypt(plain: string, context: string): string;
  decrypt(stored: string, context: string): string;
}

/**
 * The cipher of one case's fields. Its own type, so that code storing a case's data cannot be
 * handed the master cipher by mistake (which would write values that survive the case's erasure).
 */
export interface CaseCipher extends ValueCipher {
  readonly scope: 'case';
}

export interface FieldCipher extends ValueCipher {
  readonly keyring: Keyring;
  /** The id of the master key a `v1` value was written with. */
  keyIdOf(stored: string): string;
  /** A fresh random case key: its stored (wrapped) form and the cipher that uses it. */
  newCaseKey(): { readonly wrapped: string; readonly cipher: CaseCipher };
  /**
   * The cipher of one case from its wrapped key: unwrapped and imported once, then used for every
   * field of the case. It also reads `v1` values (written under the master key before the case had
   * a key), but always writes `v2`.
   */
  forCase(wrapped: string): CaseCipher;
}

const V1 = 'v1';
const V2 = 'v2.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CASE_KEY_BYTES = 32;
/** The authenticated data of a wrapped case key (the `case_keys.key_enc` column). */
export const CASE_KEY_CONTEXT = 'case_keys.key';

/** The authenticated data of each column, made once rather than on every call. */
const contexts = new Map<string, Buffer>();
function aad(context: string): Buffer {
  let bytes = contexts.get(context);
  if (!bytes) {
    bytes = Buffer.from(context, 'utf8');
    contexts.set(context, bytes);
  }
  return bytes;
}

/** IV, ciphertext and tag of `plain` under `key`. */
export function seal(key: KeyObject, plain: string, context: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** The plain text of IV, ciphertext and tag; throws when the key or the context is not the one it was sealed with. */
export function open(key: KeyObject, data: Buffer, context: string): string {
  if (data.length < IV_BYTES + TAG_BYTES) throw new Error('encrypted value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
  decipher.setAAD(aad(context));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  const plain = decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES));
  const rest = decipher.final(); // checks the tag; GCM gives no further bytes here
  return (rest.length === 0 ? plain : Buffer.concat([plain, rest])).toString('utf8');
}

function splitV1(stored: string): { keyId: string; data: Buffer } {
  const parts = stored.split('.');
  if (parts.length !== 3 || parts[0] !== V1) throw new Error('not an encrypted value');
  return { keyId: parts[1] as string, data: Buffer.from(parts[2] as string, 'base64') };
}

export function createFieldCipher(keyring: Keyring): FieldCipher {
  // Reading a map decrypts dozens of fields: the keys are imported once, not on every call.
  const keyObjects = new Map<string, KeyObject>();
  for (const [id, key] of keyring.keys) keyObjects.set(id, createSecretKey(key));
  const currentKey = keyObjects.get(keyring.currentId);
  if (!currentKey) throw new Error('the keyring has no current key');

  const master: ValueCipher = {
    encrypt(plain, context) {
      return `${V1}.${keyring.currentId}.${seal(currentKey, plain, context).toString('base64')}`;
    },
    decrypt(stored, context) {
      if (stored.startsWith(V2)) throw new Error(`a case's value (${context}) needs the case's key`);
      const { keyId, data } = splitV1(stored);
      const key = keyObjects.get(keyId);
      if (!key) throw new Error(`value encrypted with key ${keyId}, which is not in the keyring`);
      return open(key, data, context);
    },
  };

  function caseCipher(key: KeyObject): CaseCipher {
    return {
      scope: 'case',
      encrypt(plain, context) {
        return `${V2}${seal(key, plain, context).toString('base64')}`;
      },
      decrypt(stored, context) {
        if (!stored.startsWith(V2)) return master.decrypt(stored, context);
        return open(key, Buffer.from(stored.slice(V2.length), 'base64'), context);
      },
    };
  }

  return {
    keyring,
    ...master,
    keyIdOf(stored) {
      return splitV1(stored).keyId;
    },
    newCaseKey() {
      const raw = randomBytes(CASE_KEY_BYTES);
      const wrapped = master.encrypt(raw.toString('base64'), CASE_KEY_CONTEXT);
      return { wrapped, cipher: caseCipher(createSecretKey(raw)) };
    },
    forCase(wrapped) {
      const raw = Buffer.from(master.decrypt(wrapped, CASE_KEY_CONTEXT), 'base64');
      if (raw.length !== CASE_KEY_BYTES) throw new Error('a case key must be 32 bytes');
      return caseCipher(createSecretKey(raw));
    },
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir } from '../db/private-files.js';

/**
 * The data keys. `current` encrypts; every key in `keys` can decrypt, so that after a rotation the
 * old key stays usable until `rotateKey` has re-encrypted every value. A key's id is derived from
 * the key itself (first 8 hex digits of its SHA-256), so the same key always has the same id and
 * no separate key register is needed.
 */
export interface Keyring {
  readonly currentId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export const KEY_BYTES = 32;

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function parseKey(base64: string, source: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== base64.trim()) {
    throw new Error(`${source}: a key must be ${KEY_BYTES} bytes written in base64 (44 characters)`);
  }
  return key;
}

/** A keyring from base64 keys: the first is current, the others are older keys kept for reading. */
export function createKeyring(base64Keys: readonly string[], source = 'key'): Keyring {
  if (base64Keys.length === 0) throw new Error(`${source}: no key given`);
  const keys = new Map<string, Buffer>();
  for (const text of base64Keys) {
    const key = parseKey(text, source);
    keys.set(keyIdOf(key), key);
  }
  return { currentId: keyIdOf(parseKey(base64Keys[0] as string, source)), keys };
}

export function generateKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * The key file holds one base64 key per line, current key first. It is created with mode 0600;
 * a key file readable by others is refused, because whoever reads it reads every name.
 */
export function readKeyFile(path: string): Keyring {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new Error(`${path}: the key file may be readable by its owner only (chmod 600), it has mode ${mode.toString(8)}`);
  }
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return createKeyring(lines, path);
}

/** Creates a key file with a fresh key when there is none; returns whether it created one. */
export function ensureKeyFile(path: string): boolean {
  if (existsSync(path)) return false;
  ensurePrivateDir(dirname(path));
  writeFileSync(path, `${generateKey()}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return true;
}

/**
 * The keyring for the server: from NETWERKKRACHT_KEY (plus NETWERKKRACHT_OLD_KEYS, comma
 * separated, during a rotation) when set, else from the key file.
 */
export function loadKeyring(options: { env: NodeJS.ProcessEnv; keyFile: string }): Keyring {
  const fromEnv = options.env.NETWERKKRACHT_KEY;
  if (fromEnv && fromEnv.trim() !== '') {
    const old = (options.env.NETWERKKRACHT_OLD_KEYS ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
    return createKeyring([fromEnv, ...old], 'NETWERKKRACHT_KEY');
  }
  if (!existsSync(options.keyFile)) {
    throw new Error(`no encryption key: set NETWERKKRACHT_KEY or run \`netwerkkracht init\` to create ${options.keyFile}`);
  }
  return readKeyFile(options.keyFile);
}

import { mkdtempSync, chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher.js';
import { createKeyring, ensureKeyFile, generateKey, keyIdOf, loadKeyring, readKeyFile } from './keyring.js';

describe('field encryption (AES-256-GCM)', () => {
  const keyring = createKeyring([generateKey()]);
  const cipher = createFieldCipher(keyring);

  it('round-trips text, including empty and non-Latin text', () => {
    for (const text of ['Oma Rita', '', 'Zoë — ثريا — 李', 'x'.repeat(5000)]) {
      expect(cipher.decrypt(cipher.encrypt(text, 'alters.name'), 'alters.name')).toBe(text);
    }
  });

  it('uses a fresh IV for every value: the same name never gives the same stored value', () => {
    const a = cipher.encrypt('Oma Rita', 'alters.name');
    const b = cipher.encrypt('Oma Rita', 'alters.name');
    expect(a).not.toBe(b);
    expect(a.startsWith(`v1.${keyring.currentId}.`)).toBe(true);
  });

  it('refuses a value moved to another column (the column is authenticated data)', () => {
    const stored = cipher.encrypt('Oma Rita', 'alters.name');
    expect(() => cipher.decrypt(stored, 'alters.note')).toThrow();
  });

  it('refuses a tampered value', () => {
    const stored = cipher.encrypt('Oma Rita', 'alters.name');
    const [prefix, id, body] = stored.split('.') as [string, string, string];
    const bytes = Buffer.from(body, 'base64');
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`${prefix}.${id}.${bytes.toString('base64')}`, 'alters.name')).toThrow();
  });

  it('names the key a value needs, and decrypts with an old key kept in the keyring', () => {
    const oldKey = generateKey();
    const old = createFieldCipher(createKeyring([oldKey]));
    const stored = old.encrypt('Buurman Jef', 'alters.name');
    const newKey = generateKey();
    expect(() => createFieldCipher(createKeyring([newKey])).decrypt(stored, 'alters.name')).toThrow(/not in the keyring/);
    const rotating = createFieldCipher(createKeyring([newKey, oldKey]));
    expect(rotating.decrypt(stored, 'alters.name')).toBe('Buurman Jef');
    expect(rotating.keyIdOf(stored)).toBe(keyIdOf(Buffer.from(oldKey, 'base64')));
  });

  it('[case keys] a case\'s values are v2 and read with that case\'s key only; the master cipher does not read them', () => {
    const first = cipher.newCaseKey();
    const stored = first.cipher.encrypt('Oma Rita', 'alters.name');
    expect(stored.startsWith('v2.')).toBe(true);
    expect(cipher.forCase(first.wrapped).decrypt(stored, 'alters.name')).toBe('Oma Rita');
    expect(first.wrapped.startsWith(`v1.${keyring.currentId}.`)).toBe(true);
    expect(() => cipher.forCase(cipher.newCaseKey().wrapped).decrypt(stored, 'alters.name')).toThrow();
    expect(() => cipher.decrypt(stored, 'alters.name')).toThrow(/case's key/);
    expect(() => first.cipher.decrypt(stored, 'alters.note')).toThrow();
    // A value from before case keys (under the master key) still reads through the case's cipher.
    expect(first.cipher.decrypt(cipher.encrypt('Buur Jef', 'alters.name'), 'alters.name')).toBe('Buur Jef');
    // A wrapped key under another master key does not unwrap.
    expect(() => createFieldCipher(createKeyring([generateKey()])).forCase(first.wrapped)).toThrow(/not in the keyring/);
  });

  it('refuses a key that is not 32 bytes of base64', () => {
    expect(() => createKeyring(['abc'])).toThrow(/32 bytes/);
    expect(() => createKeyring([Buffer.alloc(16).toString('base64')])).toThrow(/32 bytes/);
  });
});

describe('key file', () => {
  it('is created once with mode 0600 and read back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nk-key-'));
    const path = join(dir, 'sub', 'netwerkkracht.key');
    expect(ensureKeyFile(path)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const first = readFileSync(path, 'utf8');
    expect(ensureKeyFile(path)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(first);
    expect(readKeyFile(path).currentId).toBe(keyIdOf(Buffer.from(first.trim(), 'base64')));
  });

  it('is refused when others can read it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nk-key-'));
    const path = join(dir, 'open.key');
    writeFileSync(path, `${generateKey()}\n`);
    chmodSync(path, 0o644);
    expect(() => readKeyFile(path)).toThrow(/chmod 600/);
  });

  it('NETWERKKRACHT_KEY wins over the key file; old keys come from NETWERKKRACHT_OLD_KEYS', () => {
    const current = generateKey();
    const old = generateKey();
    const keyring = loadKeyring({ env: { NETWERKKRACHT_KEY: current, NETWERKKRACHT_OLD_KEYS: old }, keyFile: '/nonexistent' });
    expect(keyring.currentId).toBe(keyIdOf(Buffer.from(current, 'base64')));
    expect(keyring.keys.size).toBe(2);
    expect(() => loadKeyring({ env: {}, keyFile: '/nonexistent/key' })).toThrow(/NETWERKKRACHT_KEY/);
  });
});

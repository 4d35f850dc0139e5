import { describe, expect, it } from 'vitest';
import { decodeDeviceKey, importDeviceKey, openSealedText, parseEnvelope, sealText } from './sealed-text.js';

const newKey = () => importDeviceKey(crypto.getRandomValues(new Uint8Array(32)));

describe('text sealed with the device key', () => {
  it('[round trip] opens to exactly what was sealed, also outside ASCII', async () => {
    const key = await newKey();
    const text = 'Zoë en Ïsa — “buren” 👵';
    expect(await openSealedText(key, await sealText(key, text, 'draft:m1'), 'draft:m1')).toBe(text);
  });

  it('[bound to its context] does not open under another context', async () => {
    const key = await newKey();
    const stored = await sealText(key, 'Oma Rosalinde', 'draft:m1');
    expect(await openSealedText(key, stored, 'draft:m2')).toBeNull();
    expect(await openSealedText(key, stored, 'guide:m1')).toBeNull();
  });

  it('[wrong key] does not open with another key', async () => {
    const stored = await sealText(await newKey(), 'Oma Rosalinde', 'draft:m1');
    expect(await openSealedText(await newKey(), stored, 'draft:m1')).toBeNull();
  });

  it('[non-extractable] the imported key cannot be read back by a script', async () => {
    const key = await newKey();
    expect(key.extractable).toBe(false);
    expect(key.usages.sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('[envelope] only {v: 1, iv, ciphertext} counts as sealed; old plain JSON does not', () => {
    expect(parseEnvelope('{"v":1,"iv":"a","ciphertext":"b"}')).toEqual({ v: 1, iv: 'a', ciphertext: 'b' });
    for (const other of [null, '', 'x', '{"baseVersion":3,"document":{}}', '{"v":2,"iv":"a","ciphertext":"b"}', '{"v":1,"iv":1,"ciphertext":"b"}', '[1]']) {
      expect(parseEnvelope(other), String(other)).toBeNull();
    }
  });

  it('[key from the server] exactly 32 bytes of base64url are accepted', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const base64url = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(decodeDeviceKey(base64url)).toEqual(bytes);
    expect(decodeDeviceKey(base64url.slice(0, 40))).toBeNull();
    expect(decodeDeviceKey(`${base64url}AAAA`)).toBeNull();
    expect(decodeDeviceKey('niet+base64url/')).toBeNull();
    expect(decodeDeviceKey('')).toBeNull();
  });
});

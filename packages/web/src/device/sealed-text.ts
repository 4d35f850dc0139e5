/**
 * Text kept on the device, sealed with the user's device key (AES-GCM through WebCrypto). What is
 * stored reads `{"v":1,"iv":"<base64>","ciphertext":"<base64>"}`: a fresh random 12-byte IV per
 * write, the ciphertext with its 16-byte tag, and nothing in clear. The `context` (which record of
 * which map, e.g. `draft:<mapId>`) is additional authenticated data: a sealed value copied to
 * another map's entry does not open, so nobody can make one map's draft show up on another.
 */
export interface SealedEnvelope {
  readonly v: 1;
  readonly iv: string;
  readonly ciphertext: string;
}

const IV_BYTES = 12;
export const DEVICE_KEY_BYTES = 32;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The key bytes as the server sends them (base64url without padding); null when not 32 bytes. */
export function decodeDeviceKey(base64url: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(base64url)) return null;
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const bytes = fromBase64(base64);
  return bytes && bytes.length === DEVICE_KEY_BYTES ? bytes : null;
}

/** The key as WebCrypto holds it: usable for AES-GCM only, and not extractable, so no script can read its bytes back. */
export function importDeviceKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A JSON object read from stored text, or null for anything else (never throws). */
export function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? json as Record<string, unknown> : null;
  } catch {
    return null;
  }
}

/** The stored envelope when `text` is one (says nothing about whether it opens). */
export function parseEnvelope(text: string | null): SealedEnvelope | null {
  const json = parseJsonObject(text);
  if (json === null) return null;
  const { v, iv, ciphertext } = json;
  return v === 1 && typeof iv === 'string' && typeof ciphertext === 'string' ? { v: 1, iv, ciphertext } : null;
}

export async function sealText(key: CryptoKey, plain: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, new TextEncoder().encode(plain));
  const envelope: SealedEnvelope = { v: 1, iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return JSON.stringify(envelope);
}

/** The plain text, or null when the value is not an envelope, was sealed with another key or for another context, or was changed. */
export async function openSealedText(key: CryptoKey, stored: string | null, context: string): Promise<string | null> {
  const envelope = parseEnvelope(stored);
  if (!envelope) return null;
  const iv = fromBase64(envelope.iv);
  const ciphertext = fromBase64(envelope.ciphertext);
  if (!iv || iv.length !== IV_BYTES || !ciphertext) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, ciphertext);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

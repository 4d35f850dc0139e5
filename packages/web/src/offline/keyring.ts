import type { SessionUser } from '../api/endpoints.js';
import { openSealedText, parseJsonObject, sealText } from '../device/sealed-text.js';

/**
 * The device key (issue 16). The app makes it on the device (AES-256-GCM) and never stores it in
 * clear: what is stored (`netwerkkracht.keyring.<userId>` in localStorage) holds it only wrapped,
 *  - once with THIS session's wrap key, which the server hands out only to the live session and
 *    forgets when the session ends (sign-out, expiry, password change, the beheerder ending the
 *    account's sessions): so a reload opens it while signed in, and nothing opens it afterwards;
 *  - once with a key derived from the user's password (PBKDF2-SHA-256, 600,000 rounds, random
 *    salt): so the worker opens it at the kitchen table without a connection, by typing the
 *    password. A lost device without the password gives nothing.
 * Signing out removes the keyring (and everything sealed with the key). The key in use is a
 * non-extractable CryptoKey held in memory only. See docs/security.md "Offline visits".
 */
export const KEYRING_PREFIX = 'netwerkkracht.keyring.';
export const PBKDF2_ROUNDS = 600_000;

interface Wrapped { readonly iv: string; readonly ct: string }

export interface StoredKeyring {
  readonly v: 1;
  readonly userId: string;
  readonly salt: string;
  readonly rounds: number;
  readonly byPassword: Wrapped | null;
  readonly bySession: Wrapped | null;
  /** Who this is (name, role): sealed with the device key, for opening the app without the server. */
  readonly profile: string;
}

const b64 = (bytes: Uint8Array): string => { let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); };
const unb64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const enc = (text: string) => new TextEncoder().encode(text);

const keyName = (userId: string) => `${KEYRING_PREFIX}${userId}`;

export function parseKeyring(text: string | null): StoredKeyring | null {
  const json = parseJsonObject(text);
  if (!json || json.v !== 1 || typeof json.userId !== 'string' || typeof json.salt !== 'string' || typeof json.rounds !== 'number' || typeof json.profile !== 'string') return null;
  const wrapped = (w: unknown): Wrapped | null => {
    const o = typeof w === 'object' && w !== null ? w as Record<string, unknown> : null;
    return o && typeof o.iv === 'string' && typeof o.ct === 'string' ? { iv: o.iv, ct: o.ct } : null;
  };
  return { v: 1, userId: json.userId, salt: json.salt, rounds: json.rounds, byPassword: wrapped(json.byPassword), bySession: wrapped(json.bySession), profile: json.profile };
}

function readStored(userId: string): StoredKeyring | null {
  try {
    return parseKeyring(localStorage.getItem(keyName(userId)));
  } catch {
    return null;
  }
}

/** Every keyring on this device (normally one: the last person who signed in here). */
export function storedKeyrings(): StoredKeyring[] {
  const found: StoredKeyring[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(KEYRING_PREFIX)) {
        const ring = parseKeyring(localStorage.getItem(name));
        if (ring) found.push(ring);
      }
    }
  } catch {
    // Storage off: nothing kept.
  }
  return found;
}

export function forgetKeyring(userId: string): void {
  try {
    localStorage.removeItem(keyName(userId));
  } catch {
    // Nothing stored.
  }
}

/** The key derived from the password, for wrapping only (never usable to encrypt data itself). */
export async function passwordKey(password: string, salt: Uint8Array<ArrayBuffer>, rounds: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', enc(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds }, material, { name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

/** The session's wrap key as the server sends it (32 raw bytes), for wrapping only. */
export function sessionKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['wrapKey', 'unwrapKey']);
}

async function wrap(key: CryptoKey, by: CryptoKey, context: string): Promise<Wrapped> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.wrapKey('raw', key, by, { name: 'AES-GCM', iv, additionalData: enc(context) });
  return { iv: b64(iv), ct: b64(new Uint8Array(ct)) };
}

/** The device key, or null when `by` is not the key it was wrapped with (or the record was changed). */
export async function unwrap(wrapped: Wrapped | null, by: CryptoKey, context: string, extractable = false): Promise<CryptoKey | null> {
  if (!wrapped) return null;
  try {
    return await crypto.subtle.unwrapKey('raw', unb64(wrapped.ct), by, { name: 'AES-GCM', iv: unb64(wrapped.iv), additionalData: enc(context) },
      { name: 'AES-GCM' }, extractable, ['encrypt', 'decrypt']);
  } catch {
    return null;
  }
}

const passwordContext = (userId: string) => `keyring:password:${userId}`;
const sessionContext = (userId: string) => `keyring:session:${userId}`;
const profileContext = (userId: string) => `profile:${userId}`;

async function store(user: SessionUser, key: CryptoKey, salt: Uint8Array<ArrayBuffer>, byPassword: Wrapped | null, bySession: Wrapped | null): Promise<void> {
  const profile = await sealText(key, JSON.stringify({ id: user.id, displayName: user.displayName, role: user.role, teamId: user.teamId }), profileContext(user.id));
  const ring: StoredKeyring = { v: 1, userId: user.id, salt: b64(salt), rounds: PBKDF2_ROUNDS, byPassword, bySession, profile };
  localStorage.setItem(keyName(user.id), JSON.stringify(ring));
}

async function nonExtractable(key: CryptoKey, by: CryptoKey, context: string): Promise<CryptoKey> {
  // The extractable copy lives only inside this function: it is wrapped and let go at once.
  return (await unwrap(await wrap(key, by, context), by, context)) as CryptoKey;
}

/**
 * At sign-in, when the password is at hand: opens this user's keyring with it (so edits kept
 * from an earlier session, e.g. made offline, stay readable), or makes a new device key; then
 * stores it wrapped with the password and with this session's key. Returns the key to use.
 */
export async function keyringAtSignIn(user: SessionUser, password: string, sessionRaw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const stored = readStored(user.id);
  const bySession = await sessionKey(sessionRaw);
  const salt = stored ? unb64(stored.salt) : crypto.getRandomValues(new Uint8Array(16));
  const byPassword = await passwordKey(password, salt, stored?.rounds ?? PBKDF2_ROUNDS);
  const key = (stored ? await unwrap(stored.byPassword, byPassword, passwordContext(user.id), true) : null)
    ?? await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const freshSalt = stored && stored.rounds === PBKDF2_ROUNDS ? salt : crypto.getRandomValues(new Uint8Array(16));
  const passwordWrap = freshSalt === salt ? byPassword : await passwordKey(password, freshSalt, PBKDF2_ROUNDS);
  await store(user, key, freshSalt, await wrap(key, passwordWrap, passwordContext(user.id)), await wrap(key, bySession, sessionContext(user.id)));
  return nonExtractable(key, bySession, sessionContext(user.id));
}

/**
 * After a reload (the session cookie survived, the password is not at hand): the keyring opens
 * with this session's key. No keyring yet: a new device key, wrapped with the session's key only
 * (opening without a connection then works after the next sign-in). A keyring of an earlier
 * session: null, so nothing is written until the user signs in again with the password.
 */
export async function keyringOnReload(user: SessionUser, sessionRaw: Uint8Array<ArrayBuffer>): Promise<CryptoKey | null> {
  const stored = readStored(user.id);
  const bySession = await sessionKey(sessionRaw);
  if (stored) return unwrap(stored.bySession, bySession, sessionContext(user.id));
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  await store(user, key, crypto.getRandomValues(new Uint8Array(16)), null, await wrap(key, bySession, sessionContext(user.id)));
  return nonExtractable(key, bySession, sessionContext(user.id));
}

export interface OfflineUnlock {
  readonly key: CryptoKey;
  readonly user: SessionUser;
}

/** Without a connection: the keyring this password opens, with who it belongs to; null when none does. */
export async function unlockWithPassword(password: string): Promise<OfflineUnlock | null> {
  for (const ring of storedKeyrings()) {
    const key = await unwrap(ring.byPassword, await passwordKey(password, unb64(ring.salt), ring.rounds), passwordContext(ring.userId));
    if (!key) continue;
    const profile = parseJsonObject(await openSealedText(key, ring.profile, profileContext(ring.userId)));
    if (!profile || typeof profile.displayName !== 'string' || typeof profile.role !== 'string') continue;
    const role = profile.role as SessionUser['role'];
    return {
      key,
      user: { id: ring.userId, displayName: profile.displayName, role, teamId: typeof profile.teamId === 'string' ? profile.teamId : null, mustChangePassword: false, passwordReset: null },
    };
  }
  return null;
}

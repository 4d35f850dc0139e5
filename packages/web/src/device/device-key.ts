import { session, type SessionUser } from '../api/endpoints.js';
import { keyringAtSignIn, keyringOnReload } from '../offline/keyring.js';
import { decodeDeviceKey } from './sealed-text.js';

/**
 * The signed-in user's device key, held in memory only (a non-extractable WebCrypto key). It is
 * made on the device and kept there only wrapped (../offline/keyring.ts): after sign-in it is
 * opened with the password and this session's wrap key (`GET /me/device-wrap-key`), after a
 * reload with the session's wrap key, without a connection with the password. Dropped at logout
 * and gone when the page closes. Without it nothing personal is written to the device at all:
 * the editor keeps working, its edits are then only kept while the page is open.
 */
interface Held {
  readonly promise: Promise<CryptoKey | null>;
  /** When fetching failed (a network or server problem): asked again after a while. */
  failedAt: number | null;
  readonly retry: (() => Promise<CryptoKey | null>) | null;
}

/** How long to wait before asking the server again after fetching the key failed. */
const RETRY_MS = 10_000;

let held: Held | null = null;

/** False where the browser offers no WebCrypto (a page served over plain http from another machine). */
export function deviceCryptoAvailable(): boolean {
  return typeof globalThis.crypto !== 'undefined' && typeof globalThis.crypto.subtle !== 'undefined';
}

async function openKeyring(user: SessionUser, password: string | null): Promise<CryptoKey | null> {
  const result = await session.deviceWrapKey();
  if (!result.ok) return null;
  const raw = decodeDeviceKey(result.value);
  if (!raw) return null;
  try {
    return await (password === null ? keyringOnReload(user, raw) : keyringAtSignIn(user, password, raw));
  } catch {
    return null;
  } finally {
    raw.fill(0);
  }
}

function start(step: () => Promise<CryptoKey | null>, retry: (() => Promise<CryptoKey | null>) | null): Held {
  const next: Held = {
    failedAt: null,
    retry,
    promise: step().then((key) => {
      if (!key) next.failedAt = Date.now();
      return key;
    }),
  };
  return next;
}

/**
 * After login (with the password just typed) and after a page reload finds the session (without):
 * open this user's device key.
 */
export function loadDeviceKey(user: SessionUser, password: string | null = null): void {
  const retry = () => openKeyring(user, null);
  held = deviceCryptoAvailable() ? start(() => openKeyring(user, password), retry) : null;
}

/** Without a connection, once the password opened the keyring (offline/keyring.ts unlockWithPassword). */
export function holdUnlockedDeviceKey(key: CryptoKey): void {
  held = { promise: Promise.resolve(key), failedAt: null, retry: null };
}

/** The same, unless a key is already held or on its way (asked at start, before React ran). */
export function ensureDeviceKey(user: SessionUser): void {
  if (!held) loadDeviceKey(user);
}

/** At logout: the key is forgotten, so what this device keeps can no longer be opened here. */
export function forgetDeviceKey(): void {
  held = null;
}

/** The key once it has arrived; null when signed out, without WebCrypto, or when the server could not give it. */
export async function deviceKey(): Promise<CryptoKey | null> {
  for (;;) {
    let current = held;
    if (!current) return null;
    if (current.failedAt !== null && current.retry && Date.now() - current.failedAt > RETRY_MS) {
      current = start(current.retry, current.retry);
      held = current;
    }
    const key = await current.promise;
    // Signed out while waiting: nothing. Fetched again meanwhile (a new login): wait for that one.
    if (held === current) return key;
  }
}

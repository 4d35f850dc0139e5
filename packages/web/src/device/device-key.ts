import { session } from '../api/endpoints.js';
import { decodeDeviceKey, importDeviceKey } from './sealed-text.js';

/**
 * The signed-in user's device key, held in memory only (a non-extractable WebCrypto key): it is
 * fetched from the server after login (`GET /me/draft-key`), dropped at logout and gone when the
 * page closes. Without it nothing personal is written to the device at all: the editor keeps
 * working, its edits are then only kept while the page is open.
 */
interface Held {
  readonly promise: Promise<CryptoKey | null>;
  /** When fetching failed (a network or server problem): asked again after a while. */
  failedAt: number | null;
}

/** How long to wait before asking the server again after fetching the key failed. */
const RETRY_MS = 10_000;

let held: Held | null = null;

/** False where the browser offers no WebCrypto (a page served over plain http from another machine). */
export function deviceCryptoAvailable(): boolean {
  return typeof globalThis.crypto !== 'undefined' && typeof globalThis.crypto.subtle !== 'undefined';
}

async function fetchDeviceKey(): Promise<CryptoKey | null> {
  const result = await session.draftKey();
  if (!result.ok) return null;
  const raw = decodeDeviceKey(result.value);
  if (!raw) return null;
  try {
    return await importDeviceKey(raw);
  } catch {
    return null;
  } finally {
    raw.fill(0);
  }
}

function fetchNow(): Held {
  const next: Held = {
    failedAt: null,
    promise: fetchDeviceKey().then((key) => {
      if (!key) next.failedAt = Date.now();
      return key;
    }),
  };
  return next;
}

/** After login (and after a page reload finds the session): fetch this user's key. */
export function loadDeviceKey(): void {
  held = deviceCryptoAvailable() ? fetchNow() : null;
}

/** The same, unless a key is already held or on its way (asked at start, before React ran). */
export function ensureDeviceKey(): void {
  if (!held) loadDeviceKey();
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
    if (current.failedAt !== null && Date.now() - current.failedAt > RETRY_MS) {
      current = fetchNow();
      held = current;
    }
    const key = await current.promise;
    // Signed out while waiting: nothing. Fetched again meanwhile (a new login): wait for that one.
    if (held === current) return key;
  }
}

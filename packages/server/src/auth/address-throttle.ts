/**
 * Counts login attempts per client address in a fixed 15-minute window, in memory. It slows down
 * password guessing spread over many accounts; the per-account lock-out in the users table stops
 * guessing one account. A restart clears it, which the account lock-out survives.
 */
export interface AddressThrottle {
  /** Counts an attempt; false when the address is over its limit. */
  attempt(address: string): boolean;
}

const WINDOW_MS = 15 * 60_000;

export function createAddressThrottle(limit: number, now: () => number = Date.now): AddressThrottle {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    attempt(address) {
      const t = now();
      if (windows.size > 10_000) for (const [key, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(key);
      const w = windows.get(address);
      if (!w || t - w.start >= WINDOW_MS) {
        windows.set(address, { start: t, count: 1 });
        return true;
      }
      w.count += 1;
      return w.count <= limit;
    },
  };
}

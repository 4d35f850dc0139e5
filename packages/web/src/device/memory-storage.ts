/**
 * The browser's Storage for unit tests under Node (which has no localStorage): a plain string
 * map with the Storage methods the app uses. Never used by the app itself.
 */
export class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number { return this.items.size; }
  key(i: number): string | null { return [...this.items.keys()][i] ?? null; }
  getItem(k: string): string | null { return this.items.get(k) ?? null; }
  setItem(k: string, v: string): void { this.items.set(k, String(v)); }
  removeItem(k: string): void { this.items.delete(k); }
  clear(): void { this.items.clear(); }
}

/** Installs a fresh MemoryStorage as `globalThis.localStorage` (per test file: vitest isolates files). */
export function installMemoryStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  (globalThis as unknown as { localStorage: MemoryStorage }).localStorage = storage;
  return storage;
}

import { deviceKey } from './device-key.js';
import { openSealedText, parseEnvelope, sealText } from './sealed-text.js';

/**
 * Entries in the browser's localStorage that hold a family's data (a map's unsaved edits, the
 * guide's progress), always sealed with the device key (sealed-text.ts). Reading, writing and
 * removing one entry happen in the order they were asked for, so a draft written just before a
 * save never lands after the save has cleared it.
 */
/** A case's plan changes made without a connection (offline/plan-queue.ts). */
export const PLAN_CHANGES_PREFIX = 'netwerkkracht.planchanges.';
/** `ncmapping.`: Network Canvas mappings from before they were kept on the server; none are written now, old ones go at sign-out. */
export const SEALED_PREFIXES = ['netwerkkracht.draft.', 'netwerkkracht.guide.', 'netwerkkracht.ncmapping.', 'netwerkkracht.visit.', PLAN_CHANGES_PREFIX] as const;

const queues = new Map<string, Promise<unknown>>();
const watchers = new Set<() => void>();

/** Called after every write or removal of an entry (the header's indicator counts waiting drafts). */
export function onDeviceStorageChange(listener: () => void): () => void {
  watchers.add(listener);
  return () => { watchers.delete(listener); };
}

function changed(): void {
  for (const watcher of watchers) watcher();
}

/** How many maps and plans have changes on this device that the server does not have yet (no key needed). */
export function waitingDraftCount(): number {
  let count = 0;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith('netwerkkracht.draft.') || name?.startsWith(PLAN_CHANGES_PREFIX)) count++;
    }
  } catch {
    // Storage off: nothing waits here.
  }
  return count;
}

function inOrder<T>(name: string, step: () => Promise<T>): Promise<T> {
  const run = (queues.get(name) ?? Promise.resolve()).then(step);
  const settled = run.then(() => undefined, () => undefined);
  queues.set(name, settled);
  void settled.then(() => { if (queues.get(name) === settled) queues.delete(name); });
  return run;
}

function getItem(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

function removeItem(name: string): void {
  try {
    localStorage.removeItem(name);
  } catch {
    // Nothing to remove when storage is off.
  }
}

/**
 * The entry's plain text, or null: nothing stored, no key (signed out, no WebCrypto), sealed by
 * another user or for another record, or damaged. An entry in plain text (left by an older version
 * of the app) is removed unread.
 */
export function readSealed(name: string, context: string): Promise<string | null> {
  return inOrder(name, async () => {
    const stored = getItem(name);
    if (stored === null) return null;
    if (!parseEnvelope(stored)) {
      removeItem(name);
      return null;
    }
    const key = await deviceKey();
    return key ? openSealedText(key, stored, context) : null;
  });
}

/** False when nothing was written: no key (never in plain text instead), no longer wanted, or storage full or off. */
export function writeSealed(name: string, context: string, plain: string, stillWanted: () => boolean = () => true): Promise<boolean> {
  return inOrder(name, async () => {
    const key = await deviceKey();
    // Checked in turn, after every earlier step on this entry (a removal asked for meanwhile wins).
    if (!key || !stillWanted()) return false;
    try {
      localStorage.setItem(name, await sealText(key, plain, context));
      changed();
      return true;
    } catch {
      return false;
    }
  });
}

export function removeSealed(name: string): Promise<void> {
  return inOrder(name, () => {
    removeItem(name);
    changed();
    return Promise.resolve();
  });
}

/** At sign-out: every sealed entry goes (they no longer open anyway once the keyring is gone). */
export function removeSealedEntries(): void {
  try {
    const names: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name !== null && SEALED_PREFIXES.some((prefix) => name.startsWith(prefix))) names.push(name);
    }
    for (const name of names) removeItem(name);
    changed();
  } catch {
    // Storage off: nothing is kept.
  }
}

/** At start: every family entry still in plain text (from before entries were sealed) is removed unread. */
export function removePlainTextEntries(): void {
  try {
    const names: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name !== null && SEALED_PREFIXES.some((prefix) => name.startsWith(prefix))) names.push(name);
    }
    for (const name of names) if (!parseEnvelope(getItem(name))) removeItem(name);
  } catch {
    // Storage off: nothing is kept, so nothing to remove.
  }
}

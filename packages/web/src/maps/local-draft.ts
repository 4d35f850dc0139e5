import { parseMapDocument, toMapDocument, type NetworkMap } from '@netwerkkracht/core';

/**
 * Edits not yet accepted by the server, kept on this device so a closed tab, a lost connection or a
 * conflict never loses them. The server stays the source of truth: a draft only records which
 * server version it was based on, and is removed as soon as the server has the same content.
 * Read back through core's map-format parser, never trusted from JSON.parse.
 */
export interface LocalDraft {
  /** The server version the edits started from. */
  readonly baseVersion: number;
  /** The whole map with the edited working version. */
  readonly map: NetworkMap;
}

const keyOf = (mapId: string) => `netwerkkracht.draft.${mapId}`;

export function parseLocalDraft(text: string | null): LocalDraft | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { baseVersion, document } = json as { baseVersion?: unknown; document?: unknown };
  if (typeof baseVersion !== 'number' || !Number.isInteger(baseVersion) || baseVersion < 1) return null;
  const parsed = parseMapDocument(document);
  return parsed.ok ? { baseVersion, map: parsed.value.map } : null;
}

export function serialiseLocalDraft(draft: LocalDraft): string {
  return JSON.stringify({ baseVersion: draft.baseVersion, document: toMapDocument(draft.map) });
}

export function readLocalDraft(mapId: string): LocalDraft | null {
  try {
    return parseLocalDraft(localStorage.getItem(keyOf(mapId)));
  } catch {
    return null;
  }
}

/** False when this device cannot keep the draft (storage full or switched off). */
export function writeLocalDraft(draft: LocalDraft): boolean {
  try {
    localStorage.setItem(keyOf(draft.map.id), serialiseLocalDraft(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(mapId: string): void {
  try {
    localStorage.removeItem(keyOf(mapId));
  } catch {
    // Nothing to clear when storage is off.
  }
}

/** The edits as a netwerkkaart file the user can keep (the way out when saving keeps failing). */
export function draftFile(map: NetworkMap): Blob {
  return new Blob([JSON.stringify(toMapDocument(map), null, 2)], { type: 'application/json' });
}


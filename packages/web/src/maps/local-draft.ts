import { parseMapDocument, toMapDocument, type NetworkMap } from '@netwerkkracht/core';
import { readSealed, removeSealed, writeSealed } from '../device/device-storage.js';
import { openSealedText, parseJsonObject, sealText } from '../device/sealed-text.js';

/**
 * Edits not yet accepted by the server, kept on this device so a closed tab, a lost connection or a
 * conflict never loses them. The server stays the source of truth: a draft only records which
 * server version it was based on, and is removed as soon as the server has the same content.
 * Read back through core's map-format parser, never trusted from JSON.parse. Stored sealed with
 * the user's device key (../device/), so the device alone does not show the family's network.
 */
export interface LocalDraft {
  /** The server version the edits started from. */
  readonly baseVersion: number;
  /** The whole map with the edited working version. */
  readonly map: NetworkMap;
  /**
   * The map as the server had it at `baseVersion` (issue 16): what the edits are merged against
   * when they are sent after working without a connection. Absent in drafts of older versions.
   */
  readonly base?: NetworkMap;
}

const keyOf = (mapId: string) => `netwerkkracht.draft.${mapId}`;
/** What a draft is sealed for: this map's draft, so it cannot be passed off as another map's. */
const contextOf = (mapId: string) => `draft:${mapId}`;

export function parseLocalDraft(text: string | null): LocalDraft | null {
  const json = parseJsonObject(text);
  if (json === null) return null;
  const { baseVersion, document, baseDocument } = json;
  if (typeof baseVersion !== 'number' || !Number.isInteger(baseVersion) || baseVersion < 1) return null;
  const parsed = parseMapDocument(document);
  if (!parsed.ok) return null;
  const base = baseDocument === undefined ? null : parseMapDocument(baseDocument);
  return { baseVersion, map: parsed.value.map, ...(base?.ok && base.value.map.id === parsed.value.map.id ? { base: base.value.map } : {}) };
}

export function serialiseLocalDraft(draft: LocalDraft): string {
  return JSON.stringify({ baseVersion: draft.baseVersion, document: toMapDocument(draft.map), ...(draft.base ? { baseDocument: toMapDocument(draft.base) } : {}) });
}

/** The draft as it is stored: sealed with the device key for this map (no name or note in clear). */
export function sealLocalDraft(key: CryptoKey, draft: LocalDraft): Promise<string> {
  return sealText(key, serialiseLocalDraft(draft), contextOf(draft.map.id));
}

/** A stored draft of map `mapId`, opened and then checked by the map-format parser; null when it does not open or parse. */
export async function openLocalDraft(key: CryptoKey, mapId: string, stored: string | null): Promise<LocalDraft | null> {
  const draft = parseLocalDraft(await openSealedText(key, stored, contextOf(mapId)));
  return draft && draft.map.id === mapId ? draft : null;
}

/** This device's unsaved edits of the map; null when there are none or they cannot be opened (signed out, another user). */
export async function readLocalDraft(mapId: string): Promise<LocalDraft | null> {
  const draft = parseLocalDraft(await readSealed(keyOf(mapId), contextOf(mapId)));
  return draft && draft.map.id === mapId ? draft : null;
}

/**
 * False when this device cannot keep the draft: no device key (signed out, no WebCrypto: a draft
 * is never written in plain text) or storage full or switched off. The edits then live only in
 * the open page.
 */
export function writeLocalDraft(draft: LocalDraft): Promise<boolean> {
  return writeSealed(keyOf(draft.map.id), contextOf(draft.map.id), serialiseLocalDraft(draft));
}

/** Removes the draft, after any write asked for before it. */
export function clearLocalDraft(mapId: string): Promise<void> {
  return removeSealed(keyOf(mapId));
}

/** The edits as a netwerkkaart file the user can keep (the way out when saving keeps failing). */
export function draftFile(map: NetworkMap): Blob {
  return new Blob([JSON.stringify(toMapDocument(map), null, 2)], { type: 'application/json' });
}


import type { ApiResult } from '../api/api-error.js';
import { cases, maps, type ServerMap } from '../api/endpoints.js';
import { guideApi } from '../api/guide-endpoints.js';
import type { CaseMember } from '@netwerkkracht/core';
import { deviceKey } from '../device/device-key.js';
import { mergeGuides } from '../guide/guide-merge.js';
import type { GuideState } from '../guide/guide-state.js';
import { readGuideState, readUnsentGuide } from '../guide/guide-storage.js';
import { readLocalDraft, type LocalDraft } from '../maps/local-draft.js';

/**
 * Opening a map fast (issue 14): the map's data is asked for as soon as the address and the session
 * are known, while the editor's code (editor-module.ts) is still on its way.
 */
export interface EditorData {
  readonly server: ServerMap;
  readonly members: readonly CaseMember[];
  /** This device's unsaved edits of the map, already opened and checked. */
  readonly draft: LocalDraft | null;
  readonly guide: GuideState;
  /** The server version the guide is based on (0: none stored, or the server could not be asked). */
  readonly guideVersion: number;
  /** The guide holds progress the server does not have yet: the editor sends it at once. */
  readonly guideUnsent: boolean;
  /** Whether this device can keep the edits (a device key is there). */
  readonly onDevice: boolean;
}

/**
 * Everything the first drawing needs, asked at once: the map, the case, the guide kept with the
 * map, and what this device kept (unsaved edits, the guide's progress), opened with the device key.
 */
async function loadEditorData(caseId: string, mapId: string): Promise<ApiResult<EditorData>> {
  const [map, detail, storedGuide, draft, deviceGuide, unsentGuide, key] = await Promise.all([
    maps.get(mapId), cases.get(caseId), guideApi.get(mapId), readLocalDraft(mapId), readGuideState(mapId), readUnsentGuide(mapId), deviceKey(),
  ]);
  if (!map.ok) return map;
  if (!detail.ok) return detail;
  const stored = storedGuide.ok ? storedGuide.value : null;
  // Progress made on this device that never reached the server (offline) is merged with what the
  // server has now (a colleague may have saved meanwhile), the same way a 409 is (guide-merge.ts).
  const guide = unsentGuide
    ? (stored?.state ? mergeGuides(stored.state, unsentGuide) : unsentGuide)
    : (stored?.state ?? deviceGuide);
  return { ok: true, value: { server: map.value, members: detail.value.members, draft, guide, guideVersion: stored?.version ?? 0, guideUnsent: unsentGuide !== null, onDevice: key !== null } };
}

let pending: { readonly key: string; readonly promise: Promise<ApiResult<EditorData>> } | null = null;

/** Starts loading a map's data (idempotent per map) while the editor's code may still be on its way. */
export function preloadEditorData(caseId: string, mapId: string): void {
  const key = `${caseId}/${mapId}`;
  if (pending?.key !== key) pending = { key, promise: loadEditorData(caseId, mapId) };
}

/** The data started by preloadEditorData, taken once (a later reload asks the server again). */
export function takeEditorData(caseId: string, mapId: string): Promise<ApiResult<EditorData>> {
  const key = `${caseId}/${mapId}`;
  if (pending?.key === key) {
    const { promise } = pending;
    pending = null;
    return promise;
  }
  return loadEditorData(caseId, mapId);
}

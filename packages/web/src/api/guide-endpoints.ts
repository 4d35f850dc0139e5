import { parseGuideState, type GuideState } from '../guide/guide-state.js';
import type { ApiError } from './api-error.js';
import { api } from './client.js';

/** The conversation guide of a map as the server keeps it (issue 14); `state` null when none was saved. */
export interface StoredGuide {
  readonly version: number;
  readonly state: GuideState | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readGuide(body: unknown): StoredGuide {
  if (!isRecord(body) || typeof body.version !== 'number') throw new Error('guide');
  return { version: body.version, state: body.state === null || body.state === undefined ? null : parseGuideState(body.state) };
}

const enc = encodeURIComponent;

/**
 * What the server holds now, from its 409 to a save based on an older version; null for any other
 * error (a 409 for want of consent, a network failure) or an answer this app cannot read.
 */
export function storedGuideOfConflict(error: ApiError): StoredGuide | null {
  if (error.kind !== 'conflict' || error.code !== 'stale_version' || error.current === undefined) return null;
  try {
    return readGuide(error.current);
  } catch {
    return null;
  }
}

export const guideApi = {
  get: (mapId: string) => api.get(`/maps/${enc(mapId)}/guide`, readGuide),
  /** Saves the guide based on server version `version` (0: none stored yet); a stale one answers 409 with the stored guide. */
  save: (mapId: string, state: GuideState, version: number) => api.send('PUT', `/maps/${enc(mapId)}/guide`, { state }, readGuide, { ifMatch: version }),
};

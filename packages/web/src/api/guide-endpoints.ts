import { parseGuideState, type GuideState } from '../guide/guide-state.js';
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

export const guideApi = {
  get: (mapId: string) => api.get(`/maps/${enc(mapId)}/guide`, readGuide),
  save: (mapId: string, state: GuideState) => api.send('PUT', `/maps/${enc(mapId)}/guide`, { state }, readGuide),
};

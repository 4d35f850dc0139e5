import { useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.js';
import { guideApi, storedGuideOfConflict } from '../api/guide-endpoints.js';
import { mergeGuides } from './guide-merge.js';
import { guideReducer, type GuideEvent, type GuideState } from './guide-state.js';
import { markGuideUnsent, writeGuideState } from './guide-storage.js';

/** Wait this long after the last change before saving to the server (typing a note sends one save). */
const SAVE_DELAY_MS = 600;
/** Conflicts answered by merging in one save before giving up and showing the error (someone saving nonstop). */
const MAX_MERGES = 5;

/**
 * The guide's state for the editor: kept on this device (sealed, as before) and saved with the map
 * on the server after every change, so it comes back in another browser. The first state is the
 * server's when it has one, else this device's (merged with the server's when it holds progress
 * the server never got: editor-preload.ts). Each save carries the server version it is based on;
 * when a colleague saved meanwhile, the server answers 409 with its guide, which is merged with
 * this one without losing anything (guide-merge.ts), shown, and sent again with the new version.
 */
export function useGuideSync(mapId: string, initial: GuideState, initialVersion: number, unsentAtStart = false): { guide: GuideState; send: (event: GuideEvent) => void; error: ApiError | null; retry: () => void } {
  const [guide, send] = useReducer(guideReducer, initial);
  const [error, setError] = useState<ApiError | null>(null);
  const first = useRef(unsentAtStart ? null : guide);
  const pending = useRef<GuideState | null>(null);
  const version = useRef(initialVersion);
  const latest = useRef(guide);
  latest.current = guide;
  // A merged guide the save below is already sending: kept on the device, not sent a second time.
  const merged = useRef<GuideState | null>(null);
  // Until the server answers a save, the device's progress is marked newer (offline: kept for later).
  const save = async (state: GuideState): Promise<void> => {
    let sending = state;
    for (let merges = 0; ; merges += 1) {
      const result = await guideApi.save(mapId, sending, version.current);
      if (result.ok) {
        version.current = Math.max(version.current, result.value.version);
        if (sending === latest.current) markGuideUnsent(mapId, false);
        setError(null);
        return;
      }
      const current = storedGuideOfConflict(result.error);
      if (!current || merges >= MAX_MERGES) {
        setError(result.error);
        return;
      }
      // Merged with what this worker has now (changes made while the save was under way too).
      version.current = current.version;
      sending = current.state ? mergeGuides(current.state, latest.current) : latest.current;
      latest.current = sending;
      merged.current = sending;
      send({ type: 'merged', state: sending });
    }
  };
  useEffect(() => {
    if (guide === first.current) return;
    void writeGuideState(mapId, guide);
    markGuideUnsent(mapId, true);
    if (guide === merged.current) return;
    pending.current = guide;
    const timer = setTimeout(() => {
      pending.current = null;
      void save(guide);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [mapId, guide]);
  // Leaving the page (or the map) right after a change still saves it.
  useEffect(() => () => {
    if (pending.current) void save(pending.current);
  }, [mapId]);
  const retry = () => { void save(latest.current); };
  // A save that failed for want of a connection goes again when the connection is back.
  const offlineFailure = error?.kind === 'network';
  useEffect(() => {
    if (!offlineFailure) return;
    const again = () => { void save(latest.current); };
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [offlineFailure, mapId]);
  return { guide, send, error, retry };
}

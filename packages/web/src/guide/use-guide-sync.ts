import { useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.js';
import { guideApi } from '../api/guide-endpoints.js';
import { guideReducer, type GuideEvent, type GuideState } from './guide-state.js';
import { markGuideUnsent, writeGuideState } from './guide-storage.js';

/** Wait this long after the last change before saving to the server (typing a note sends one save). */
const SAVE_DELAY_MS = 600;

/**
 * The guide's state for the editor: kept on this device (sealed, as before) and saved with the map
 * on the server after every change, so it comes back in another browser. The first state is the
 * server's when it has one, else this device's.
 */
export function useGuideSync(mapId: string, initial: GuideState, unsentAtStart = false): { guide: GuideState; send: (event: GuideEvent) => void; error: ApiError | null; retry: () => void } {
  const [guide, send] = useReducer(guideReducer, initial);
  const [error, setError] = useState<ApiError | null>(null);
  const first = useRef(unsentAtStart ? null : guide);
  const pending = useRef<GuideState | null>(null);
  // Until the server answers a save, the device's progress is marked newer (offline: kept for later).
  const save = (state: GuideState) => guideApi.save(mapId, state).then((result) => {
    if (result.ok) markGuideUnsent(mapId, false);
    setError(result.ok ? null : result.error);
  });
  useEffect(() => {
    if (guide === first.current) return;
    void writeGuideState(mapId, guide);
    markGuideUnsent(mapId, true);
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
  const latest = useRef(guide);
  latest.current = guide;
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

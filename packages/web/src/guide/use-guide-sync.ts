import { useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.js';
import { guideApi } from '../api/guide-endpoints.js';
import { guideReducer, type GuideEvent, type GuideState } from './guide-state.js';
import { writeGuideState } from './guide-storage.js';

/** Wait this long after the last change before saving to the server (typing a note sends one save). */
const SAVE_DELAY_MS = 600;

/**
 * The guide's state for the editor: kept on this device (sealed, as before) and saved with the map
 * on the server after every change, so it comes back in another browser. The first state is the
 * server's when it has one, else this device's.
 */
export function useGuideSync(mapId: string, initial: GuideState): { guide: GuideState; send: (event: GuideEvent) => void; error: ApiError | null; retry: () => void } {
  const [guide, send] = useReducer(guideReducer, initial);
  const [error, setError] = useState<ApiError | null>(null);
  const first = useRef(guide);
  const pending = useRef<GuideState | null>(null);
  useEffect(() => {
    if (guide === first.current) return;
    void writeGuideState(mapId, guide);
    pending.current = guide;
    const timer = setTimeout(() => {
      pending.current = null;
      void guideApi.save(mapId, guide).then((result) => setError(result.ok ? null : result.error));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [mapId, guide]);
  // Leaving the page (or the map) right after a change still saves it.
  useEffect(() => () => {
    if (pending.current) void guideApi.save(mapId, pending.current);
  }, [mapId]);
  const latest = useRef(guide);
  latest.current = guide;
  const retry = () => { void guideApi.save(mapId, latest.current).then((result) => setError(result.ok ? null : result.error)); };
  return { guide, send, error, retry };
}

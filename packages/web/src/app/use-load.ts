import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../api/api-error.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'failed'; readonly error: ApiError } | { readonly status: 'ready'; readonly value: T };

const LOADING = { status: 'loading' } as const;

/**
 * Loads something from the server when the page opens and again when `deps` change; `reload`
 * asks again (after a change). While a new answer is on its way the page keeps showing the last
 * one (search results do not flicker), unless `subject` changed: then the answer was about
 * someone else (another family opened by its address) and the page says it is loading, so one
 * family's data never shows under another's name.
 */
export function useLoad<T>(load: () => Promise<ApiResult<T>>, deps: readonly unknown[], subject?: string): { loaded: Loaded<T>; reload: () => void } {
  // The caller names what the request depends on; the function itself is new on every render.
  const stableLoad = useCallback(load, deps);
  const [answer, setAnswer] = useState<{ readonly subject: string | undefined; readonly loaded: Loaded<T> }>({ subject, loaded: LOADING });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void stableLoad().then((result) => {
      if (!live) return;
      setAnswer({ subject, loaded: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error } });
    });
    return () => { live = false; };
    // `subject` is part of `deps` by the caller's contract; the answer is stamped with it.
  }, [stableLoad, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { loaded: answer.subject === subject ? answer.loaded : LOADING, reload };
}

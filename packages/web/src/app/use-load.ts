import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../api/api-error.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'failed'; readonly error: ApiError } | { readonly status: 'ready'; readonly value: T };

/** Loads something from the server when the page opens; `reload` asks again (after a change). */
export function useLoad<T>(load: () => Promise<ApiResult<T>>, deps: readonly unknown[]): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // The caller names what the request depends on; the function itself is new on every render.
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    void stableLoad().then((result) => {
      if (!live) return;
      setLoaded(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
    });
    return () => { live = false; };
  }, [stableLoad, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { loaded, reload };
}

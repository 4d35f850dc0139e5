import { useCallback, useState } from 'react';
import type { ApiError, ApiResult } from '../api/api-error.js';

/**
 * One change sent to the server at a time: `busy` while it runs (buttons disable themselves), and
 * the refusal kept in `error` to show in plain language. `keepError` decides which refusals are
 * shown as the page's error (a CSV import shows its own list of lines instead).
 */
export function useRequest(keepError: (error: ApiError) => boolean = () => true) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T,>(step: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
    setBusy(true);
    setError(null);
    const result = await step();
    setBusy(false);
    if (!result.ok && keepError(result.error)) setError(result.error);
    return result;
  }, [keepError]);
  return { busy, error, run };
}

import { networkError, parseApiError, type ApiResult } from './api-error.js';

/**
 * A thin client for the server's JSON API. The session lives in an http-only cookie; every
 * request that changes something sends the CSRF token the server gave at login (or at
 * `GET /auth/session` after a reload) in the `x-csrf-token` header. Expected failures come back as
 * typed results, never as exceptions. The page's language goes along so the server's own
 * messages (field errors) arrive in the language the user reads.
 */
export type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** The map version a change is based on: sent as `If-Match`, a stale one answers 409. */
  readonly ifMatch?: number;
  /** A read that must come from the server (syncing): never answered from the device. */
  readonly fresh?: boolean;
}

export interface ApiClient {
  get<T>(path: string, parse: (body: unknown) => T, options?: RequestOptions): Promise<ApiResult<T>>;
  send<T>(method: Method, path: string, body: unknown, parse: (body: unknown) => T, options?: RequestOptions): Promise<ApiResult<T>>;
  /** Sends a file's bytes as they are (a CSV import: the server checks the encoding itself). */
  upload<T>(path: string, bytes: Blob, contentType: string, parse: (body: unknown) => T): Promise<ApiResult<T>>;
  setCsrfToken(token: string | null): void;
  /**
   * Opened without a connection (issue 16): changes sent once it is back wait (at most 10 s)
   * until the session has been asked again and its CSRF token is here.
   */
  awaitSession(): void;
  /** Where reads go when there is no connection, and where answers are kept (offline/visit-store.ts). */
  setOfflineCache(cache: OfflineCache | null): void;
}

/** Answers kept on the device for cases taken on a visit. */
export interface OfflineCache {
  /** The kept answer for a path, or undefined when nothing is kept for it. */
  read(path: string): Promise<unknown>;
  /** A fresh answer read while online. */
  remember(path: string, body: unknown): Promise<void>;
  /** Whether a kept answer stands for the server's 404 (e.g. no plan yet). */
  isNotFound(kept: unknown): boolean;
}

export function createApiClient(baseUrl = '/api', fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  let csrfToken: string | null = null;
  let offline: OfflineCache | null = null;
  let sessionWaiters: (() => void)[] | null = null;
  const sessionArrived = (): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    sessionWaiters?.push(() => { clearTimeout(timer); resolve(); });
  });

  async function request<T>(method: string, path: string, body: unknown, parse: (body: unknown) => T, options: RequestOptions = {}, contentType = 'application/json'): Promise<ApiResult<T>> {
    if (method !== 'GET' && csrfToken === null && sessionWaiters !== null && typeof navigator !== 'undefined' && navigator.onLine) await sessionArrived();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (typeof document !== 'undefined' && document.documentElement.lang) headers['accept-language'] = document.documentElement.lang;
    if (body !== undefined) headers['content-type'] = contentType;
    if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? null : body instanceof Blob ? body : JSON.stringify(body),
      });
    } catch {
      // No connection: a read about a case taken on a visit is answered from the device.
      const kept = method === 'GET' && offline && !options.fresh ? await offline.read(path) : undefined;
      if (kept === undefined) return { ok: false, error: networkError() };
      if (offline?.isNotFound(kept)) return { ok: false, error: parseApiError(404, null) };
      try {
        return { ok: true, value: parse(kept) };
      } catch {
        return { ok: false, error: networkError() };
      }
    }
    const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) return { ok: false, error: parseApiError(response.status, json) };
    if (method === 'GET' && offline) void offline.remember(path, json);
    try {
      return { ok: true, value: parse(json) };
    } catch {
      // The server answered something this version of the app does not understand.
      return { ok: false, error: { ...parseApiError(502, null), code: 'bad_response' } };
    }
  }

  return {
    get: (path, parse, options) => request('GET', path, undefined, parse, options),
    send: (method, path, body, parse, options) => request(method, path, body, parse, options),
    upload: (path, bytes, contentType, parse) => request('POST', path, bytes, parse, {}, contentType),
    setCsrfToken(token) {
      csrfToken = token;
      if (token !== null && sessionWaiters !== null) {
        const waiting = sessionWaiters;
        sessionWaiters = null;
        for (const wake of waiting) wake();
      }
    },
    awaitSession() {
      sessionWaiters ??= [];
    },
    setOfflineCache(cache) {
      offline = cache;
    },
  };
}

export const api = createApiClient();

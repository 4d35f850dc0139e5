/**
 * Errors of the server API as typed values. The server answers errors as
 * `{ error: { code, message, issues?: [{ path, message }] } }`; a 409 conflict may carry the
 * version the server has now, so the user can reload without losing their edit silently.
 */
export type ApiErrorKind =
  | 'network'
  | 'unauthorised'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'too_many'
  | 'server';

export interface ApiFieldIssue {
  readonly path: string;
  readonly message: string;
}

/** A refused CSV line: where (1-based line and column) and why, in the user's language. */
export interface ApiCsvIssue {
  readonly line: number;
  readonly column: number;
  readonly field: string;
  readonly message: string;
}

export interface ApiError {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code: string;
  /** The server's message (already in the user's language when the server knows it). */
  readonly message: string;
  readonly issues: readonly ApiFieldIssue[];
  /** For a conflict: the version number the server holds now, when it said so. */
  readonly currentVersion: number | null;
  /** For a refused CSV import: every problem with its line and column. */
  readonly csvIssues?: readonly ApiCsvIssue[];
  /** For a conflict: the record the server holds now, when it sent it along (the guide does). */
  readonly current?: unknown;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

function kindOf(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorised';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  if (status === 429) return 'too_many';
  return 'server';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an error answer defensively: a proxy or a crash may answer with anything. */
export function parseApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  // Plan problems come as `planIssues`, with the same path + message shape as field issues.
  // Problems of a foreign import (`importProblems`) carry their place in the message itself.
  const listed = [...(Array.isArray(error.issues) ? error.issues : []), ...(Array.isArray(error.planIssues) ? error.planIssues : []),
    ...(Array.isArray(error.importProblems) ? error.importProblems.map((i: unknown) => (isRecord(i) ? { message: i.message } : i)) : [])];
  const issues = listed.flatMap((i): ApiFieldIssue[] =>
    isRecord(i) && typeof i.message === 'string' ? [{ path: typeof i.path === 'string' ? i.path : '', message: i.message }] : []);
  const csvIssues = Array.isArray(error.csvIssues)
    ? error.csvIssues.flatMap((i): ApiCsvIssue[] =>
        isRecord(i) && typeof i.line === 'number' && typeof i.column === 'number' && typeof i.message === 'string'
          ? [{ line: i.line, column: i.column, field: typeof i.field === 'string' ? i.field : '', message: i.message }] : [])
    : [];
  const current = error.currentVersion ?? (isRecord(error.current) ? error.current.version : undefined);
  return {
    kind: kindOf(status),
    status,
    code: typeof error.code === 'string' ? error.code : `http_${status}`,
    message: typeof error.message === 'string' ? error.message : '',
    issues,
    currentVersion: typeof current === 'number' && Number.isInteger(current) ? current : null,
    ...(csvIssues.length > 0 ? { csvIssues } : {}),
    ...(status === 409 && isRecord(error.current) ? { current: error.current } : {}),
  };
}

export function networkError(): ApiError {
  return { kind: 'network', status: 0, code: 'network', message: '', issues: [], currentVersion: null };
}

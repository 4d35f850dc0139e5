import { describe, expect, it } from 'vitest';
import { parseApiError } from './api-error.js';
import { createApiClient } from './client.js';
import { storedGuideOfConflict } from './guide-endpoints.js';

describe('API errors', () => {
  it('a 409 conflict is typed as conflict and carries the version the server holds', () => {
    const e = parseApiError(409, { error: { code: 'version_conflict', message: 'Iemand anders', currentVersion: 7 } });
    expect(e).toMatchObject({ kind: 'conflict', code: 'version_conflict', currentVersion: 7 });
    expect(parseApiError(409, { error: { code: 'c', message: 'm', current: { version: 3 } } }).currentVersion).toBe(3);
  });

  it('a stale guide save (409 stale_version) hands over the guide the server holds, which the merge reads; other errors do not', () => {
    const state = { version: 1, status: 'active', step: 2, notes: { familie: 'Oma helpt' }, added: {}, answers: {}, replies: {} };
    const stale = parseApiError(409, { error: { code: 'stale_version', message: 'm', currentVersion: 4, current: { version: 4, updatedAt: '2026-12-03T08:00:00Z', state } } });
    expect(storedGuideOfConflict(stale)).toEqual({ version: 4, state: expect.objectContaining({ step: 2, notes: { familie: 'Oma helpt' } }) });
    expect(storedGuideOfConflict(parseApiError(409, { error: { code: 'stale_version', current: { version: 0, updatedAt: null, state: null } } }))).toEqual({ version: 0, state: null });
    expect(storedGuideOfConflict(parseApiError(409, { error: { code: 'consent_required', message: 'm' } }))).toBeNull();
    expect(storedGuideOfConflict(parseApiError(400, { error: { code: 'stale_version', current: { version: 4, state } } }))).toBeNull();
  });

  it('field issues of a validation error keep their path and message', () => {
    const e = parseApiError(400, { error: { code: 'invalid', message: 'Kijk de velden na', issues: [{ path: 'name', message: 'te kort' }, { bad: 1 }] } });
    expect(e.kind).toBe('validation');
    expect(e.issues).toEqual([{ path: 'name', message: 'te kort' }]);
  });

  it('an answer that is not our error shape still gives a typed error', () => {
    expect(parseApiError(502, '<html>Bad gateway</html>')).toMatchObject({ kind: 'server', code: 'http_502', message: '', issues: [] });
    expect(parseApiError(401, null).kind).toBe('unauthorised');
  });
});

describe('API client', () => {
  it('sends the CSRF token on changes, not on reads, and reports network failure as a typed error', async () => {
    const seen: { method: string; headers: Record<string, string> }[] = [];
    const fakeServer: typeof fetch = async (_url, init) => {
      seen.push({ method: String(init?.method), headers: init?.headers as Record<string, string> });
      return new Response(JSON.stringify({ ok: 1 }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = createApiClient('/api', fakeServer);
    client.setCsrfToken('tok');
    await client.get('/cases', (b) => b);
    await client.send('POST', '/cases', { name: 'x' }, (b) => b);
    expect(seen[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(seen[1]?.headers['x-csrf-token']).toBe('tok');
    const offline = createApiClient('/api', async () => { throw new TypeError('Failed to fetch'); });
    expect(await offline.get('/x', (b) => b)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'network' }) });
  });

  it('a 409 answer becomes a conflict result, not an exception', async () => {
    const client = createApiClient('/api', async () => new Response(JSON.stringify({ error: { code: 'conflict', message: 'm', currentVersion: 2 } }), { status: 409 }));
    const result = await client.send('PUT', '/maps/m', {}, (b) => b);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'conflict', currentVersion: 2 });
  });
});

describe('refusals with a list of problems', () => {
  it('a refused CSV import keeps every problem with its line and column', () => {
    const error = parseApiError(400, { error: { code: 'invalid_input', message: 'm', csvIssues: [{ line: 3, column: 2, field: 'region', code: 'required', message: 'Regio ontbreekt' }, { line: 'x' }] } });
    expect(error.csvIssues).toEqual([{ line: 3, column: 2, field: 'region', message: 'Regio ontbreekt' }]);
  });

  it('plan problems read as field issues with their path', () => {
    const error = parseApiError(400, { error: { code: 'plan_invalid', message: 'm', planIssues: [{ path: 'actions.0.due', code: 'x', message: 'Datum klopt niet' }] } });
    expect(error.issues).toEqual([{ path: 'actions.0.due', message: 'Datum klopt niet' }]);
    expect(error.csvIssues).toBeUndefined();
  });
});

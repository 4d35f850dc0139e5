import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_COLUMNS, parseSurveyCsv } from '@netwerkkracht/core';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();
const HEADER = SURVEY_COLUMNS.join(',');
function line(cells: Partial<Record<(typeof SURVEY_COLUMNS)[number], string | number>>): string {
  return SURVEY_COLUMNS.map((c) => (cells[c] === undefined ? '' : String(cells[c]))).join(',');
}

describe.each(targets)('the zorgkracht survey through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let beheerder: TestClient;
  let onderzoeker: TestClient;
  let b1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => '2026-12-02' });
    x1 = await login(app, world.users.x1.email);
    beheerder = await login(app, world.users.beheerder.email);
    onderzoeker = await login(app, world.users.onderzoeker.email);
    b1 = await login(app, world.users.b1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A request with only the survey token: no cookie, no CSRF header, as a tablet without an account sends it. */
  const answerWithToken = (token: string, answers: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/survey-answers', payload: { token, answers }, headers: { 'content-type': 'application/json', ...headers } });

  it('[survey token] a worker opens a survey for a site; the token hands in answers, stored with the site and the day only', async () => {
    expect((await beheerder.post('/api/surveys', { site: 'Buurthuis' })).statusCode).toBe(403);
    const opened = await x1.post('/api/surveys', { site: 'Buurthuis De Linde' });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id, token } = opened.json() as { id: string; token: string };
    const stored = await database.handle.db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const answered = await answerWithToken(token, { beroep_buren: 'zelden', aantal_vrienden: 3, geslacht: 'vrouw' }, { 'user-agent': 'Tablet/1.0', 'x-forwarded-for': '203.0.113.7' });
    expect(answered.statusCode, answered.body).toBe(204);
    expect(answered.body).toBe('');
    const rows = await database.handle.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ site: 'Buurthuis De Linde', date: '2026-12-02', entered: 'zelf' });
    // Nothing about the device or the moment: not in the row, not in the audit log.
    expect(JSON.stringify(rows)).not.toMatch(/Tablet|203\.0\.113|T\d\d:\d\d/);
    expect(rows[0]?.answers_enc).not.toContain('zelden');
    const audit = await database.handle.db.selectFrom('audit_log').select('action').where('target', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.open']);
  });

  it('[survey token] a token reads nothing: not the answers, the report, the list or any other route; a wrong or closed token answers 404', async () => {
    const { id, token } = (await x1.post('/api/surveys', { site: 'Markt' })).json() as { id: string; token: string };
    for (const url of ['/api/surveys', '/api/surveys/report', '/api/surveys/export.csv', `/api/surveys/${id}/responses`, '/api/cases']) {
      const asToken = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, cookie: `token=${token}` } });
      expect(asToken.statusCode, url).toBe(401);
    }
    expect((await answerWithToken('x'.repeat(32), { alleenstaand: 'ja' })).statusCode).toBe(404);
    expect((await answerWithToken(token, { alleenstaand: 'misschien' })).statusCode).toBe(400);
    expect((await answerWithToken(token, { respondent: 'mij', alleenstaand: 'ja' })).statusCode).toBe(400);
    expect((await answerWithToken(token, { site: 'Elders' })).statusCode).toBe(400);
    expect((await x1.post(`/api/surveys/${id}/close`)).statusCode).toBe(200);
    expect((await answerWithToken(token, { alleenstaand: 'ja' })).statusCode).toBe(404);
  });

  it('[survey] a worker re-enters a paper form; another organisation\'s survey answers exactly like a missing one', async () => {
    const { id } = (await x1.post('/api/surveys', { site: 'Papier' })).json() as { id: string };
    const saved = await x1.post(`/api/surveys/${id}/responses`, { date: '2026-11-30', answers: { beroep_familie: 'soms', hulp_praktisch: 'ja' } });
    expect(saved.statusCode, saved.body).toBe(201);
    const foreign = await b1.post(`/api/surveys/${id}/responses`, { answers: {} });
    const missing = await b1.post('/api/surveys/doesnotexist/responses', { answers: {} });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
    expect((await b1.get('/api/surveys')).json().surveys).toEqual([]);
    expect((await onderzoeker.post(`/api/surveys/${id}/responses`, { answers: {} })).statusCode).toBe(403);
  });

  it('[SV7] import is all or nothing, naming lines and columns; an id already stored is refused too; export gives it all back', async () => {
    const before = (await onderzoeker.get('/api/surveys/export.csv')).body;
    const bad = await onderzoeker.post('/api/surveys/import', { csv: `${HEADER}\n${line({ respondent: 'p1', site: 'Hobo' })}\n${line({ respondent: 'p2', site: 'Hobo', inkomen: 'rijk' })}\n` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'import_failed', csvIssues: [{ line: 3, column: SURVEY_COLUMNS.indexOf('inkomen') + 1, field: 'inkomen', code: 'unknown_code' }] });
    expect((await onderzoeker.get('/api/surveys/export.csv')).body).toBe(before);
    const rows = Array.from({ length: 12 }, (_, i) => line({ respondent: `p${i}`, site: i < 7 ? 'Hobo' : 'ONE', date: '2018-03-01', beroep_buren: i % 3 === 0 ? 'soms' : 'nooit' }));
    const good = await onderzoeker.post('/api/surveys/import', { csv: `${HEADER}\n${rows.join('\n')}\n` });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toEqual({ imported: 12 });
    const again = await beheerder.post('/api/surveys/import', { csv: `${HEADER}\n${line({ respondent: 'nieuw' })}\n${line({ respondent: 'p3' })}\n` });
    expect(again.json().error.csvIssues).toEqual([expect.objectContaining({ code: 'respondent_exists', line: 3, column: 1 })]);
    expect((await x1.post('/api/surveys/import', { csv: `${HEADER}\n` })).statusCode).toBe(403);
    const exported = await onderzoeker.get('/api/surveys/export.csv');
    const parsed = parseSurveyCsv(exported.rawPayload);
    expect(parsed.ok && parsed.responses.filter((r) => r.respondent.startsWith('p')).map((r) => [r.respondent, r.site, r.beroep_buren])).toEqual(
      Array.from({ length: 12 }, (_, i) => [`p${i}`, i < 7 ? 'Hobo' : 'ONE', i % 3 === 0 ? 'soms' : 'nooit']).sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
    );
  });

  it('[R5][SC1] the report is for the onderzoeker and the beheerder, with small cells hidden and never fewer than the organisation\'s threshold', async () => {
    expect((await x1.get('/api/surveys/report')).statusCode).toBe(403);
    const report = await onderzoeker.get('/api/surveys/report?by=site&smallCell=1');
    expect(report.statusCode, report.body).toBe(200);
    const json = report.json();
    expect(json.smallCellThreshold).toBe(5);
    const hobo = json.groups.find((g: { group: string }) => g.group === 'Hobo');
    expect(hobo.respondents).toBe(7);
    // 7 at Hobo: 3 answered 'soms' (i = 0, 3, 6), so 4 rarely or never: hidden.
    expect(hobo.measures.zelden_nooit_buren).toMatchObject({ n: 7, count: null, share: null });
    const compare = await beheerder.get('/api/surveys/compare?measure=zelden_nooit_buren&lang=en');
    expect(compare.statusCode).toBe(200);
    expect(compare.json().withheld).toBe('small_cells');
    expect((await b1.get('/api/surveys/report')).statusCode).toBe(403);
  });

  it('[CB1] the codebook is there for every role of the organisation, as JSON and as a readable page', async () => {
    expect((await x1.get('/api/surveys/codebook.json')).json().columns).toHaveLength(SURVEY_COLUMNS.length);
    expect((await onderzoeker.get('/api/surveys/codebook.md')).body).toContain('# Codeboek');
  });
});

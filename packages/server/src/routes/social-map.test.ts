import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

const HEADER = 'id,naam,organisatie,regio,contact,kosten,toegankelijkheid,doelgroep,steunfuncties,levensdomeinen,werkmodellen,online';

describe.each(targets)('the sociale kaart through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let beheerder: TestClient;
  let x1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    beheerder = await login(app, world.users.beheerder.email);
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A CSV upload as a spreadsheet sends it: raw bytes with Content-Type text/csv. */
  const upload = (client: TestClient, bytes: Buffer | string, lang = 'nl') => app.inject({
    method: 'POST', url: '/api/social-map/import', payload: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'text/csv', 'accept-language': lang },
  });
  const count = async () => (await database.handle.db.selectFrom('local_services').select('id').where('organisation_id', '=', world.orgA).execute()).length;

  it('[sociale kaart] the beheerder adds, edits and removes a service; everyone of the organisation finds it; no one else can change it or see it', async () => {
    const body = { name: 'Buurtrestaurant De Tafel', organisation: 'Samenlevingsopbouw', region: 'Gent', cost: 'sociaal_tarief', supportFunctions: ['gezelschap'], domains: ['vrije_tijd'] };
    expect((await x1.post('/api/social-map/services', body)).statusCode).toBe(403);
    const created = await beheerder.post('/api/social-map/services', body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ ...body, contact: '', online: false, models: [] });
    for (const role of ['x1', 'onderzoeker', 'coachY'] as const) {
      const client = await login(app, world.users[role].email);
      expect((await client.get(`/api/social-map/services/${id}`)).json().name).toBe(body.name);
    }
    const b1 = await login(app, world.users.b1.email);
    expect((await b1.get(`/api/social-map/services/${id}`)).statusCode).toBe(404);
    expect((await b1.get('/api/social-map/services')).json().services).toEqual([]);
    expect((await x1.put(`/api/social-map/services/${id}`, body)).statusCode).toBe(403);
    const edited = await beheerder.put(`/api/social-map/services/${id}`, { ...body, contact: '09 123 45 67' });
    expect(edited.json().contact).toBe('09 123 45 67');
    expect((await x1.delete(`/api/social-map/services/${id}`)).statusCode).toBe(403);
    expect((await beheerder.delete(`/api/social-map/services/${id}`)).statusCode).toBe(204);
    expect((await x1.get(`/api/social-map/services/${id}`)).statusCode).toBe(404);
    const admin = await beheerder.get('/api/audit');
    expect(admin.json().entries.filter((e: { action: string }) => e.action.startsWith('social_map.')).slice(0, 3).map((e: { action: string; target: string }) => [e.action, e.target]))
      .toEqual([['social_map.delete', id], ['social_map.update', id], ['social_map.create', id]]);
  });

  it('[K1][K2][K3] search filters by region, target group, domain, model and support function', async () => {
    const add = async (body: Record<string, unknown>) => (await beheerder.post('/api/social-map/services', body)).json().id as string;
    const hasselt = await add({ name: 'Lotgenotengroep Ouders', region: 'Hasselt', targetGroup: 'alleenstaande ouders', supportFunctions: ['emotioneel'], models: ['lotgenotennetwerk'], domains: ['opvoeding'] });
    const online = await add({ name: 'Chat met een vrijwilliger', region: 'Vlaanderen', online: true, supportFunctions: ['emotioneel'] });
    const genk = await add({ name: 'Klusjesdienst', region: 'Genk', supportFunctions: ['praktisch'] });
    const search = async (query: string) => (await x1.get(`/api/social-map/services?${query}`)).json().services.map((s: { id: string }) => s.id) as string[];
    expect(await search('region=hasselt')).toEqual(expect.arrayContaining([hasselt, online]));
    expect(await search('region=hasselt')).not.toContain(genk);
    expect(await search('targetGroup=Alleenstaande')).toEqual([hasselt]);
    expect(await search('domain=opvoeding')).toEqual([hasselt]);
    expect(await search('model=lotgenotennetwerk')).toEqual([hasselt]);
    expect(await search('supportFunction=praktisch')).toEqual([genk]);
    const bad = await x1.get('/api/social-map/services?supportFunction=geld&kleur=rood');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['kleur', 'supportFunction']);
  });

  it('[K8] a good CSV imports every line, from a text/csv upload or JSON; a line with an id replaces that entry', async () => {
    const csv = `${HEADER}\r\n,Speel-o-theek,Gezinsbond,Leuven,,gratis,,gezinnen,gezelschap|erbij_horen,vrije_tijd,,nee\r\n,Taalcafé,,Leuven,,kleine_bijdrage,,nieuwkomers,informatie,,netwerk_via_regio_of_locatie,ja\r\n`;
    const res = await upload(beheerder, csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ added: 2, updated: 0 });
    const [first] = res.json().ids as string[];
    const again = await beheerder.post('/api/social-map/import', { csv: `${HEADER}\n${first},Speel-o-theek Leuven,Gezinsbond,Leuven,,gratis,,gezinnen,gezelschap,,,nee\n` });
    expect(again.json()).toMatchObject({ added: 0, updated: 1 });
    expect((await x1.get(`/api/social-map/services/${first}`)).json()).toMatchObject({ name: 'Speel-o-theek Leuven', supportFunctions: ['gezelschap'] });
    expect((await upload(x1, csv)).statusCode).toBe(403);
  });

  it('[K9] a CSV with a wrong column is refused with line and column, and nothing is imported', async () => {
    const before = await count();
    const res = await upload(beheerder, `${HEADER.replace('kosten', 'prijs')}\n,Iets,,Gent,,gratis,,,,,,nee\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.csvIssues).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'unknown_column', line: 1, column: 6, message: expect.stringContaining('regel 1, kolom 6') }),
      expect.objectContaining({ code: 'missing_column', line: 1, field: 'kosten' }),
    ]));
    expect(await count()).toBe(before);
  });

  it('[K10] an unknown code on one line refuses the whole file, with line, column and field in the asked language', async () => {
    const before = await count();
    const csv = `${HEADER}\n,Goede regel,,Gent,,gratis,,,,,,nee\n,Slechte regel,,Gent,,duur,,,praktisch|geld,,,nee\n`;
    const res = await upload(beheerder, csv, 'fr');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.csvIssues).toEqual([
      expect.objectContaining({ code: 'unknown_code', line: 3, column: 6, field: 'kosten', message: expect.stringMatching(/^ligne 3, colonne 6 \(kosten\)/) }),
      expect.objectContaining({ code: 'unknown_code', line: 3, column: 9, field: 'steunfuncties' }),
    ]);
    expect(await count()).toBe(before);
  });

  it('[K6] a file that is not UTF-8 (saved as Latin-1) is refused with the line and position where it breaks', async () => {
    const before = await count();
    const latin1 = Buffer.from(`${HEADER}\n,Café De Hoek,,Gent,,gratis,,,,,,nee\n`, 'latin1');
    const res = await upload(beheerder, latin1, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.csvIssues).toEqual([expect.objectContaining({ code: 'bad_encoding', line: 2, column: null, message: expect.stringContaining('line 2') })]);
    expect(res.json().error.csvIssues[0].message).toContain('character 5');
    expect(await count()).toBe(before);
    const empty = await beheerder.post('/api/social-map/import', { csv: '' });
    expect(empty.json().error.issues[0].path).toBe('csv');
  });

  it('[K14] the export is a CSV with the fixed header that imports back to the same services', async () => {
    const exported = await x1.get('/api/social-map/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.body.split('\r\n')[0]).toBe(HEADER);
    const before = (await x1.get('/api/social-map/services')).json().services;
    const reimported = await upload(beheerder, exported.body);
    expect(reimported.json()).toMatchObject({ added: 0, updated: before.length });
    expect((await x1.get('/api/social-map/services')).json().services).toEqual(before);
    expect((await x1.get('/api/social-map/export?bom=1')).body.charCodeAt(0)).toBe(0xfeff);
  });

  it('[K8] a spreadsheet upload with a charset parameter is read as CSV; another media type is refused', async () => {
    const csv = `${HEADER}\n,Babbelbox,,Brugge,,,,,,,,nee\n`;
    const withCharset = await app.inject({ method: 'POST', url: '/api/social-map/import', payload: Buffer.from(csv), headers: { cookie: beheerder.cookie, 'x-csrf-token': beheerder.csrfToken, 'content-type': 'text/csv; charset=utf-8' } });
    expect(withCharset.statusCode, withCharset.body).toBe(200);
    const octets = await app.inject({ method: 'POST', url: '/api/social-map/import', payload: Buffer.from(csv), headers: { cookie: beheerder.cookie, 'x-csrf-token': beheerder.csrfToken, 'content-type': 'application/octet-stream' } });
    expect(octets.statusCode).toBe(415);
  });

  it('[openapi] the plan, barrier, suggestion, attention and sociale kaart routes are in the API document', async () => {
    const paths = Object.keys((await x1.get('/api/docs/json')).json().paths as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining([
      '/api/cases/{caseId}/plan', '/api/cases/{caseId}/plan/actions/{actionId}', '/api/cases/{caseId}/plan/follow-up', '/api/cases/{caseId}/attention',
      '/api/me/attention', '/api/cases/{caseId}/barriers/{barrierId}', '/api/maps/{mapId}/snapshots/{snapshotId}/suggestions/accept',
      '/api/social-map/services', '/api/social-map/import', '/api/social-map/export',
    ]));
  });

  it('[bad input] a service with an unknown cost or without a region is refused naming the field', async () => {
    const res = await beheerder.post('/api/social-map/services', { name: 'X', cost: 'duur' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['cost', 'region']);
  });
});

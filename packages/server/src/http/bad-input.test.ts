import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, PAGE_SECURITY_HEADERS } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { API_ERRORS } from './errors.js';
import { languageOf } from './language.js';

const targets = await databaseTargets();

describe('language of a response', () => {
  it('follows Accept-Language by weight, with Dutch as the default', () => {
    expect(languageOf(undefined)).toBe('nl');
    expect(languageOf('de-DE, en;q=0.5')).toBe('en');
    expect(languageOf('fr-BE,fr;q=0.9,nl;q=0.8')).toBe('fr');
    expect(languageOf('en;q=0.2, nl-BE;q=0.9')).toBe('nl');
    expect(languageOf('de')).toBe('nl');
  });

  it('every API error has a text in every language', () => {
    for (const [code, entry] of Object.entries(API_ERRORS)) {
      for (const lang of ['nl', 'fr', 'en'] as const) expect(entry.text[lang].length, `${code} ${lang}`).toBeGreaterThan(5);
    }
  });
});

describe.each(targets)('bad input on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let x1: TestClient;
  let admin: TestClient;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  let ids: Awaited<ReturnType<typeof createCaseWithMap>>;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, bodyLimit: 64 * 1024, importBodyLimit: 128 * 1024 } });
    x1 = await login(app, world.users.x1.email);
    admin = await login(app, world.users.beheerder.email);
    ids = await createCaseWithMap(x1);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const writes = () => [
    { name: 'create case', method: 'POST' as const, url: '/api/cases' },
    { name: 'change case', method: 'PATCH' as const, url: `/api/cases/${ids.caseId}` },
    { name: 'record consent', method: 'POST' as const, url: `/api/cases/${ids.caseId}/consents` },
    { name: 'create map', method: 'POST' as const, url: `/api/cases/${ids.caseId}/maps` },
    { name: 'import map', method: 'POST' as const, url: `/api/cases/${ids.caseId}/maps/import` },
    { name: 'change map', method: 'PATCH' as const, url: `/api/maps/${ids.mapId}` },
    { name: 'add snapshot', method: 'POST' as const, url: `/api/maps/${ids.mapId}/snapshots` },
    { name: 'add alter', method: 'POST' as const, url: `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters` },
    { name: 'replace alter', method: 'PUT' as const, url: `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters/${ids.alterId}` },
    { name: 'add tie', method: 'POST' as const, url: `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/ties` },
  ];

  it('malformed JSON gets 400 with a translated message and the line and column on every write endpoint', async () => {
    for (const w of writes()) {
      const res = await x1.request(w.method, w.url, '{\n  "name": "Gezin', { 'if-match': `"${ids.version}"`, 'accept-language': 'fr' });
      expect(res.statusCode, w.name).toBe(400);
      expect(res.json().error, w.name).toEqual({
        code: 'malformed_json', message: API_ERRORS.malformed_json.text.fr,
        issues: [{ path: '(root)', code: 'not_json', message: '(root): ce n’est pas du JSON valide (ligne 2, colonne 17)' }],
      });
    }
    // Where Node 20's JSON.parse names no position ("Unexpected token '}'"), the server still does.
    const res = await x1.request('POST', '/api/cases', '{\n  "name": }', {});
    expect(res.json().error.issues[0].message).toBe('(root): dit is geen geldige JSON (regel 2, kolom 11)');
  });

  it('a value nested 5,000 deep in any field is named by its kind, in a short message, never a crash', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const document = (version: string, direction: string) => `{"format":"netwerkkaart","version":${version},"map":{"id":"m","ego":{"kind":"persoon","name":"Ilse"},"snapshots":[{"id":"nu","kind":"is","date":"2026-01-01","alters":[{"id":"x","name":"X","ring":1,"support":{"praktisch":${direction}}}]}]}}`;
    const asVersion = await x1.request('POST', `/api/cases/${ids.caseId}/maps/import`, document(deep, '"ontvangt"'), { 'accept-language': 'en' });
    expect(asVersion.statusCode).toBe(400);
    expect(asVersion.json().error.issues).toEqual([{ path: 'version', code: 'wrong_type', message: 'version: wrong kind of value: expected number, got array' }]);
    const asDirection = await x1.request('PUT', `/api/maps/${ids.mapId}/document`, document('1', deep), { 'if-match': `"${ids.version}"` });
    expect(asDirection.statusCode).toBe(400);
    expect(asDirection.json().error.issues).toEqual([{
      path: 'map.snapshots[0].alters[0].support.praktisch', code: 'wrong_type',
      message: 'map.snapshots[0].alters[0].support.praktisch: verkeerd soort waarde: verwacht string, kreeg array',
    }]);
    const asName = await x1.post('/api/cases', `{"name":${deep}}`);
    expect(asName.json().error.issues).toEqual([{ path: 'name', code: 'wrong_type', message: 'name: verkeerd soort waarde: verwacht string, kreeg array' }]);
    const missing = await x1.post(`/api/cases/${ids.caseId}/maps/import`, { format: 'netwerkkaart', map: {} });
    expect(missing.json().error.issues[0].message).toBe('version: dit veld ontbreekt en is verplicht');
  });

  it('names with control, half or direction-reversing characters, or only invisible ones, are refused naming the field (case, member, user, team, ego, alter)', async () => {
    const bad = [
      ['Gezin\u0000', 'name_characters'], ['Gezin\u202eznetsraP', 'name_characters'], ['\u2066Gezin\u2069', 'name_characters'],
      ['Gezin\ud800', 'name_characters'], ['\u200b\u200d', 'name_invisible'], ['  \u00ad  ', 'name_invisible'],
    ] as const;
    for (const [name, expected] of bad) {
      const cases = await x1.post('/api/cases', { name, members: [{ name }] }, { 'accept-language': 'en' });
      expect(cases.statusCode, JSON.stringify(name)).toBe(400);
      expect(cases.json().error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual([`name ${expected}`, `members[0].name ${expected}`]);
      expect(cases.json().error.issues[0].message).toMatch(expected === 'name_invisible' ? /^name: this name is only spaces or invisible characters/ : /^name: this name contains characters that are not allowed/);
      const alter = await x1.post(`/api/maps/${ids.mapId}/snapshots/nu/alters`, { name, ring: 1 }, { 'if-match': `"${ids.version}"` });
      expect(alter.json().error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual([`name ${expected}`]);
      const ego = await x1.post(`/api/cases/${ids.caseId}/maps`, { ego: { kind: 'persoon', name } });
      expect(ego.json().error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual([`ego.name ${expected}`]);
      const user = await admin.post('/api/users', { email: 'nieuw@example.org', displayName: name, role: 'begeleider' });
      expect(user.json().error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual([`displayName ${expected}`]);
      const team = await admin.post('/api/teams', { name });
      expect(team.json().error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual([`name ${expected}`]);
    }
  });

  it('renaming is held to the same rule as naming: a case, a member, a user and a team keep their name when the new one has such characters', async () => {
    const x2 = world.users.x2;
    for (const name of ['Gezin\u0000', 'Gezin\u202eznetsraP', '\u200b\u200d']) {
      const code = name === '\u200b\u200d' ? 'name_invisible' : 'name_characters';
      const issues = (res: { json(): { error: { issues: { path: string; code: string }[] } } }) => res.json().error.issues.map((i) => `${i.path} ${i.code}`);
      const kase = await x1.patch(`/api/cases/${ids.caseId}`, { name, members: [{ name }] });
      expect(kase.statusCode, JSON.stringify(name)).toBe(400);
      expect(issues(kase)).toEqual([`name ${code}`, `members[0].name ${code}`]);
      const user = await admin.patch(`/api/users/${x2.id}`, { displayName: name });
      expect(user.statusCode, JSON.stringify(name)).toBe(400);
      expect(issues(user)).toEqual([`displayName ${code}`]);
      const team = await admin.patch(`/api/teams/${x2.teamId}`, { name });
      expect(team.statusCode, JSON.stringify(name)).toBe(400);
      expect(issues(team)).toEqual([`name ${code}`]);
    }
    const after = await x1.get(`/api/cases/${ids.caseId}`);
    expect([...after.json().name as string].some((c) => ['\u0000', '\u202e', '\u200b'].includes(c))).toBe(false);
    const users = await admin.get('/api/users');
    const shown = (users.json() as { users: { id: string; displayName: string }[] }).users.find((u) => u.id === x2.id);
    expect([...shown?.displayName ?? ''].some((c) => ['\u0000', '\u202e', '\u200b'].includes(c))).toBe(false);
  });

  it('right-to-left names and combining marks are ordinary names', async () => {
    for (const name of ['عائلة الحسيني', 'משפחת כהן', 'Gezin Nguyễn', 'Zoe\u0308 Peeters']) {
      const res = await x1.post('/api/cases', { name, members: [{ name }] });
      expect(res.statusCode, name).toBe(201);
      expect(res.json().name).toBe(name);
    }
  });

  it('unknown fields and wrong types get 400 naming each field, in the asked language', async () => {
    for (const w of writes()) {
      const res = await x1.request(w.method, w.url, { onbekendVeld: 1, name: 42 }, { 'if-match': `"${ids.version}"`, 'accept-language': 'en' });
      expect(res.statusCode, w.name).toBe(400);
      const issues = res.json().error.issues as { path: string; message: string }[];
      expect(issues.length, w.name).toBeGreaterThan(0);
      expect(issues.every((i) => !/[ëé]/.test(i.message)), w.name).toBe(true);
    }
    const res = await x1.post('/api/cases', { name: 42, extra: true });
    expect(res.json().error.issues).toEqual([
      { path: 'name', code: 'wrong_type', message: 'name: verkeerd soort waarde: verwacht string, kreeg number' },
      { path: 'extra', code: 'unknown_field', message: 'extra: onbekend veld "extra"' },
    ]);
  });

  it('unknown fields inside nested records (case members, alter flags, ego) are named too', async () => {
    const member = await x1.post('/api/cases', { name: 'Gezin', members: [{ name: 'Mama', leeftijd: 30 }] });
    expect(member.statusCode).toBe(400);
    expect(member.json().error.issues[0].path).toBe('members[0].leeftijd');
    const flags = await x1.post(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters`, { name: 'A', ring: 1, flags: { geheim: true } }, { 'if-match': `"${ids.version}"` });
    expect(flags.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['flags.geheim']);
    const ego = await x1.post(`/api/cases/${ids.caseId}/maps`, { ego: { kind: 'robot', name: 'X' } });
    expect(ego.statusCode).toBe(400);
    expect(ego.json().error.issues[0].path).toBe('ego.kind');
  });

  it('a body over the limit gets 413 with a translated message', async () => {
    const big = { name: 'x'.repeat(70 * 1024) };
    const res = await x1.post('/api/cases', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('body_too_large');
    const hugeImport = await x1.post(`/api/cases/${ids.caseId}/maps/import`, { blob: 'x'.repeat(200 * 1024) });
    expect(hugeImport.statusCode).toBe(413);
  });

  it('a body that is not JSON gets 415', async () => {
    const res = await x1.request('POST', '/api/cases', 'name=Gezin', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('an empty JSON body gets 400', async () => {
    const res = await x1.request('POST', '/api/cases', '', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('empty_body');
  });

  it('a broken URL encoding gets 400, not 500', async () => {
    const res = await x1.get('/api/cases/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(typeof res.json().error.message).toBe('string');
  });

  it('an invalid id in the URL gets 400 naming the parameter', async () => {
    const res = await x1.get('/api/cases/bad%20id%21');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('caseId');
  });

  it('an imported document with errors reports every problem with its path', async () => {
    const res = await x1.post(`/api/cases/${ids.caseId}/maps/import`, {
      format: 'netwerkkaart', version: 1,
      map: { id: 'k', ego: { kind: 'persoon', name: 'X' }, snapshots: [{ id: 's', kind: 'is', date: '2026-02-30', alters: [{ id: 'a', name: 'A', ring: 7 }], ties: [['a', 'zz']] }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['map.snapshots[0].date', 'map.snapshots[0].alters[0].ring', 'map.snapshots[0].ties[0][1]']);
  });

  it('__proto__ or constructor in an imported document is refused as an unknown field, never merged', async () => {
    for (const json of [
      '{"format":"netwerkkaart","version":1,"__proto__":{"admin":true},"map":{"id":"m","ego":{"kind":"persoon","name":"I"}}}',
      '{"format":"netwerkkaart","version":1,"map":{"id":"m","ego":{"kind":"persoon","name":"I","__proto__":{"x":1}},"snapshots":[{"id":"s","kind":"is","date":"2026-01-01","alters":[{"id":"a","name":"A","ring":1,"support":{"__proto__":"ontvangt"},"constructor":{"prototype":{"x":1}}}]}]}}',
    ]) {
      const res = await x1.request('POST', `/api/cases/${ids.caseId}/maps/import`, json, { 'accept-language': 'en' });
      expect(res.statusCode).toBe(400);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      expect(res.json().error.issues.length).toBeGreaterThan(0);
    }
  });

  it('__proto__ in a body is refused, not merged', async () => {
    const res = await x1.request('POST', '/api/cases', '{"name":"Gezin","__proto__":{"admin":true}}');
    expect(res.statusCode).toBe(400);
  });
});

/**
 * Sends raw bytes to a listening app and reads everything until the server closes the connection.
 * `drip`: more bytes sent one by one, `dripEveryMs` apart, as long as the connection is open (a
 * slow client that never finishes its request).
 */
function rawExchange(port: number, bytes: string, drip = '', dripEveryMs = 50): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let dripped = 0;
    const dripping = drip === '' ? null : setInterval(() => {
      if (dripped < drip.length && socket.writable) socket.write(drip[dripped++] as string);
    }, dripEveryMs);
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    // Five seconds in all, however slowly the client is still sending.
    const giveUp = setTimeout(() => socket.destroy(new Error('no answer within 5 s')), 5000);
    socket.on('close', () => {
      clearTimeout(giveUp);
      if (dripping) clearInterval(dripping);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    socket.write(bytes);
  });
}

describe.each(targets)('requests Node\'s parser refuses, and the API documentation, on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let port: number;
  /** The same API with short timeouts, for the slow clients. */
  let slowApp: FastifyInstance;
  let slowPort: number;

  beforeAll(async () => {
    database = await target.open();
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    slowApp = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    await slowApp.listen({ port: 0, host: '127.0.0.1' });
    slowPort = (slowApp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await slowApp?.close();
    await app?.close();
    await database?.close();
  });

  it('a malformed request line answers 400 in the app\'s error shape, in the asked language', async () => {
    const res = await rawExchange(port, 'GET /api/health HTTQ/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers.toLowerCase()).toContain('content-type: application/json');
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'bad_request', message: API_ERRORS.bad_request.text.fr } });
  });

  it('headers over the size limit answer 431 headers_too_large in the app\'s error shape', async () => {
    const res = await rawExchange(port, `GET /api/health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'headers_too_large', message: API_ERRORS.headers_too_large.text.en } });
  });

  it('bad chunked encoding answers 400 in the app\'s error shape (Dutch without Accept-Language)', async () => {
    const res = await rawExchange(port, 'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'bad_request', message: API_ERRORS.bad_request.text.nl } });
  });

  it('headers that do not arrive in time (sent slowly, never finished) answer 408 request_timeout in the app\'s error shape (in Dutch: no header was read), and the connection is closed', async () => {
    // This app gives headers 300 ms (settings.headersTimeoutMs); the client drips one byte every 50 ms for far longer.
    const res = await rawExchange(slowPort, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n', `X-Slow: ${'a'.repeat(200)}`);
    expect(res.status).toBe(408);
    expect(res.headers.toLowerCase()).toContain('content-type: application/json');
    expect(res.headers.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'request_timeout', message: API_ERRORS.request_timeout.text.nl } });
  });

  it('a body that does not arrive in time answers 408 request_timeout in the app\'s error shape (in the language of the headers that did arrive)', async () => {
    // Headers complete, then a body announced as 100 bytes of which only a few come (settings.requestTimeoutMs 600 ms).
    const res = await rawExchange(slowPort, 'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":', ' "x'.repeat(30), 100);
    expect(res.status).toBe(408);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'request_timeout', message: API_ERRORS.request_timeout.text.fr } });
  });

  it('/api/docs, its JSON and its static files carry the same security headers as the web app\'s pages', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs' });
    const html = page.statusCode === 302 ? await app.inject({ method: 'GET', url: String(page.headers.location).replace(/^\.\//, '/api/docs/') }) : page;
    const urls = ['/api/docs', '/api/docs/json', '/api/docs/static/swagger-ui.css', '/api/docs/static/swagger-initializer.js'];
    expect(html.statusCode).toBe(200);
    for (const url of urls) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(400);
      for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) expect(res.headers[name], `${url} ${name}`).toBe(value);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { initOrganisation, isDatabaseEmpty } from '../init-organisation.js';
import { login, seedWorld, TEST_PASSWORD, TEST_SETTINGS, TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

describe.each(targets)('accounts and sessions on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, maxFailedLogins: 3, loginAttemptsPerAddress: 1000 } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('the session cookie is httpOnly and SameSite=Strict, and only its hash is stored', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: world.users.x1.email, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const token = cookie.split(';')[0]?.split('=')[1] as string;
    const stored = await database.handle.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.some((s) => s.token_hash === token)).toBe(false);
    expect(res.json().user).toMatchObject({ role: 'begeleider', id: world.users.x1.id });
  });

  it('without a session every API route answers 401', async () => {
    for (const url of ['/api/cases', '/api/organisation', '/api/audit', '/api/stats/organisation']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('not_authenticated');
    }
  });

  it('[csrf] a change without the session\'s CSRF token is refused with 403, a read is not', async () => {
    const client = await login(app, world.users.x1.email);
    const noToken = await app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: client.cookie, 'content-type': 'application/json' }, payload: { name: 'Gezin' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const other = await login(app, world.users.x2.email);
    const wrongToken = await new TestClient(app, client.cookie, other.csrfToken).post('/api/cases', { name: 'Gezin' });
    expect(wrongToken.statusCode).toBe(403);
    expect((await client.get('/api/cases')).statusCode).toBe(200);
    expect((await client.post('/api/cases', { name: 'Gezin' })).statusCode).toBe(201);
  });

  it('[csrf] after a page reload the web app gets the same CSRF token back from the session', async () => {
    const client = await login(app, world.users.x1.email);
    const session = await client.get('/api/auth/session');
    expect(session.json().csrfToken).toBe(client.csrfToken);
    const other = await login(app, world.users.x1.email);
    expect(other.csrfToken).not.toBe(client.csrfToken);
  });

  it('[lock-out] after repeated failed logins the account is locked, even for the right password', async () => {
    const email = world.users.y1.email;
    const attempt = (password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect((await attempt('fout-1')).statusCode).toBe(401);
    expect((await attempt('fout-2')).statusCode).toBe(401);
    expect((await attempt('fout-3')).statusCode).toBe(401);
    // Locked: even the right password is refused, with the answer of an unknown address.
    const right = await attempt(TEST_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('login_failed');
    const row = await database.handle.db.selectFrom('users').select('locked_until').where('id', '=', world.users.y1.id).executeTakeFirstOrThrow();
    expect(row.locked_until !== null && row.locked_until > new Date().toISOString()).toBe(true);
  });

  it('[lock-out] wrong passwords sent all at once each count: the account still locks', async () => {
    // maxFailedLogins is 3 here; ten guesses in parallel must not all read "0 failures so far".
    const email = world.users.coachX.email;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: `gok-${i}` } })));
    expect(answers.every((a) => a.statusCode === 401)).toBe(true);
    const row = await database.handle.db.selectFrom('users').select('locked_until').where('id', '=', world.users.coachX.id).executeTakeFirstOrThrow();
    expect(row.locked_until !== null && row.locked_until > new Date().toISOString()).toBe(true);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } })).statusCode).toBe(401);
  });

  it('an unknown e-mail address gets the same answer as a wrong password', async () => {
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'niemand@example.org', password: 'x' } });
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: world.users.x2.email, password: 'x' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
  });

  it('logout ends the session on the server', async () => {
    const client = await login(app, world.users.coachY.email);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/cases')).statusCode).toBe(401);
  });

  it('a new user gets a one-time password, can do nothing but change it, and then works normally', async () => {
    const admin = await login(app, world.users.beheerder.email);
    const created = await admin.post('/api/users', { email: 'Nieuwe.Collega@Example.org', displayName: 'Nieuwe collega', role: 'begeleider', teamId: world.teamX });
    expect(created.statusCode).toBe(201);
    const { oneTimePassword } = created.json();
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const fresh = await login(app, 'nieuwe.collega@example.org', oneTimePassword);
    expect((await fresh.get('/api/cases')).json().error.code).toBe('password_change_required');
    const short = await fresh.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'kort' });
    expect(short.statusCode).toBe(400);
    const changed = await fresh.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'een nieuw lang wachtwoord' });
    expect(changed.statusCode).toBe(200);
    const again = await login(app, 'nieuwe.collega@example.org', 'een nieuw lang wachtwoord');
    expect((await again.get('/api/cases')).statusCode).toBe(200);
  });

  it('[init] initOrganisation creates the organisation and a beheerder with a one-time password', async () => {
    expect(await isDatabaseEmpty(database.handle.db)).toBe(false);
    const result = await initOrganisation(database.handle.db, { organisationName: 'Nieuwe dienst', adminEmail: 'Baas@Dienst.be', adminName: 'Baas', passwordHashing: TEST_SETTINGS.passwordHashing });
    expect(result.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const admin = await login(app, 'baas@dienst.be', result.oneTimePassword as string);
    expect((await admin.get('/api/auth/session')).json().user).toMatchObject({ role: 'beheerder', mustChangePassword: true, organisationId: result.organisationId });
    await expect(initOrganisation(database.handle.db, { organisationName: 'Nog een', adminEmail: 'baas@dienst.be', adminName: 'X' })).rejects.toThrow(/already an account/);
  });

  it('the OpenAPI document lists every resource', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/auth/login', '/api/cases/', '/api/cases/{caseId}/consents', '/api/maps/{mapId}', '/api/maps/{mapId}/snapshots/{snapshotId}/alters/{alterId}',
      '/api/maps/{mapId}/snapshots/{snapshotId}/ties', '/api/maps/{mapId}/snapshots/{snapshotId}/analysis', '/api/maps/{mapId}/compare', '/api/cases/{caseId}/maps/import',
      '/api/maps/{mapId}/export', '/api/audit/', '/api/stats/organisation', '/api/teams/', '/api/users/', '/api/organisation/']) {
      expect(paths, p).toContain(p);
    }
    expect((await app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, parseTrustProxy } from '../config.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { newId } from '../store/ids.js';
import { cookiesOf, login, seedWorld, TEST_PASSWORD, TEST_SETTINGS, TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { BEHEERDER_DEVICE_COOKIE } from './beheerder-devices.js';

const targets = await databaseTargets();
const NEW_PASSWORD = 'mijn eigen lange zin om te onthouden';

describe.each(targets)('account safety on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let admin: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, maxFailedLogins: 3, loginAttemptsPerAddress: 1000 } });
    admin = await login(app, world.users.beheerder.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A fresh begeleider in team X made by the beheerder, with its one-time password. */
  async function newAccount(role = 'begeleider'): Promise<{ id: string; email: string; oneTimePassword: string }> {
    const email = `n${newId().toLowerCase().replace(/[^a-z0-9]/g, '')}@example.org`;
    const created = await admin.post('/api/users', { email, displayName: 'Nieuwe Collega', role, teamId: world.teamX });
    expect(created.statusCode, created.body).toBe(201);
    return { id: created.json().id, email, oneTimePassword: created.json().oneTimePassword };
  }
  /** Signs in from a browser with no cookies (the owner's own device). */
  const signIn = (email: string, password: string, cookie?: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', headers: cookie ? { cookie } : {}, payload: { email, password } });
  const asClient = (res: Awaited<ReturnType<typeof signIn>>) => new TestClient(app, cookiesOf(res), res.json().csrfToken);
  const auditLines = async (category?: string) =>
    (await admin.get(`/api/audit?limit=1000${category ? `&category=${category}` : ''}`)).json().entries as { action: string; userId: string; target: string | null; route: string | null; caseId: string | null; outcome: string }[];

  it('[reset] a one-time session can do nothing but change the password: every other API answers 403 password_change_required, translated', async () => {
    const account = await newAccount();
    const owner = asClient(await signIn(account.email, account.oneTimePassword));
    for (const url of ['/api/cases', '/api/me/draft-key', '/api/users', '/api/organisation', '/api/me/attention']) {
      const res = await owner.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('password_change_required');
    }
    const french = await new TestClient(app, owner.cookie, owner.csrfToken, 'fr').get('/api/cases');
    expect(french.json().error.message).toBe('Choisissez d’abord un nouveau mot de passe.');
    expect((await owner.post('/api/auth/reset-notice/seen')).json().error.code).toBe('password_change_required');
  });

  it('[reset] the beheerder can never set a password: the admin routes refuse a password field', async () => {
    const account = await newAccount();
    for (const field of ['password', 'newPassword', 'passwordHash']) {
      const patch = await admin.patch(`/api/users/${account.id}`, { [field]: 'een wachtwoord dat ik ken' });
      expect(patch.statusCode, field).toBe(400);
      expect(patch.json().error.issues.map((i: { path: string }) => i.path).join(' ') + patch.json().error.issues[0].message).toContain(field);
      const create = await admin.post('/api/users', { email: `p${newId().toLowerCase()}@example.org`, displayName: 'X', role: 'begeleider', [field]: 'een wachtwoord dat ik ken' });
      expect(create.statusCode, field).toBe(400);
    }
  });

  it('[reset] the new password may not be the one-time password, and the one-time password is unusable once the owner set theirs', async () => {
    const account = await newAccount();
    const owner = asClient(await signIn(account.email, account.oneTimePassword));
    const same = await owner.post('/api/auth/password', { currentPassword: account.oneTimePassword, newPassword: account.oneTimePassword });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('password_unchanged');
    expect(same.json().error.issues[0].path).toBe('newPassword');
    expect((await owner.post('/api/auth/password', { currentPassword: account.oneTimePassword, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await signIn(account.email, account.oneTimePassword)).statusCode).toBe(401);
    expect((await signIn(account.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('[reset] a one-time password is refused in a browser with a beheerder\'s session, and after the beheerder logged out there, audited with that beheerder', async () => {
    const account = await newAccount();
    const inAdminsBrowser = await signIn(account.email, account.oneTimePassword, admin.cookie);
    expect(inAdminsBrowser.statusCode).toBe(403);
    expect(inAdminsBrowser.json().error.code).toBe('beheerder_browser');
    // Logged out: the session is gone but the browser is still known as a beheerder's.
    const other = await login(app, world.users.beheerder.email);
    expect(other.cookie).toContain(`${BEHEERDER_DEVICE_COOKIE}=`);
    await other.post('/api/auth/logout');
    expect((await signIn(account.email, account.oneTimePassword, other.cookie)).json().error.code).toBe('beheerder_browser');
    const refused = (await auditLines('access')).filter((l) => l.action === 'auth.one_time_refused' && l.userId === account.id);
    expect(refused).toHaveLength(2);
    expect(refused.every((l) => l.target === world.users.beheerder.id && l.outcome === 'denied')).toBe(true);
    // The owner's own browser is fine, and a browser that never saw a beheerder too.
    expect((await signIn(account.email, account.oneTimePassword)).statusCode).toBe(200);
  });

  it('[reset] the forced change is refused in a beheerder\'s browser too', async () => {
    const account = await newAccount();
    const ownerSession = await signIn(account.email, account.oneTimePassword);
    const adminDevice = admin.cookie.split('; ').find((c) => c.startsWith(`${BEHEERDER_DEVICE_COOKIE}=`)) as string;
    const mixed = new TestClient(app, `${cookiesOf(ownerSession)}; ${adminDevice}`, ownerSession.json().csrfToken);
    const change = await mixed.post('/api/auth/password', { currentPassword: account.oneTimePassword, newPassword: NEW_PASSWORD });
    expect(change.statusCode).toBe(403);
    expect(change.json().error.code).toBe('beheerder_browser');
  });

  it('[reset] the owner sees at the next sign-in who reset the password and when, until they confirm it; the change is audited with who reset it', async () => {
    const account = await newAccount();
    await asClient(await signIn(account.email, account.oneTimePassword)).post('/api/auth/password', { currentPassword: account.oneTimePassword, newPassword: NEW_PASSWORD });
    const before = Date.now();
    const reset = await admin.patch(`/api/users/${account.id}`, { resetPassword: true });
    expect(reset.statusCode).toBe(200);
    const oneTime = reset.json().oneTimePassword as string;
    expect(oneTime).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await signIn(account.email, NEW_PASSWORD)).statusCode).toBe(401);
    const first = await signIn(account.email, oneTime);
    expect(first.json().user.passwordReset.byName).toBe('beheerder');
    expect(Date.parse(first.json().user.passwordReset.at)).toBeGreaterThanOrEqual(before - 1000);
    const owner = asClient(first);
    expect((await owner.get('/api/auth/session')).json().user.passwordReset.byName).toBe('beheerder');
    const changed = await owner.post('/api/auth/password', { currentPassword: oneTime, newPassword: `${NEW_PASSWORD} 2` });
    expect(changed.json().user.passwordReset.byName).toBe('beheerder');
    const later = asClient(await signIn(account.email, `${NEW_PASSWORD} 2`));
    expect(later.csrfToken).toBeTruthy();
    expect((await later.get('/api/auth/session')).json().user.passwordReset.byName).toBe('beheerder');
    expect((await later.post('/api/auth/reset-notice/seen')).statusCode).toBe(200);
    expect((await later.get('/api/auth/session')).json().user.passwordReset).toBeNull();
    const lines = (await auditLines('access')).filter((l) => l.target === account.id || l.userId === account.id);
    expect(lines.find((l) => l.action === 'user.password_reset')?.userId).toBe(world.users.beheerder.id);
    const changes = lines.filter((l) => l.action === 'auth.password_changed');
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.every((l) => l.target === world.users.beheerder.id)).toBe(true);
  });

  it('[access] accounts that gain access to cases and one-time passwords handed out are audited as such and listed under the access filter', async () => {
    const coach = await newAccount('coach');
    const researcher = await newAccount('onderzoeker');
    await admin.patch(`/api/users/${researcher.id}`, { role: 'begeleider' });
    await admin.patch(`/api/users/${coach.id}`, { teamId: world.teamY });
    await admin.patch(`/api/users/${coach.id}`, { displayName: 'Andere naam' });
    await admin.patch(`/api/users/${coach.id}`, { resetPassword: true });
    const access = await auditLines('access');
    const about = (id: string) => access.filter((l) => l.target === id).map((l) => l.action).reverse();
    expect(about(coach.id)).toEqual(['user.access_granted', 'user.access_granted', 'user.password_reset']);
    expect(about(researcher.id)).toEqual(['user.access_granted']);
    const all = await auditLines();
    expect(all.filter((l) => l.target === researcher.id).map((l) => l.action).reverse()).toEqual(['user.create', 'user.access_granted']);
    expect(all.some((l) => l.target === coach.id && l.action === 'user.update')).toBe(true);
    expect(JSON.stringify(access)).not.toMatch(/Nieuwe|Andere/);
  });

  it('[lock-out] a locked account answers exactly like an unknown address: same status and body', async () => {
    const email = world.users.x2.email;
    for (let i = 0; i < 3; i++) await signIn(email, `fout-${i}`);
    const unknownEmail = `niemand-${newId().toLowerCase()}@example.org`;
    for (let i = 0; i < 3; i++) await signIn(unknownEmail, `fout-${i}`);
    for (const lang of ['nl', 'fr', 'en']) {
      const locked = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': lang }, payload: { email, password: TEST_PASSWORD } });
      const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': lang }, payload: { email: unknownEmail, password: TEST_PASSWORD } });
      expect(locked.statusCode).toBe(unknown.statusCode);
      expect(locked.body).toBe(unknown.body);
      expect(locked.headers['set-cookie']).toBeUndefined();
    }
  });

  it('[passwords] common passwords, the e-mail address, its local part, the name and the current password are refused, naming newPassword, in every language', async () => {
    const owner = await login(app, world.users.y1.email);
    const expectations: [string, string][] = [
      ['qwerty123456', 'password_too_common'],
      ['QWERTY123456', 'password_too_common'],
      ['1qaz2wsx3edc', 'password_too_common'],
      [world.users.y1.email.toUpperCase(), 'password_like_account'],
      [world.users.y1.email.split('@')[0] as string, 'password_like_account'],
      [TEST_PASSWORD, 'password_unchanged'],
    ];
    for (const [newPassword, code] of expectations) {
      for (const lang of ['nl', 'fr', 'en'] as const) {
        const res = await new TestClient(app, owner.cookie, owner.csrfToken, lang).post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: newPassword.padEnd(12, newPassword) });
        expect(res.statusCode, newPassword).toBe(400);
        expect(res.json().error.code, newPassword).toBe(code);
        expect(res.json().error.issues[0].path).toBe('newPassword');
        expect(res.json().error.message.length).toBeGreaterThan(20);
      }
    }
    // The name (display name "y1" padded is not a name; a long name is): set one and try it.
    await admin.patch(`/api/users/${world.users.y1.id}`, { displayName: 'Yasmina Van den Berghe' });
    const name = await owner.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'yasmina van den berghe' });
    expect(name.json().error.code).toBe('password_like_account');
    const fine = await owner.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(fine.statusCode).toBe(200);
    const row = await database.handle.db.selectFrom('users').select('password_hash').where('id', '=', world.users.y1.id).executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('[trust-proxy] behind a trusted proxy the failures of each client count apart; without the setting the proxy\'s address counts', async () => {
    const settings = { ...TEST_SETTINGS, loginAttemptsPerAddress: 2 };
    const proxied = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...settings, trustProxy: ['10.1.2.3'] } });
    const direct = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings });
    const oneHop = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...settings, trustProxy: 1 } });
    try {
      const fail = (server: FastifyInstance, client: string) => server.inject({
        method: 'POST', url: '/api/auth/login', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': client },
        payload: { email: `niemand-${newId().toLowerCase()}@example.org`, password: 'fout' },
      });
      for (const server of [proxied, direct, oneHop]) {
        expect((await fail(server, '198.51.100.1')).statusCode).toBe(401);
        expect((await fail(server, '198.51.100.1')).statusCode).toBe(401);
      }
      expect((await fail(proxied, '198.51.100.1')).statusCode).toBe(429);
      expect((await fail(proxied, '198.51.100.2')).statusCode).toBe(401);
      expect((await fail(direct, '198.51.100.2')).statusCode).toBe(429);
      // One hop: the client is the address the proxy saw, the rest of the header is not trusted.
      expect((await fail(oneHop, '203.0.113.9, 198.51.100.1')).statusCode).toBe(429);
      expect((await fail(oneHop, '198.51.100.2')).statusCode).toBe(401);
    } finally {
      await oneHop.close();
      await proxied.close();
      await direct.close();
    }
  });
});

describe('NETWERKKRACHT_TRUST_PROXY', () => {
  it('[trust-proxy] off by default; a hop count or addresses and CIDR ranges; anything else stops the start naming the variable', () => {
    expect(loadConfig({}).settings.trustProxy).toBe(false);
    expect(parseTrustProxy('off')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,::1,fd00::/8')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    expect(loadConfig({ NETWERKKRACHT_TRUST_PROXY: '1' }).settings.trustProxy).toBe(1);
    for (const bad of ['true', '0', '99', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/1', '10.0.0.1,']) {
      expect(() => loadConfig({ NETWERKKRACHT_TRUST_PROXY: bad }), bad).toThrow(/NETWERKKRACHT_TRUST_PROXY/);
    }
  });
});

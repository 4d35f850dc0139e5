import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { cookiesOf, seedWorld, TEST_PASSWORD, TEST_SETTINGS, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { createAddressThrottle, THROTTLE_WINDOW_MS } from './address-throttle.js';

const targets = await databaseTargets();

describe.each(targets)('login attempts per address on $name', (target) => {
  let database: TestDatabase;
  let world: World;
  const keyring = createKeyring([generateKey()]);

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('[throttle] two servers on one database count the same attempts: over the limit both refuse, whatever the account', async () => {
    const settings = { ...TEST_SETTINGS, loginAttemptsPerAddress: 3 };
    const apps: FastifyInstance[] = [
      await buildApp({ db: database.handle.db, keyring, settings }),
      await buildApp({ db: database.handle.db, keyring, settings }),
    ];
    try {
      const attempt = (app: FastifyInstance, email: string, password: string) =>
        app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '192.0.2.7', payload: { email, password } });
      const [one, two] = apps as [FastifyInstance, FastifyInstance];
      expect((await attempt(one, world.users.x1.email, 'fout')).statusCode).toBe(401);
      expect((await attempt(two, world.users.x2.email, 'fout')).statusCode).toBe(401);
      expect((await attempt(one, world.users.y1.email, TEST_PASSWORD)).statusCode).toBe(200);
      expect((await attempt(one, world.users.y1.email, 'fout')).statusCode).toBe(401);
      // The fourth failure from this address, on the other server and with the right password.
      const fourth = await attempt(two, world.users.x1.email, TEST_PASSWORD);
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json().error.code).toBe('too_many_attempts');
      expect((await attempt(one, world.users.x2.email, TEST_PASSWORD)).statusCode).toBe(429);
      // Another address is not held back by this one.
      const elsewhere = await one.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '198.51.100.4', payload: { email: world.users.x1.email, password: TEST_PASSWORD } });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      for (const app of apps) await app.close();
    }
  });

  it('[throttle] only failures count: an office behind one address signs in more often than the limit', async () => {
    const app = await buildApp({ db: database.handle.db, keyring, settings: { ...TEST_SETTINGS, loginAttemptsPerAddress: 5 } });
    let previous: Awaited<ReturnType<FastifyInstance['inject']>> | undefined;
    try {
      const office = '192.0.2.80';
      for (let i = 0; i < 12; i++) {
        const user = i % 2 === 0 ? world.users.x2 : world.users.coachY;
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: office, payload: { email: user.email, password: TEST_PASSWORD } });
        expect(res.statusCode, `sign-in ${i + 1}`).toBe(200);
      }
      // A password change (right current password) does not count either.
      const signIn = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: office, payload: { email: world.users.x2.email, password: TEST_PASSWORD } });
      for (let i = 0; i < 6; i++) {
        const change = await app.inject({
          method: 'POST', url: '/api/auth/password', remoteAddress: office,
          headers: { cookie: cookiesOf(previous ?? signIn), 'x-csrf-token': (previous ?? signIn).json<{ csrfToken: string }>().csrfToken, 'content-type': 'application/json' },
          payload: { currentPassword: i % 2 === 0 ? TEST_PASSWORD : 'nog een ander lang wachtwoord', newPassword: i % 2 === 0 ? 'nog een ander lang wachtwoord' : TEST_PASSWORD },
        });
        expect(change.statusCode, `change ${i + 1}: ${change.body}`).toBe(200);
        previous = change;
      }
      // Five failures do reach the limit.
      for (let i = 0; i < 5; i++) {
        await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: office, payload: { email: world.users.x2.email, password: `fout-${i}` } });
      }
      const blocked = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: office, payload: { email: world.users.coachY.email, password: TEST_PASSWORD } });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('too_many_attempts');
    } finally {
      await app.close();
    }
  });

  it('[throttle] the table holds a keyed hash of the address, never the address itself', async () => {
    const throttle = createAddressThrottle(database.handle.db, keyring, 10);
    await throttle.attempt('203.0.113.99');
    const rows = await database.handle.db.selectFrom('login_throttle').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('203.0.113');
    // Another key gives another hash: the table alone does not let anyone test addresses.
    const other = createAddressThrottle(database.handle.db, createKeyring([generateKey()]), 10);
    await other.attempt('203.0.113.99');
    const hashes = new Set((await database.handle.db.selectFrom('login_throttle').select('address_hash').execute()).map((r) => r.address_hash));
    expect(hashes.size).toBe(rows.length + 1);
  });

  it('[throttle] a new 15-minute window starts counting again, and ended windows are removed', async () => {
    let now = 1_800_000_000_000;
    const throttle = createAddressThrottle(database.handle.db, keyring, 2, () => now);
    expect(await throttle.attempt('192.0.2.50')).toBe(true);
    expect(await throttle.attempt('192.0.2.50')).toBe(true);
    expect(await throttle.attempt('192.0.2.50')).toBe(false);
    now += THROTTLE_WINDOW_MS - 1;
    expect(await throttle.attempt('192.0.2.50')).toBe(false);
    await throttle.attempt('192.0.2.51');
    now += 1;
    expect(await throttle.attempt('192.0.2.50')).toBe(true);
    // 192.0.2.51's window started 1 ms before this one's end: it is still there; after another window it is gone.
    const before = await database.handle.db.selectFrom('login_throttle').select('window_start').execute();
    expect(before.every((r) => Number(r.window_start) > now - THROTTLE_WINDOW_MS)).toBe(true);
    now += THROTTLE_WINDOW_MS;
    await throttle.attempt('192.0.2.52');
    const after = await database.handle.db.selectFrom('login_throttle').select('window_start').execute();
    expect(after.map((r) => Number(r.window_start))).toEqual([now]);
  });

  it('[throttle] attempts sent at the same moment are all counted', async () => {
    const throttle = createAddressThrottle(database.handle.db, keyring, 5);
    const answers = await Promise.all(Array.from({ length: 12 }, () => throttle.attempt('192.0.2.200')));
    expect(answers.filter((ok) => ok)).toHaveLength(5);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { DRAFT_KEY_CONTEXT } from '../crypto/draft-keys.js';
import { createFieldCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey, type Keyring } from '../crypto/keyring.js';
import { newId, nowIso } from '../store/ids.js';
import { login, seedWorld, TEST_PASSWORD, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

const URL = '/api/me/draft-key';

describe.each(targets)('the device key for drafts on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let keyring: Keyring;
  let x1: TestClient;

  const keyOf = async (client: TestClient): Promise<string> => {
    const res = await client.get(URL);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ key: string }>().key;
  };
  const storedRow = (userId: string) => database.handle.db.selectFrom('user_draft_keys').selectAll().where('user_id', '=', userId).executeTakeFirst();

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    keyring = createKeyring([generateKey()]);
    app = await buildApp({ db: database.handle.db, keyring, settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[session] only a signed-in user gets a key: without a session the answer is 401 and nothing is made', async () => {
    const anonymous = await app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('not_authenticated');
    expect(anonymous.body).not.toMatch(/"key"/);
    const forged = await app.inject({ method: 'GET', url: URL, headers: { cookie: 'nk_session=niet-echt' } });
    expect(forged.statusCode).toBe(401);
    expect(await database.handle.db.selectFrom('user_draft_keys').selectAll().execute()).toEqual([]);
  });

  it('[one key per user] the same user gets the same 32-byte key on every call, from every session', async () => {
    const first = await keyOf(x1);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(await keyOf(x1)).toBe(first);
    const otherSession = await login(app, world.users.x1.email);
    expect(await keyOf(otherSession)).toBe(first);
  });

  it('[audit] every handing out of the key is an audit line of its user, besides the one line of its making', async () => {
    const client = await login(app, world.users.coachY.email);
    await keyOf(client);
    await keyOf(client);
    const lines = await database.handle.db.selectFrom('audit_log').select(['action', 'target', 'user_id'])
      .where('user_id', '=', world.users.coachY.id).where('action', 'like', 'user.draft_key%').orderBy('id').execute();
    expect(lines.map((l) => l.action)).toEqual(['user.draft_key_created', 'user.draft_key_read', 'user.draft_key_read']);
    expect(lines.every((l) => l.target === world.users.coachY.id)).toBe(true);
  });

  it('[one key per user] different users get different keys', async () => {
    const keys = await Promise.all([world.users.x2, world.users.coachX, world.users.y1, world.users.b1].map(async (u) => keyOf(await login(app, u.email))));
    keys.push(await keyOf(x1));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('[one key per user] first requests at the same moment all get the one key that was stored, made and audited once', async () => {
    const coachY = await login(app, world.users.coachY.email);
    const keys = await Promise.all(Array.from({ length: 6 }, () => keyOf(coachY)));
    expect(new Set(keys).size).toBe(1);
    const created = await database.handle.db.selectFrom('audit_log').selectAll()
      .where('user_id', '=', world.users.coachY.id).where('action', '=', 'user.draft_key_created').execute();
    expect(created).toHaveLength(1);
    expect(created[0]?.case_id).toBeNull();
  });

  it('[encrypted at rest] the stored column holds ciphertext under the server key, never the key itself', async () => {
    const key = await keyOf(x1);
    const row = await storedRow(world.users.x1.id);
    expect(row).toBeDefined();
    const stored = row?.key_enc ?? '';
    expect(stored).toMatch(new RegExp(`^v1\\.${keyring.currentId}\\.`));
    const bytes = Buffer.from(key, 'base64url');
    for (const plain of [key, bytes.toString('base64'), bytes.toString('hex')]) expect(stored).not.toContain(plain);
    expect(createFieldCipher(keyring).decrypt(stored, DRAFT_KEY_CONTEXT)).toBe(key);
    // Bound to its column: the value does not decrypt as another personal field.
    expect(() => createFieldCipher(keyring).decrypt(stored, 'alters.name')).toThrow();
  });

  it('[no-store] the key is never cached by a browser or a proxy', async () => {
    const res = await x1.get(URL);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('[password change] a user who must still replace a one-time password gets no key yet', async () => {
    const admin = await login(app, world.users.beheerder.email);
    const created = await admin.post('/api/users', { email: `nieuw.${newId().toLowerCase()}@example.org`, displayName: 'Nieuw', role: 'begeleider', teamId: world.teamX });
    const fresh = await login(app, created.json().email as string, created.json().oneTimePassword as string);
    const res = await fresh.get(URL);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('password_change_required');
    expect(await storedRow(created.json().id as string)).toBeUndefined();
  });

  it('[account ends] disabling an account deletes its key, so its drafts on any device can no longer be opened', async () => {
    const x2 = await login(app, world.users.x2.email);
    const before = await keyOf(x2);
    const admin = await login(app, world.users.beheerder.email);
    expect((await admin.patch(`/api/users/${world.users.x2.id}`, { disabled: true })).statusCode).toBe(200);
    expect(await storedRow(world.users.x2.id)).toBeUndefined();
    expect((await admin.patch(`/api/users/${world.users.x2.id}`, { disabled: false })).statusCode).toBe(200);
    const after = await keyOf(await login(app, world.users.x2.email, TEST_PASSWORD));
    expect(after).not.toBe(before);
  });

  it('[account ends] deleting a user row deletes its key with it', async () => {
    const db = database.handle.db;
    const id = newId();
    const { password_hash: hash } = await db.selectFrom('users').select('password_hash').where('id', '=', world.users.x1.id).executeTakeFirstOrThrow();
    await db.insertInto('users').values({
      id, organisation_id: world.orgA, team_id: world.teamX, email: `weg.${id.toLowerCase()}@example.org`, display_name: 'Weg', role: 'begeleider',
      password_hash: hash, must_change_password: 0, failed_logins: 0, locked_until: null, disabled: 0, created_at: nowIso(),
    }).execute();
    await keyOf(await login(app, `weg.${id.toLowerCase()}@example.org`));
    expect(await storedRow(id)).toBeDefined();
    await db.deleteFrom('users').where('id', '=', id).execute();
    expect(await storedRow(id)).toBeUndefined();
  });

  it('[openapi] the route is in the API document', async () => {
    const paths = Object.keys((await x1.get('/api/docs/json')).json().paths as Record<string, unknown>);
    expect(paths).toContain(URL);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

const URL = '/api/me/device-wrap-key';

describe.each(targets)('the session key that wraps the device key on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;

  const keyOf = async (client: TestClient): Promise<string> => {
    const res = await client.get(URL);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return res.json<{ key: string }>().key;
  };

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[OV1 live session only] without a session the answer is 401 and carries no key', async () => {
    const res = await app.inject({ method: 'GET', url: URL });
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toMatch(/"key"/);
  });

  it('[OV2 one key per session] the same 32 bytes for the whole session, other bytes for another session of the same user', async () => {
    const first = await login(app, world.users.x1.email);
    const key = await keyOf(first);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(await keyOf(first)).toBe(key);
    const second = await login(app, world.users.x1.email);
    expect(await keyOf(second)).not.toBe(key);
  });

  it('[OV3 stored encrypted] the session row holds no copy of the key in clear', async () => {
    const client = await login(app, world.users.x2.email);
    const key = await keyOf(client);
    const rows = await database.handle.db.selectFrom('sessions').select('device_wrap_key_enc').where('user_id', '=', world.users.x2.id).execute();
    const stored = rows.map((r) => r.device_wrap_key_enc).filter((v): v is string => typeof v === 'string');
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(key);
    expect(stored[0]).not.toContain(Buffer.from(key, 'base64url').toString('base64'));
  });

  it('[OV4 forgotten at sign-out] after logout the key is gone: signing in again gives a different one', async () => {
    const client = await login(app, world.users.coachX.email);
    const key = await keyOf(client);
    expect((await client.post('/api/auth/logout', {})).statusCode).toBe(200);
    expect((await client.get(URL)).statusCode).toBe(401);
    const rows = await database.handle.db.selectFrom('sessions').select('device_wrap_key_enc').where('user_id', '=', world.users.coachX.id).execute();
    expect(rows.filter((r) => r.device_wrap_key_enc)).toEqual([]);
    expect(await keyOf(await login(app, world.users.coachX.email))).not.toBe(key);
  });

  it('[OV5 device lost] the beheerder ends the account\'s sessions: every wrap key of the account is gone, and the audit log says so', async () => {
    const worker = await login(app, world.users.y1.email);
    await keyOf(worker);
    const beheerder = await login(app, world.users.beheerder.email);
    const ended = await beheerder.patch(`/api/users/${world.users.y1.id}`, { endSessions: true });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await worker.get(URL)).statusCode).toBe(401);
    const rows = await database.handle.db.selectFrom('sessions').selectAll().where('user_id', '=', world.users.y1.id).execute();
    expect(rows).toEqual([]);
    const audit = await database.handle.db.selectFrom('audit_log').select(['action', 'user_id', 'target']).where('action', '=', 'user.sessions_ended').execute();
    expect(audit).toEqual([{ action: 'user.sessions_ended', user_id: world.users.beheerder.id, target: world.users.y1.id }]);
  });

  it('[OV6 only the beheerder] a worker cannot end a colleague\'s sessions', async () => {
    const worker = await login(app, world.users.x1.email);
    const res = await worker.patch(`/api/users/${world.users.x2.id}`, { endSessions: true });
    expect(res.statusCode).toBe(403);
  });

  it('[OV7 audit] every handing out of the key is an audit line of its own user', async () => {
    const client = await login(app, world.users.x1.email);
    const before = await database.handle.db.selectFrom('audit_log').select('id').where('action', '=', 'user.device_wrap_key_read').where('user_id', '=', world.users.x1.id).execute();
    await keyOf(client);
    await app.ctx.readAudit.flush();
    const after = await database.handle.db.selectFrom('audit_log').select('id').where('action', '=', 'user.device_wrap_key_read').where('user_id', '=', world.users.x1.id).execute();
    expect(after.length).toBe(before.length + 1);
  });
});

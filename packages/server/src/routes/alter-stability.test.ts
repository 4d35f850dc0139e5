import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

/** Seed 004's need for stability: an alter's optional fixed arrangement (migration 0011). */
describe.each(targets)('an alter\'s fixed arrangement on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[stability] a fixed arrangement is stored as a clear code, read back and exported; without one the field stays absent', async () => {
    const { mapId, snapshotId, alterId, version } = await createCaseWithMap(x1);
    const base = `/api/maps/${mapId}/snapshots/${snapshotId}`;
    const club = randomUUID(); // a UUID, as the web app makes it: the server keeps it
    const added = await x1.post(`${base}/alters`, { id: club, name: 'Voetbalclub', sector: 'samenleving', ring: 2, fixedArrangement: 'lidmaatschap' }, { 'if-match': `"${version}"` });
    expect(added.statusCode, added.body).toBe(201);
    const row = await database.handle.db.selectFrom('alters').select(['fixed_arrangement']).where('map_id', '=', mapId).where('id', '=', club).executeTakeFirstOrThrow();
    expect(row.fixed_arrangement).toBe('lidmaatschap');
    const read = (await x1.get(`/api/maps/${mapId}`)).json().map.snapshots[0].alters;
    expect(read.map((a: { id: string; fixedArrangement?: string }) => [a.id, a.fixedArrangement])).toEqual([[alterId, undefined], [club, 'lidmaatschap']]);
    expect('fixedArrangement' in read[0]).toBe(false);
    const changed = await x1.put(`${base}/alters/${club}`, { name: 'Voetbalclub', sector: 'samenleving', ring: 2, fixedArrangement: 'contract' }, { 'if-match': `"${version + 1}"` });
    expect(changed.statusCode, changed.body).toBe(200);
    const exported = (await x1.get(`/api/maps/${mapId}/export`)).json();
    expect(exported.map.snapshots[0].alters[1].fixedArrangement).toBe('contract');
    const cleared = await x1.put(`${base}/alters/${club}`, { name: 'Voetbalclub', sector: 'samenleving', ring: 2 }, { 'if-match': `"${version + 2}"` });
    expect(cleared.statusCode).toBe(200);
    expect((await x1.get(`/api/maps/${mapId}`)).json().map.snapshots[0].alters[1].fixedArrangement).toBeUndefined();
  });

  it('[stability] an unknown arrangement is refused naming the field, in the asked language, and nothing is written', async () => {
    const { mapId, snapshotId, version } = await createCaseWithMap(x1);
    const res = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: 'Baas', ring: 2, fixedArrangement: 'handdruk' }, { 'if-match': `"${version}"`, 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['fixedArrangement']);
    expect(res.json().error.issues[0].message).toMatch(/^fixedArrangement: /);
    expect((await x1.get(`/api/maps/${mapId}`)).json().version).toBe(version);
  });
});

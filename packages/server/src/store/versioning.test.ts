import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

describe.each(targets)('map versions on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let x1: TestClient;
  let coach: TestClient;

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
    coach = await login(app, world.users.coachX.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[409] a change based on an old version is refused with the current version, and nothing is overwritten', async () => {
    const { mapId, snapshotId, alterId, version } = await createCaseWithMap(x1);
    const url = `/api/maps/${mapId}/snapshots/${snapshotId}/alters/${alterId}`;
    const first = await coach.put(url, { name: 'Tante Coach', ring: 1, sector: 'familie' }, { 'if-match': `"${version}"` });
    expect(first.statusCode).toBe(200);
    const stale = await x1.put(url, { name: 'Tante Begeleider', ring: 2, sector: 'familie' }, { 'if-match': `"${version}"` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: version + 1 });
    const map = (await x1.get(`/api/maps/${mapId}`)).json();
    expect(map.version).toBe(version + 1);
    expect(map.map.snapshots[0].alters[0].name).toBe('Tante Coach');
  });

  it('[409] of many changes sent at once on the same version exactly one wins', async () => {
    const { mapId, snapshotId, version } = await createCaseWithMap(x1);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      (i % 2 ? coach : x1).post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: `Persoon ${i}`, ring: 2 }, { 'if-match': `"${version}"` })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const map = (await x1.get(`/api/maps/${mapId}`)).json();
    expect(map.version).toBe(version + 1);
    expect(map.map.snapshots[0].alters).toHaveLength(2);
  });

  it('[428] a change without If-Match is refused: a client must say which version it saw', async () => {
    const { mapId } = await createCaseWithMap(x1);
    const res = await x1.patch(`/api/maps/${mapId}`, { title: 'Zonder versie' });
    expect(res.statusCode).toBe(428);
    expect(res.json().error.code).toBe('version_required');
  });

  it('[428] [409] deleting a map needs If-Match like every other change: without it 428, on an old version 409, and the map stays', async () => {
    const { mapId, version } = await createCaseWithMap(x1);
    const without = await x1.delete(`/api/maps/${mapId}`);
    expect(without.statusCode).toBe(428);
    expect(without.json().error.code).toBe('version_required');
    const stale = await x1.delete(`/api/maps/${mapId}`, { 'if-match': `"${version - 1}"` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: version });
    expect((await x1.get(`/api/maps/${mapId}`)).statusCode).toBe(200);
    expect((await x1.delete(`/api/maps/${mapId}`, { 'if-match': `"${version}"` })).statusCode).toBe(204);
    expect((await x1.get(`/api/maps/${mapId}`)).statusCode).toBe(404);
  });

  it('[409] replacing the whole map with a document also checks the version', async () => {
    const { mapId, version } = await createCaseWithMap(x1);
    const exported = (await x1.get(`/api/maps/${mapId}/export`)).json();
    const ok = await x1.put(`/api/maps/${mapId}/document`, exported, { 'if-match': `"${version}"` });
    expect(ok.statusCode).toBe(200);
    const again = await x1.put(`/api/maps/${mapId}/document`, exported, { 'if-match': `"${version}"` });
    expect(again.statusCode).toBe(409);
  });
});

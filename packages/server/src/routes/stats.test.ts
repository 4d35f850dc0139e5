import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

describe.each(targets)('research aggregates on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let researcher: TestClient;
  let x1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    researcher = await login(app, world.users.onderzoeker.email);
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[small cells] with fewer than five families every count is suppressed', async () => {
    for (let i = 0; i < 4; i++) await createCaseWithMap(x1);
    const stats = (await researcher.get('/api/stats')).json();
    expect(stats.cases).toBeNull();
    expect(stats.mapsWithCurrentSnapshot).toBeNull();
    expect(stats.activeAltersBySector.familie).toBeNull();
    expect(stats.coverage.emotioneel.informeel).toBeNull();
  });

  it('counts of five or more are shown, smaller cells stay suppressed, and no name is in the answer', async () => {
    await createCaseWithMap(x1);
    const res = await researcher.get('/api/stats');
    const stats = res.json();
    expect(stats.cases).toBe(5);
    expect(stats.mapsWithCurrentSnapshot).toBe(5);
    expect(stats.networkSize['0-4']).toBe(5);
    expect(stats.activeAltersBySector.familie).toBe(5);
    expect(stats.activeAltersBySector.hulpverlening).toBeNull();
    expect(stats.coverage.emotioneel).toEqual({ informeel: 5, alleen_formeel: null, geen: null });
    expect(stats.coverage.praktisch).toEqual({ informeel: null, alleen_formeel: null, geen: 5 });
    expect(res.body).not.toMatch(/Tante|Testmans/);
  });

  it('an onderzoeker reaches no personal record', async () => {
    const { caseId, mapId } = await createCaseWithMap(x1);
    for (const url of [`/api/cases/${caseId}`, `/api/maps/${mapId}`, `/api/maps/${mapId}/export`, `/api/cases/${caseId}/consents`]) {
      expect((await researcher.get(url)).statusCode, url).toBe(404);
    }
    expect((await researcher.get('/api/cases')).json().cases).toEqual([]);
    expect((await researcher.get('/api/audit')).statusCode).toBe(403);
  });
});

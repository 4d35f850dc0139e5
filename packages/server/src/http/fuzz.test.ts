import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

/** Values near the edges of what the schemas accept: right keys, any values. */
const anyValue = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', 'familie', 'actief', 'ontvangt', '2026-02-29', 'a'.repeat(130), '__proto__', 'constructor', '1e309'),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), { maxKeys: 4 }),
);
const FIELDS = ['id', 'name', 'ring', 'sector', 'status', 'support', 'flags', 'channels', 'kind', 'date', 'ego', 'members', 'scope', 'givenBy', 'givenOn',
  'partners', 'a', 'b', 'title', 'ringCount', 'sectorScheme', 'copyFrom', 'position', 'note', 'formal', 'appraisal', 'label', 'format', 'version', 'map'];
const shapedBody = fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 8 });
const body = fc.oneof(shapedBody, fc.jsonValue({ maxDepth: 3 }));

describe.each(targets)('fuzzing the write endpoints on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let x1: TestClient;
  let ids: Awaited<ReturnType<typeof createCaseWithMap>>;

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
    ids = await createCaseWithMap(x1);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('no body, however wrong, gets a 5xx answer; every 4xx names a known error code', async () => {
    const endpoints = [
      ['POST', '/api/cases'], ['PATCH', `/api/cases/${ids.caseId}`], ['POST', `/api/cases/${ids.caseId}/consents`],
      ['POST', `/api/cases/${ids.caseId}/maps`], ['POST', `/api/cases/${ids.caseId}/maps/import`], ['PATCH', `/api/maps/${ids.mapId}`],
      ['PUT', `/api/maps/${ids.mapId}/document`], ['POST', `/api/maps/${ids.mapId}/snapshots`], ['PATCH', `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}`],
      ['POST', `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters`], ['PUT', `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters/${ids.alterId}`],
      ['POST', `/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/ties`], ['POST', '/api/teams'], ['POST', '/api/users'], ['POST', '/api/auth/password'],
    ] as const;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...endpoints), body, async ([method, url], payload) => {
      const version = (await database.handle.db.selectFrom('maps').select('version').where('id', '=', ids.mapId).executeTakeFirstOrThrow()).version;
      const res = await x1.request(method, url, payload, { 'if-match': `"${version}"` });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(typeof res.json().error.code).toBe('string');
    }), { numRuns: 300 });
  });
});

import { randomUUID } from 'node:crypto';
import { CHANNELS, DEFAULT_MAP_LIMITS, DIRECTIONS, SECTORS_B, SUPPORT_FUNCTIONS } from '@netwerkkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { DEFAULT_SETTINGS, importBodyLimitFor, loadConfig } from '../config.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { MAX_BLOCK_MS, report, send, watch } from '../testing/event-loop-watch.js';

const targets = await databaseTargets();

/**
 * A map at the size limits a family map may have: `people` people in each of `snapshots`
 * snapshots, every one with a name, role, origin, note, position, two support functions and a
 * channel (about 11 MB of JSON for 300 × 100), and two ties per person.
 */
function bigDocument(people: number, snapshots: number): Record<string, unknown> {
  const list = [];
  for (let s = 0; s < snapshots; s++) {
    const alters = [];
    for (let i = 0; i < people; i++) {
      alters.push({
        id: `a${i}`, name: `Persoon nummer ${i}`, sector: SECTORS_B[i % SECTORS_B.length], role: 'buurvrouw', ring: 1 + (i % 3),
        position: { angle: (i * 7) % 360, distance: 0.5 },
        support: { [SUPPORT_FUNCTIONS[i % SUPPORT_FUNCTIONS.length] as string]: DIRECTIONS[i % DIRECTIONS.length], [SUPPORT_FUNCTIONS[(i + 2) % SUPPORT_FUNCTIONS.length] as string]: DIRECTIONS[(i + 1) % DIRECTIONS.length] },
        channels: [CHANNELS[0]], origin: 'de school van de kinderen',
        note: 'Een korte notitie over deze persoon, hoe het contact loopt en wat er afgesproken is.',
      });
    }
    const ties = [];
    for (let i = 0; i + 2 < people; i++) ties.push([`a${i}`, `a${i + 1}`], [`a${i}`, `a${i + 2}`].sort());
    list.push({ id: `s${s}`, kind: s === snapshots - 1 ? 'is' : 'was', date: `${2010 + Math.floor(s / 12)}-${String(1 + (s % 12)).padStart(2, '0')}-01`, alters, ties });
  }
  return { format: 'netwerkkaart', version: 1, map: { id: 'groot', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: list } };
}

describe.each(targets)('large map documents on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let base = '';
  let x1: TestClient;
  let ids: Awaited<ReturnType<typeof createCaseWithMap>>;
  const atLimit = JSON.stringify(bigDocument(DEFAULT_MAP_LIMITS.maxPeoplePerSnapshot, DEFAULT_MAP_LIMITS.maxSnapshots));
  let importedId = '';

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    x1 = await login(app, world.users.x1.email);
    ids = await createCaseWithMap(x1);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const countRows = async () => ({
    maps: (await database.handle.db.selectFrom('maps').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    alters: (await database.handle.db.selectFrom('alters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  });

  it('the default limits are a family map: 300 people and 3,000 ties a snapshot, 100 snapshots, and a body limit that fits them', () => {
    expect(DEFAULT_SETTINGS.mapLimits).toEqual({ maxPeoplePerSnapshot: 300, maxSnapshots: 100, maxTiesPerSnapshot: 3000 });
    expect(atLimit.length).toBeGreaterThan(10_000_000);
    expect(atLimit.length).toBeLessThan(DEFAULT_SETTINGS.importBodyLimit);
  });

  it('importing a map at the limits (300 people × 100 snapshots, 11 MB) never holds the event loop for 800 ms; health is answered meanwhile', async () => {
    const watched = await watch(base, () => send(base, x1, 'POST', `/api/cases/${ids.caseId}/maps/import`, atLimit));
    report(`${target.name} import 300×100`, watched);
    expect(watched.result.status).toBe(201);
    expect(watched.result.people).toEqual(Array.from({ length: 100 }, () => 300));
    importedId = watched.result.mapId ?? '';
    expect(watched.maxBlockMs).toBeLessThan(MAX_BLOCK_MS);
    expect(watched.healthMs.length).toBeGreaterThan(0);
    // On PostgreSQL health has a connection of its own and is answered while the import (10-20 s
    // here) goes on. SQLite has one connection per process, which the import's transaction holds
    // until it commits: health waits for it (the event loop itself stays free), see docs/security.md.
    if (target.name === 'postgres') expect(Math.max(...watched.healthMs)).toBeLessThan(MAX_BLOCK_MS);
  }, 180_000);

  it('reading that map back (30,000 people to decrypt) never holds the event loop for 800 ms', async () => {
    expect(importedId).not.toBe('');
    const watched = await watch(base, () => send(base, x1, 'GET', `/api/maps/${importedId}`));
    report(`${target.name} read 300×100`, watched);
    expect(watched.result.status).toBe(200);
    expect(watched.result.people).toEqual(Array.from({ length: 100 }, () => 300));
    expect(watched.maxBlockMs).toBeLessThan(MAX_BLOCK_MS);
  }, 180_000);

  it('one person or one snapshot over the limit: 400 naming the list that is too long, translated, nothing stored, the loop free meanwhile', async () => {
    const before = await countRows();
    const people = bigDocument(DEFAULT_MAP_LIMITS.maxPeoplePerSnapshot, DEFAULT_MAP_LIMITS.maxSnapshots);
    const snapshots = (people.map as { snapshots: { alters: unknown[] }[] }).snapshots;
    snapshots[7]?.alters.push({ id: 'een-te-veel', name: 'Eén te veel', ring: 1 });
    const watched = await watch(base, () => send(base, x1, 'POST', `/api/cases/${ids.caseId}/maps/import`, JSON.stringify(people), { 'accept-language': 'fr' }));
    report(`${target.name} import 301 people`, watched);
    expect(watched.result.status).toBe(400);
    expect(watched.result.error?.code).toBe('invalid_input');
    expect(watched.result.error?.issues).toEqual([{ path: 'map.snapshots[7].alters', code: 'too_many', message: 'map.snapshots[7].alters: trop d’éléments : au plus 300' }]);
    expect(watched.maxBlockMs).toBeLessThan(MAX_BLOCK_MS);

    const many = bigDocument(3, DEFAULT_MAP_LIMITS.maxSnapshots + 1);
    const tooMany = await send(base, x1, 'PUT', `/api/maps/${ids.mapId}/document`, JSON.stringify(many), { 'if-match': `"${ids.version}"` });
    expect(tooMany.status).toBe(400);
    expect(tooMany.error?.issues).toEqual([{ path: 'map.snapshots', code: 'too_many', message: 'map.snapshots: te veel: hoogstens 100' }]);
    expect(await countRows()).toEqual(before);
    const unchanged = await x1.get(`/api/maps/${ids.mapId}`);
    expect(unchanged.json<{ version: number }>().version).toBe(ids.version);
  }, 180_000);

  it('a body over the derived limit is refused with 413 before it is read whole; nothing stored', async () => {
    const before = await countRows();
    const padding = 'x'.repeat(DEFAULT_SETTINGS.importBodyLimit);
    // Through inject: over a socket the server may close it before the client has sent it all.
    const res = await x1.post(`/api/cases/${ids.caseId}/maps/import`, `{"format":"netwerkkaart","version":1,"generator":"${padding}"}`);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('body_too_large');
    expect(await countRows()).toEqual(before);
  }, 60_000);
});

describe.each(targets)('map limits for changes one at a time on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let x1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    const mapLimits = { maxPeoplePerSnapshot: 3, maxSnapshots: 2, maxTiesPerSnapshot: 1 };
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, mapLimits } });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('adding a person, a tie or a snapshot past the limits is refused with too_many naming the list, the map unchanged', async () => {
    const ids = await createCaseWithMap(x1); // one snapshot with one person, version 3
    // People and versions get UUIDs, as the web app makes them (a name-like id would be replaced).
    const [oom, buur, extra, later] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const nu = ids.snapshotId;
    let version = ids.version;
    const ok = (res: { statusCode: number; body: string }) => { expect(res.statusCode, res.body).toBe(201); version += 1; };
    ok(await x1.post(`/api/maps/${ids.mapId}/snapshots/${nu}/alters`, { id: oom, name: 'Oom', ring: 1 }, { 'if-match': `"${version}"` }));
    ok(await x1.post(`/api/maps/${ids.mapId}/snapshots/${nu}/alters`, { id: buur, name: 'Buur', ring: 1 }, { 'if-match': `"${version}"` }));
    const fourth = await x1.post(`/api/maps/${ids.mapId}/snapshots/${nu}/alters`, { id: extra, name: 'Extra', ring: 1 }, { 'if-match': `"${version}"`, 'accept-language': 'en' });
    expect(fourth.statusCode).toBe(400);
    expect(fourth.json().error.issues).toEqual([{ path: `snapshots["${nu}"].alters`, code: 'too_many', message: `snapshots["${nu}"].alters: too many items: at most 3` }]);
    ok(await x1.post(`/api/maps/${ids.mapId}/snapshots/${nu}/ties`, { a: oom, b: ids.alterId }, { 'if-match': `"${version}"` }));
    const tie = await x1.post(`/api/maps/${ids.mapId}/snapshots/${nu}/ties`, { a: buur, b: ids.alterId }, { 'if-match': `"${version}"` });
    expect(tie.statusCode).toBe(400);
    expect(tie.json().error.issues).toEqual([{ path: `snapshots["${nu}"].ties`, code: 'too_many', message: `snapshots["${nu}"].ties: te veel: hoogstens 1` }]);
    ok(await x1.post(`/api/maps/${ids.mapId}/snapshots`, { id: later, kind: 'wens', date: '2026-06-01', copyFrom: nu }, { 'if-match': `"${version}"` }));
    const snapshot = await x1.post(`/api/maps/${ids.mapId}/snapshots`, { kind: 'was', date: '2025-01-01' }, { 'if-match': `"${version}"` });
    expect(snapshot.statusCode).toBe(400);
    expect(snapshot.json().error.issues).toEqual([{ path: 'snapshots', code: 'too_many', message: 'snapshots: te veel: hoogstens 2' }]);
    const map = await x1.get(`/api/maps/${ids.mapId}`);
    expect(map.json<{ version: number; map: { snapshots: { alters: unknown[]; ties: unknown[] }[] } }>()).toMatchObject({ version });
    expect(map.json<{ map: { snapshots: { alters: unknown[]; ties: unknown[] }[] } }>().map.snapshots.map((s) => [s.alters.length, s.ties.length])).toEqual([[3, 1], [3, 1]]);
  });
});

describe('map limit settings', () => {
  it('come from NETWERKKRACHT_MAX_PEOPLE, _MAX_TIES and _MAX_SNAPSHOTS, with the body limit derived; a wrong value stops the start naming the variable', () => {
    expect(loadConfig({}, '/tmp').settings.mapLimits).toEqual(DEFAULT_MAP_LIMITS);
    const raised = loadConfig({ NETWERKKRACHT_MAX_PEOPLE: '500', NETWERKKRACHT_MAX_SNAPSHOTS: '200', NETWERKKRACHT_MAX_TIES: '5000' }, '/tmp').settings;
    expect(raised.mapLimits).toEqual({ maxPeoplePerSnapshot: 500, maxSnapshots: 200, maxTiesPerSnapshot: 5000 });
    expect(raised.importBodyLimit).toBe(importBodyLimitFor(raised.mapLimits));
    expect(raised.importBodyLimit).toBeGreaterThan(DEFAULT_SETTINGS.importBodyLimit);
    expect(() => loadConfig({ NETWERKKRACHT_MAX_PEOPLE: '1001' }, '/tmp')).toThrow(/NETWERKKRACHT_MAX_PEOPLE must be a whole number from 1 to 1000, got 1001/);
    expect(() => loadConfig({ NETWERKKRACHT_MAX_SNAPSHOTS: 'veel' }, '/tmp')).toThrow(/NETWERKKRACHT_MAX_SNAPSHOTS/);
    expect(() => loadConfig({ NETWERKKRACHT_MAX_TIES: '0' }, '/tmp')).toThrow(/NETWERKKRACHT_MAX_TIES/);
  });
});

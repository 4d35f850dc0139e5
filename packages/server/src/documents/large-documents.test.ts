import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHANNELS, DEFAULT_MAP_LIMITS, DIRECTIONS, SECTORS_B, SUPPORT_FUNCTIONS } from '@netwerkkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { DEFAULT_SETTINGS, importBodyLimitFor, loadConfig } from '../config.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

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

interface Watched<T> {
  readonly result: T;
  /** The longest the event loop was held at one time, in ms (monitorEventLoopDelay's max). */
  readonly maxBlockMs: number;
  /** How long each GET /api/health on the listening socket took while the work ran. */
  readonly healthMs: readonly number[];
  /** How long each read of the other map took while the work ran (when one was asked for). */
  readonly otherMapMs: readonly number[];
}

/** A small map read by the same user while the work runs, to see that reads are not held up by it. */
interface OtherMap {
  readonly path: string;
  readonly client: TestClient;
}

/** Asks `path` on the real socket every 10 ms until `done()`, and returns how long each answer took. */
async function probe(base: string, path: string, headers: Record<string, string>, done: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!done()) {
    const start = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
    times.push(performance.now() - start);
    await sleep(10);
  }
  return times;
}

/** Runs `work` while asking /api/health (and reading `other`) on the real socket every 10 ms and measuring the event loop. */
async function watch<T>(base: string, work: () => Promise<T>, other?: OtherMap): Promise<Watched<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let done = false;
  histogram.enable();
  const health = probe(base, '/api/health', {}, () => done);
  const otherMap = other ? probe(base, other.path, { cookie: other.client.cookie }, () => done) : Promise.resolve([]);
  let result: T;
  let maxBlockMs: number;
  try {
    result = await work();
    maxBlockMs = histogram.max / 1e6;
  } finally {
    done = true;
    histogram.disable();
  }
  return { result, maxBlockMs, healthMs: await health, otherMapMs: await otherMap };
}

interface Answer {
  readonly status: number;
  readonly error: { code: string; issues?: { path: string; code: string; message: string }[] } | null;
  readonly mapId: string | null;
  /** People per snapshot of the map in the answer. */
  readonly people: readonly number[] | null;
}

// The client side of a big request (sending 11 MB, parsing the 16 MB answer) runs on a thread of
// its own: in this process it would hold the event loop that is being measured. The thread is
// started before the measuring starts (starting one holds this event loop for 100-200 ms) and
// sends the request when it is told to.
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.once('message', () => (async () => {
  const res = await fetch(workerData.url, workerData.init);
  const body = await res.json();
  parentPort.postMessage({
    status: res.status, error: body.error ?? null, mapId: body.map ? body.map.id : null,
    people: body.map ? body.map.snapshots.map((s) => s.alters.length) : null,
  });
})().catch((error) => parentPort.postMessage({ status: 0, error: { code: String(error) }, mapId: null, people: null })));
parentPort.postMessage('ready');
`;

/**
 * The same request the web app makes, over the socket, from another thread: `await` gives a
 * client that is ready, and its `go()` sends the request and gives the answer.
 */
async function client(base: string, user: TestClient, method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<{ go(): Promise<Answer> }> {
  const init = {
    method, ...(body !== undefined ? { body } : {}),
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
  };
  const worker = new Worker(CLIENT, { eval: true, workerData: { url: `${base}${url}`, init } });
  await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  return {
    go: () => new Promise((resolve, reject) => {
      worker.once('message', (answer: Answer) => { void worker.terminate(); resolve(answer); });
      worker.once('error', reject);
      worker.postMessage('go');
    }),
  };
}

/** One request from a client thread, not measured. */
async function send(base: string, user: TestClient, method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return (await client(base, user, method, url, body, headers)).go();
}

/**
 * The bound for the longest event-loop block: the aim is 50 ms; reads stay near it, an import on
 * SQLite not yet (its commit: docs/security.md has the numbers and what is left). The bound is four times that,
 * because the test machine's two cores are shared with other test runs (the same import took 6 s
 * one run and 22 s the next) and a garbage collection of this process, which also builds the test
 * documents and holds them, can take tens of ms more. Before issue 11: 11.9 s (import, SQLite),
 * 5.7 s and 1.8 s (read, SQLite and PostgreSQL); before the last round: 110-270 ms.
 */
const MAX_BLOCK_MS = 200;
/** How long health and a small read may take while a big import or read runs (a few ms when the process is idle). */
const MAX_ANSWER_MS = 500;

const slowest = (times: readonly number[]) => Math.max(0, ...times);
const report = (label: string, w: Watched<unknown>) =>
  // The numbers for the report: the longest event-loop block and the slowest answers meanwhile.
  console.info(`${label}: event loop held at most ${w.maxBlockMs.toFixed(0)} ms; /api/health ${w.healthMs.length} answers, slowest ${slowest(w.healthMs).toFixed(0)} ms`
    + (w.otherMapMs.length > 0 ? `; another map read ${w.otherMapMs.length} times, slowest ${slowest(w.otherMapMs).toFixed(0)} ms` : ''));

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
    // Read audit lines batched as in production (tests elsewhere write each at once): a read then
    // does not wait for a write of its own.
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, auditReadDelayMs: DEFAULT_SETTINGS.auditReadDelayMs } });
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

  it('importing a map at the limits (300 people × 100 snapshots, 11 MB) never holds the event loop for 200 ms', async () => {
    const request = await client(base, x1, 'POST', `/api/cases/${ids.caseId}/maps/import`, atLimit);
    const watched = await watch(base, () => request.go());
    report(`${target.name} import 300×100`, watched);
    expect(watched.result.status).toBe(201);
    expect(watched.result.people).toEqual(Array.from({ length: 100 }, () => 300));
    importedId = watched.result.mapId ?? '';
    expect(watched.maxBlockMs).toBeLessThan(MAX_BLOCK_MS);
  }, 180_000);

  it('while a big import is written, health and a read of another map are answered within 500 ms (on SQLite too: reads do not wait for the import\'s transaction)', async () => {
    // The write of the import (seconds), not its parse on the worker thread, is what held reads
    // up on SQLite: a process's one connection was the import's until it committed.
    const request = await client(base, x1, 'POST', `/api/cases/${ids.caseId}/maps/import`, atLimit);
    const watched = await watch(base, () => request.go(), { path: `/api/maps/${ids.mapId}`, client: x1 });
    report(`${target.name} import 300×100 with reads`, watched);
    expect(watched.result.status).toBe(201);
    expect(watched.healthMs.length).toBeGreaterThan(10);
    expect(watched.otherMapMs.length).toBeGreaterThan(10);
    expect(slowest(watched.healthMs)).toBeLessThan(MAX_ANSWER_MS);
    expect(slowest(watched.otherMapMs)).toBeLessThan(MAX_ANSWER_MS);
  }, 180_000);

  it('reading that map back (30,000 people to decrypt) never holds the event loop for 200 ms', async () => {
    expect(importedId).not.toBe('');
    const request = await client(base, x1, 'GET', `/api/maps/${importedId}`);
    const watched = await watch(base, () => request.go());
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
    const request = await client(base, x1, 'POST', `/api/cases/${ids.caseId}/maps/import`, JSON.stringify(people), { 'accept-language': 'fr' });
    const watched = await watch(base, () => request.go());
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

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { MIGRATIONS } from '../db/migrations.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

describe.each(targets)('the organisation report over the network maps on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let onderzoeker: TestClient;
  const maps: { caseId: string; mapId: string; snapshotId: string }[] = [];

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
    onderzoeker = await login(app, world.users.onderzoeker.email);
    // Seven families, each a saved version of 5 January 2026 with one aunt who gives emotional support.
    for (let i = 0; i < 7; i++) maps.push(await createCaseWithMap(x1, { family: `Gezin ${i}`, alter: `Tante ${i}` }));
    // One family's own appraisal: a poor network felt as strengthening (contactarm).
    await x1.patch(`/api/maps/${maps[0]!.mapId}/snapshots/${maps[0]!.snapshotId}`, { appraisal: 'versterkend' }, { 'if-match': '"3"' });
    // Two families get a new version in the second quarter.
    for (const m of maps.slice(1, 3)) await x1.post(`/api/maps/${m.mapId}/snapshots`, { kind: 'is', date: '2026-04-10' }, { 'if-match': '"3"' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const report = async () => {
    const res = await onderzoeker.get('/api/stats/organisation');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('[OR1][OR4] per quarter each map\'s latest saved version counts once; small cells are hidden with what would give them away', async () => {
    const r = await report();
    expect(r.smallCellThreshold).toBe(5);
    expect(r.quarters.map((q: { quarter: string; maps: number | null }) => [q.quarter, q.maps])).toEqual([['2026-Q1', 7], ['2026-Q2', null]]);
    const q1 = r.quarters[0];
    // All seven in one band: showing 7 would pin the other bands to 0, so every band is hidden (SC2).
    expect(q1.size).toEqual({ '0-4': null, '5-9': null, '10-14': null, '15+': null });
    // 6 without an appraisal are shown; the one contactarm is hidden among the zeros.
    expect(q1.quadrant).toEqual({ sociaal_weerbaar: null, eenzaam: null, contactarm: null, sociaal_geisoleerd: null, onbekend: 6 });
    expect(q1.coverage.emotioneel).toEqual({ informeel: null, alleen_formeel: null, geen: null });
    expect(Object.values(q1.dependence)).toEqual([null, null, null, null]);
    expect(Object.values(q1.reciprocity)).toEqual([null, null, null, null]);
    // One sector only: its count is the total of people, which is shown.
    expect([q1.people, q1.sectors]).toEqual([7, { familie: 7 }]);
    expect((await x1.get('/api/stats/organisation')).statusCode).toBe(403);
  });

  it('the figures have one suppressed path: the older GET /api/stats (every map\'s rows, small cells hidden one by one) is gone, 404 like an unknown address', async () => {
    const beheerder = await login(app, world.users.beheerder.email);
    for (const client of [onderzoeker, beheerder]) {
      const old = await client.get('/api/stats');
      expect(old.statusCode).toBe(404);
      expect(old.json().error.code).toBe('not_found');
    }
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths as Record<string, unknown>);
    expect(paths.filter((p) => p.startsWith('/api/stats'))).toEqual(['/api/stats/organisation']);
  });

  it('an onderzoeker reaches no personal record: no case, map, export or consent, no audit log', async () => {
    const { caseId, mapId } = maps[0]!;
    for (const url of [`/api/cases/${caseId}`, `/api/maps/${mapId}`, `/api/maps/${mapId}/export`, `/api/cases/${caseId}/consents`]) {
      expect((await onderzoeker.get(url)).statusCode, url).toBe(404);
    }
    expect((await onderzoeker.get('/api/cases')).json().cases).toEqual([]);
    expect((await onderzoeker.get('/api/audit')).statusCode).toBe(403);
  });

  it('[OR3] the summary rows follow every change: a new person, a deleted map', async () => {
    const m = maps[3]!;
    await x1.post(`/api/maps/${m.mapId}/snapshots/${m.snapshotId}/alters`, { name: 'Maatschappelijk werker', ring: 3, sector: 'hulpverlening', formal: true, support: { praktisch: 'ontvangt' } }, { 'if-match': '"3"' });
    const rows = await database.handle.db.selectFrom('snapshot_summary_counts').select(['kind', 'category', 'n']).where('map_id', '=', m.mapId).where('kind', 'in', ['coverage:praktisch', 'sector']).orderBy('kind').orderBy('category').execute();
    expect(rows.map((r) => [r.kind, r.category, Number(r.n)])).toEqual([['coverage:praktisch', 'alleen_formeel', 1], ['sector', 'familie', 1], ['sector', 'hulpverlening', 1]]);
    const q1 = (await report()).quarters[0];
    expect(q1.coverage.praktisch.geen).toBe(6);
    expect(q1.people).toBe(8);
    await x1.delete(`/api/maps/${maps[4]!.mapId}`, { 'if-match': '"3"' });
    expect(await database.handle.db.selectFrom('snapshot_summaries').select('map_id').where('map_id', '=', maps[4]!.mapId).execute()).toEqual([]);
    expect((await report()).quarters[0].maps).toBe(6);
  });

  it('[OR8] the organisation\'s counts always equal the sum of what its maps add, after changes, a deleted map and an erased case', async () => {
    const db = database.handle.db;
    const erased = await createCaseWithMap(x1, { family: 'Gezin Weg', alter: 'Buur Weg' });
    expect((await x1.delete(`/api/cases/${erased.caseId}`)).statusCode).toBe(204);
    const sums = await db.selectFrom('snapshot_summary_counts').select(['quarter', 'kind', 'category', (eb) => eb.fn.sum<number>('n').as('n')])
      .where('organisation_id', '=', world.orgA).groupBy(['quarter', 'kind', 'category']).execute();
    const kept = await db.selectFrom('organisation_report_counts').select(['quarter', 'kind', 'category', 'n']).where('organisation_id', '=', world.orgA).execute();
    const asMap = (rows: { quarter: string; kind: string; category: string; n: unknown }[]) => Object.fromEntries(rows.filter((r) => Number(r.n) !== 0).map((r) => [`${r.quarter}/${r.kind}/${r.category}`, Number(r.n)]));
    expect(asMap(kept)).toEqual(asMap(sums));
    expect(asMap(kept)['2026-Q1/maps/']).toBe(6);
  });

  it('[OR7] the migration builds the rows once for maps stored before it, a map at a time, the same as the live upkeep', async () => {
    const db = database.handle.db;
    const before = await db.selectFrom('snapshot_summaries').selectAll().orderBy('map_id').orderBy('quarter').execute();
    const countsBefore = await db.selectFrom('snapshot_summary_counts').selectAll().orderBy('map_id').orderBy('quarter').orderBy('kind').orderBy('category').execute();
    expect(before.length).toBeGreaterThan(5);
    const reportBefore = await report();
    await db.schema.dropTable('organisation_report_counts').execute();
    await db.schema.dropTable('snapshot_summary_counts').execute();
    await db.schema.dropTable('snapshot_summaries').execute();
    await MIGRATIONS['0017_snapshot_summaries']!.up(db as unknown as Kysely<unknown>);
    expect(await db.selectFrom('snapshot_summaries').selectAll().orderBy('map_id').orderBy('quarter').execute()).toEqual(before);
    expect(await db.selectFrom('snapshot_summary_counts').selectAll().orderBy('map_id').orderBy('quarter').orderBy('kind').orderBy('category').execute()).toEqual(countsBefore);
    expect(await report()).toEqual(reportBefore);
  });
});

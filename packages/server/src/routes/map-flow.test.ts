import { parseMapDocument, toMapDocument, type NetworkMap } from '@netwerkkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { caseCipher } from '../crypto/case-keys.js';
import { createFieldCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { ONE_QUERY_ROWS, readMap } from '../store/map-store.js';
import { bigDocument } from '../testing/big-document.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { allIdsOpaque, withIdsOf } from '../testing/ids-of.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { GENERATOR } from './maps.js';

const targets = await databaseTargets();

const DOCUMENT = {
  format: 'netwerkkaart',
  version: 1,
  map: {
    id: 'kaart-1',
    title: 'Netwerk van Sara',
    ego: { kind: 'huishouden', name: 'Gezin Janssens', members: [{ personId: 'p-sara', name: 'Sara', role: 'mama' }] },
    sectorScheme: 'B',
    ringCount: 3,
    snapshots: [
      {
        id: 's1', kind: 'was', date: '2025-03-01', label: 'Bij de start', appraisal: 'belastend', note: 'Eerste gesprek',
        alters: [
          { id: 'a1', name: 'Oma Rita', sector: 'familie', ring: 1, status: 'actief', support: { emotioneel: 'ontvangt', zorg: 'wederzijds' }, frequency: 'wekelijks', position: { angle: 12.5, distance: 0.3333333333333 }, channels: ['telefoon', 'face_to_face'] },
          { id: 'a2', name: 'Buurvrouw Nadia', sector: 'samenleving', ring: 2, status: 'ondergesneeuwd', role: 'buurvrouw', origin: 'de school', flags: { aanspreekfiguur: true, andereAchtergrond: true, toegangTotMiddelen: false, alleenDigitaal: false } },
          { id: 'a3', kind: 'dienst', name: 'OCMW', sector: 'hulpverlening', ring: 3, formalMode: 'gedwongen', formalLevel: 'algemeen', chosenByFamily: false, support: { materieel: 'ontvangt' }, since: 2019, note: 'Maatschappelijk werker' },
        ],
        ties: [['a2', 'a1']],
      },
      {
        id: 's2', kind: 'is', date: '2026-01-10', appraisal: 'versterkend',
        alters: [
          { id: 'a1', name: 'Oma Rita', sector: 'familie', ring: 1, support: { emotioneel: 'wederzijds' } },
          { id: 'a2', name: 'Buurvrouw Nadia', sector: 'samenleving', ring: 1, status: 'actief', support: { praktisch: 'ontvangt', gezelschap: 'geeft' }, valence: 'steunend' },
          { id: 'a4', name: 'Voetbalcoach', sector: null, ring: 2, formal: false },
        ],
        ties: [['a1', 'a2'], ['a2', 'a4']],
      },
    ],
  },
};

describe.each(targets)('maps through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  const keyring = createKeyring([generateKey()]);

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring, settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** Imports DOCUMENT; the ids the server gave its versions and people, by their ids in the file. */
  const importDocument = async (caseId: string) => {
    const map = (await x1.post(`/api/cases/${caseId}/maps/import`, DOCUMENT)).json().map as NetworkMap;
    const idOf: Record<string, string> = {};
    DOCUMENT.map.snapshots.forEach((s, i) => {
      idOf[s.id] = map.snapshots[i]?.id as string;
      s.alters.forEach((a, j) => { idOf[a.id] = map.snapshots[i]?.alters[j]?.id as string; });
    });
    return { mapId: map.id as string, idOf };
  };

  it('imports a netwerkkaart document and exports exactly the same map', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const imported = await x1.post(`/api/cases/${caseId}/maps/import`, DOCUMENT);
    expect(imported.statusCode).toBe(201);
    const mapId = imported.json().map.id as string;
    expect(imported.json().warnings).toEqual([{ path: ['map', 'snapshots', 0, 'ties', 0], code: 'tie_reordered', params: { a: 'a1', b: 'a2' } }]);

    const exported = await x1.get(`/api/maps/${mapId}/export`);
    expect(exported.statusCode).toBe(200);
    const parsed = parseMapDocument(DOCUMENT);
    if (!parsed.ok) throw new Error('fixture document must be valid');
    // The server gave the file's people and versions opaque ids ('a1' → a UUID), the same in
    // every reference; apart from them the map comes back exactly as imported.
    const stored = imported.json().map as NetworkMap;
    expect(allIdsOpaque(stored)).toBe(true);
    const expected = toMapDocument(withIdsOf(parsed.value.map, stored));
    const { exportedAt, generator, ...rest } = exported.json();
    expect(typeof exportedAt).toBe('string');
    expect(typeof generator).toBe('string');
    expect(rest).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    // Key order too: an exported file is byte-for-byte the document the core would write.
    expect(JSON.stringify(rest)).toBe(JSON.stringify(expected));
  });

  it('[export] a map over ONE_QUERY_ROWS is exported a part at a time as the file the whole map gave: the same bytes, file name and audit line', async () => {
    const { caseId } = await createCaseWithMap(x1);
    // 5 snapshots of 300 people and 596 ties: 4,480 rows, so the export reads the map in parts
    // and makes its snapshots while the file is sent (documents/streamed-map.ts).
    const imported = await x1.post(`/api/cases/${caseId}/maps/import`, bigDocument(300, 5));
    expect(imported.statusCode, imported.body).toBe(201);
    const mapId = imported.json<{ map: NetworkMap }>().map.id;
    const exported = await x1.get(`/api/maps/${mapId}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="netwerkkaart-${mapId}.json"`);
    expect(exported.headers['content-type']).toBe('application/json; charset=utf-8');
    const db = database.handle.db;
    const row = await db.selectFrom('maps').selectAll().where('id', '=', mapId).executeTakeFirstOrThrow();
    const whole = await readMap(db, await caseCipher(db, createFieldCipher(keyring), caseId), row);
    expect(whole.snapshots.reduce((n, s) => n + s.alters.length + s.ties.length, 0)).toBeGreaterThan(ONE_QUERY_ROWS);
    // What the export sent before it streamed: the whole map read at once, in the core's envelope.
    const { exportedAt } = exported.json<{ exportedAt: string }>();
    expect(exported.body).toBe(JSON.stringify(toMapDocument(whole, { exportedAt, generator: GENERATOR })));
    await app.ctx.readAudit.flush();
    const lines = await db.selectFrom('audit_log').select(['user_id', 'case_id']).where('action', '=', 'map.export').where('target', '=', mapId).execute();
    expect(lines).toEqual([{ user_id: world.users.x1.id, case_id: caseId }]);
  });

  it('exports a whole case for the family: members, consents and every map as a netwerkkaart document', async () => {
    const { caseId, mapId } = await createCaseWithMap(x1);
    const res = await x1.get(`/api/cases/${caseId}/export`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.case.name).toBe('Gezin Testmans');
    expect(body.case.members[0].name).toBe('Mama Testmans');
    expect(body.consents[0]).toMatchObject({ scope: 'registratie', givenBy: 'Mama Testmans' });
    expect(body.maps).toHaveLength(1);
    expect(parseMapDocument(body.maps[0]).ok).toBe(true);
    expect(body.maps[0].map.id).toBe(mapId);
  });

  it('analyses a stored snapshot with the core indicators and compares two snapshots', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const { mapId, idOf } = await importDocument(caseId);
    const analysis = await x1.get(`/api/maps/${mapId}/snapshots/${idOf.s2}/analysis`);
    expect(analysis.statusCode).toBe(200);
    const indicators = analysis.json().indicators;
    expect(indicators.size).toBe(3);
    expect(indicators.density).toBeCloseTo(2 / 3);
    expect(indicators.quadrant).toBe('contactarm');
    const comparison = await x1.get(`/api/maps/${mapId}/compare?from=${idOf.s1}&to=${idOf.s2}`);
    expect(comparison.statusCode).toBe(200);
    expect(comparison.json().comparison.added).toEqual([idOf.a4]);
    expect(comparison.json().comparison.reactivated).toEqual([idOf.a2]);
  });

  it('the analysis follows the organisation\'s indicator settings, which only the beheerder changes', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const { mapId, idOf } = await importDocument(caseId);
    expect((await x1.get(`/api/maps/${mapId}/snapshots/${idOf.s2}/analysis`)).json().indicators.quadrant).toBe('contactarm');
    expect((await x1.patch('/api/organisation', { indicatorSettings: { richThreshold: 3 } })).statusCode).toBe(403);
    const admin = await login(app, world.users.beheerder.email);
    const bad = await admin.patch('/api/organisation', { indicatorSettings: { richThreshold: 0, functions: ['emotioneel', 'emotioneel'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['indicatorSettings.richThreshold', 'indicatorSettings.functions']);
    const set = await admin.patch('/api/organisation', { indicatorSettings: { richThreshold: 3 } });
    expect(set.json().indicatorSettings.richThreshold).toBe(3);
    expect((await x1.get(`/api/maps/${mapId}/snapshots/${idOf.s2}/analysis`)).json().indicators.quadrant).toBe('sociaal_weerbaar');
    await admin.patch('/api/organisation', { indicatorSettings: {} });
    expect((await x1.get(`/api/maps/${mapId}/snapshots/${idOf.s2}/analysis`)).json().indicators.quadrant).toBe('contactarm');
  });

  it('a smaller ring count or another sector scheme is refused while alters would no longer fit', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const imported = (await x1.post(`/api/cases/${caseId}/maps/import`, DOCUMENT)).json();
    const mapId = imported.map.id as string;
    const rings = await x1.patch(`/api/maps/${mapId}`, { ringCount: 2 }, { 'if-match': '"1"' });
    expect(rings.statusCode).toBe(400);
    expect(rings.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['snapshots[0].alters[2].ring']);
    const scheme = await x1.patch(`/api/maps/${mapId}`, { sectorScheme: 'A' }, { 'if-match': '"1"' });
    expect(scheme.statusCode).toBe(400);
    const fine = await x1.patch(`/api/maps/${mapId}`, { ringCount: 4, title: null }, { 'if-match': '"1"' });
    expect(fine.statusCode).toBe(200);
    expect(fine.json().map.ringCount).toBe(4);
    expect(fine.json().map.title).toBeUndefined();
    expect(fine.json().map.snapshots).toHaveLength(2);
  });

  it('indicators are computed from clear columns only: the analysis works even without the key that reads the names', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const { mapId, idOf } = await importDocument(caseId);
    const expected = (await x1.get(`/api/maps/${mapId}/snapshots/${idOf.s2}/analysis`)).json().indicators;
    const blind = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    try {
      const client = await login(blind, world.users.x1.email);
      const analysis = await client.get(`/api/maps/${mapId}/snapshots/${idOf.s2}/analysis`);
      expect(analysis.statusCode).toBe(200);
      expect(analysis.json().indicators).toEqual(expected);
      expect((await client.get(`/api/maps/${mapId}`)).statusCode).toBe(500);
    } finally {
      await blind.close();
    }
  });

  it('adds, replaces and removes alters and ties, each change raising the version by one', async () => {
    const { mapId, snapshotId, alterId: tante, version } = await createCaseWithMap(x1);
    const base = `/api/maps/${mapId}/snapshots/${snapshotId}`;
    const added = await x1.post(`${base}/alters`, { name: 'Juf Ans', sector: 'samenleving', ring: 2 }, { 'if-match': `"${version}"` });
    expect(added.statusCode).toBe(201);
    expect(added.json().version).toBe(version + 1);
    expect(added.headers.etag).toBe(`"${version + 1}"`);
    const juf = added.json().alter.id as string;
    const pair = juf < tante ? [juf, tante] : [tante, juf];
    const tie = await x1.post(`${base}/ties`, { a: tante, b: juf }, { 'if-match': `"${version + 1}"` });
    expect(tie.statusCode).toBe(201);
    expect(tie.json().tie).toEqual(pair);
    const replaced = await x1.put(`${base}/alters/${juf}`, { name: 'Juf Anneke', sector: 'samenleving', ring: 1, support: { informatie: 'ontvangt' } }, { 'if-match': `"${version + 2}"` });
    expect(replaced.statusCode).toBe(200);
    const map = (await x1.get(`/api/maps/${mapId}`)).json();
    expect(map.version).toBe(version + 3);
    const snapshot = map.map.snapshots[0];
    expect(snapshot.alters.map((a: { name: string }) => a.name)).toEqual(['Tante Testa', 'Juf Anneke']);
    expect(snapshot.ties).toEqual([pair]);
    const removed = await x1.delete(`${base}/alters/${juf}`, { 'if-match': `"${version + 3}"` });
    expect(removed.statusCode).toBe(200);
    const after = (await x1.get(`/api/maps/${mapId}`)).json();
    expect(after.map.snapshots[0].ties).toEqual([]);
    expect(after.map.snapshots[0].alters).toHaveLength(1);
  });

  it('copies a snapshot with the same alter ids so versions can be compared', async () => {
    const { mapId, snapshotId, alterId, version } = await createCaseWithMap(x1);
    const copy = await x1.post(`/api/maps/${mapId}/snapshots`, { kind: 'wens', date: '2026-02-01', copyFrom: snapshotId }, { 'if-match': `"${version}"` });
    expect(copy.statusCode).toBe(201);
    expect(copy.json().snapshot.alters.map((a: { id: string }) => a.id)).toEqual([alterId]);
  });

  it('refuses an alter whose ring lies outside the map or whose sector is not in its scheme, naming the field', async () => {
    const { mapId, snapshotId, version } = await createCaseWithMap(x1);
    const res = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: 'Iemand', ring: 5, sector: 'verwanten' }, { 'if-match': `"${version}"` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['ring', 'sector']);
    expect(res.json().error.issues[0].message).toBe('ring: cirkel moet tussen 1 en 3 liggen, kreeg 5');
    // Nothing half-written: the version did not move.
    expect((await x1.get(`/api/maps/${mapId}`)).json().version).toBe(version);
  });
});

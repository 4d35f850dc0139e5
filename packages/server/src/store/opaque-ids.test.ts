import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { analyseSnapshot, parseMapDocument, toMapDocument, type NetworkMap } from '@netwerkkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { everyText } from '../testing/every-text.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { allIdsOpaque, findIds, idsOf, withIdsOf } from '../testing/ids-of.js';
import { REPO_ROOT } from '../testing/live-server.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { isOpaqueId } from './opaque-ids.js';

const targets = await databaseTargets();

const exampleFile = (name: string): unknown => JSON.parse(readFileSync(`${REPO_ROOT}examples/${name}`, 'utf8'));

function parsedMap(document: unknown): NetworkMap {
  const parsed = parseMapDocument(document);
  if (!parsed.ok) throw new Error('the example must be a valid map');
  return parsed.value.map;
}

/** A document as JSON would carry it (no undefined fields). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe.each(targets)('opaque ids on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let cipher: FieldCipher;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    const keyring = createKeyring([generateKey()]);
    cipher = createFieldCipher(keyring);
    app = await buildApp({ db: database.handle.db, keyring, settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A case whose members the file's ego names with the same (name-like) person ids. */
  const caseFor = async (map: NetworkMap) => {
    const members = map.ego.kind === 'huishouden' ? map.ego.members.map((m) => ({ personId: m.personId, name: m.name })) : [];
    const created = await x1.post('/api/cases', { name: 'Gezin Voorbeeld', members });
    expect(created.statusCode, created.body).toBe(201);
    const caseId = created.json().id as string;
    expect((await x1.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Mama', givenOn: '2026-01-05' })).statusCode).toBe(201);
    return { caseId, members: created.json().members as { personId: string }[] };
  };

  it.each(['moeder-en-verzorgende.json', 'gezin-oom-weer-actief.json', 'gewenste-band-gerealiseerd.json'])(
    '[opaque ids] after importing %s and working on it (reads, changes, a plan, a barrier), no table, column or audit line holds any of the file\'s ids',
    async (file) => {
      const document = exampleFile(file);
      const original = parsedMap(document);
      const { caseId, members } = await caseFor(original);
      expect(members.every((m) => isOpaqueId(m.personId))).toBe(true);
      const imported = await x1.post(`/api/cases/${caseId}/maps/import`, document);
      expect(imported.statusCode, imported.body).toBe(201);
      const stored = imported.json().map as NetworkMap;
      expect(allIdsOpaque(stored)).toBe(true);

      // Work that writes ids into other tables and into the audit log.
      const mapId = stored.id;
      const snapshot = stored.snapshots.at(-1) as NetworkMap['snapshots'][number];
      const [first, second] = snapshot.alters;
      if (!first || !second) throw new Error('the example needs two people');
      await x1.get(`/api/maps/${mapId}/snapshots/${snapshot.id}`);
      await x1.get(`/api/maps/${mapId}/snapshots/${snapshot.id}/analysis`);
      const { id: _id, ...rest } = first;
      expect((await x1.put(`/api/maps/${mapId}/snapshots/${snapshot.id}/alters/${first.id}`, { ...rest, note: 'bijgewerkt' }, { 'if-match': '"1"' })).statusCode).toBe(200);
      const plan = await x1.post(`/api/cases/${caseId}/plan`, {
        mapId, startingQuestion: { answer: 'Rust', thinkingAlong: [first.id] },
        actions: [{ id: 'bellen', what: 'Bellen', owner: { kind: 'netwerklid', alterId: second.id }, kind: 'doen', link: { kind: 'persoon', alterId: first.id } }],
      });
      expect(plan.statusCode, plan.body).toBe(201);
      expect((await x1.post(`/api/cases/${caseId}/barriers`, { code: 'kosten', holder: { kind: 'netwerklid', alterId: second.id } })).statusCode).toBe(201);

      const texts = await everyText(database.handle.db, cipher, database.config.searchPath);
      expect(findIds(texts, idsOf(original))).toEqual([]);
      // The search does look in the right places: the new ids are there.
      expect(findIds(texts, [first.id, snapshot.id]).length).toBeGreaterThan(3);
    },
  );

  it('[opaque ids] the imported map reads back equal to the file apart from the ids: same people, ties between the same people, same indicators', async () => {
    const document = exampleFile('gezin-oom-weer-actief.json');
    const original = parsedMap(document);
    const { caseId } = await caseFor(original);
    const mapId = (await x1.post(`/api/cases/${caseId}/maps/import`, document)).json().map.id as string;
    const read = (await x1.get(`/api/maps/${mapId}`)).json().map as NetworkMap;
    expect(allIdsOpaque(read)).toBe(true);
    // withIdsOf pairs ids by position and refuses one old id turning into two new ones.
    const expected = withIdsOf(original, read);
    expect(asJson(toMapDocument(read))).toStrictEqual(asJson(toMapDocument(expected)));
    // An alter keeps one id in every version, so versions still compare.
    const [before, after] = read.snapshots;
    expect(after?.alters.slice(0, before?.alters.length).map((a) => a.id)).toEqual(before?.alters.map((a) => a.id));
    for (const snapshot of read.snapshots) {
      const analysis = (await x1.get(`/api/maps/${mapId}/snapshots/${snapshot.id}/analysis`)).json().indicators;
      const renamed = expected.snapshots.find((s) => s.id === snapshot.id) as NetworkMap['snapshots'][number];
      expect(analysis).toEqual(JSON.parse(JSON.stringify(analyseSnapshot(renamed, expected))));
    }
    // The export carries the opaque ids, and imports again unchanged.
    const exported = (await x1.get(`/api/maps/${mapId}/export`)).json();
    const again = (await x1.post(`/api/cases/${caseId}/maps/import`, exported)).json().map as NetworkMap;
    expect(asJson(toMapDocument({ ...again, id: mapId } as NetworkMap))).toStrictEqual(asJson(toMapDocument(read)));
  });

  it('[opaque ids] a new alter with id "greet" (or a person id "greet") gets opaque ones; a client-made UUID v4 is kept', async () => {
    const { mapId, snapshotId, version } = await createCaseWithMap(x1);
    const url = `/api/maps/${mapId}/snapshots/${snapshotId}/alters`;
    const named = await x1.post(url, { id: 'greet', personId: 'greet', name: 'Greet', ring: 1 }, { 'if-match': `"${version}"` });
    expect(named.statusCode).toBe(201);
    const alter = named.json().alter as { id: string; personId: string };
    expect(isOpaqueId(alter.id)).toBe(true);
    expect(isOpaqueId(alter.personId)).toBe(true);
    const uuid = randomUUID();
    const kept = await x1.post(url, { id: uuid, name: 'Mama', ring: 1 }, { 'if-match': `"${version + 1}"` });
    expect(kept.json().alter.id).toBe(uuid);
    const ids = (await x1.get(`/api/maps/${mapId}`)).json().map.snapshots[0].alters.map((a: { id: string }) => a.id);
    expect(ids).toEqual([expect.any(String), alter.id, uuid]);
    const lines = await database.handle.db.selectFrom('audit_log').select('target').where('target', 'like', `${mapId}/%`).execute();
    expect(lines.map((l) => l.target).join(' ')).not.toMatch(/greet/);
  });

  it('[opaque ids] a new snapshot named "bij-oma" and case members named "samira" get opaque ids; a copied snapshot keeps its people\'s ids', async () => {
    const { mapId, snapshotId, alterId, version } = await createCaseWithMap(x1);
    const copy = await x1.post(`/api/maps/${mapId}/snapshots`, { id: 'bij-oma', kind: 'wens', date: '2026-02-01', copyFrom: snapshotId }, { 'if-match': `"${version}"` });
    expect(copy.statusCode).toBe(201);
    expect(isOpaqueId(copy.json().snapshot.id)).toBe(true);
    expect(copy.json().snapshot.alters.map((a: { id: string }) => a.id)).toEqual([alterId]);
    const working = await x1.post(`/api/maps/${mapId}/snapshots`, { id: 'werkversie', kind: 'is', date: '2026-02-01' }, { 'if-match': `"${version + 1}"` });
    expect(working.json().snapshot.id).toBe('werkversie');
    const created = await x1.post('/api/cases', { name: 'Gezin', members: [{ personId: 'samira', name: 'Samira' }, { name: 'Adam' }] });
    const members = created.json().members as { personId: string }[];
    expect(members.every((m) => isOpaqueId(m.personId))).toBe(true);
    const caseId = created.json().id as string;
    const kept = await x1.patch(`/api/cases/${caseId}`, { members: [{ personId: members[0]?.personId, name: 'Samira' }, { personId: 'samira', name: 'Samira B' }] });
    expect(kept.json().members[0].personId).toBe(members[0]?.personId);
    expect(isOpaqueId(kept.json().members[1].personId)).toBe(true);
    expect(kept.json().members[1].personId).not.toBe(members[0]?.personId);
  });

  it('[opaque ids] saving a whole document with name ids stores opaque ones, consistently; a document with opaque ids is stored as sent', async () => {
    const { mapId, version } = await createCaseWithMap(x1);
    const document = { format: 'netwerkkaart', version: 1, map: {
      id: mapId, ego: { kind: 'huishouden', name: 'Gezin', members: [{ personId: 'lina', name: 'Lina' }] },
      snapshots: [
        { id: 'nu', kind: 'is', date: '2026-01-01', alters: [{ id: 'oma', name: 'Oma', ring: 1, personId: 'lina' }, { id: 'buur', name: 'Buur', ring: 2 }], ties: [['buur', 'oma']] },
        { id: 'werkversie', kind: 'is', date: '2026-02-01', alters: [{ id: 'oma', name: 'Oma', ring: 2 }], ties: [] },
      ],
    } };
    const saved = await x1.put(`/api/maps/${mapId}/document`, document, { 'if-match': `"${version}"` });
    expect(saved.statusCode, saved.body).toBe(200);
    const map = saved.json().map as NetworkMap;
    expect(allIdsOpaque(map)).toBe(true);
    expect(map.snapshots.map((s) => s.id)[1]).toBe('werkversie');
    expect(asJson(toMapDocument(map))).toStrictEqual(asJson(toMapDocument(withIdsOf(parsedMap(document), map))));
    const read = (await x1.get(`/api/maps/${mapId}`)).json().map as NetworkMap;
    expect(read).toEqual(JSON.parse(JSON.stringify(map)));
    // Saved again as the server answered it (what the web app does), nothing changes.
    const again = await x1.put(`/api/maps/${mapId}/document`, toMapDocument(read), { 'if-match': `"${version + 1}"` });
    expect(again.json().map).toEqual(JSON.parse(JSON.stringify(read)));
  });
});

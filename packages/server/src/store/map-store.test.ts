import { demoHouseholds, parseMapDocument, type NetworkMap } from '@netwerkkracht/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { seedWorld } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { createSlicer } from '../documents/slices.js';
import { isStreamedMap } from '../documents/streamed-map.js';
import { bigDocument } from '../testing/big-document.js';
import { newId, nowIso } from './ids.js';
import { insertMap, mapContentSelections, mapForAnswer, ONE_QUERY_ROWS, readBigMapParts, readMap } from './map-store.js';

/**
 * A map over ONE_QUERY_ROWS (5 snapshots of 300 people and 596 ties: 4,480 rows), read in parts of
 * two snapshots; the snapshots' ids run against their order (the database lists them by id), so a
 * part made in the wrong order would show.
 */
function bigMap(): NetworkMap {
  const document = bigDocument(300, 5) as { map: { snapshots: { id: string }[] } };
  document.map.snapshots.forEach((s, i) => { s.id = `v${9 - i}`; });
  const parsed = parseMapDocument(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.value.map;
}

const targets = await databaseTargets();

/** A map with what could go wrong on the way through the database and back as JSON. */
function awkwardMap(): NetworkMap {
  const parsed = parseMapDocument({
    format: 'netwerkkaart', version: 1,
    map: {
      id: 'awkward', ego: { kind: 'persoon', name: 'Zoë "Zee" D\'Hondt' }, sectorScheme: 'B', ringCount: 4,
      snapshots: [
        { id: 'z-later', kind: 'wens', date: '2026-05-01', alters: [], ties: [] },
        {
          id: 'a-first', kind: 'is', date: '2026-01-02', note: 'Regel één\nregel twee \\ "aanhalingstekens" 🙂',
          alters: [
            { id: 'b', name: 'Ünal \u00e9\u0301 — tante', sector: 'familie', ring: 2, position: { angle: 0.1 + 0.2, distance: 2 / 3 }, since: 1999, support: { emotioneel: 'wederzijds', praktisch: 'ontvangt' } },
            { id: 'a', name: 'Buurman', role: 'buur\tman (een tab: namen weigeren stuurtekens)', ring: 3, position: { angle: 3.141592653589793e-7, distance: 0.9999999999999999 }, status: 'ondergesneeuwd', note: '{"geen": "json"}' },
            { id: 'c', name: 'Huisarts', sector: 'hulpverlening', ring: 4, formal: true },
          ],
          ties: [['a', 'c'], ['a', 'b']],
        },
      ],
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.map;
}

describe.each(targets)('maps read back from $name', (target) => {
  let database: TestDatabase;
  let caseId = '';
  // The maps are stored under a case key, as every case's are.
  const cipher = createFieldCipher(createKeyring([generateKey()])).newCaseKey().cipher;

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    caseId = newId();
    await database.handle.db.insertInto('cases').values({
      id: caseId, organisation_id: world.orgA, team_id: world.teamX, owner_id: world.users.x1.id, name_enc: cipher.encrypt('Gezin', 'cases.name'), created_at: nowIso(),
    }).execute();
  });
  afterAll(async () => {
    await database?.close();
  });

  async function roundTrip(map: NetworkMap, only?: readonly string[]): Promise<NetworkMap> {
    const db = database.handle.db;
    const stored = { ...map, id: newId() } as NetworkMap;
    await insertMap(db, cipher, caseId, stored);
    const row = await db.selectFrom('maps').selectAll().where('id', '=', stored.id).executeTakeFirstOrThrow();
    const read = await readMap(db, cipher, row, only);
    return { ...read, id: map.id } as NetworkMap;
  }

  it('a map comes back exactly as stored: floats to the last bit, text with quotes, tabs, emoji and combining marks, snapshots and ties in their order', async () => {
    const map = awkwardMap();
    expect(await roundTrip(map)).toEqual(map);
  });

  it('every demo household, with all its snapshots, comes back exactly as stored', async () => {
    for (const household of demoHouseholds(6, 7)) expect(await roundTrip(household.map)).toEqual(household.map);
  });

  it('reading only some snapshots gives those snapshots and nothing of the others', async () => {
    const map = awkwardMap();
    const read = await roundTrip(map, ['a-first']);
    expect(read.snapshots.map((s) => s.id)).toEqual(['a-first']);
    expect(read.snapshots[0]).toEqual(map.snapshots[1]);
  });

  it('without the cipher no personal text is read, only the categorical fields', async () => {
    const db = database.handle.db;
    const map = { ...awkwardMap(), id: newId() } as NetworkMap;
    await insertMap(db, cipher, caseId, map);
    const row = await db.selectFrom('maps').selectAll().where('id', '=', map.id).executeTakeFirstOrThrow();
    const read = await readMap(db, null, row);
    const text = JSON.stringify(read);
    for (const secret of ['Ünal', 'Buur', 'Huisarts', 'Zoë', 'Regel één']) expect(text).not.toContain(secret);
    expect(read.snapshots[1]?.alters.map((a) => [a.id, a.ring, a.status])).toEqual([['b', 2, 'actief'], ['a', 3, 'ondergesneeuwd'], ['c', 4, 'actief']]);
  });

  it('a big map (over ONE_QUERY_ROWS people and ties) is read in parts and comes back exactly as stored, snapshots in their order', async () => {
    const map = bigMap();
    const rows = map.snapshots.reduce((n, s) => n + s.alters.length + s.ties.length, 0);
    expect(rows).toBeGreaterThan(ONE_QUERY_ROWS);
    expect(await roundTrip(map)).toEqual(map);
  });

  it('a big map made for an answer a part at a time gives the same JSON text as the whole map', async () => {
    const db = database.handle.db;
    const map = { ...bigMap(), id: newId() } as NetworkMap;
    await insertMap(db, cipher, caseId, map);
    const row = await db.selectFrom('maps').selectAll().where('id', '=', map.id).executeTakeFirstOrThrow();
    const [found] = await db.selectNoFrom(mapContentSelections(db, database.handle.dialect, cipher, map.id, undefined)).execute();
    if (!found) throw new Error('no row');
    const { row: read, content } = await readBigMapParts(db, database.handle.dialect, cipher, row, found);
    expect('parts' in content).toBe(true);
    const answer = await mapForAnswer(cipher, read, content);
    if (!isStreamedMap(answer)) throw new Error('a big map is answered in parts');
    const snapshots = [];
    for await (const snapshot of answer.snapshots(createSlicer())) snapshots.push(snapshot);
    expect(JSON.stringify({ ...answer.head, snapshots })).toBe(JSON.stringify(await readMap(db, cipher, row)));
    expect({ ...answer.head, snapshots }).toEqual(map);
  });
});

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();
const URL = '/api/import-mappings/network-canvas';
const UID = '5d1f7a3c-2b4e-4c6d-9e8f-7a6b5c4d3e2f';
const mapping = { nodeType: 'Person', name: 'label', sector: { variable: 'relation', values: { family: 'familie', work: 'samenleving' } }, ring: { variable: 'closeness', values: { 1: 1, 3: 3 } }, support: [{ variable: 'emotional', function: 'emotioneel', direction: 'ontvangt' }], tieEdgeTypes: ['Close'] };

describe.each(targets)('Network Canvas mappings kept per organisation and protocol on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let y1: TestClient;
  let b1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
    y1 = await login(app, world.users.y1.email);
    b1 = await login(app, world.users.b1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[NM1] a mapping saved by one worker is offered to a colleague of another team for the same protocol; organisation B does not see it', async () => {
    expect((await y1.get(`${URL}?uid=${UID}`)).statusCode).toBe(404);
    const saved = await x1.put(URL, { protocol: { uid: UID, name: 'Steunnetwerk' }, mapping });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = await y1.get(`${URL}?uid=${UID}&name=Steunnetwerk`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ protocol: { kind: 'uid', value: UID }, mapping });
    expect((await b1.get(`${URL}?uid=${UID}`)).statusCode).toBe(404);
    // Saved again: the newest choices replace the old ones.
    await y1.put(URL, { protocol: { uid: UID }, mapping: { ...mapping, tieEdgeTypes: [] } });
    expect((await x1.get(`${URL}?uid=${UID}`)).json().mapping.tieEdgeTypes).toEqual([]);
  });

  it('[NM2] the key is the protocol UID when the file names one, else the name: two protocols with one name keep their own mapping', async () => {
    const other = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    await x1.put(URL, { protocol: { name: 'Gedeelde naam' }, mapping: { ...mapping, nodeType: 'ByName' } });
    await x1.put(URL, { protocol: { uid: other, name: 'Gedeelde naam' }, mapping: { ...mapping, nodeType: 'ByUid' } });
    expect((await x1.get(`${URL}?name=${encodeURIComponent('Gedeelde naam')}`)).json().mapping.nodeType).toBe('ByName');
    expect((await x1.get(`${URL}?uid=${other}&name=${encodeURIComponent('Gedeelde naam')}`)).json().mapping.nodeType).toBe('ByUid');
    // A UID without a saved mapping does not fall back to the name: it may be another protocol.
    expect((await x1.get(`${URL}?uid=11111111-2222-4333-8444-555555555555&name=${encodeURIComponent('Gedeelde naam')}`)).statusCode).toBe(404);
    const rows = await database.handle.db.selectFrom('import_mappings').select(['key_kind', 'protocol_key']).where('protocol_key', 'in', [other, 'Gedeelde naam']).orderBy('key_kind').execute();
    expect(rows).toEqual([{ key_kind: 'name', protocol_key: 'Gedeelde naam' }, { key_kind: 'uid', protocol_key: other }]);
  });

  it('[NM3] a mapping cannot carry names: a value table on the name variable, an unknown field or a protocol without UID and name is refused naming the field, translated', async () => {
    const onName = await x1.put(URL, { protocol: { uid: UID }, mapping: { ...mapping, sector: { variable: 'label', values: { 'Oma Rita': 'familie' } } } }, { 'accept-language': 'en' });
    expect(onName.statusCode).toBe(400);
    expect(onName.json().error.issues).toEqual([expect.objectContaining({ path: 'mapping.sector.variable' })]);
    const defaultName = await x1.put(URL, { protocol: { uid: UID }, mapping: { nodeType: 'Person', ring: { variable: 'name', values: { Wanda: 1 } } } });
    expect(defaultName.json().error.issues).toEqual([expect.objectContaining({ path: 'mapping.ring.variable' })]);
    const extra = await x1.put(URL, { protocol: { uid: UID }, mapping: { ...mapping, people: ['Reginald'] } }, { 'accept-language': 'fr' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.issues[0]).toMatchObject({ path: 'mapping.people', code: 'unknown_field' });
    const noKey = await x1.put(URL, { protocol: {}, mapping });
    expect(noKey.json().error.issues[0]).toMatchObject({ path: 'protocol.name' });
    expect((await x1.get(URL)).statusCode).toBe(400);
    // Nothing of the refused bodies was stored.
    expect(JSON.stringify(await database.handle.db.selectFrom('import_mappings').select('mapping').execute())).not.toMatch(/Oma Rita|Wanda|Reginald/);
  });

  it('[NM5] no body or query, however wrong, gets a 5xx: every refusal is a 400 with a code, and nothing is stored', async () => {
    const before = (await database.handle.db.selectFrom('import_mappings').select('protocol_key').execute()).length;
    await fc.assert(fc.asyncProperty(fc.jsonValue(), fc.dictionary(fc.constantFrom('uid', 'name', 'x'), fc.string({ maxLength: 300 })), async (body, query) => {
      const put = await x1.put(URL, { protocol: { uid: UID }, mapping: body });
      expect(put.statusCode).toBe(400);
      expect(typeof put.json().error.code).toBe('string');
      const get = await x1.get(`${URL}?${new URLSearchParams(query).toString()}`);
      expect([200, 400, 404]).toContain(get.statusCode);
    }), { numRuns: 60 });
    expect((await database.handle.db.selectFrom('import_mappings').select('protocol_key').execute()).length).toBe(before);
  });

  it('[NM4] deleting forgets the mapping for everyone of the organisation; the audit lines name the UID only', async () => {
    const uid = '3c2b1a09-8f7e-4d6c-9b5a-493827160514';
    await x1.put(URL, { protocol: { uid, name: 'Vergeten protocol' }, mapping });
    expect((await y1.delete(`${URL}?uid=${uid}`)).statusCode).toBe(204);
    expect((await x1.get(`${URL}?uid=${uid}`)).statusCode).toBe(404);
    expect((await x1.delete(`${URL}?uid=${uid}`)).statusCode).toBe(404);
    await app.ctx.readAudit.flush();
    const lines = await database.handle.db.selectFrom('audit_log').select(['action', 'target', 'case_id']).where('action', 'like', 'import_mapping.%').execute();
    expect(new Set(lines.map((l) => l.action))).toEqual(new Set(['import_mapping.save', 'import_mapping.read', 'import_mapping.delete']));
    expect(lines.every((l) => l.case_id === null && (l.target === null || /^[0-9a-f-]{36}$/.test(l.target)))).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/Steunnetwerk|Vergeten|Gedeelde/);
  });
});

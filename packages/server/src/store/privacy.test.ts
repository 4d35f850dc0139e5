import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { everyText } from '../testing/every-text.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

const NAMES = ['Zoë Wittevrongel', 'Oom Kwintijn', 'Gezin Wittevrongel', 'Kaart van Zoë', 'Juf Philomena', 'zwembad Kwintijnpark', 'logopediste Ysaline', 'Partnerdienst Ursulinen', 'Snapnota Bertrandine',
  // The plan and the barriers: the family's words, action texts, notes and every name in them.
  'Antwoord Jozefien', 'Doel Florentijn', 'Werknota Gudrun', 'Actie Hildebrand', 'Vrijwilliger Leopoldine', 'Nonkel Mauritsje',
  'Herstelling Wannes', 'Evaluatie Xaveria', 'Deelnemer Ingeborg', 'Coördinator Kasimir', 'Sterkte Odilia', 'Hulpvraag Radboud', 'Drempelnota Quirina'];

describe.each(targets)('consent, audit and erasure on $name', (target) => {
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

  it('[consent] a case holds no network data before the family\'s registration consent is recorded', async () => {
    const created = await x1.post('/api/cases', { name: 'Gezin Zonder' });
    const caseId = created.json().id as string;
    const map = await x1.post(`/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Iemand' } });
    expect(map.statusCode).toBe(409);
    expect(map.json().error.code).toBe('consent_required');
    const imported = await x1.post(`/api/cases/${caseId}/maps/import`, { format: 'netwerkkaart', version: 1, map: { id: 'k', ego: { kind: 'persoon', name: 'Iemand' } } });
    expect(imported.statusCode).toBe(409);
    expect(await database.handle.db.selectFrom('maps').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    await x1.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Iemand', givenOn: '2026-01-05' });
    expect((await x1.post(`/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Iemand' } })).statusCode).toBe(201);
  });

  it('[consent] a sharing consent names the partners; without them it is refused', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const res = await x1.post(`/api/cases/${caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-05' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('partners');
  });

  it('[audit] every read and every change of a case\'s data leaves a line: who, when, what, which case', async () => {
    const { caseId, mapId, snapshotId, alterId, version } = await createCaseWithMap(x1);
    await x1.get(`/api/cases/${caseId}`);
    await x1.get(`/api/maps/${mapId}`);
    await x1.get(`/api/maps/${mapId}/snapshots/${snapshotId}/analysis`);
    await x1.get(`/api/maps/${mapId}/export`);
    await x1.put(`/api/maps/${mapId}/snapshots/${snapshotId}/alters/${alterId}`, { name: 'Tante Testa', ring: 2, sector: 'familie' }, { 'if-match': `"${version}"` });
    const admin = await login(app, world.users.beheerder.email);
    const log = await admin.get(`/api/audit?caseId=${caseId}`);
    expect(log.statusCode).toBe(200);
    const entries = log.json().entries as { action: string; userId: string; caseId: string; at: string; target: string | null }[];
    const actions = entries.map((e) => e.action).reverse();
    expect(actions).toEqual(['case.create', 'consent.record', 'map.create', 'snapshot.create', 'alter.create', 'case.read', 'map.read', 'analysis.read', 'map.export', 'alter.update']);
    for (const e of entries) {
      expect(e.userId).toBe(world.users.x1.id);
      expect(e.caseId).toBe(caseId);
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
    expect(entries[0]?.target).toBe(`${mapId}/${snapshotId}/${alterId}`);
  });

  it('[audit] the log is the beheerder\'s only and shows only their organisation', async () => {
    expect((await x1.get('/api/audit')).statusCode).toBe(403);
    const admin = await login(app, world.users.beheerder.email);
    const b1 = await login(app, world.users.b1.email);
    const foreign = await createCaseWithMap(b1);
    expect((await admin.get(`/api/audit?caseId=${foreign.caseId}`)).json().entries).toEqual([]);
  });

  it('[erasure] erasing a case leaves no personal data in any table, encrypted or clear, and only pseudonymous audit lines', async () => {
    const [family, alterName, caseName, title, juf, origin, role, partner, snapNote] = NAMES as [string, string, string, string, string, string, string, string, string];
    const { caseId, mapId, snapshotId, alterId: tante, version } = await createCaseWithMap(x1, { family: caseName, alter: alterName });
    await x1.patch(`/api/cases/${caseId}`, { members: [{ name: family, role: 'mama', birthYear: 1990 }] });
    await x1.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: family, givenOn: '2026-01-05' });
    await x1.post(`/api/cases/${caseId}/consents`, { scope: 'delen', givenBy: family, givenOn: '2026-01-05', partners: [partner] });
    const base = `/api/maps/${mapId}`;
    expect((await x1.patch(base, { title, ego: { kind: 'persoon', name: family } }, { 'if-match': `"${version}"` })).statusCode).toBe(200);
    const added = await x1.post(`${base}/snapshots/${snapshotId}/alters`, { name: juf, ring: 2, origin, role, note: `${juf} helpt` }, { 'if-match': `"${version + 1}"` });
    expect(added.statusCode).toBe(201);
    const jufId = added.json().alter.id as string;
    expect((await x1.patch(`${base}/snapshots/${snapshotId}`, { label: snapNote, note: snapNote }, { 'if-match': `"${version + 2}"` })).statusCode).toBe(200);
    expect((await x1.post(`${base}/snapshots/${snapshotId}/ties`, { a: tante, b: jufId }, { 'if-match': `"${version + 3}"` })).statusCode).toBe(201);
    const plan = await x1.post(`/api/cases/${caseId}/plan`, {
      mapId, madeBy: 'netwerk',
      startingQuestion: { answer: 'Antwoord Jozefien', thinkingAlong: [jufId] },
      goals: [{ id: 'g1', domain: 'welbevinden', words: 'Doel Florentijn', workerNote: 'Werknota Gudrun' }],
      actions: [{
        id: 'a1', what: 'Actie Hildebrand', goalId: 'g1', owner: { kind: 'vrijwilliger', name: 'Vrijwilliger Leopoldine' }, kind: 'doen', due: '2026-02-01',
        promise: { by: { name: 'Nonkel Mauritsje' }, followUpBy: '2026-02-10', fallback: 'Herstelling Wannes', fallbackOwner: { kind: 'begeleider' } },
        reviews: [{ date: '2026-02-11', text: 'Evaluatie Xaveria' }],
      }],
      eigenKracht: {
        coordinator: 'Coördinator Kasimir', participants: [{ name: 'Deelnemer Ingeborg' }, { alterId: jufId }],
        ownStrengths: [{ what: 'Sterkte Odilia', by: { alterId: tante } }], professionalHelp: [{ what: 'Hulpvraag Radboud' }],
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect((await x1.post(`/api/cases/${caseId}/barriers`, { code: 'schaamte', notedOn: '2026-01-05', notes: [{ date: '2026-01-05', text: 'Drempelnota Quirina' }], actionIds: ['a1'] })).statusCode).toBe(201);
    await x1.get(base);

    const before = await everyText(database.handle.db, cipher, database.config.searchPath);
    // Stored only encrypted: no name appears in any column as it is on disk...
    for (const name of NAMES) expect(before.filter((v) => v.stored.includes(name)).map((v) => v.where)).toEqual([]);
    // ...but each one is there once decrypted, so the search below can find them.
    for (const name of NAMES) expect(before.some((v) => v.plain.includes(name)), name).toBe(true);

    const erased = await x1.delete(`/api/cases/${caseId}`);
    expect(erased.statusCode).toBe(204);

    const after = await everyText(database.handle.db, cipher, database.config.searchPath);
    for (const name of NAMES) expect(after.filter((v) => v.plain.includes(name) || v.stored.includes(name)).map((v) => v.where), name).toEqual([]);
    const db = database.handle.db;
    expect(await db.selectFrom('cases').select('id').where('id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('case_members').select('person_id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('case_shares').select('user_id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('consents').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('maps').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('snapshots').select('id').where('map_id', '=', mapId).execute()).toEqual([]);
    expect(await db.selectFrom('alter_support').select('alter_id').where('map_id', '=', mapId).execute()).toEqual([]);
    expect(await database.handle.db.selectFrom('alters').select('id').where('map_id', '=', mapId).execute()).toEqual([]);
    expect(await database.handle.db.selectFrom('ties').select('a').where('map_id', '=', mapId).execute()).toEqual([]);
    expect(await db.selectFrom('plans').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('barriers').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    // The case's audit lines stay, under a new random id that no copy of the old one leads to.
    expect(await db.selectFrom('audit_log').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    const erasure = await db.selectFrom('audit_log').selectAll().where('action', '=', 'case.erase').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const lines = await db.selectFrom('audit_log').selectAll().where('case_id', '=', erasure.case_id).orderBy('id').execute();
    expect(lines.map((l) => l.action)).toEqual(expect.arrayContaining(['case.create', 'map.create', 'alter.create', 'case.erase']));
    expect(lines.at(-1)?.action).toBe('case.erase');
    expect(lines.slice(0, -1).every((l) => l.target === null)).toBe(true);
    expect((await x1.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('[consent] withdrawing the registration consent erases the case', async () => {
    const { caseId, mapId } = await createCaseWithMap(x1, { family: 'Gezin Intrekkers', alter: 'Buur Intrekker' });
    const consents = (await x1.get(`/api/cases/${caseId}/consents`)).json().consents as { id: string; scope: string }[];
    const registration = consents.find((c) => c.scope === 'registratie');
    const res = await x1.post(`/api/cases/${caseId}/consents/${registration?.id}/withdraw`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ withdrawn: true, erased: true });
    expect((await x1.get(`/api/maps/${mapId}`)).statusCode).toBe(404);
    const after = await everyText(database.handle.db, cipher, database.config.searchPath);
    expect(after.filter((v) => v.plain.includes('Intrekker'))).toEqual([]);
  });
});

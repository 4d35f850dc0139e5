import type { FastifyInstance } from 'fastify';
import { KANSARMOEDE_CRITERIA } from '@netwerkkracht/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { newId } from '../store/ids.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

const judgements = (weak: readonly string[], note?: string) =>
  KANSARMOEDE_CRITERIA.map((criterion) => ({ criterion, weak: weak.includes(criterion), ...(note && weak.includes(criterion) ? { note } : {}) }));
const CSV_HEADER = 'id,levensdomein,naam,wat,voor_wie,hoe,waar,wanneer,contact';

describe.each(targets)('kansarmoede-index, grondrechtenmeting and rechtenverkenner through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let beheerder: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => '2026-03-01' });
    x1 = await login(app, world.users.x1.email);
    beheerder = await login(app, world.users.beheerder.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const auditOf = async (caseId: string) => (await database.handle.db.selectFrom('audit_log').select(['action', 'target']).where('case_id', '=', caseId).orderBy('id').execute()).map((r) => r.action);

  it('[KI2][KI3][KI4] a check is stored encrypted, listed newest first with its count, and judged under the organisation\'s rule', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const first = await x1.post(`/api/cases/${caseId}/kansarmoede`, { checkedOn: '2026-01-10', judgements: judgements(['maandinkomen', 'huisvesting'], 'Huur slokt het loon op Zwartberg') });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().result).toEqual({ weakCount: 2, meetsRule: false, minWeak: 3 });
    const second = await x1.post(`/api/cases/${caseId}/kansarmoede`, { judgements: judgements(['maandinkomen', 'huisvesting', 'gezondheid']) });
    expect(second.json()).toMatchObject({ checkedOn: '2026-03-01', result: { weakCount: 3, meetsRule: true } });

    const list = await x1.get(`/api/cases/${caseId}/kansarmoede`);
    expect(list.json().checks.map((c: { checkedOn: string }) => c.checkedOn)).toEqual(['2026-03-01', '2026-01-10']);

    expect((await x1.put('/api/kansarmoede/settings', { minWeak: 2 })).statusCode).toBe(403);
    const changed = await beheerder.put('/api/kansarmoede/settings', { minWeak: 2 });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = await x1.get(`/api/cases/${caseId}/kansarmoede`);
    expect(after.json().checks.map((c: { result: { meetsRule: boolean } }) => c.result.meetsRule)).toEqual([true, true]);
    await beheerder.put('/api/kansarmoede/settings', { minWeak: 3 });

    const stored = await database.handle.db.selectFrom('kansarmoede_checks').select('judgements_enc').where('case_id', '=', caseId).execute();
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(row.judgements_enc).not.toMatch(/Zwartberg|maandinkomen|weak/);
    expect(await auditOf(caseId)).toEqual(expect.arrayContaining(['kansarmoede.create', 'kansarmoede.list']));
  });

  it('[KI5] a check missing a criterion or with a rule outside 1-6 is refused with the field named, in the reader\'s language, and nothing is stored', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const res = await x1.post(`/api/cases/${caseId}/kansarmoede`, { judgements: judgements([]).slice(1) }, { 'accept-language': 'fr' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('judgements');
    expect(res.json().error.message).toContain('Certaines données');
    expect(await database.handle.db.selectFrom('kansarmoede_checks').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    const bad = await beheerder.put('/api/kansarmoede/settings', { minWeak: 7 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0]).toMatchObject({ path: 'minWeak', code: 'too_big' });
  });

  it('[GM2][GM4] the default rights are the nine life domains; two measurements make a history per right; the first right is the family\'s choice', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const rights = await x1.get('/api/basic-rights', { 'accept-language': 'en' });
    expect(rights.json().custom).toBe(false);
    expect(rights.json().rights.map((r: { id: string }) => r.id)).toEqual(['werk', 'inkomen', 'huisvesting', 'gezondheid', 'welbevinden', 'onderwijs', 'kinderopvang', 'opvoeding', 'vrije_tijd']);
    expect(rights.json().rights[0].definitions).toHaveLength(11);

    const m1 = await x1.post(`/api/cases/${caseId}/rights-measurements`, {
      measuredOn: '2026-01-15', firstRightId: 'huisvesting',
      scores: [{ rightId: 'huisvesting', score: 5, note: 'Vocht in de slaapkamer Zwartberg', familyEstimate: 7, workerEstimate: 4 }, { rightId: 'inkomen', score: 2 }],
    });
    expect(m1.statusCode, m1.body).toBe(201);
    const m2 = await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'huisvesting', score: 7 }, { rightId: 'inkomen', score: 3 }] });
    expect(m2.json().measuredOn).toBe('2026-03-01');
    const list = (await x1.get(`/api/cases/${caseId}/rights-measurements`)).json();
    expect(list.measurements.map((m: { measuredOn: string }) => m.measuredOn)).toEqual(['2026-01-15', '2026-03-01']);
    expect(list.measurements[0]).toMatchObject({ firstRightId: 'huisvesting', scores: [{ rightId: 'huisvesting', score: 5, familyEstimate: 7, workerEstimate: 4 }, { rightId: 'inkomen', score: 2 }] });
    const stored = await database.handle.db.selectFrom('rights_measurements').select('measurement_enc').where('case_id', '=', caseId).execute();
    for (const row of stored) expect(row.measurement_enc).not.toMatch(/Zwartberg|huisvesting/);
    expect(await auditOf(caseId)).toEqual(expect.arrayContaining(['rights_measurement.create', 'rights_measurement.list']));
  });

  it('a check or a measurement entered by mistake is removed, audited, and a second removal answers 404', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const check = (await x1.post(`/api/cases/${caseId}/kansarmoede`, { judgements: judgements([]) })).json().id as string;
    const measurement = (await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 1 }] })).json().id as string;
    await x1.post(`/api/cases/${caseId}/rights-measurements`, { measuredOn: '2026-02-01', scores: [{ rightId: 'werk', score: 6 }] });
    expect((await x1.delete(`/api/cases/${caseId}/kansarmoede/${check}`)).statusCode).toBe(204);
    expect((await x1.delete(`/api/cases/${caseId}/kansarmoede/${check}`)).statusCode).toBe(404);
    expect((await x1.delete(`/api/cases/${caseId}/rights-measurements/${measurement}`)).statusCode).toBe(204);
    expect((await x1.get(`/api/cases/${caseId}/kansarmoede`)).json().checks).toEqual([]);
    expect((await x1.get(`/api/cases/${caseId}/rights-measurements`)).json().measurements.map((m: { scores: { score: number }[] }) => m.scores[0]?.score)).toEqual([6]);
    // Another case's id pair does not reach it.
    const other = await createCaseWithMap(x1);
    const kept = (await x1.post(`/api/cases/${other.caseId}/kansarmoede`, { judgements: judgements([]) })).json().id as string;
    expect((await x1.delete(`/api/cases/${caseId}/kansarmoede/${kept}`)).statusCode).toBe(404);
    expect(await auditOf(caseId)).toEqual(expect.arrayContaining(['kansarmoede.delete', 'rights_measurement.delete']));
  });

  it('[GM1][GM3] a score outside 0-10 or a right not on the list is refused naming the field, in Dutch and English, and nothing is stored', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const high = await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 11 }] });
    expect(high.statusCode).toBe(400);
    expect(high.json().error.issues[0]).toMatchObject({ path: 'scores[0].score', code: 'too_big' });
    expect(high.json().error.issues[0].message).toContain('hoogstens 10');
    const low = await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: -1 }] }, { 'accept-language': 'en' });
    expect(low.json().error.issues[0]).toMatchObject({ path: 'scores[0].score', code: 'too_small' });
    expect(low.json().error.issues[0].message).toContain('at least 0');
    const unknown = await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 4 }, { rightId: 'maanreis', score: 4 }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0]).toMatchObject({ path: 'scores[1].rightId', code: 'not_allowed' });
    expect(unknown.json().error.issues[0].message).toContain('maanreis');
    expect(await database.handle.db.selectFrom('rights_measurements').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
  });

  it('[GM2] the beheerder writes the organisation\'s own rights with definitions; a list with ten definitions is refused', async () => {
    const definitions = Array.from({ length: 11 }, (_, s) => `Stap ${s} van het recht op water`);
    const own = [{ id: 'water', label: 'Water en energie', definitions }, { id: 'werk', label: 'Werk', definitions }];
    expect((await x1.put('/api/basic-rights', { rights: own })).statusCode).toBe(403);
    const bad = await beheerder.put('/api/basic-rights', { rights: [{ ...own[0], definitions: definitions.slice(1) }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('rights[0].definitions');
    const saved = await beheerder.put('/api/basic-rights', { rights: own });
    expect(saved.json()).toEqual({ rights: own, custom: true });
    const { caseId } = await createCaseWithMap(x1);
    expect((await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'water', score: 6 }] })).statusCode).toBe(201);
    expect((await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'inkomen', score: 6 }] })).statusCode).toBe(400);
    expect((await beheerder.put('/api/basic-rights', { rights: null })).json().custom).toBe(false);
  });

  it('[RV3] a rights CSV with a wrong column is refused with line and column, translated, and nothing is stored; a good one imports and exports back', async () => {
    const before = (await x1.get('/api/rights-explorer/rights')).json().rights.length;
    const wrong = await beheerder.post('/api/rights-explorer/import', { csv: 'id,domein,naam,wat,voor_wie,hoe,waar,wanneer,contact\n,inkomen,Premie,,,,,,\n' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.csvIssues[0]).toMatchObject({ code: 'unknown_column', line: 1, column: 2 });
    expect(wrong.json().error.csvIssues[0].message).toContain('regel 1, kolom 2');
    const badDomain = await beheerder.post('/api/rights-explorer/import', { csv: `${CSV_HEADER}\n,inkomen,Premie,,,,,,\n,maan,Reis,,,,,,\n` }, { 'accept-language': 'en' });
    expect(badDomain.json().error.csvIssues).toEqual([expect.objectContaining({ code: 'unknown_code', line: 3, column: 2, field: 'levensdomein', message: expect.stringContaining('line 3, column 2 (levensdomein)') })]);
    expect((await x1.get('/api/rights-explorer/rights')).json().rights.length).toBe(before);
    expect((await x1.post('/api/rights-explorer/import', { csv: `${CSV_HEADER}\n,inkomen,Premie,,,,,,\n` })).statusCode).toBe(403);

    const good = await beheerder.post('/api/rights-explorer/import', { csv: `${CSV_HEADER}\n,inkomen,Waterpremie,"Korting op water, elk jaar",Gezinnen met een laag inkomen,Formulier invullen,Welzijnspunt,Voor 30 juni,https://example.org/water\n,kinderopvang,Verminderd tarief,,,,,,\n` });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ added: 2, updated: 0 });
    const csv = (await x1.get('/api/rights-explorer/export')).body;
    expect(csv).toContain('"Korting op water, elk jaar"');
    const again = await beheerder.post('/api/rights-explorer/import', { csv });
    expect(again.json()).toMatchObject({ added: 0, updated: before + 2 });
    const unknownDomain = await beheerder.post('/api/rights-explorer/rights', { domain: 'ruimtevaart', name: 'X' });
    expect(unknownDomain.json().error.issues[0]).toMatchObject({ path: 'domain', code: 'not_allowed' });
  });

  it('[RV1] a right is marked asked then realised for a family with dates, encrypted note, audited; an unknown right is refused naming it', async () => {
    const created = await beheerder.post('/api/rights-explorer/rights', { domain: 'kinderopvang', name: 'Korting opvang', how: 'Attest vragen' });
    const rightId = created.json().id as string;
    const { caseId } = await createCaseWithMap(x1);
    const asked = await x1.put(`/api/cases/${caseId}/rights/${rightId}`, { status: 'aangevraagd', on: '2026-02-20', note: 'Attest bij Zwartberg gevraagd' });
    expect(asked.statusCode, asked.body).toBe(200);
    const done = await x1.put(`/api/cases/${caseId}/rights/${rightId}`, { status: 'gerealiseerd' });
    expect(done.json()).toEqual({ rightId, status: 'gerealiseerd', statusOn: '2026-03-01', askedOn: '2026-02-20', realisedOn: '2026-03-01', note: 'Attest bij Zwartberg gevraagd' });
    const list = (await x1.get(`/api/cases/${caseId}/rights`)).json();
    expect(list.statuses).toEqual([done.json()]);
    expect(list.rights.some((r: { id: string }) => r.id === rightId)).toBe(true);
    const row = await database.handle.db.selectFrom('case_rights').select('note_enc').where('case_id', '=', caseId).executeTakeFirstOrThrow();
    expect(row.note_enc).not.toContain('Zwartberg');
    const unknown = await x1.put(`/api/cases/${caseId}/rights/${newId()}`, { status: 'aangevraagd' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('rightId');
    const badStatus = await x1.put(`/api/cases/${caseId}/rights/${rightId}`, { status: 'misschien' });
    expect(badStatus.json().error.issues[0].path).toBe('status');
    expect((await x1.get(`/api/cases/${caseId}/rights`)).json().statuses).toHaveLength(1);
    expect(await auditOf(caseId)).toEqual(expect.arrayContaining(['case_right.update', 'case_right.list']));
  });

  it('another organisation\'s right cannot be marked for a family: it answers like a right that does not exist', async () => {
    const { caseId } = await createCaseWithMap(x1);
    // Organisation B's beheerder is not in the test world: its right goes in directly.
    const foreignId = newId();
    await database.handle.db.insertInto('explorer_rights').values({ organisation_id: world.orgB, id: foreignId, seq: 0, domain: 'werk', name: 'B', what: '', for_whom: '', how: '', where_to: '', when_to: '', contact: '', created_at: '2026-01-01', updated_at: '2026-01-01' }).execute();
    const foreign = await x1.put(`/api/cases/${caseId}/rights/${foreignId}`, { status: 'te_doen' });
    const missing = await x1.put(`/api/cases/${caseId}/rights/${'z'.repeat(20)}`, { status: 'te_doen' });
    expect(foreign.statusCode).toBe(400);
    expect(missing.statusCode).toBe(400);
    expect(foreign.json().error.issues[0].code).toBe(missing.json().error.issues[0].code);
    expect(await database.handle.db.selectFrom('case_rights').select('right_id').where('case_id', '=', caseId).execute()).toEqual([]);
  });

  it('[pdf] the family\'s rights schema PDF answers 404 for another team\'s case and 503 where the server cannot render', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const y1 = await login(app, world.users.y1.email);
    expect((await y1.get(`/api/cases/${caseId}/rights-schema.pdf`)).statusCode).toBe(404);
    const res = await x1.get(`/api/cases/${caseId}/rights-schema.pdf?lang=fr`);
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('pdf_unavailable');
    expect((await x1.get(`/api/cases/${caseId}/rights-schema.pdf?lang=xx`)).json().error.issues[0].path).toBe('lang');
  });

  it('the family\'s data export holds its checks, measurements and rights statuses (the right of access)', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const right = (await beheerder.post('/api/rights-explorer/rights', { domain: 'werk', name: 'Jobbonus' })).json().id as string;
    await x1.post(`/api/cases/${caseId}/kansarmoede`, { judgements: judgements(['gezondheid'], 'Astma') });
    await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 2 }] });
    await x1.put(`/api/cases/${caseId}/rights/${right}`, { status: 'te_doen' });
    const exported = (await x1.get(`/api/cases/${caseId}/export`)).json();
    expect(exported.kansarmoedeChecks).toEqual([expect.objectContaining({ checkedOn: '2026-03-01', judgements: expect.arrayContaining([{ criterion: 'gezondheid', weak: true, note: 'Astma' }]) })]);
    expect(exported.rightsMeasurements).toEqual([expect.objectContaining({ scores: [{ rightId: 'werk', score: 2 }] })]);
    expect(exported.rights).toEqual([{ rightId: right, status: 'te_doen', statusOn: '2026-03-01' }]);
  });

  it('erasing a case removes its checks, measurements and rights statuses', async () => {
    const { caseId } = await createCaseWithMap(x1);
    const right = (await beheerder.post('/api/rights-explorer/rights', { domain: 'werk', name: 'Opleidingscheque' })).json().id as string;
    await x1.post(`/api/cases/${caseId}/kansarmoede`, { judgements: judgements(['maandinkomen']) });
    await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 3 }] });
    await x1.put(`/api/cases/${caseId}/rights/${right}`, { status: 'te_doen' });
    expect((await x1.delete(`/api/cases/${caseId}`)).statusCode).toBe(204);
    const db = database.handle.db;
    expect(await db.selectFrom('kansarmoede_checks').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('rights_measurements').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect(await db.selectFrom('case_rights').select('right_id').where('case_id', '=', caseId).execute()).toEqual([]);
  });
});

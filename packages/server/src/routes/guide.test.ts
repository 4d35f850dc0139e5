import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

const NOTE = 'Mama vertelt dat de buurvrouw elke week soep brengt';
/** The first save of a map's guide: none is stored yet, version 0. */
const FIRST = { 'if-match': '"0"' };
const state = (alterId: string) => ({
  version: 1, status: 'paused', step: 5,
  notes: { familie: NOTE }, added: { familie: [alterId] }, answers: { bezig: [alterId] }, replies: { laten_weten: 'Met een berichtje' },
});

describe.each(targets)('the conversation guide kept with the map on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[G1] a map without a saved guide answers 200 with no state (an expected empty state, not an error)', async () => {
    const { mapId } = await createCaseWithMap(x1);
    const read = await x1.get(`/api/maps/${mapId}/guide`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ version: 0, updatedAt: null, state: null });
  });

  it('[G2] the guide saved in one browser comes back in another session, encrypted at rest, every save and read audited', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    const saved = await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, FIRST);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    const again = await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), step: 6 } }, { 'if-match': '"1"' });
    expect(again.json().version).toBe(2);

    const otherBrowser = await login(app, world.users.x1.email);
    const read = await otherBrowser.get(`/api/maps/${mapId}/guide`);
    expect(read.json()).toMatchObject({ version: 2, state: { ...state(alterId), step: 6 } });
    // The coach of the team works with the case too.
    expect((await (await login(app, world.users.coachX.email)).get(`/api/maps/${mapId}/guide`)).json().state.notes.familie).toBe(NOTE);

    const raw = await database.handle.db.selectFrom('guide_states').select('state_enc').where('map_id', '=', mapId).executeTakeFirstOrThrow();
    expect(raw.state_enc.startsWith('v2.')).toBe(true);
    expect(raw.state_enc).not.toContain('soep');

    await app.ctx.readAudit.flush();
    const audit = await database.handle.db.selectFrom('audit_log').select('action').where('case_id', '=', caseId).where('action', 'like', 'guide.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['guide.read', 'guide.read', 'guide.update', 'guide.update']);
  });

  it('[G3] a damaged guide is refused with a translated error naming the field, and nothing is stored', async () => {
    const { mapId, alterId } = await createCaseWithMap(x1);
    const bad = await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), step: 'vijf' } }, FIRST);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.issues)).toContain('step');
    const french = new (x1.constructor as typeof TestClient)(app, x1.cookie, x1.csrfToken, 'fr');
    const tooLong = await french.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), notes: { familie: 'x'.repeat(8101) } } }, FIRST);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).not.toBe(bad.json().error.message);
    expect((await x1.get(`/api/maps/${mapId}/guide`)).json().state).toBeNull();
  });

  it('[G4] withdrawing the family\'s registration consent erases the case and its guide; removing a map removes its guide', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    expect((await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, FIRST)).statusCode).toBe(200);
    const consents = (await x1.get(`/api/cases/${caseId}/consents`)).json<{ consents: { id: string }[] } | { id: string }[]>();
    const list = Array.isArray(consents) ? consents : consents.consents;
    for (const c of list) await x1.post(`/api/cases/${caseId}/consents/${c.id}/withdraw`);
    expect((await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect(await database.handle.db.selectFrom('guide_states').select('map_id').where('map_id', '=', mapId).execute()).toEqual([]);

    const other = await createCaseWithMap(x1);
    await x1.put(`/api/maps/${other.mapId}/guide`, { state: state(other.alterId) }, FIRST);
    const version = (await x1.get(`/api/maps/${other.mapId}`)).json<{ version: number }>().version;
    expect((await x1.delete(`/api/maps/${other.mapId}`, { 'if-match': `"${version}"` })).statusCode).toBe(204);
    expect(await database.handle.db.selectFrom('guide_states').select('map_id').where('map_id', '=', other.mapId).execute()).toEqual([]);
  });

  it('[G5] the family\'s data (right of access) holds the written answers to the how-questions beside the notes', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    const replies = { laten_weten: 'Ik stuur een berichtje naar mijn zus', beroep_doen: 'Vragen gaat beter als ik iets terug kan doen' };
    expect((await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), replies } }, FIRST)).statusCode).toBe(200);
    const exported = await x1.get(`/api/cases/${caseId}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json().guides).toEqual([{ mapId, updatedAt: expect.any(String), state: expect.objectContaining({ notes: { familie: NOTE }, replies }) }]);
  });

  it('[G6] a save without If-Match is refused with 428 (translated, naming If-Match) and changes nothing', async () => {
    const { mapId, alterId } = await createCaseWithMap(x1);
    const missing = await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error.code).toBe('version_required');
    expect(missing.json().error.message).toContain('If-Match');
    const french = new (x1.constructor as typeof TestClient)(app, x1.cookie, x1.csrfToken, 'fr');
    expect((await french.put(`/api/maps/${mapId}/guide`, { state: state(alterId) })).json().error.message).not.toBe(missing.json().error.message);
    expect((await x1.get(`/api/maps/${mapId}/guide`)).json()).toEqual({ version: 0, updatedAt: null, state: null });
  });

  it('[G7] every save based on the current version goes up by one, and the version comes back as ETag', async () => {
    const { mapId, alterId } = await createCaseWithMap(x1);
    expect((await x1.get(`/api/maps/${mapId}/guide`)).headers.etag).toBe('"0"');
    for (let version = 0; version < 3; version += 1) {
      const saved = await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), step: version } }, { 'if-match': `"${version}"` });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ version: version + 1, state: { step: version } });
      expect(saved.headers.etag).toBe(`"${version + 1}"`);
    }
    const read = await x1.get(`/api/maps/${mapId}/guide`);
    expect(read.json()).toMatchObject({ version: 3, state: { step: 2 } });
    expect(read.headers.etag).toBe('"3"');
  });

  it('[G11] a note merged from two devices (two full 4,000-character texts and the separator) is stored whole; a longer one is refused naming the field', async () => {
    const { mapId, alterId } = await createCaseWithMap(x1);
    const merged = `${'a'.repeat(4000)}\n\n— — —\n\n${'b'.repeat(4000)}`;
    const saved = await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), notes: { familie: merged } } }, { 'if-match': '"0"' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await x1.get(`/api/maps/${mapId}/guide`)).json().state.notes.familie).toBe(merged);
    const tooLong = await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), notes: { familie: 'c'.repeat(8101) } } }, { 'if-match': '"1"' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.issues[0].path).toBe('state.notes.familie');
  });

  it('[G8] a stale save (a device that kept older progress offline) gets 409 with the state stored now and overwrites nothing', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    const colleague = { ...state(alterId), notes: { familie: 'De collega schreef dit online' } };
    expect((await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, FIRST)).statusCode).toBe(200);
    expect((await (await login(app, world.users.coachX.email)).put(`/api/maps/${mapId}/guide`, { state: colleague }, { 'if-match': '"1"' })).statusCode).toBe(200);
    await app.ctx.readAudit.flush();
    const auditBefore = await database.handle.db.selectFrom('audit_log').select('action').where('case_id', '=', caseId).where('action', 'like', 'guide.%').execute();

    // The offline device still thinks version 1 is the newest.
    const stale = await x1.put(`/api/maps/${mapId}/guide`, { state: { ...state(alterId), step: 9 } }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: 2, current: { version: 2, updatedAt: expect.any(String), state: colleague } });
    // A first save when one is stored is stale too.
    const first = await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, FIRST);
    expect(first.statusCode).toBe(409);
    expect(first.json().error.current.state).toEqual(colleague);
    expect((await x1.get(`/api/maps/${mapId}/guide`)).json()).toMatchObject({ version: 2, state: colleague });

    // No update line for a refused save; handing out the stored state is a read, audited as one.
    await app.ctx.readAudit.flush();
    const auditAfter = await database.handle.db.selectFrom('audit_log').select('action').where('case_id', '=', caseId).where('action', 'like', 'guide.%').execute();
    const count = (rows: { action: string }[], action: string) => rows.filter((r) => r.action === action).length;
    expect(count(auditAfter, 'guide.update')).toBe(count(auditBefore, 'guide.update'));
    expect(count(auditAfter, 'guide.read')).toBe(count(auditBefore, 'guide.read') + 3);
  });

  it('[G9] a save based on a version when none is stored yet gets 409 with version 0 and no state', async () => {
    const { mapId, alterId } = await createCaseWithMap(x1);
    const stale = await x1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, { 'if-match': '"4"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ currentVersion: 0, current: { version: 0, updatedAt: null, state: null } });
  });

  it('[G10] another organisation\'s worker gets 404 with or without If-Match, before any version is looked at', async () => {
    const { mapId, alterId } = await createCaseWithMap(x1);
    const y1 = await login(app, world.users.y1.email);
    expect((await y1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) })).statusCode).toBe(404);
    expect((await y1.put(`/api/maps/${mapId}/guide`, { state: state(alterId) }, FIRST)).statusCode).toBe(404);
    expect((await x1.get(`/api/maps/${mapId}/guide`)).json().state).toBeNull();
  });
});

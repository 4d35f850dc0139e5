import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

describe.each(targets)('barriers of a case through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => '2026-03-01' });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function caseWithPlan() {
    const made = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${made.caseId}/plan`, {
      mapId: made.mapId,
      actions: [{ id: 'samen-bellen', what: 'Samen de tante bellen', owner: { kind: 'begeleider' }, kind: 'doen', link: { kind: 'persoon', alterId: made.alterId } }],
    });
    return made;
  }

  it('[B2] a barrier is noted today, linked to plan actions, changed with If-Match and removed', async () => {
    const { caseId } = await caseWithPlan();
    const created = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'vraagverlegenheid', notes: [{ date: '2026-02-28', text: 'Mama wil niemand lastigvallen' }], actionIds: ['samen-bellen'] });
    expect(created.statusCode, created.body).toBe(201);
    const barrier = created.json().barrier;
    expect(barrier).toMatchObject({ code: 'vraagverlegenheid', holder: { kind: 'gezin' }, status: 'speelt', notedOn: '2026-03-01' });
    const list = await x1.get(`/api/cases/${caseId}/barriers`);
    expect(list.json().barriers).toEqual([{ version: 1, barrier, actions: [expect.objectContaining({ id: 'samen-bellen' })], missingActionIds: [] }]);
    expect(list.json().unaddressed).toEqual([]);

    const body = { code: 'vraagverlegenheid', status: 'verminderd', notes: barrier.notes, actionIds: ['samen-bellen'] };
    expect((await x1.put(`/api/cases/${caseId}/barriers/${barrier.id}`, body)).statusCode).toBe(428);
    const updated = await x1.put(`/api/cases/${caseId}/barriers/${barrier.id}`, body, { 'if-match': '"1"' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, barrier: { status: 'verminderd', notedOn: '2026-03-01' } });
    const stale = await x1.put(`/api/cases/${caseId}/barriers/${barrier.id}`, { ...body, status: 'weg' }, { 'if-match': '"1"' });
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    expect((await x1.delete(`/api/cases/${caseId}/barriers/${barrier.id}`, { 'if-match': '"2"' })).statusCode).toBe(204);
    expect((await x1.get(`/api/cases/${caseId}/barriers`)).json().barriers).toEqual([]);
  });

  it('[B2] the network reacting to change (seed 000) is stored held by a person of the map, linked to an action, and read back with its code', async () => {
    const { caseId, alterId } = await caseWithPlan();
    const created = await x1.post(`/api/cases/${caseId}/barriers`, {
      code: 'netwerk_reageert_op_verandering', holder: { kind: 'netwerklid', alterId },
      notes: [{ date: '2026-02-27', text: 'Tante vindt dat de begeleider zich te veel moeit' }], actionIds: ['samen-bellen'],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().barrier).toMatchObject({ code: 'netwerk_reageert_op_verandering', holder: { kind: 'netwerklid', alterId }, status: 'speelt', notedOn: '2026-03-01' });
    const list = (await x1.get(`/api/cases/${caseId}/barriers`)).json();
    expect(list.barriers).toEqual([{
      version: 1, barrier: created.json().barrier, actions: [expect.objectContaining({ id: 'samen-bellen' })], missingActionIds: [],
    }]);
    expect(list.barriers[0].barrier.notes[0].text).toBe('Tante vindt dat de begeleider zich te veel moeit');
    // The family's own copy of its data holds it too.
    expect((await x1.get(`/api/cases/${caseId}/export`)).json().barriers.map((b: { code: string }) => b.code)).toEqual(['netwerk_reageert_op_verandering']);
  });

  it('[B2][B3] an action removed from the plan is reported missing, and the barrier then asks for attention', async () => {
    const { caseId, alterId } = await caseWithPlan();
    const created = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'kosten', holder: { kind: 'netwerklid', alterId }, actionIds: ['samen-bellen'] });
    expect(created.statusCode, created.body).toBe(201);
    await x1.delete(`/api/cases/${caseId}/plan/actions/samen-bellen`, { 'if-match': '"1"' });
    const list = (await x1.get(`/api/cases/${caseId}/barriers`)).json();
    expect(list.barriers[0]).toMatchObject({ actions: [], missingActionIds: ['samen-bellen'] });
    expect(list.unaddressed).toEqual([created.json().barrier.id]);
  });

  it('[consent] a case without the family\'s registration consent takes no barrier and no plan', async () => {
    const created = await x1.post('/api/cases', { name: 'Gezin Zonder Toestemming' });
    const caseId = created.json().id as string;
    const barrier = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'schaamte' });
    expect(barrier.statusCode).toBe(409);
    expect(barrier.json().error.code).toBe('consent_required');
    const other = await createCaseWithMap(x1);
    expect((await x1.post(`/api/cases/${caseId}/plan`, { mapId: other.mapId })).json().error.code).toBe('consent_required');
    expect((await x1.get(`/api/cases/${caseId}/barriers`)).json().barriers).toEqual([]);
  });

  it('[B4][bad input] an unknown code or an action the plan does not have is refused naming the field, and nothing is stored', async () => {
    const { caseId } = await caseWithPlan();
    const badCode = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'luiheid' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.issues[0].path).toBe('code');
    const badAction = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'tijd', actionIds: ['samen-bellen', 'verzonnen'] });
    expect(badAction.statusCode).toBe(400);
    expect(badAction.json().error.issues).toEqual([expect.objectContaining({ path: 'actionIds[1]', code: 'not_allowed' })]);
    const badHolder = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'tijd', holder: { kind: 'netwerklid' } });
    expect(badHolder.json().error.issues[0].path).toBe('holder.alterId');
    const unknownHolder = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'tijd', holder: { kind: 'netwerklid', alterId: 'nonkel' } });
    expect(unknownHolder.json().error.issues[0]).toMatchObject({ path: 'holder.alterId', code: 'unknown_alter' });
    expect((await x1.get(`/api/cases/${caseId}/barriers`)).json().barriers).toEqual([]);
  });
});

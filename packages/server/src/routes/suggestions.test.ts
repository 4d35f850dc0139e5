import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

interface SuggestionJson { id: string; rule: string; reasonText: string; link: unknown; localServices: string[]; models: string[]; initiatives: string[] }

describe.each(targets)('suggestions and follow-up through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let beheerder: TestClient;
  let serviceId: string;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => '2026-03-01' });
    x1 = await login(app, world.users.x1.email);
    beheerder = await login(app, world.users.beheerder.email);
    const service = await beheerder.post('/api/social-map/services', {
      name: 'Klusjesdienst De Buurt', region: 'Hasselt', cost: 'gratis', supportFunctions: ['praktisch'], targetGroup: 'gezinnen met jonge kinderen',
    });
    expect(service.statusCode, service.body).toBe(201);
    serviceId = service.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const suggestions = async (mapId: string, snapshotId: string, query = '', client = x1) => {
    const res = await client.get(`/api/maps/${mapId}/snapshots/${snapshotId}/suggestions${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().suggestions as SuggestionJson[];
  };

  it('[SG1] every suggestion of a snapshot with gaps has its reason in the asked language, and no score', async () => {
    const { mapId, snapshotId } = await createCaseWithMap(x1);
    const list = await suggestions(mapId, snapshotId);
    expect(list.map((s) => s.id)).toContain('S2-praktisch');
    for (const s of list) expect(s.reasonText.length).toBeGreaterThan(10);
    const practical = list.find((s) => s.id === 'S2-praktisch');
    expect(practical?.link).toEqual({ kind: 'gat', function: 'praktisch' });
    expect(JSON.stringify(list)).not.toMatch(/score|rank|weight/);
    const english = await app.inject({ method: 'GET', url: `/api/maps/${mapId}/snapshots/${snapshotId}/suggestions`, headers: { cookie: x1.cookie, 'accept-language': 'en' } });
    expect(english.json().suggestions.find((s: SuggestionJson) => s.id === 'S2-praktisch').reasonText).toMatch(/^For /);
  });

  it('[S11] with a professional on the map, a difficult relation of the own circle returns the network reacting to change, named, in the asked language', async () => {
    const { caseId, mapId, snapshotId, alterId: tante } = await createCaseWithMap(x1);
    expect((await suggestions(mapId, snapshotId)).filter((s) => s.rule === 'S11')).toEqual([]);
    const help = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: 'Gezinsbegeleider', sector: 'hulpverlening', ring: 2 }, { 'if-match': '"3"' });
    expect(help.statusCode, help.body).toBe(201);
    const oma = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: 'Oma Rosa', sector: 'familie', ring: 1, valence: 'belastend' }, { 'if-match': '"4"' });
    expect(oma.statusCode, oma.body).toBe(201);
    const omaId = oma.json().alter.id as string;
    const s11 = (await suggestions(mapId, snapshotId)).filter((s) => s.rule === 'S11');
    expect(s11.map((s) => [s.id, s.link])).toEqual([[`S11-${omaId}`, { kind: 'persoon', alterId: omaId }]]);
    expect(s11[0]?.reasonText).toContain('Oma Rosa');
    expect(s11[0]?.reasonText).toContain('‘de hulpverlener of ik’');
    expect(s11[0]?.models).toEqual(['persoonlijk_netwerk']);
    expect(s11.map((s) => s.id)).not.toContain(`S11-${tante}`);
    const english = await app.inject({ method: 'GET', url: `/api/maps/${mapId}/snapshots/${snapshotId}/suggestions`, headers: { cookie: x1.cookie, 'accept-language': 'en' } });
    expect(english.json().suggestions.find((s: SuggestionJson) => s.rule === 'S11').reasonText).toContain('“the support worker or me”');
    // Chosen by the family, it becomes an action about that person.
    await x1.post(`/api/cases/${caseId}/plan`, { mapId });
    const accepted = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/suggestions/accept`, { suggestionId: `S11-${omaId}`, what: 'Oma Rosa uitnodigen op het volgende gesprek', owner: { kind: 'begeleider' }, kind: 'doen' }, { 'if-match': '"1"' });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().action).toMatchObject({ link: { kind: 'persoon', alterId: omaId }, origin: { rule: 'S11' } });
  });

  it('[SO4] a local service of the sociale kaart that gives the missing support is offered, and the region filters it', async () => {
    const { mapId, snapshotId } = await createCaseWithMap(x1);
    const inHasselt = await app.inject({ method: 'GET', url: `/api/maps/${mapId}/snapshots/${snapshotId}/suggestions?region=Hasselt`, headers: { cookie: x1.cookie } });
    const practical = inHasselt.json().suggestions.find((s: SuggestionJson) => s.id === 'S2-praktisch');
    expect(practical.localServices).toContain(serviceId);
    expect(inHasselt.json().localServices.map((s: { id: string }) => s.id)).toContain(serviceId);
    const inGent = (await suggestions(mapId, snapshotId, '?region=Gent')).find((s) => s.id === 'S2-praktisch');
    expect(inGent?.localServices).not.toContain(serviceId);
    // Another organisation's sociale kaart is not offered.
    const b1 = await login(app, world.users.b1.email);
    const foreign = await createCaseWithMap(b1);
    expect((await suggestions(foreign.mapId, foreign.snapshotId, '?region=Hasselt', b1)).flatMap((s) => s.localServices)).not.toContain(serviceId);
  });

  it('[SA1][SA2][SA3] accepting a suggestion makes an open plan action linked to the gap, recording the rule and the chosen service', async () => {
    const { caseId, mapId, snapshotId } = await createCaseWithMap(x1);
    expect((await x1.post(`/api/cases/${caseId}/plan`, { mapId })).statusCode).toBe(201);
    const choice = { suggestionId: 'S2-praktisch', what: 'Langsgaan bij de klusjesdienst', owner: { kind: 'begeleider' }, kind: 'doen', due: '2026-03-20', localServiceId: serviceId };
    const accepted = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/suggestions/accept?region=Hasselt`, choice, { 'if-match': '"1"' });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({
      version: 2,
      action: { what: choice.what, status: 'open', link: { kind: 'gat', function: 'praktisch' }, origin: { rule: 'S2', localServiceId: serviceId } },
    });
    const plan = (await x1.get(`/api/cases/${caseId}/plan`)).json().plan;
    expect(plan.actions).toEqual([accepted.json().action]);
  });

  it('[SA4] a made-up suggestion id or an option that was not offered is refused on its field, and the plan stays as it was', async () => {
    const { caseId, mapId, snapshotId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, { mapId });
    const base = { what: 'Iets proberen', owner: { kind: 'persoon' }, kind: 'meedenken' };
    const url = `/api/maps/${mapId}/snapshots/${snapshotId}/suggestions/accept`;
    const madeUp = await x1.post(url, { ...base, suggestionId: 'S2-toverkracht' }, { 'if-match': '"1"' });
    expect(madeUp.statusCode).toBe(400);
    expect(madeUp.json().error.issues[0]).toMatchObject({ path: 'suggestionId', code: 'not_allowed' });
    // Without a region the service is offered; with Gent it is not, and the server recomputes with the region sent.
    const notOffered = await x1.post(`${url}?region=Gent`, { ...base, suggestionId: 'S2-praktisch', localServiceId: serviceId }, { 'if-match': '"1"' });
    expect(notOffered.statusCode).toBe(400);
    expect(notOffered.json().error.issues[0].path).toBe('localServiceId');
    const otherPerson = await x1.post(url, { ...base, suggestionId: 'S2-praktisch', alterId }, { 'if-match': '"1"' });
    expect(otherPerson.json().error.issues[0].path).toBe('alterId');
    const badBody = await x1.post(url, { suggestionId: 'S2-praktisch', kind: 'doen' }, { 'if-match': '"1"' });
    expect(badBody.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['owner', 'what']);
    expect((await x1.post(url, { ...base, suggestionId: 'S2-praktisch' })).statusCode).toBe(428);
    const plan = await x1.get(`/api/cases/${caseId}/plan`);
    expect(plan.json().version).toBe(1);
    expect(plan.json().plan.actions).toEqual([]);
  });

  it('[E1][PL13] after accepting a suggestion and a new snapshot in which a neighbour helps, the follow-up shows the gap closed', async () => {
    const { caseId, mapId, snapshotId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, { mapId });
    const accepted = await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/suggestions/accept`, { suggestionId: 'S2-praktisch', what: 'Iemand zoeken voor klusjes', owner: { kind: 'persoon' }, kind: 'doen' }, { 'if-match': '"1"' });
    const actionId = accepted.json().action.id as string;
    const made = await x1.post(`/api/maps/${mapId}/snapshots`, { kind: 'is', date: '2026-05-01', copyFrom: snapshotId }, { 'if-match': '"3"' });
    expect(made.statusCode, made.body).toBe(201);
    const later = made.json().snapshot.id as string;
    const neighbour = await x1.post(`/api/maps/${mapId}/snapshots/${later}/alters`, { name: 'Buurvrouw Nadia', sector: 'samenleving', ring: 2, support: { praktisch: 'ontvangt' } }, { 'if-match': '"4"' });
    expect(neighbour.statusCode, neighbour.body).toBe(201);
    const buurvrouw = neighbour.json().alter.id as string;
    expect((await x1.patch(`/api/cases/${caseId}/plan/actions/${actionId}`, { status: 'gedaan' }, { 'if-match': '"2"' })).statusCode).toBe(200);

    const followUp = await x1.get(`/api/cases/${caseId}/plan/follow-up?from=${snapshotId}&to=${later}`);
    expect(followUp.statusCode, followUp.body).toBe(200);
    expect(followUp.json().changes).toEqual([
      { kind: 'gap_closed', function: 'praktisch', informalProviders: [buurvrouw], action: expect.objectContaining({ id: actionId, status: 'gedaan', doneOn: '2026-03-01' }) },
    ]);
    expect((await suggestions(mapId, later)).map((s) => s.id)).not.toContain('S2-praktisch');
    // The same two snapshots the other way round show nothing closed.
    expect((await x1.get(`/api/cases/${caseId}/plan/follow-up?from=${later}&to=${snapshotId}`)).json().changes).toEqual([]);
  });
});

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { EIGEN_KRACHT_REQUEST } from '@netwerkkracht/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { caseCipher } from '../crypto/case-keys.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

/** A plan in the family's words, with a goal, an action about the aunt and promised help. */
function planBody(mapId: string, tante: string) {
  return {
    mapId,
    madeBy: 'gezin',
    startingQuestion: { answer: 'Dat de kinderen weer rust vinden', language: 'nl', thinkingAlong: [tante] },
    goals: [{ id: 'rust', domain: 'welbevinden', words: 'Meer rust in huis', workerNote: 'Mama slaapt slecht' }],
    actions: [
      { id: 'bel-tante', what: 'Tante vragen of ze woensdag komt', goalId: 'rust', link: { kind: 'persoon', alterId: tante }, owner: { kind: 'persoon' }, kind: 'meedenken', due: '2026-02-10' },
      {
        id: 'verwarming', what: 'Verwarming herstellen', link: null, owner: { kind: 'netwerklid', alterId: tante }, kind: 'doen', due: '2026-02-01',
        promise: { by: { name: 'Nonkel Gerard' }, promisedOn: '2026-01-20', followUpBy: '2026-02-15', fallback: 'Een andere hersteller; betalen via het OCMW' },
      },
    ],
  };
}

describe.each(targets)('the network plan through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let today = '2026-03-01';

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => today });
    x1 = await login(app, world.users.x1.email);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[plan] a plan is created on a map of the case, read back exactly as written at version 1, and its ids are the server\'s', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json()).toEqual({ version: 0, plan: null, attention: [] });
    const created = await x1.post(`/api/cases/${caseId}/plan`, { ...planBody(mapId, alterId), id: 'mijn-id', caseId: 'ander' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const plan = created.json().plan;
    expect(plan.caseId).toBe(caseId);
    expect(plan.id).not.toBe('mijn-id');
    const read = await x1.get(`/api/cases/${caseId}/plan`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json().plan).toEqual(plan);
    expect(read.json().plan.actions[1].promise).toEqual(planBody(mapId, alterId).actions[1]?.promise);
    expect(read.json().plan.goals[0].workerNote).toBe('Mama slaapt slecht');
    // One plan per case.
    expect((await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId))).statusCode).toBe(409);
  });

  it('[export] the family\'s export of the case holds its plan and barriers, in plain text', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const barrier = await x1.post(`/api/cases/${caseId}/barriers`, { code: 'vraagverlegenheid', notes: [{ date: '2026-02-28', text: 'Mama wil niemand lastigvallen' }], actionIds: [] });
    expect(barrier.statusCode, barrier.body).toBe(201);
    const exported = await x1.get(`/api/cases/${caseId}/export`);
    expect(exported.statusCode).toBe(200);
    const body = exported.json();
    expect(body.plan.goals[0].words).toBe('Meer rust in huis');
    expect(body.plan.actions.map((a: { id: string }) => a.id)).toHaveLength(2);
    expect(body.barriers).toEqual([expect.objectContaining({ code: 'vraagverlegenheid', notes: [{ date: '2026-02-28', text: 'Mama wil niemand lastigvallen' }] })]);
  });

  it('[If-Match] a plan change without If-Match is 428; on a stale version 409 with the current version, and nothing is written', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const changed = { ...planBody(mapId, alterId), startingQuestion: { answer: 'Samen eten op zondag', thinkingAlong: [] } };
    expect((await x1.put(`/api/cases/${caseId}/plan`, changed)).statusCode).toBe(428);
    const first = await x1.put(`/api/cases/${caseId}/plan`, changed, { 'if-match': '"1"' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(2);
    expect(first.headers.etag).toBe('"2"');
    const stale = await x1.put(`/api/cases/${caseId}/plan`, planBody(mapId, alterId), { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    const staleAction = await x1.post(`/api/cases/${caseId}/plan/actions`, { what: 'Iets', owner: { kind: 'begeleider' }, kind: 'doen' }, { 'if-match': '"1"' });
    expect(staleAction.statusCode).toBe(409);
    const read = await x1.get(`/api/cases/${caseId}/plan`);
    expect(read.json().version).toBe(2);
    expect(read.json().plan.startingQuestion.answer).toBe('Samen eten op zondag');
    expect(read.json().plan.actions).toHaveLength(2);
    expect((await x1.delete(`/api/cases/${caseId}/plan`, { 'if-match': '"1"' })).statusCode).toBe(409);
    expect((await x1.delete(`/api/cases/${caseId}/plan`, { 'if-match': '"2"' })).statusCode).toBe(204);
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json().plan).toBeNull();
  });

  it('[If-Match] of two changes based on the same plan version exactly one wins', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const results = await Promise.all(['bezig', 'gestopt'].map((status) => x1.patch(`/api/cases/${caseId}/plan/actions/bel-tante`, { status }, { 'if-match': '"1"' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)?.json().action.status;
    const read = (await x1.get(`/api/cases/${caseId}/plan`)).json();
    expect(read.version).toBe(2);
    expect(read.plan.actions[0].status).toBe(winner);
  });

  it('[PC2] a plan naming someone who is not on the map is refused with the path and a translated text, and not stored', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    const body = planBody(mapId, alterId);
    const bad = { ...body, actions: [{ ...body.actions[0], link: { kind: 'persoon', alterId: 'onbekende' } }] };
    const res = await x1.post(`/api/cases/${caseId}/plan`, bad, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.planIssues).toEqual([{ path: 'actions[0].link.alterId', code: 'unknown_alter', message: expect.stringContaining('not on the map') }]);
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json().plan).toBeNull();
    // A map of another case is refused like one that does not exist.
    const other = await createCaseWithMap(x1);
    const wrongMap = await x1.post(`/api/cases/${caseId}/plan`, planBody(other.mapId, other.alterId));
    expect(wrongMap.statusCode).toBe(400);
    expect(wrongMap.json().error.planIssues[0]).toMatchObject({ path: 'mapId', code: 'wrong_map' });
  });

  it('[PL14] an Eigen Kracht plan is the network\'s: it records who took part, and without anyone it is refused', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const noOne = await x1.put(`/api/cases/${caseId}/plan`, { ...planBody(mapId, alterId), madeBy: 'netwerk', eigenKracht: { participants: [] } }, { 'if-match': '"1"' });
    expect(noOne.statusCode).toBe(400);
    expect(noOne.json().error.issues[0].path).toBe('eigenKracht.participants');
    const eigenKracht = {
      familyAgreedOn: '2026-02-02', conferenceDate: '2026-02-20', coordinator: 'Coördinator Mireille',
      participants: [{ alterId }, { name: 'Buurman Ahmed' }],
      ownStrengths: [{ what: 'Kookt op woensdag', by: { alterId } }],
      professionalHelp: [{ what: 'Hulp bij de papieren', from: 'OCMW' }],
    };
    const ok = await x1.put(`/api/cases/${caseId}/plan`, { ...planBody(mapId, alterId), madeBy: 'netwerk', eigenKracht }, { 'if-match': '"1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    const read = (await x1.get(`/api/cases/${caseId}/plan`)).json().plan;
    expect(read.madeBy).toBe('netwerk');
    expect(read.eigenKracht).toEqual(eigenKracht);
    const family = (await x1.get(`/api/cases/${caseId}/plan/family-version`)).json();
    expect(family.eigenKracht).toEqual(eigenKracht);
    expect(JSON.stringify(family)).not.toContain('Mama slaapt slecht');
  });

  it('[PC6] an Eigen Kracht plan keeps the day the family agreed; a conference dated before it is refused naming the field, nothing stored', async () => {
    const { caseId, mapId, alterId: tante } = await createCaseWithMap(x1);
    const eigenKracht = { familyAgreedOn: '2026-02-03', coordinator: 'Coördinator Mireille', conferenceDate: '2026-02-20', participants: [{ alterId: tante }], ownStrengths: [], professionalHelp: [] };
    const ok = await x1.post(`/api/cases/${caseId}/plan`, { ...planBody(mapId, tante), madeBy: 'netwerk', eigenKracht });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json().plan.eigenKracht).toEqual(eigenKracht);
    const early = await x1.put(`/api/cases/${caseId}/plan`, { ...planBody(mapId, tante), madeBy: 'netwerk', eigenKracht: { ...eigenKracht, conferenceDate: '2026-02-01' } }, { 'if-match': '"1"', 'accept-language': 'fr' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.planIssues).toEqual([{ path: 'eigenKracht.conferenceDate', code: 'conference_before_agreement', message: expect.stringContaining('la famille accepte d’abord') }]);
    const read = (await x1.get(`/api/cases/${caseId}/plan`)).json();
    expect([read.version, read.plan.eigenKracht.conferenceDate]).toEqual([1, '2026-02-20']);
  });

  it('[PC6] a conference date without the day the family agreed is refused naming that field in nl, fr and en; a plan stored so before the rule stays editable', async () => {
    const { caseId, mapId, alterId: tante } = await createCaseWithMap(x1);
    const eigenKracht = { conferenceDate: '2026-02-20', participants: [{ alterId: tante }], ownStrengths: [], professionalHelp: [] };
    const messages: string[] = [];
    for (const lang of ['nl', 'fr', 'en']) {
      const refused = await x1.post(`/api/cases/${caseId}/plan`, { ...planBody(mapId, tante), madeBy: 'netwerk', eigenKracht }, { 'accept-language': lang });
      expect(refused.statusCode).toBe(400);
      const issues = refused.json().error.planIssues as { path: string; code: string; message: string }[];
      expect(issues.map((i) => [i.path, i.code])).toEqual([['eigenKracht.familyAgreedOn', 'conference_without_agreement']]);
      messages.push(issues[0]?.message ?? '');
    }
    expect(messages[0]).toContain('vul eerst die dag in');
    expect(new Set(messages).size).toBe(3);
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json().plan).toBeNull();

    // With the agreement day the plan is kept; taking the day away again is refused, nothing changes.
    const agreed = { ...eigenKracht, familyAgreedOn: '2026-02-03' };
    expect((await x1.post(`/api/cases/${caseId}/plan`, { ...planBody(mapId, tante), madeBy: 'netwerk', eigenKracht: agreed })).statusCode).toBe(201);
    const undone = await x1.put(`/api/cases/${caseId}/plan`, { ...planBody(mapId, tante), madeBy: 'netwerk', eigenKracht }, { 'if-match': '"1"' });
    expect(undone.statusCode).toBe(400);
    expect(undone.json().error.planIssues[0].path).toBe('eigenKracht.familyAgreedOn');
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json()).toMatchObject({ version: 1, plan: { eigenKracht: { familyAgreedOn: '2026-02-03' } } });

    // A plan stored before the rule (a conference date, no agreement day): adding an action still works.
    const db = database.handle.db;
    const row = await db.selectFrom('plans').select(['id', 'eigen_kracht_enc']).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    const key = await caseCipher(db, app.ctx.cipher, caseId);
    const { familyAgreedOn: _dropped, ...before } = JSON.parse(key.decrypt(row.eigen_kracht_enc ?? '', 'plans.eigen_kracht')) as Record<string, unknown>;
    await db.updateTable('plans').set({ eigen_kracht_enc: key.encrypt(JSON.stringify(before), 'plans.eigen_kracht') }).where('id', '=', row.id).execute();
    const added = await x1.post(`/api/cases/${caseId}/plan/actions`, { what: 'Samen de conferentie voorbereiden', owner: { kind: 'begeleider' }, kind: 'doen' }, { 'if-match': '"1"' });
    expect(added.statusCode, added.body).toBe(201);
    const read = (await x1.get(`/api/cases/${caseId}/plan`)).json().plan;
    expect([read.eigenKracht.conferenceDate, read.eigenKracht.familyAgreedOn]).toEqual(['2026-02-20', undefined]);
  });

  it('[PC6] where to ask for a conference: seed 000\'s contact until the beheerder sets the organisation\'s own (beheerder only, checked, encrypted, audited); null goes back', async () => {
    const beheerder = await login(app, world.users.beheerder.email);
    const other = await login(app, world.users.b1.email);
    const fallback = (await x1.get('/api/organisation/eigen-kracht-contact')).json();
    expect(fallback).toEqual({ custom: false, contact: { organisation: EIGEN_KRACHT_REQUEST.organisation, address: 'Diksmuidelaan 36 A, 2600 Berchem', phones: ['03 340 49 15', '0492 73 54 27'], website: EIGEN_KRACHT_REQUEST.website } });

    const own = { organisation: 'Coördinatiepunt Eigen Kracht Gent', address: 'Voorbeeldstraat 1, 9000 Gent', phones: ['09 123 45 67'], email: 'ekc@voorbeeld.be', website: 'https://voorbeeld.be/ekc' };
    for (const user of [x1, await login(app, world.users.coachX.email), await login(app, world.users.onderzoeker.email)]) {
      expect((await user.put('/api/organisation/eigen-kracht-contact', { contact: own })).statusCode).toBe(403);
    }
    const messages: string[] = [];
    for (const lang of ['nl', 'fr', 'en']) {
      const bad = await beheerder.put('/api/organisation/eigen-kracht-contact', { contact: { ...own, website: 'javascript:alert(1)' } }, { 'accept-language': lang });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['contact.website']);
      messages.push(bad.json().error.message as string);
    }
    expect(new Set(messages).size).toBe(3);
    const noName = await beheerder.put('/api/organisation/eigen-kracht-contact', { contact: { ...own, organisation: ' ' } });
    expect(noName.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['contact.organisation']);
    expect((await x1.get('/api/organisation/eigen-kracht-contact')).json().custom).toBe(false);

    const set = await beheerder.put('/api/organisation/eigen-kracht-contact', { contact: own });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ custom: true, contact: own });
    expect((await x1.get('/api/organisation/eigen-kracht-contact')).json()).toEqual({ custom: true, contact: own });
    // Another organisation keeps its own (here: the default).
    expect((await other.get('/api/organisation/eigen-kracht-contact')).json().custom).toBe(false);
    const raw = await database.handle.db.selectFrom('organisations').select('eigen_kracht_contact_enc').where('id', '=', world.orgA).executeTakeFirstOrThrow();
    expect(raw.eigen_kracht_contact_enc?.startsWith('v1.')).toBe(true);
    expect(raw.eigen_kracht_contact_enc).not.toContain('Gent');
    const audit = await database.handle.db.selectFrom('audit_log').select(['action', 'target', 'user_id']).where('target', '=', 'eigen_kracht_contact').execute();
    expect(audit).toEqual([{ action: 'organisation.update', target: 'eigen_kracht_contact', user_id: world.users.beheerder.id }]);

    expect((await beheerder.put('/api/organisation/eigen-kracht-contact', { contact: null })).json()).toEqual(fallback);
    expect((await x1.get('/api/organisation/eigen-kracht-contact')).json()).toEqual(fallback);
  });

  it('[PL17] actions are added, marked done on today\'s date, reviewed in date order and removed, each change one version', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const added = await x1.post(`/api/cases/${caseId}/plan/actions`, { what: 'Samen naar de bib', owner: { kind: 'vrijwilliger', name: 'Vrijwilliger Els' }, kind: 'doen', due: '2026-03-10' }, { 'if-match': '"1"' });
    expect(added.statusCode, added.body).toBe(201);
    const actionId = added.json().action.id as string;
    expect(added.json()).toMatchObject({ version: 2, action: { status: 'open', link: null } });
    today = '2026-03-12';
    const done = await x1.patch(`/api/cases/${caseId}/plan/actions/${actionId}`, { status: 'gedaan' }, { 'if-match': '"2"' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().action).toMatchObject({ status: 'gedaan', doneOn: '2026-03-12' });
    // Saving another field keeps the day it was done.
    today = '2026-03-20';
    const renamed = await x1.patch(`/api/cases/${caseId}/plan/actions/${actionId}`, { what: 'Samen naar de bibliotheek' }, { 'if-match': '"3"' });
    expect(renamed.json().action).toMatchObject({ what: 'Samen naar de bibliotheek', doneOn: '2026-03-12' });
    await x1.post(`/api/cases/${caseId}/plan/actions/${actionId}/reviews`, { date: '2026-03-15', text: 'Ging goed', by: 'gezin' }, { 'if-match': '"4"' });
    const second = await x1.post(`/api/cases/${caseId}/plan/actions/${actionId}/reviews`, { date: '2026-03-13', text: 'Eerste keer', by: 'begeleider' }, { 'if-match': '"5"' });
    expect(second.statusCode).toBe(201);
    expect(second.json().action.reviews.map((r: { text: string }) => r.text)).toEqual(['Eerste keer', 'Ging goed']);
    expect((await x1.patch(`/api/cases/${caseId}/plan/actions/bestaat-niet`, { status: 'bezig' }, { 'if-match': '"6"' })).statusCode).toBe(404);
    const unknownGoal = await x1.patch(`/api/cases/${caseId}/plan/actions/${actionId}`, { goalId: 'geen-doel' }, { 'if-match': '"6"' });
    expect(unknownGoal.statusCode).toBe(400);
    expect(unknownGoal.json().error.planIssues[0]).toMatchObject({ path: 'goalId', code: 'unknown_goal' });
    const removed = await x1.delete(`/api/cases/${caseId}/plan/actions/${actionId}`, { 'if-match': '"6"' });
    expect(removed.statusCode).toBe(200);
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json().plan.actions.map((a: { id: string }) => a.id)).toEqual(['bel-tante', 'verwarming']);
    today = '2026-03-01';
  });

  it('[PL7][PL8] overdue actions and promised help past its deadline show on the case and in the worker\'s list across their cases', async () => {
    const coachX = await login(app, world.users.coachX.email);
    const x2 = await login(app, world.users.x2.email);
    const beheerder = await login(app, world.users.beheerder.email);
    const first = await createCaseWithMap(x2);
    const second = await createCaseWithMap(x2);
    const firstBody = planBody(first.mapId, first.alterId);
    await x2.post(`/api/cases/${first.caseId}/plan`, firstBody);
    const secondBody = planBody(second.mapId, second.alterId);
    await x2.post(`/api/cases/${second.caseId}/plan`, { ...secondBody, actions: [{ ...secondBody.actions[0], due: '2026-01-15' }] });

    today = '2026-02-12';
    const caseList = await x2.get(`/api/cases/${first.caseId}/attention`);
    expect(caseList.json()).toEqual({
      today: '2026-02-12',
      items: [
        expect.objectContaining({ kind: 'overdue', since: '2026-02-10', daysLate: 2, action: expect.objectContaining({ id: 'bel-tante' }) }),
        // The promised help's own deadline (15 February) has not passed: it is only late so far.
        expect.objectContaining({ kind: 'overdue', since: '2026-02-01', daysLate: 11, action: expect.objectContaining({ id: 'verwarming' }) }),
      ],
      // The casusoverleg warnings (CC1, CC2): none for a case started today.
      coordination: [],
    });
    // After the deadline the agreed fallback comes into play.
    today = '2026-02-20';
    const items = (await x2.get(`/api/cases/${first.caseId}/attention`)).json().items;
    expect(items.map((i: { kind: string; action: { id: string } }) => [i.action.id, i.kind])).toEqual([['bel-tante', 'overdue'], ['verwarming', 'fallback_due']]);
    // The plan read carries the same list.
    expect((await x2.get(`/api/cases/${first.caseId}/plan`)).json().attention).toHaveLength(2);

    const mine = await x2.get('/api/me/attention');
    expect(mine.statusCode).toBe(200);
    const list = mine.json().items as { caseId: string; caseName: string; since: string; kind: string }[];
    expect(list.map((i) => [i.caseId, i.since])).toEqual([[second.caseId, '2026-01-15'], [first.caseId, '2026-02-10'], [first.caseId, '2026-02-15']]);
    expect(list[0]?.caseName).toBe('Gezin Testmans');
    // The team's coach sees the team's cases; a colleague and the beheerder do not.
    const coachCases = new Set((await coachX.get('/api/me/attention')).json().items.map((i: { caseId: string }) => i.caseId));
    expect(coachCases.has(first.caseId) && coachCases.has(second.caseId)).toBe(true);
    const x1Cases = new Set((await x1.get('/api/me/attention')).json().items.map((i: { caseId: string }) => i.caseId));
    expect(x1Cases.has(first.caseId)).toBe(false);
    expect((await beheerder.get('/api/me/attention')).json().items).toEqual([]);
    // Done actions leave the list.
    const version = Number(String((await x2.get(`/api/cases/${second.caseId}/plan`)).headers.etag).replaceAll('"', ''));
    await x2.patch(`/api/cases/${second.caseId}/plan/actions/bel-tante`, { status: 'gedaan' }, { 'if-match': `"${version}"` });
    expect((await x2.get('/api/me/attention')).json().items.map((i: { caseId: string }) => i.caseId)).not.toContain(second.caseId);
    today = '2026-03-01';
  });

  it('[bad input] wrong plan, action, review and query input is refused with 400 naming the field', async () => {
    const { caseId, mapId, alterId, snapshotId } = await createCaseWithMap(x1);
    const badGoal = await x1.post(`/api/cases/${caseId}/plan`, { ...planBody(mapId, alterId), goals: [{ id: 'g', domain: 'geluk', words: 'x' }] });
    expect(badGoal.statusCode).toBe(400);
    expect(badGoal.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['goals[0].domain']);
    expect((await x1.post(`/api/cases/${caseId}/plan`, [1, 2])).statusCode).toBe(400);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const badStatus = await x1.patch(`/api/cases/${caseId}/plan/actions/bel-tante`, { status: 'klaar' }, { 'if-match': '"1"' });
    expect(badStatus.json().error.issues[0].path).toBe('status');
    const badDate = await x1.patch(`/api/cases/${caseId}/plan/actions/bel-tante`, { due: '2026-02-30' }, { 'if-match': '"1"' });
    expect(badDate.json().error.issues[0]).toMatchObject({ path: 'due', code: 'bad_date' });
    const badReview = await x1.post(`/api/cases/${caseId}/plan/actions/bel-tante/reviews`, { text: '' }, { 'if-match': '"1"' });
    expect(badReview.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['date', 'text']);
    const badAction = await x1.post(`/api/cases/${caseId}/plan/actions`, { what: 'x', owner: { kind: 'buurman' }, kind: 'doen' }, { 'if-match': '"1"' });
    expect(badAction.json().error.issues[0].path).toBe('owner.kind');
    const badQuery = await x1.get(`/api/cases/${caseId}/plan/follow-up?from=${snapshotId}`);
    expect(badQuery.json().error.issues[0].path).toBe('to');
    const badSnapshot = await x1.get(`/api/cases/${caseId}/plan/follow-up?from=${snapshotId}&to=later`);
    expect(badSnapshot.json().error.issues[0]).toMatchObject({ path: 'to', code: 'unknown_snapshot' });
    expect((await x1.get(`/api/cases/${caseId}/plan`)).json().version).toBe(1);
  });

  it('[audit] reading and changing a plan leaves lines with ids only', async () => {
    const { caseId, mapId, alterId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    await x1.get(`/api/cases/${caseId}/plan`);
    await x1.patch(`/api/cases/${caseId}/plan/actions/bel-tante`, { status: 'bezig' }, { 'if-match': '"1"' });
    await x1.get(`/api/cases/${caseId}/attention`);
    const admin = await login(app, world.users.beheerder.email);
    const all = (await admin.get(`/api/audit?caseId=${caseId}`)).json().entries as { action: string; target: string | null }[];
    const entries = all.filter((e) => e.action.startsWith('plan.'));
    expect(entries.map((e) => e.action).reverse()).toEqual(['plan.create', 'plan.read', 'plan.action.update', 'plan.attention']);
    expect(JSON.stringify(entries)).not.toMatch(/tante|Tante|rust/);
  });

  it('[bad input] no body, however wrong, gets a 5xx from the plan, barrier, suggestion or sociale kaart endpoints', async () => {
    const { caseId, mapId, alterId, snapshotId } = await createCaseWithMap(x1);
    await x1.post(`/api/cases/${caseId}/plan`, planBody(mapId, alterId));
    const beheerder = await login(app, world.users.beheerder.email);
    const fields = ['mapId', 'madeBy', 'goals', 'actions', 'eigenKracht', 'startingQuestion', 'what', 'owner', 'kind', 'due', 'status', 'promise', 'link',
      'date', 'text', 'code', 'holder', 'notes', 'actionIds', 'suggestionId', 'name', 'region', 'cost', 'supportFunctions', 'csv', '__proto__'];
    const anyValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 50 }), fc.constantFrom('', 'gat', alterId, '2026-02-30', 'S2-praktisch', 'netwerk'),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.dictionary(fc.constantFrom('kind', 'alterId', 'name', 'function', 'by'), fc.string({ maxLength: 8 }), { maxKeys: 3 }));
    const body = fc.oneof(fc.dictionary(fc.constantFrom(...fields), anyValue, { maxKeys: 6 }), fc.jsonValue({ maxDepth: 3 }));
    const endpoints = [
      [x1, 'POST', `/api/cases/${caseId}/plan`], [x1, 'PUT', `/api/cases/${caseId}/plan`], [x1, 'POST', `/api/cases/${caseId}/plan/actions`],
      [x1, 'PATCH', `/api/cases/${caseId}/plan/actions/bel-tante`], [x1, 'POST', `/api/cases/${caseId}/plan/actions/bel-tante/reviews`],
      [x1, 'POST', `/api/cases/${caseId}/barriers`], [x1, 'POST', `/api/maps/${mapId}/snapshots/${snapshotId}/suggestions/accept`],
      [beheerder, 'POST', '/api/social-map/services'], [beheerder, 'POST', '/api/social-map/import'],
    ] as const;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...endpoints), body, async ([client, method, url], payload) => {
      const etag = String((await x1.get(`/api/cases/${caseId}/plan`)).headers.etag ?? '"1"');
      const res = await client.request(method, url, payload, { 'if-match': etag });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(typeof res.json().error.code).toBe('string');
    }), { numRuns: 150 });
  });
});

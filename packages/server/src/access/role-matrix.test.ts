import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { newId } from '../store/ids.js';
import { newOpaqueId } from '../store/opaque-ids.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type Reply, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

type RoleKey = keyof World['users'];
const ROLES: readonly RoleKey[] = ['beheerder', 'onderzoeker', 'coachX', 'x1', 'x2', 'coachY', 'y1', 'b1'];

interface Target { caseId: string; mapId: string; snapshotId: string; alterId: string }
interface Ids extends Target {
  version: () => Promise<number>;
  /** A new case of x1 with a map (for destructive rows, so each role meets an intact target). */
  fresh: () => Promise<Target & { version: number }>;
  owner: TestClient;
  colleague: string;
}
interface Row {
  readonly resource: string;
  readonly op: 'read' | 'write';
  readonly allowed: readonly RoleKey[];
  readonly ok: number;
  /** What a role that may not do this gets: 404 for a record, 403 for something the role never does. */
  readonly denied: 404 | 403;
  readonly send: (c: TestClient, ids: Ids) => Promise<Reply>;
}

const CASE_ROLES: readonly RoleKey[] = ['x1', 'coachX'];
const ifMatch = async (ids: Ids) => ({ 'if-match': `"${await ids.version()}"` });
/** The case's plan, made by its owner when it has none yet (a 409 then just means it exists). */
const withPlan = async (ids: Ids) => { await ids.owner.post(`/api/cases/${ids.caseId}/plan`, { mapId: ids.mapId }); };
const planIfMatch = async (ids: Ids) => {
  await withPlan(ids);
  return { 'if-match': String((await ids.owner.get(`/api/cases/${ids.caseId}/plan`)).headers.etag ?? '"1"') };
};

/**
 * The case under test belongs to begeleider x1 in team X of organisation A. Domain.md section 1:
 * the owner and team X's coach work with it; a colleague in the same team, another team's coach,
 * the beheerder, the onderzoeker and anyone of organisation B get 404, as for a missing case.
 */
const MATRIX: readonly Row[] = [
  { resource: 'case', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}`) },
  { resource: 'case', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.patch(`/api/cases/${ids.caseId}`, { name: 'Gezin Nieuwenaam' }) },
  { resource: 'consent', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}/consents`) },
  { resource: 'consent', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: (c, ids) => c.post(`/api/cases/${ids.caseId}/consents`, { scope: 'registratie', givenBy: 'Mama', givenOn: '2026-02-01' }) },
  { resource: 'map', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}`) },
  { resource: 'map', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => c.patch(`/api/maps/${ids.mapId}`, { title: 'Kaart' }, await ifMatch(ids)) },
  { resource: 'map create', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: (c, ids) => c.post(`/api/cases/${ids.caseId}/maps`, { ego: { kind: 'persoon', name: 'Kind' } }) },
  { resource: 'snapshot', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}`) },
  { resource: 'snapshot', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => c.patch(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}`, { appraisal: 'versterkend' }, await ifMatch(ids)) },
  { resource: 'alter', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => c.put(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters/${ids.alterId}`, { name: 'Tante Testa', ring: 2, sector: 'familie' }, await ifMatch(ids)) },
  { resource: 'alter create', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: async (c, ids) => c.post(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters`, { name: 'Nonkel', ring: 2 }, await ifMatch(ids)) },
  { resource: 'tie', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: async (c, ids) => {
    const headers = await ifMatch(ids);
    const version = Number(headers['if-match'].replaceAll('"', ''));
    const id = newOpaqueId();
    const add = await c.post(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/alters`, { id, name: 'Buur', ring: 3 }, headers);
    if (add.statusCode !== 201) return add;
    return c.post(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/ties`, { a: ids.alterId, b: id }, { 'if-match': `"${version + 1}"` });
  } },
  { resource: 'analysis', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/analysis`) },
  { resource: 'comparison', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/compare?from=${ids.snapshotId}&to=${ids.snapshotId}`) },
  { resource: 'case export', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}/export`) },
  { resource: 'export', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/export`) },
  { resource: 'import', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: (c, ids) => c.post(`/api/cases/${ids.caseId}/maps/import`, { format: 'netwerkkaart', version: 1, map: { id: 'k', ego: { kind: 'persoon', name: 'Kind' } } }) },
  { resource: 'import (easyNWK)', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: (c, ids) => c.post(`/api/cases/${ids.caseId}/maps/import-foreign`, { format: 'easynwk', files: [{ name: 'k.json', text: JSON.stringify({ versions: [{ id: 1, title: 'k', date: '2026-01-01', nwk: { ego: { name: 'Kind' }, alteri: [], connections: [] } }] }) }] }) },
  { resource: 'export (GraphML)', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/export.graphml`) },
  { resource: 'export (egor)', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/export/egor`) },
  { resource: 'export (GraphML zip)', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/export.graphml.zip`) },
  { resource: 'map (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, send: async (c, ids) => {
    const f = await ids.fresh();
    return c.delete(`/api/maps/${f.mapId}`, { 'if-match': `"${f.version}"` });
  } },
  { resource: 'snapshot (delete)', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => {
    const f = await ids.fresh();
    return c.delete(`/api/maps/${f.mapId}/snapshots/${f.snapshotId}`, { 'if-match': `"${f.version}"` });
  } },
  { resource: 'alter (delete)', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => {
    const f = await ids.fresh();
    return c.delete(`/api/maps/${f.mapId}/snapshots/${f.snapshotId}/alters/${f.alterId}`, { 'if-match': `"${f.version}"` });
  } },
  { resource: 'case (erase)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, send: async (c, ids) => c.delete(`/api/cases/${(await ids.fresh()).caseId}`) },
  { resource: 'case share', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: async (c, ids) => {
    const f = await ids.fresh();
    await ids.owner.post(`/api/cases/${f.caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-05', partners: ['Team'] });
    return c.post(`/api/cases/${f.caseId}/shares`, { userId: ids.colleague });
  } },
  { resource: 'plan', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => { await withPlan(ids); return c.get(`/api/cases/${ids.caseId}/plan`); } },
  { resource: 'plan', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => c.put(`/api/cases/${ids.caseId}/plan`, { mapId: ids.mapId }, await planIfMatch(ids)) },
  { resource: 'plan action', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: async (c, ids) => c.post(`/api/cases/${ids.caseId}/plan/actions`, { what: 'Bellen', owner: { kind: 'begeleider' }, kind: 'doen' }, await planIfMatch(ids)) },
  { resource: 'plan family version', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => { await withPlan(ids); return c.get(`/api/cases/${ids.caseId}/plan/family-version`); } },
  { resource: 'plan follow-up', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: async (c, ids) => { await withPlan(ids); return c.get(`/api/cases/${ids.caseId}/plan/follow-up?from=${ids.snapshotId}&to=${ids.snapshotId}`); } },
  { resource: 'case attention', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}/attention`) },
  { resource: 'barriers', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}/barriers`) },
  { resource: 'barriers', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: (c, ids) => c.post(`/api/cases/${ids.caseId}/barriers`, { code: 'schaamte' }) },
  // Audit: guide.read and guide.update (routes/guide.test.ts [G2]).
  { resource: 'guide', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/guide`) },
  { resource: 'guide', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.put(`/api/maps/${ids.mapId}/guide`, { state: { version: 1, status: 'active', step: 1, notes: { familie: 'Een notitie' }, added: {}, answers: {}, replies: {} } }) },
  { resource: 'suggestions', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/suggestions`) },
  { resource: 'suggestion accept', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: async (c, ids) => c.post(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/suggestions/accept`, { suggestionId: 'S2-praktisch', what: 'Klusjesdienst', owner: { kind: 'persoon' }, kind: 'doen' }, await planIfMatch(ids)) },
  { resource: 'own attention list', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/me/attention') },
  { resource: 'sociale kaart', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/social-map/services') },
  { resource: 'sociale kaart export', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/social-map/export') },
  { resource: 'sociale kaart', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, send: (c) => c.post('/api/social-map/services', { name: 'Dienst', region: 'Gent' }) },
  { resource: 'sociale kaart import', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.post('/api/social-map/import', { csv: 'id,naam,organisatie,regio,contact,kosten,toegankelijkheid,doelgroep,steunfuncties,levensdomeinen,werkmodellen,online\n,Dienst,,Gent,,,,,,,,nee\n' }) },
  { resource: 'organisation', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/organisation') },
  { resource: 'organisation', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.patch('/api/organisation', { name: 'Hernoemd' }) },
  { resource: 'teams', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/teams') },
  { resource: 'teams', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, send: (c) => c.post('/api/teams', { name: `Team ${newId()}` }) },
  { resource: 'users', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/users') },
  { resource: 'users', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, send: (c) => c.post('/api/users', { email: `n${newId().toLowerCase()}@example.org`, displayName: 'Nieuw', role: 'begeleider' }) },
  { resource: 'audit log', op: 'read', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.get('/api/audit') },
  { resource: 'audit log (refusals)', op: 'read', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.get('/api/audit?category=denied') },
  { resource: 'audit log (access to cases)', op: 'read', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.get('/api/audit?category=access') },
  { resource: 'password reset notice seen', op: 'write', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.post('/api/auth/reset-notice/seen') },
  { resource: 'stats', op: 'read', allowed: ['beheerder', 'onderzoeker'], ok: 200, denied: 403, send: (c) => c.get('/api/stats') },
];

describe.each(targets)('role matrix on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  const clients = {} as Record<RoleKey, TestClient>;
  let ids: Ids;
  let otherOrg: Target;


  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    for (const role of ROLES) clients[role] = await login(app, world.users[role].email);
    const made = await createCaseWithMap(clients.x1);
    const db = database.handle.db;
    ids = {
      caseId: made.caseId,
      mapId: made.mapId,
      snapshotId: made.snapshotId,
      alterId: made.alterId,
      version: async () => (await db.selectFrom('maps').select('version').where('id', '=', made.mapId).executeTakeFirstOrThrow()).version,
      fresh: () => createCaseWithMap(clients.x1),
      owner: clients.x1,
      colleague: world.users.x2.id,
    };
    otherOrg = await createCaseWithMap(clients.b1);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const cases = MATRIX.flatMap((row) => ROLES.map((role) => ({ ...row, role, expected: row.allowed.includes(role) ? row.ok : row.denied })));
  it.each(cases)('$role $op $resource → $expected', async ({ role, send, expected }) => {
    const res = await send(clients[role], ids);
    expect(res.statusCode, res.body).toBe(expected);
  });

  it('[audit] the refusals of the matrix are in the audit log as access.denied, and a confirmed reset notice as auth.reset_notice_seen', async () => {
    const entries = (await clients.beheerder.get('/api/audit?limit=1000')).json().entries as { action: string; userId: string; route: string | null }[];
    for (const role of ['onderzoeker', 'x2', 'coachY', 'y1', 'beheerder'] as const) {
      expect(entries.some((e) => e.userId === world.users[role].id && e.action === 'access.denied' && e.route?.includes('/api/')), role).toBe(true);
    }
    // b1 belongs to organisation B: its lines are not on this beheerder's page.
    for (const role of ROLES.filter((r) => r !== 'b1')) expect(entries.some((e) => e.userId === world.users[role].id && e.action === 'auth.reset_notice_seen'), role).toBe(true);
  });

  const caseRows = MATRIX.filter((row) => row.denied === 404);
  it.each(caseRows)('[another organisation] $op $resource with organisation B\'s ids answers exactly like a missing id', async ({ send }) => {
    const foreignIds = { ...otherOrg, version: 3 };
    const missingIds = { caseId: newId(), mapId: newId(), snapshotId: newOpaqueId(), alterId: newOpaqueId(), version: 3 };
    const foreign = await send(clients.x1, { ...ids, ...foreignIds, version: async () => 3, fresh: async () => foreignIds, owner: clients.b1 });
    const missing = await send(clients.x1, { ...ids, ...missingIds, version: async () => 3, fresh: async () => missingIds, owner: clients.b1 });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.statusCode).toBe(missing.statusCode);
    expect(foreign.body).toBe(missing.body);
  });

  it('a case shared with a begeleider of another team becomes visible to them, and only after the family consented to sharing', async () => {
    const made = await createCaseWithMap(clients.x1);
    expect((await clients.y1.get(`/api/cases/${made.caseId}`)).statusCode).toBe(404);
    const withoutConsent = await clients.x1.post(`/api/cases/${made.caseId}/shares`, { userId: world.users.y1.id });
    expect(withoutConsent.statusCode).toBe(409);
    expect(withoutConsent.json().error.code).toBe('sharing_consent_required');
    const consent = await clients.x1.post(`/api/cases/${made.caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-05', partners: ['Team Y van de dienst'] });
    expect(consent.statusCode).toBe(201);
    expect((await clients.x1.post(`/api/cases/${made.caseId}/shares`, { userId: world.users.y1.id })).statusCode).toBe(201);
    expect((await clients.y1.get(`/api/cases/${made.caseId}`)).statusCode).toBe(200);
    expect((await clients.y1.get(`/api/maps/${made.mapId}`)).statusCode).toBe(200);
    // The one it is shared with works on the map but does not hand the case on or erase it.
    expect((await clients.y1.post(`/api/cases/${made.caseId}/shares`, { userId: world.users.x2.id })).statusCode).toBe(403);
    expect((await clients.y1.delete(`/api/cases/${made.caseId}`)).statusCode).toBe(403);
    // Withdrawing the sharing consent ends the share.
    await clients.x1.post(`/api/cases/${made.caseId}/consents/${consent.json().id}/withdraw`);
    expect((await clients.y1.get(`/api/cases/${made.caseId}`)).statusCode).toBe(404);
  });

  it('a colleague the case is only shared with cannot withdraw the sharing consent: 403, and consent and share stay', async () => {
    const made = await createCaseWithMap(clients.x1);
    const consent = await clients.x1.post(`/api/cases/${made.caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-05', partners: ['Team Y van de dienst'] });
    expect((await clients.x1.post(`/api/cases/${made.caseId}/shares`, { userId: world.users.y1.id })).statusCode).toBe(201);
    const consents = (await clients.x1.get(`/api/cases/${made.caseId}/consents`)).json().consents as { id: string; scope: string }[];
    const registration = consents.find((c) => c.scope === 'registratie')?.id;
    for (const id of [consent.json().id as string, registration as string]) {
      const refused = await clients.y1.post(`/api/cases/${made.caseId}/consents/${id}/withdraw`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
    }
    const after = (await clients.x1.get(`/api/cases/${made.caseId}/consents`)).json().consents as { withdrawnAt: string | null }[];
    expect(after.every((c) => c.withdrawnAt === null)).toBe(true);
    expect((await clients.y1.get(`/api/cases/${made.caseId}`)).statusCode).toBe(200);
    const audit = await database.handle.db.selectFrom('audit_log').select('action').where('case_id', '=', made.caseId).where('action', '=', 'consent.withdraw').execute();
    expect(audit).toEqual([]);
  });

  it('a case cannot be shared with someone of another organisation', async () => {
    const made = await createCaseWithMap(clients.x1);
    await clients.x1.post(`/api/cases/${made.caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-05', partners: ['X'] });
    const res = await clients.x1.post(`/api/cases/${made.caseId}/shares`, { userId: world.users.b1.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('userId');
  });

  it('the case list shows each role only the cases it may see', async () => {
    const list = async (role: RoleKey) => (await clients[role].get('/api/cases')).json().cases.map((c: { id: string }) => c.id) as string[];
    expect(await list('x1')).toContain(ids.caseId);
    expect(await list('coachX')).toContain(ids.caseId);
    for (const role of ['x2', 'coachY', 'y1', 'b1', 'beheerder', 'onderzoeker'] as const) expect(await list(role)).not.toContain(ids.caseId);
    expect(await list('beheerder')).toEqual([]);
    expect(await list('onderzoeker')).toEqual([]);
  });

  it('a beheerder hands the cases of a leaving worker to a colleague without seeing them', async () => {
    const made = await createCaseWithMap(clients.x1);
    const moved = await clients.beheerder.post(`/api/users/${world.users.x1.id}/handover`, { toUserId: world.users.y1.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().moved).toBeGreaterThan(0);
    expect(moved.body).not.toMatch(/Testmans|Tante/);
    expect((await clients.y1.get(`/api/maps/${made.mapId}`)).statusCode).toBe(200);
    expect((await clients.coachY.get(`/api/cases/${made.caseId}`)).statusCode).toBe(200);
    expect((await clients.x1.get(`/api/cases/${made.caseId}`)).statusCode).toBe(404);
    expect((await clients.x1.post(`/api/users/${world.users.y1.id}/handover`, { toUserId: world.users.x1.id })).statusCode).toBe(403);
    expect((await clients.beheerder.post(`/api/users/${world.users.y1.id}/handover`, { toUserId: world.users.b1.id })).statusCode).toBe(400);
    // Give them back, so the matrix above keeps its meaning if the order of tests changes.
    await clients.beheerder.post(`/api/users/${world.users.y1.id}/handover`, { toUserId: world.users.x1.id });
  });

  it('a beheerder cannot reach another organisation\'s users or teams: 404 like missing ones', async () => {
    const foreignUser = await clients.beheerder.get(`/api/users/${world.users.b1.id}`);
    const missingUser = await clients.beheerder.get(`/api/users/${newId()}`);
    expect(foreignUser.statusCode).toBe(404);
    expect(foreignUser.body).toBe(missingUser.body);
    const foreignPatch = await clients.beheerder.patch(`/api/users/${world.users.b1.id}`, { displayName: 'x' });
    expect(foreignPatch.statusCode).toBe(404);
    const teamB = (await clients.b1.get('/api/teams')).json().teams[0].id as string;
    const foreignTeam = await clients.beheerder.patch(`/api/teams/${teamB}`, { name: 'x' });
    const missingTeam = await clients.beheerder.patch(`/api/teams/${newId()}`, { name: 'x' });
    expect(foreignTeam.statusCode).toBe(404);
    expect(foreignTeam.body).toBe(missingTeam.body);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KANSARMOEDE_CRITERIA } from '@netwerkkracht/core';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { SURVEY_COLUMNS } from '@netwerkkracht/core';
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
  /** A right of the organisation's rechtenverkenner (made by its beheerder once). */
  explorerRight: () => Promise<string>;
  /** A service of organisation A's sociale kaart, a signal and a network meeting of organisation A. */
  serviceId: string;
  signalId: string;
  meetingId: string;
  /** A survey of organisation A opened by x1, with its token. */
  survey: { id: string; token: string };
}
interface Row {
  readonly resource: string;
  readonly op: 'read' | 'write';
  readonly allowed: readonly RoleKey[];
  readonly ok: number;
  /** What a role that may not do this gets: 404 for a record, 403 for something the role never does. */
  readonly denied: 404 | 403;
  /** Roles refused otherwise than `denied` (another organisation's record: 404 where a role of A gets 403). */
  readonly deniedFor?: Partial<Record<RoleKey, 404 | 403>>;
  readonly send: (c: TestClient, ids: Ids) => Promise<Reply>;
  /** The audit line an allowed request writes (checked for the rows that name it). */
  readonly audit?: string;
}
const KEEPERS: readonly RoleKey[] = ['beheerder', 'coachX', 'coachY'];
const ORG_STAFF: readonly RoleKey[] = ['beheerder', 'coachX', 'x1', 'x2', 'coachY', 'y1', 'b1'];

const CASE_ROLES: readonly RoleKey[] = ['x1', 'coachX'];
/** A Network Canvas mapping of one protocol; each row its own protocol, so no row finds another's. */
const ncMapping = (uid: string) => ({
  protocol: { uid, name: 'Steunnetwerk' },
  mapping: { nodeType: 'Person', name: 'label', sector: { variable: 'relation', values: { family: 'familie' } }, tieEdgeTypes: ['Close'] },
});
const NC_READ = '0b7c5d1e-2f3a-4b5c-8d9e-0f1a2b3c4d51';
const NC_DELETE = '0b7c5d1e-2f3a-4b5c-8d9e-0f1a2b3c4d52';
const SURVEY_WORKERS: readonly RoleKey[] = ['coachX', 'x1', 'x2', 'coachY', 'y1'];
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
  { resource: 'guide', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'guide.read', send: (c, ids) => c.get(`/api/maps/${ids.mapId}/guide`) },
  { resource: 'guide', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'guide.update', send: async (c, ids) => c.put(`/api/maps/${ids.mapId}/guide`, { state: { version: 1, status: 'active', step: 1, notes: { familie: 'Een notitie' }, added: {}, answers: {}, replies: {} } }, { 'if-match': `"${(await ids.owner.get(`/api/maps/${ids.mapId}/guide`)).json<{ version: number }>().version}"` }) },
  { resource: 'suggestions', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, send: (c, ids) => c.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/suggestions`) },
  { resource: 'suggestion accept', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, send: async (c, ids) => c.post(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/suggestions/accept`, { suggestionId: 'S2-praktisch', what: 'Klusjesdienst', owner: { kind: 'persoon' }, kind: 'doen' }, await planIfMatch(ids)) },
  { resource: 'own device wrap key', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/me/device-wrap-key') },
  { resource: 'own attention list', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/me/attention') },
  { resource: 'sociale kaart', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/social-map/services') },
  { resource: 'sociale kaart export', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/social-map/export') },
  { resource: 'sociale kaart', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, send: (c) => c.post('/api/social-map/services', { name: 'Dienst', region: 'Gent' }) },
  { resource: 'sociale kaart import', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.post('/api/social-map/import', { csv: 'id,naam,organisatie,regio,contact,kosten,toegankelijkheid,doelgroep,steunfuncties,levensdomeinen,werkmodellen,online\n,Dienst,,Gent,,,,,,,,nee\n' }) },
  { resource: 'organisation', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/organisation') },
  { resource: 'organisation', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.patch('/api/organisation', { name: 'Hernoemd' }) },
  { resource: 'Eigen Kracht contact', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/organisation/eigen-kracht-contact') },
  { resource: 'Eigen Kracht contact', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, audit: 'organisation.update', send: (c) => c.put('/api/organisation/eigen-kracht-contact', { contact: null }) },
  { resource: 'teams', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/teams') },
  { resource: 'teams', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, send: (c) => c.post('/api/teams', { name: `Team ${newId()}` }) },
  { resource: 'users', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/users') },
  { resource: 'users', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, send: (c) => c.post('/api/users', { email: `n${newId().toLowerCase()}@example.org`, displayName: 'Nieuw', role: 'begeleider' }) },
  { resource: 'audit log', op: 'read', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.get('/api/audit') },
  { resource: 'audit log (refusals)', op: 'read', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.get('/api/audit?category=denied') },
  { resource: 'audit log (access to cases)', op: 'read', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.get('/api/audit?category=access') },
  { resource: 'password reset notice seen', op: 'write', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.post('/api/auth/reset-notice/seen') },
  // Issue 12, items 1-4: the family's checks, measurements and rights are case data; the organisation's rule and lists are read by all and changed by the beheerder.
  { resource: 'kansarmoede checks', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'kansarmoede.list', send: (c, ids) => c.get(`/api/cases/${ids.caseId}/kansarmoede`) },
  { resource: 'kansarmoede checks', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'kansarmoede.create', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/kansarmoede`, { judgements: KANSARMOEDE_CRITERIA.map((criterion) => ({ criterion, weak: false })) }) },
  { resource: 'kansarmoede check (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'kansarmoede.delete', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/kansarmoede`, { judgements: KANSARMOEDE_CRITERIA.map((criterion) => ({ criterion, weak: false })) });
    return c.delete(`/api/cases/${ids.caseId}/kansarmoede/${made.json<{ id: string }>().id}`);
  } },
  { resource: 'kansarmoede rule', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/kansarmoede/settings') },
  { resource: 'kansarmoede rule', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, audit: 'kansarmoede.settings_update', send: (c) => c.put('/api/kansarmoede/settings', { minWeak: 3 }) },
  { resource: 'grondrechtenmetingen', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'rights_measurement.list', send: (c, ids) => c.get(`/api/cases/${ids.caseId}/rights-measurements`) },
  { resource: 'grondrechtenmetingen', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'rights_measurement.create', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 5 }] }) },
  { resource: 'grondrechtenmeting (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'rights_measurement.delete', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 5 }] });
    return c.delete(`/api/cases/${ids.caseId}/rights-measurements/${made.json<{ id: string }>().id}`);
  } },
  { resource: 'basic rights list', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/basic-rights') },
  { resource: 'basic rights list', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, audit: 'basic_rights.update', send: (c) => c.put('/api/basic-rights', { rights: null }) },
  { resource: 'rechtenverkenner', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/rights-explorer/rights') },
  { resource: 'rechtenverkenner export', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/rights-explorer/export') },
  { resource: 'rechtenverkenner', op: 'write', allowed: ['beheerder'], ok: 201, denied: 403, audit: 'rights_explorer.create', send: (c) => c.post('/api/rights-explorer/rights', { domain: 'inkomen', name: 'Premie' }) },
  { resource: 'rechtenverkenner (change)', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, audit: 'rights_explorer.update', send: async (c, ids) => c.put(`/api/rights-explorer/rights/${await ids.explorerRight()}`, { domain: 'inkomen', name: 'Waterpremie' }) },
  { resource: 'rechtenverkenner (delete)', op: 'write', allowed: ['beheerder'], ok: 204, denied: 403, audit: 'rights_explorer.delete', send: async (c) => {
    const made = await c.post('/api/rights-explorer/rights', { domain: 'werk', name: 'Startpremie' });
    return c.delete(`/api/rights-explorer/rights/${made.json<{ id?: string }>().id ?? newId()}`);
  } },
  { resource: 'rechtenverkenner import', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, audit: 'rights_explorer.import', send: (c) => c.post('/api/rights-explorer/import', { csv: 'id,levensdomein,naam,wat,voor_wie,hoe,waar,wanneer,contact\n,inkomen,Premie,,,,,,\n' }) },
  { resource: 'rights of a family', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'case_right.list', send: (c, ids) => c.get(`/api/cases/${ids.caseId}/rights`) },
  { resource: 'rights of a family', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'case_right.update', send: async (c, ids) => c.put(`/api/cases/${ids.caseId}/rights/${await ids.explorerRight()}`, { status: 'aangevraagd' }) },
  // No PDF renderer in this app (not listening): 503 for who may print, 404 for everyone else.
  { resource: 'rights schema print', op: 'read', allowed: CASE_ROLES, ok: 503, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}/rights-schema.pdf`) },
  // Issue 12, items 5-8: coordination, contacts, 7 B's, signals, the family's data.
  { resource: 'coordination', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'coordination.read', send: (c, ids) => c.get(`/api/cases/${ids.caseId}/coordination`) },
  { resource: 'coordination', op: 'write', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'coordination.update', send: (c, ids) => c.put(`/api/cases/${ids.caseId}/coordination`, { coordinatorId: null, startedOn: '2026-01-05' }) },
  { resource: 'contact log', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'coordination.contact_add', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/contacts`, { channel: 'huisbezoek', date: '2026-02-01', note: 'Koffie' }) },
  { resource: 'case partners', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'coordination.partner_add', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/partners`, { organisation: 'CAW', role: 'Psychosociale hulp' }) },
  { resource: 'casusoverleg', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'coordination.casusoverleg_add', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/casusoverleggen`, { heldOn: '2026-02-01', parentsPresent: true }) },
  { resource: '7 B\'s notes', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'seven_b.list', send: (c, ids) => c.get(`/api/cases/${ids.caseId}/seven-b-notes`) },
  { resource: '7 B\'s notes', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'seven_b.create', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/seven-b-notes`, { subject: { kind: 'dienst', serviceId: ids.serviceId }, items: [{ b: 'bekend' }] }) },
  { resource: 'signal contributions of the case', op: 'read', allowed: CASE_ROLES, ok: 200, denied: 404, audit: 'signal.case_list', send: (c, ids) => c.get(`/api/cases/${ids.caseId}/signal-contributions`) },
  { resource: 'signal contribution', op: 'write', allowed: CASE_ROLES, ok: 201, denied: 404, audit: 'signal.contribute', send: (c, ids) => c.post(`/api/cases/${ids.caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'werk', text: 'Geen opvang bij avondwerk' }, newSignal: { text: 'Geen opvang bij avondwerk', lifeDomain: 'werk' } }) },
  { resource: 'contact log (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'coordination.contact_remove', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/contacts`, { channel: 'telefoon', date: '2026-02-01' });
    return c.delete(`/api/cases/${ids.caseId}/contacts/${made.json().contact?.id ?? newId()}`);
  } },
  { resource: 'case partners (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'coordination.partner_remove', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/partners`, { organisation: 'OCMW', role: 'Budget' });
    return c.delete(`/api/cases/${ids.caseId}/partners/${made.json().partner?.id ?? newId()}`);
  } },
  { resource: 'casusoverleg (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'coordination.casusoverleg_remove', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/casusoverleggen`, { heldOn: '2026-02-01', parentsPresent: false });
    return c.delete(`/api/cases/${ids.caseId}/casusoverleggen/${made.json().casusoverleg?.id ?? newId()}`);
  } },
  { resource: '7 B\'s notes (delete)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'seven_b.delete', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/seven-b-notes`, { subject: { kind: 'dienst', serviceId: ids.serviceId }, items: [{ b: 'bereikbaar' }] });
    return c.delete(`/api/cases/${ids.caseId}/seven-b-notes/${made.json().note?.id ?? newId()}`);
  } },
  { resource: 'signal contribution (withdraw)', op: 'write', allowed: CASE_ROLES, ok: 204, denied: 404, audit: 'signal.withdraw', send: async (c, ids) => {
    const made = await ids.owner.post(`/api/cases/${ids.caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'werk', text: 'Te weinig bussen' }, newSignal: { text: 'Te weinig bussen', lifeDomain: 'werk' } });
    return c.delete(`/api/cases/${ids.caseId}/signal-contributions/${made.json().signalId ?? newId()}`);
  } },
  { resource: 'caseload limit', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/coordination-settings') },
  { resource: 'case data (PDF, 503 without the web app)', op: 'read', allowed: CASE_ROLES, ok: 503, denied: 404, send: (c, ids) => c.get(`/api/cases/${ids.caseId}/export.pdf`) },
  { resource: 'signals', op: 'read', allowed: ROLES, ok: 200, denied: 403, audit: 'signal.list', send: (c) => c.get('/api/signals') },
  { resource: 'signal status', op: 'write', allowed: KEEPERS, ok: 200, denied: 403, audit: 'signal.status', send: (c, ids) => c.post(`/api/signals/${ids.signalId}/status`, { status: 'actieplan', meetingId: ids.meetingId }) },
  { resource: 'network meetings', op: 'read', allowed: ORG_STAFF, ok: 200, denied: 403, audit: 'network_meeting.list', send: (c) => c.get('/api/network-meetings') },
  { resource: 'network meetings', op: 'write', allowed: KEEPERS, ok: 201, denied: 403, audit: 'network_meeting.create', send: (c) => c.post('/api/network-meetings', { heldOn: '2026-03-01', title: 'Netwerkoverleg' }) },
  { resource: 'network meeting agenda', op: 'read', allowed: ORG_STAFF.filter((r) => r !== 'b1'), ok: 200, denied: 403, deniedFor: { b1: 404 }, audit: 'network_meeting.agenda', send: (c, ids) => c.get(`/api/network-meetings/${ids.meetingId}/agenda`) },
  { resource: 'caseload', op: 'read', allowed: ORG_STAFF, ok: 200, denied: 403, audit: 'caseload.read', send: (c) => c.get('/api/caseload') },
  { resource: 'caseload limit', op: 'write', allowed: ['beheerder'], ok: 200, denied: 403, send: (c) => c.put('/api/coordination-settings', { caseloadLimit: 16 }) },
  { resource: 'organisation report', op: 'read', allowed: ['beheerder', 'onderzoeker'], ok: 200, denied: 403, send: (c) => c.get('/api/stats/organisation') },
  // The zorgkracht survey (routes/surveys.ts, docs/survey.md): workers open and re-enter, the
  // beheerder and onderzoeker import, export and read the report; anyone with the token answers.
  { resource: 'survey open', op: 'write', allowed: [...SURVEY_WORKERS, 'b1'], ok: 201, denied: 403, send: (c) => c.post('/api/surveys', { site: 'Buurthuis' }) },
  { resource: 'survey list', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/surveys') },
  { resource: 'survey re-entry', op: 'write', allowed: SURVEY_WORKERS, ok: 201, denied: 403, deniedFor: { b1: 404 }, send: (c, ids) => c.post(`/api/surveys/${ids.survey.id}/responses`, { answers: { alleenstaand: 'nee' } }) },
  { resource: 'survey close', op: 'write', allowed: [...SURVEY_WORKERS, 'beheerder'], ok: 200, denied: 403, deniedFor: { b1: 404 }, send: async (c, ids) => {
    const opened = (await ids.owner.post('/api/surveys', { site: 'Markt' })).json() as { id: string };
    return c.post(`/api/surveys/${opened.id}/close`);
  } },
  { resource: 'survey answer (token, no account needed)', op: 'write', allowed: ROLES, ok: 204, denied: 403, send: (c, ids) => c.post('/api/survey-answers', { token: ids.survey.token, answers: { geslacht: 'anders' } }) },
  { resource: 'survey import', op: 'write', allowed: ['beheerder', 'onderzoeker'], ok: 200, denied: 403, send: (c) => c.post('/api/surveys/import', { csv: `${SURVEY_COLUMNS.join(',')}\n${newId()},Hobo${','.repeat(SURVEY_COLUMNS.length - 2)}\n` }) },
  { resource: 'survey export', op: 'read', allowed: ['beheerder', 'onderzoeker'], ok: 200, denied: 403, send: (c) => c.get('/api/surveys/export.csv') },
  { resource: 'survey report', op: 'read', allowed: ['beheerder', 'onderzoeker'], ok: 200, denied: 403, send: (c) => c.get('/api/surveys/report?by=site') },
  { resource: 'survey comparison', op: 'read', allowed: ['beheerder', 'onderzoeker'], ok: 200, denied: 403, send: (c) => c.get('/api/surveys/compare?measure=alleenstaand') },
  { resource: 'survey codebook', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/surveys/codebook.json') },
  // Issue 15: Network Canvas mappings per organisation and protocol (routes/import-mappings.ts): the
  // organisation's workers, coaches and beheerder; organisation B has no such mapping (404).
  { resource: 'import mapping', op: 'read', allowed: ORG_STAFF.filter((r) => r !== 'b1'), ok: 200, denied: 403, deniedFor: { b1: 404 }, audit: 'import_mapping.read', send: async (c, ids) => {
    await ids.owner.put('/api/import-mappings/network-canvas', ncMapping(NC_READ));
    return c.get(`/api/import-mappings/network-canvas?uid=${NC_READ}`);
  } },
  { resource: 'import mapping', op: 'write', allowed: ORG_STAFF, ok: 200, denied: 403, audit: 'import_mapping.save', send: (c) => c.put('/api/import-mappings/network-canvas', ncMapping('0b7c5d1e-2f3a-4b5c-8d9e-0f1a2b3c4d53')) },
  { resource: 'import mapping (delete)', op: 'write', allowed: ORG_STAFF.filter((r) => r !== 'b1'), ok: 204, denied: 403, deniedFor: { b1: 404 }, audit: 'import_mapping.delete', send: async (c, ids) => {
    await ids.owner.put('/api/import-mappings/network-canvas', ncMapping(NC_DELETE));
    return c.delete(`/api/import-mappings/network-canvas?uid=${NC_DELETE}`);
  } },
  { resource: 'survey codebook (readable page)', op: 'read', allowed: ROLES, ok: 200, denied: 403, send: (c) => c.get('/api/surveys/codebook.md') },
];

describe.each(targets)('role matrix on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  const clients = {} as Record<RoleKey, TestClient>;
  let ids: Ids;
  let otherOrg: Target;
  let explorerRightId: string | undefined;


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
      explorerRight: async () => {
        explorerRightId ??= (await clients.beheerder.post('/api/rights-explorer/rights', { domain: 'inkomen', name: 'Waterpremie' })).json<{ id: string }>().id;
        return explorerRightId;
      },
      serviceId: (await clients.beheerder.post('/api/social-map/services', { name: 'Speelplein', region: 'Gent' })).json().id,
      signalId: (await clients.x1.post(`/api/cases/${made.caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'vrije_tijd', text: 'Speelplein te duur' }, newSignal: { text: 'Speelplein te duur', lifeDomain: 'vrije_tijd' } })).json().signalId,
      meetingId: (await clients.coachX.post('/api/network-meetings', { heldOn: '2026-02-01', title: 'Netwerk februari' })).json().meeting.id,
      survey: (await clients.x1.post('/api/surveys', { site: 'Buurthuis De Linde' })).json() as { id: string; token: string },
    };
    otherOrg = await createCaseWithMap(clients.b1);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const cases = MATRIX.flatMap((row) => ROLES.map((role) => ({ ...row, role, expected: row.allowed.includes(role) ? row.ok : row.deniedFor?.[role] ?? row.denied })));
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

  const auditedRows = MATRIX.filter((row) => row.audit !== undefined);
  it.each(auditedRows)('[audit] $op $resource by an allowed role wrote $audit', async ({ audit, allowed }) => {
    await app.ctx.readAudit.flush();
    const userIds = allowed.map((role) => world.users[role].id);
    const lines = await database.handle.db.selectFrom('audit_log').select(['user_id', 'outcome']).where('action', '=', audit as string).execute();
    expect(lines.some((l) => l.user_id !== null && userIds.includes(l.user_id) && l.outcome === 'ok')).toBe(true);
  });

  it('[audit] every survey route the matrix ran left its line (a token\'s answer leaves none: it would carry the time)', async () => {
    const entries = (await clients.beheerder.get('/api/audit?limit=1000')).json().entries as { action: string }[];
    for (const action of ['stats.organisation', 'survey.open', 'survey.list', 'survey.reentry', 'survey.close', 'survey.import', 'survey.export', 'survey.report', 'survey.compare']) {
      expect(entries.some((e) => e.action === action), action).toBe(true);
    }
    expect(entries.some((e) => e.action.startsWith('survey.answer'))).toBe(false);
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

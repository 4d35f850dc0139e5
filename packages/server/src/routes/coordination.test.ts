import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { CASE_EXPORT_PARTS, CASE_TABLES_EXPORTED } from '../store/case-export.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();
const TODAY = '2026-03-01';

describe.each(targets)('case coordination, signals and the 7 B\'s through the API on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let coachX: TestClient;
  let beheerder: TestClient;
  let onderzoeker: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => TODAY });
    [x1, coachX, beheerder, onderzoeker] = await Promise.all([
      login(app, world.users.x1.email), login(app, world.users.coachX.email), login(app, world.users.beheerder.email), login(app, world.users.onderzoeker.email),
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A case of x1 with registration consent (no map: these features do not need one). */
  async function newCase(name = 'Gezin Coördinatie') {
    const created = await x1.post('/api/cases', { name, members: [{ name: 'Mama Zorgvuldig', role: 'mama' }] });
    const caseId = created.json().id as string;
    const consent = await x1.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Mama Zorgvuldig', givenOn: '2026-01-05' });
    expect(consent.statusCode, consent.body).toBe(201);
    return caseId;
  }
  const auditActions = async (caseId: string) =>
    (await database.handle.db.selectFrom('audit_log').select(['action', 'target']).where('case_id', '=', caseId).execute());
  const countRows = async (table: 'contact_log' | 'signals' | 'signal_contributions' | 'seven_b_notes' | 'case_partners') =>
    Number((await database.handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('[CC3] a home visit goes into the contact log with its note encrypted at rest, and reading and writing are audited', async () => {
    const caseId = await newCase();
    const res = await x1.post(`/api/cases/${caseId}/contacts`, { channel: 'huisbezoek', date: '2026-02-20', note: 'Samen de brief van de huisbaas gelezen' });
    expect(res.statusCode, res.body).toBe(201);
    const read = await x1.get(`/api/cases/${caseId}/coordination`);
    expect(read.json().contacts).toEqual([expect.objectContaining({ channel: 'huisbezoek', date: '2026-02-20', withUserId: world.users.x1.id, withName: 'x1', note: 'Samen de brief van de huisbaas gelezen' })]);
    const stored = await database.handle.db.selectFrom('contact_log').select('note_enc').where('case_id', '=', caseId).executeTakeFirstOrThrow();
    expect(stored.note_enc).toMatch(/^v2\./);
    expect(stored.note_enc).not.toContain('huisbaas');
    await app.ctx.readAudit.flush();
    const actions = (await auditActions(caseId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['coordination.contact_add', 'coordination.read']));
  });

  it('[CC3] bad input names the field in the reader\'s language and stores nothing', async () => {
    const caseId = await newCase();
    const before = await countRows('contact_log');
    const fr = new (x1.constructor as typeof TestClient)(app, x1.cookie, x1.csrfToken, 'fr');
    const res = await fr.post(`/api/cases/${caseId}/contacts`, { channel: 'fax', date: '2026-02-30' });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path).sort()).toEqual(['channel', 'date']);
    expect(res.json().error.message).not.toBe((await x1.post(`/api/cases/${caseId}/contacts`, { channel: 'fax', date: '2026-02-01' })).json().error.message);
    expect(await countRows('contact_log')).toBe(before);
    const partnerBefore = await countRows('case_partners');
    const partner = await x1.post(`/api/cases/${caseId}/partners`, { organisation: '', role: 'Psychosociale hulp' });
    expect(partner.json().error.issues[0].path).toBe('organisation');
    expect(await countRows('case_partners')).toBe(partnerBefore);
  });

  it('[CC1][CC2] the attention list warns when no casusoverleg was held within six months, then when the parents were not there, then not at all', async () => {
    const caseId = await newCase('Gezin Overleg');
    const put = await x1.put(`/api/cases/${caseId}/coordination`, { coordinatorId: world.users.x1.id, startedOn: '2025-08-01' });
    expect(put.statusCode, put.body).toBe(200);
    const kinds = async () => (await x1.get(`/api/cases/${caseId}/attention`)).json().coordination.map((w: { kind: string }) => w.kind);
    const mine = async () => ((await x1.get('/api/me/attention')).json().coordination as { caseId: string; caseName: string; kind: string }[]).filter((w) => w.caseId === caseId);
    expect(await kinds()).toEqual(['casusoverleg_ontbreekt']);
    expect(await mine()).toEqual([expect.objectContaining({ kind: 'casusoverleg_ontbreekt', caseName: 'Gezin Overleg', since: '2026-02-01' })]);
    expect((await x1.post(`/api/cases/${caseId}/casusoverleggen`, { heldOn: '2026-01-10', parentsPresent: false, note: 'Zonder mama' })).statusCode).toBe(201);
    expect(await kinds()).toEqual(['casusoverleg_zonder_ouders']);
    expect((await x1.post(`/api/cases/${caseId}/casusoverleggen`, { heldOn: '2026-02-10', parentsPresent: true })).statusCode).toBe(201);
    expect(await kinds()).toEqual([]);
    expect(await mine()).toEqual([]);
    const coordination = (await x1.get(`/api/cases/${caseId}/coordination`)).json();
    expect(coordination.coordinator).toEqual({ userId: world.users.x1.id, displayName: 'x1' });
    expect(coordination.casusoverleggen.map((m: { parentsPresent: boolean }) => m.parentsPresent)).toEqual([false, true]);
  });

  it('[CC4] the coordinator must be a worker of the organisation: another organisation\'s user or the onderzoeker is refused', async () => {
    const caseId = await newCase();
    for (const id of [world.users.b1.id, world.users.onderzoeker.id]) {
      const res = await x1.put(`/api/cases/${caseId}/coordination`, { coordinatorId: id, startedOn: '2026-01-01' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues[0].path).toBe('coordinatorId');
    }
  });

  it('[CL1][CL2] the caseload counts the families a worker coordinates against the organisation\'s limit; the beheerder sets the limit', async () => {
    const start = (await x1.get('/api/caseload')).json();
    expect(start.limit).toBe(16);
    expect(start.workers.map((w: { workerId: string }) => w.workerId)).toEqual([world.users.x1.id]);
    const x1Before = start.workers[0].families as number;
    const caseId = await newCase();
    expect((await x1.get('/api/caseload')).json().workers[0].families).toBe(x1Before + 1);
    // Handing the coordination to x2 moves the family to x2's line (the coach sees the team).
    await x1.put(`/api/cases/${caseId}/coordination`, { coordinatorId: world.users.x2.id, startedOn: '2026-01-01' });
    const team = (await coachX.get('/api/caseload')).json();
    expect(team.workers.map((w: { workerId: string }) => w.workerId).sort()).toEqual([world.users.coachX.id, world.users.x1.id, world.users.x2.id].sort());
    expect(team.workers.find((w: { workerId: string }) => w.workerId === world.users.x1.id).families).toBe(x1Before);
    expect(JSON.stringify(team)).not.toContain('Gezin');
    expect((await x1.put('/api/coordination-settings', { caseloadLimit: 2 })).statusCode).toBe(403);
    const bad = await beheerder.put('/api/coordination-settings', { caseloadLimit: 0 });
    expect(bad.json().error.issues[0].path).toBe('caseloadLimit');
    expect((await beheerder.put('/api/coordination-settings', { caseloadLimit: 1 })).statusCode).toBe(200);
    const after = (await x1.get('/api/caseload')).json();
    expect(after.limit).toBe(1);
    expect(after.workers[0].over).toBe(Math.max(0, after.workers[0].families - 1));
    await beheerder.put('/api/coordination-settings', { caseloadLimit: 16 });
  });

  it('[SN2][SN1] a barrier becomes a contribution: one family counts once, the count shows "fewer than 5" until five families (or the organisation\'s higher rule), and no case id is stored', async () => {
    const cases: string[] = [];
    for (let i = 0; i < 5; i += 1) cases.push(await newCase(`Gezin Signaal ${i}`));
    const barrierOf = async (caseId: string) => (await x1.post(`/api/cases/${caseId}/barriers`, { code: 'kosten' })).json().barrier.id as string;
    const first = await x1.post(`/api/cases/${cases[0]}/signal-contributions`, {
      source: { kind: 'drempel', barrierId: await barrierOf(cases[0] as string) }, newSignal: { text: 'De waarborg voor de opvang is te hoog', lifeDomain: 'kinderopvang' },
    });
    expect(first.statusCode, first.body).toBe(201);
    const signalId = first.json().signalId as string;
    const again = await x1.post(`/api/cases/${cases[0]}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'kinderopvang', text: 'Nog eens' }, signalId });
    expect(again.json()).toMatchObject({ signalId, counted: false });
    const families = async () => ((await onderzoeker.get('/api/signals')).json().signals as { id: string; families: unknown }[]).find((s) => s.id === signalId)?.families;
    expect(await families()).toEqual({ kind: 'fewer_than', threshold: 5 });
    for (const caseId of cases.slice(1, 4)) await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'drempel', barrierId: await barrierOf(caseId) }, signalId });
    expect(await families()).toEqual({ kind: 'fewer_than', threshold: 5 });
    await x1.post(`/api/cases/${cases[4]}/signal-contributions`, { source: { kind: 'drempel', barrierId: await barrierOf(cases[4] as string) }, signalId });
    expect(await families()).toEqual({ kind: 'exact', families: 5 });
    // The organisation may hide more than the server does, never less.
    expect((await beheerder.put('/api/coordination-settings', { smallCellThreshold: 8 })).json()).toMatchObject({ smallCellThreshold: 8, smallCellMinimum: 5, smallCellApplied: 8 });
    expect(await families()).toEqual({ kind: 'fewer_than', threshold: 8 });
    expect((await beheerder.put('/api/coordination-settings', { smallCellThreshold: 2 })).json()).toMatchObject({ smallCellApplied: 5 });
    expect(await families()).toEqual({ kind: 'exact', families: 5 });
    expect((await x1.put('/api/coordination-settings', { smallCellThreshold: 1 })).statusCode).toBe(403);
    await beheerder.put('/api/coordination-settings', { smallCellThreshold: null });

    const stored = await database.handle.db.selectFrom('signal_contributions').selectAll().where('signal_id', '=', signalId).execute();
    expect(stored).toHaveLength(5);
    for (const row of stored) for (const value of Object.values(row)) for (const caseId of cases) expect(String(value)).not.toContain(caseId);
    // The audit line is on the case, without the signal: the log does not link what the signal does not.
    const lines = (await auditActions(cases[0] as string)).filter((a) => a.action === 'signal.contribute');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.target === null)).toBe(true);
    // The onderzoeker's answer names no family and no case.
    const body = (await onderzoeker.get('/api/signals')).body;
    for (const caseId of cases) expect(body).not.toContain(caseId);
    expect(body).not.toContain('Gezin Signaal');
    // The case sees the signals its family is part of; the family can take its part back.
    expect((await x1.get(`/api/cases/${cases[4]}/signal-contributions`)).json().signals.map((s: { id: string }) => s.id)).toContain(signalId);
    expect((await x1.delete(`/api/cases/${cases[4]}/signal-contributions/${signalId}`)).statusCode).toBe(204);
    expect(await families()).toEqual({ kind: 'fewer_than', threshold: 5 });
  });

  it('[SN2] a contribution with an unknown life domain, barrier or signal is refused with the field named, and no signal is left behind', async () => {
    const caseId = await newCase();
    const before = await countRows('signals');
    const badDomain = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'sport', text: 'Te duur' }, newSignal: { text: 'Te duur', lifeDomain: 'sport' } });
    expect(badDomain.statusCode).toBe(400);
    expect(badDomain.json().error.issues.map((i: { path: string }) => i.path)).toContain('newSignal.lifeDomain');
    const otherBarrier = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'drempel', barrierId: 'bestaat-niet' }, newSignal: { text: 'Te duur', lifeDomain: 'werk' } });
    expect(otherBarrier.json().error.issues[0].path).toBe('source.barrierId');
    const unknownSignal = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'werk', text: 'Te duur' }, signalId: 'onbekend' });
    expect(unknownSignal.json().error.issues[0].path).toBe('signalId');
    expect(await countRows('signals')).toBe(before);
  });

  it('[SN4][SN5] a coach plans a network meeting and decides there; the agenda shows the state and the owner, and only keepers may change it', async () => {
    const caseId = await newCase();
    const made = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'huisvesting', text: 'Geen sociale woning vrij' }, newSignal: { text: 'Wachtlijst sociale woningen te lang', lifeDomain: 'huisvesting' } });
    const signalId = made.json().signalId as string;
    expect((await x1.post('/api/network-meetings', { heldOn: TODAY, title: 'Netwerk maart' })).statusCode).toBe(403);
    const meeting = await coachX.post('/api/network-meetings', { heldOn: TODAY, title: 'Netwerk maart' });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json().meeting.id as string;
    expect((await x1.post(`/api/signals/${signalId}/status`, { status: 'doorgegeven' })).statusCode).toBe(403);
    const bad = await coachX.post(`/api/signals/${signalId}/status`, { status: 'klaar', meetingId });
    expect(bad.json().error.issues[0].path).toBe('status');
    const changed = await coachX.post(`/api/signals/${signalId}/status`, { status: 'doorgegeven', meetingId, owner: { kind: 'bevoegde_instantie', name: 'Sociaal verhuurkantoor' }, note: 'Brief gestuurd' });
    expect(changed.statusCode, changed.body).toBe(200);
    // A decision of an earlier meeting entered afterwards stays in the history but does not undo the later one.
    const earlier = (await coachX.post('/api/network-meetings', { heldOn: '2026-02-01', title: 'Netwerk februari' })).json().meeting.id as string;
    expect((await coachX.post(`/api/signals/${signalId}/status`, { status: 'actieplan', meetingId: earlier })).statusCode).toBe(200);
    const now = ((await x1.get('/api/signals')).json().signals as { id: string; status: string; history: { status: string; changedOn: string }[] }[]).find((s) => s.id === signalId);
    expect(now?.status).toBe('doorgegeven');
    expect(now?.history.map((h) => [h.changedOn, h.status])).toEqual([['2026-02-01', 'actieplan'], [TODAY, 'open'], [TODAY, 'doorgegeven']]);
    const agenda = await x1.get(`/api/network-meetings/${meetingId}/agenda`);
    expect(agenda.statusCode).toBe(200);
    const entry = (agenda.json().signals as { id: string; status: string; owner: unknown; decidedHere: boolean }[]).find((s) => s.id === signalId);
    expect(entry).toMatchObject({ status: 'doorgegeven', owner: { kind: 'bevoegde_instantie', name: 'Sociaal verhuurkantoor' }, decidedHere: true });
    expect(agenda.body).not.toContain(caseId);
    expect((await onderzoeker.get(`/api/network-meetings/${meetingId}/agenda`)).statusCode).toBe(403);
    const foreign = await login(app, world.users.b1.email);
    const foreignAgenda = await foreign.get(`/api/network-meetings/${meetingId}/agenda`);
    const missingAgenda = await foreign.get(`/api/network-meetings/${crypto.randomUUID()}/agenda`);
    expect(foreignAgenda.statusCode).toBe(404);
    expect(foreignAgenda.body).toBe(missingAgenda.body);
    const foreignStatus = await foreign.post(`/api/signals/${signalId}/status`, { status: 'opgelost' });
    expect(foreignStatus.statusCode).toBe(403);
    await app.ctx.readAudit.flush();
    const lines = await database.handle.db.selectFrom('audit_log').select(['action', 'target', 'case_id']).where('target', 'in', [signalId, meetingId]).execute();
    expect(lines.map((l) => l.action)).toEqual(expect.arrayContaining(['signal.status', 'network_meeting.create', 'network_meeting.agenda']));
    expect(lines.every((l) => l.case_id === null)).toBe(true);
  });

  it('[7B2][7B3] a 7 B\'s conversation about a service of the sociale kaart is noted, and a noted B becomes a contribution', async () => {
    const caseId = await newCase();
    const service = await beheerder.post('/api/social-map/services', { name: 'Speelpleinwerking', region: 'Gent' });
    expect(service.statusCode, service.body).toBe(201);
    const serviceId = service.json().id as string;
    const unknown = await x1.post(`/api/cases/${caseId}/seven-b-notes`, { subject: { kind: 'dienst', serviceId: 'geen-dienst' }, items: [{ b: 'betaalbaar' }] });
    expect(unknown.json().error.issues[0].path).toBe('subject.serviceId');
    const before = await countRows('seven_b_notes');
    const twice = await x1.post(`/api/cases/${caseId}/seven-b-notes`, { subject: { kind: 'dienst', serviceId }, items: [{ b: 'bekend' }, { b: 'bekend' }] });
    expect(twice.json().error.issues[0].path).toBe('items');
    expect(await countRows('seven_b_notes')).toBe(before);
    const note = await x1.post(`/api/cases/${caseId}/seven-b-notes`, { subject: { kind: 'dienst', serviceId }, items: [{ b: 'betaalbaar', note: 'Het T-shirt kost 15 euro' }, { b: 'bekend' }] });
    expect(note.statusCode, note.body).toBe(201);
    const noteId = note.json().note.id as string;
    const stored = await database.handle.db.selectFrom('seven_b_notes').selectAll().where('id', '=', noteId).executeTakeFirstOrThrow();
    expect(stored.notes_enc).not.toContain('T-shirt');
    expect((await x1.get(`/api/cases/${caseId}/seven-b-notes`)).json().notes).toEqual([{ id: noteId, subject: { kind: 'dienst', serviceId }, notedOn: TODAY, items: [{ b: 'betaalbaar', note: 'Het T-shirt kost 15 euro' }, { b: 'bekend', note: '' }] }]);
    const notNoted = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'zeven_b', noteId, b: 'bereikbaar' }, newSignal: { text: 'Speelplein kost te veel extra', lifeDomain: 'vrije_tijd' } });
    expect(notNoted.json().error.issues[0].path).toBe('source.b');
    const contributed = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'zeven_b', noteId, b: 'betaalbaar' }, newSignal: { text: 'Speelplein kost te veel extra', lifeDomain: 'vrije_tijd' } });
    expect(contributed.statusCode, contributed.body).toBe(201);
    const source = await database.handle.db.selectFrom('signal_contributions').select('source_kind').where('signal_id', '=', contributed.json().signalId).executeTakeFirstOrThrow();
    expect(source.source_kind).toBe('zeven_b');
  });

  it('[7B2] a conversation can be about an action of the case\'s plan; an action of another plan is refused', async () => {
    const made = await createCaseWithMap(x1);
    const plan = await x1.post(`/api/cases/${made.caseId}/plan`, { mapId: made.mapId, actions: [{ id: 'naar-de-club', what: 'Samen naar de sportclub', owner: { kind: 'begeleider' }, kind: 'doen' }] });
    expect(plan.statusCode, plan.body).toBe(201);
    const ok = await x1.post(`/api/cases/${made.caseId}/seven-b-notes`, { subject: { kind: 'actie', actionId: 'naar-de-club' }, items: [{ b: 'bereikbaar', note: 'Geen bus op zaterdag' }] });
    expect(ok.statusCode, ok.body).toBe(201);
    const other = await newCase();
    const refused = await x1.post(`/api/cases/${other}/seven-b-notes`, { subject: { kind: 'actie', actionId: 'naar-de-club' }, items: [{ b: 'bereikbaar' }] });
    expect(refused.json().error.issues[0].path).toBe('subject.actionId');
  });

  it('[EX1] the family\'s export holds everything the case stores, including coordination, 7 B\'s and signals', async () => {
    const caseId = await newCase('Gezin Inzage');
    await x1.post(`/api/cases/${caseId}/contacts`, { channel: 'whatsapp', date: '2026-02-01', note: 'Foto van het attest gestuurd' });
    await x1.post(`/api/cases/${caseId}/partners`, { organisation: 'CAW', role: 'Psychosociale hulp' });
    await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'inkomen', text: 'Premie niet gekend' }, newSignal: { text: 'Gemeentelijke premie is niet gekend', lifeDomain: 'inkomen' } });
    const res = await x1.get(`/api/cases/${caseId}/export`);
    expect(res.statusCode).toBe(200);
    const data = res.json();
    expect(Object.keys(data)).toEqual(['exportedAt', ...CASE_EXPORT_PARTS.map((p) => p.key)]);
    expect(data.case.name).toBe('Gezin Inzage');
    expect(data.coordination.contacts[0]).toMatchObject({ channel: 'whatsapp', note: 'Foto van het attest gestuurd' });
    expect(data.coordination.partners).toEqual([expect.objectContaining({ organisation: 'CAW', role: 'Psychosociale hulp' })]);
    expect(data.signalContributions).toEqual([expect.objectContaining({ text: 'Gemeentelijke premie is niet gekend', status: 'open' })]);
  });

  it('[EX2] every table that holds case data is covered by the export', async () => {
    // On PostgreSQL only this test's own schema (others on the same server may hold other tables).
    const schema = target.name === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.handle.db)).rows[0]?.s : undefined;
    const tables = (await database.handle.db.introspection.getTables()).filter((t) => schema === undefined || t.schema === schema);
    const withCaseData = tables.filter((t) => t.columns.some((c) => ['case_id', 'map_id', 'plan_id'].includes(c.name))).map((t) => t.name);
    expect(withCaseData).toEqual(expect.arrayContaining(['maps', 'alters', 'contact_log', 'seven_b_notes']));
    // Not the family's data: keys, who a case is shared with (accounts), the audit log, and the
    // organisation report's bands and counts (worked out from the maps, which the export holds).
    const notFamilyData = ['case_keys', 'case_shares', 'audit_log', 'snapshot_summaries', 'snapshot_summary_counts'];
    const missing = withCaseData.filter((t) => !notFamilyData.includes(t) && !(CASE_TABLES_EXPORTED as readonly string[]).includes(t));
    expect(missing).toEqual([]);
  });

  it('[CC5] erasing the case removes its coordination, contact log and 7 B\'s notes; the signal keeps only an unlinkable count', async () => {
    const caseId = await newCase();
    await x1.post(`/api/cases/${caseId}/contacts`, { channel: 'telefoon', date: '2026-02-01' });
    await x1.post(`/api/cases/${caseId}/casusoverleggen`, { heldOn: '2026-02-01', parentsPresent: true });
    const made = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'werk', text: 'Geen opvang bij avondwerk' }, newSignal: { text: 'Geen opvang bij avondwerk', lifeDomain: 'werk' } });
    expect((await x1.delete(`/api/cases/${caseId}`)).statusCode).toBe(204);
    const db = database.handle.db;
    for (const table of ['contact_log', 'casusoverleggen', 'case_coordination', 'case_partners', 'seven_b_notes'] as const) {
      expect(await db.selectFrom(table).select('case_id').where('case_id', '=', caseId).execute()).toEqual([]);
    }
    expect(await db.selectFrom('signal_contributions').select('family_tag').where('signal_id', '=', made.json().signalId).execute()).toHaveLength(1);
  });

  it('[bad input] no body, however wrong, gets a 5xx from the coordination, signal and 7 B\'s endpoints, and every 4xx has a code', async () => {
    const caseId = await newCase();
    const barrierId = (await x1.post(`/api/cases/${caseId}/barriers`, { code: 'kosten' })).json().barrier.id as string;
    const signalId = (await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'drempel', barrierId }, newSignal: { text: 'Fuzz signaal', lifeDomain: 'werk' } })).json().signalId as string;
    const value = fc.oneof(
      fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 50 }), fc.constantFrom('', 'huisbezoek', 'drempel', 'zeven_b', 'levensdomein', 'werk', 'betaalbaar', 'dienst', 'actie', 'opgelost', '2026-02-29', barrierId, signalId, '__proto__'),
      fc.array(fc.dictionary(fc.constantFrom('b', 'note', 'kind', 'name'), fc.string({ maxLength: 12 }), { maxKeys: 2 }), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('kind', 'barrierId', 'noteId', 'b', 'lifeDomain', 'text', 'serviceId', 'actionId', 'name'), fc.string({ maxLength: 12 }), { maxKeys: 3 }),
    );
    const fields = ['channel', 'date', 'note', 'withUserId', 'heldOn', 'parentsPresent', 'organisation', 'role', 'coordinatorId', 'startedOn', 'source', 'signalId', 'newSignal',
      'subject', 'items', 'notedOn', 'status', 'owner', 'meetingId', 'title', 'caseloadLimit'];
    const body = fc.oneof(fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 5 }), fc.jsonValue({ maxDepth: 3 }));
    const endpoints = [
      [x1, 'POST', `/api/cases/${caseId}/contacts`], [x1, 'POST', `/api/cases/${caseId}/partners`], [x1, 'POST', `/api/cases/${caseId}/casusoverleggen`],
      [x1, 'PUT', `/api/cases/${caseId}/coordination`], [x1, 'POST', `/api/cases/${caseId}/signal-contributions`], [x1, 'POST', `/api/cases/${caseId}/seven-b-notes`],
      [coachX, 'POST', `/api/signals/${signalId}/status`], [coachX, 'POST', '/api/network-meetings'], [beheerder, 'PUT', '/api/coordination-settings'],
    ] as const;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...endpoints), body, async ([client, method, url], payload) => {
      const res = await client.request(method, url, payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(typeof res.json().error.code).toBe('string');
    }), { numRuns: 300 });
    await beheerder.put('/api/coordination-settings', { caseloadLimit: 16 });
  }, 60_000);
});


import { KANSARMOEDE_CRITERIA } from '@netwerkkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { createFieldCipher } from './field-cipher.js';
import { createKeyring, generateKey } from './keyring.js';
import { checkKeyCanary } from './key-canary.js';
import { ENCRYPTED_COLUMNS, rotateKey } from './rotate-key.js';
import type { Kysely } from 'kysely';
import { readMembers } from '../store/case-store.js';
import { readMap } from '../store/map-store.js';
import { readPlans } from '../store/plan-store.js';
import { anyKeyCipher } from '../testing/any-key.js';

const targets = await databaseTargets();

describe.each(targets)('key rotation on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let draftKey = '';
  let wrapKey = '';
  const oldKey = generateKey();
  const newKey = generateKey();

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([oldKey]), settings: TEST_SETTINGS });
    // What bootstrap writes at the first start: the canary is rotated like every master-key value.
    await checkKeyCanary(database.handle.db, createFieldCipher(createKeyring([oldKey])), 'test');
    const x1 = await login(app, world.users.x1.email);
    // The device key for drafts is stored encrypted too.
    draftKey = (await x1.get('/api/me/draft-key')).json().key as string;
    const coach = await login(app, world.users.coachX.email);
    const beheerder = await login(app, world.users.beheerder.email);
    const rightId = (await beheerder.post('/api/rights-explorer/rights', { domain: 'werk', name: 'Premie' })).json().id as string;
    // The organisation's own contact for an Eigen Kracht-conferentie (issue 17), under the master key.
    await beheerder.put('/api/organisation/eigen-kracht-contact', { contact: { organisation: 'Coördinatiepunt', phones: ['09 123 45 67'] } });
    const serviceId = (await beheerder.post('/api/social-map/services', { name: 'Speelplein', region: 'Gent' })).json().id as string;
    const meetingId = (await coach.post('/api/network-meetings', { heldOn: '2026-01-10', title: 'Netwerk' })).json().meeting.id as string;
    // So is the session's key that wraps the web app's device key (issue 16).
    wrapKey = (await x1.get('/api/me/device-wrap-key')).json().key as string;
    // A survey answer (issue 13): its answers are sealed under the master key.
    const survey = (await x1.post('/api/surveys', { site: 'Buurthuis' })).json() as { token: string };
    await x1.post('/api/survey-answers', { token: survey.token, answers: { alleenstaand: 'ja' } });
    for (let i = 0; i < 3; i++) {
      const { caseId, mapId, snapshotId, version } = await createCaseWithMap(x1, { family: `Gezin ${i}`, alter: `Buur ${i}` });
      await x1.post(`/api/cases/${caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-01', partners: ['CAW'] });
      await x1.patch(`/api/maps/${mapId}`, { title: `Kaart ${i}` }, { 'if-match': `"${version}"` });
      await x1.patch(`/api/maps/${mapId}/snapshots/${snapshotId}`, { label: 'Nu', note: 'Notitie' }, { 'if-match': `"${version + 1}"` });
      await x1.post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: 'Juf', role: 'juf', origin: 'school', note: 'n', ring: 2 }, { 'if-match': `"${version + 2}"` });
      // A plan and a barrier fill every encrypted column of issue 5's tables.
      await x1.post(`/api/cases/${caseId}/plan`, {
        mapId, madeBy: 'netwerk', startingQuestion: { answer: 'Rust' },
        goals: [{ id: 'g', domain: 'werk', words: 'Werk vinden', workerNote: 'Nota' }],
        actions: [{ id: 'a', what: 'Bellen', owner: { kind: 'begeleider' }, kind: 'doen', reviews: [{ date: '2026-01-02', text: 'Gebeld' }] }],
        eigenKracht: { participants: [{ name: 'Buurman' }] },
      });
      await x1.post(`/api/cases/${caseId}/barriers`, { code: 'tijd', notedOn: '2026-01-01', notes: [{ date: '2026-01-01', text: 'Werkt lang' }] });
      // Issue 12: an index check, a grondrechtenmeting and a right's status with a note.
      await x1.post(`/api/cases/${caseId}/kansarmoede`, { judgements: KANSARMOEDE_CRITERIA.map((criterion) => ({ criterion, weak: true, note: 'n' })) });
      await x1.post(`/api/cases/${caseId}/rights-measurements`, { scores: [{ rightId: 'werk', score: 4, note: 'n' }] });
      await x1.put(`/api/cases/${caseId}/rights/${rightId}`, { status: 'aangevraagd', note: 'Gevraagd' });
      // Issue 12: coordination, 7 B's and a signal with its own key (master-key values).
      await x1.post(`/api/cases/${caseId}/contacts`, { channel: 'sms', date: '2026-01-02', note: 'Afspraak bevestigd' });
      await x1.post(`/api/cases/${caseId}/partners`, { organisation: 'CAW', role: 'Hulp bij ruzie thuis' });
      await x1.post(`/api/cases/${caseId}/casusoverleggen`, { heldOn: '2026-01-03', parentsPresent: true, note: 'Mama was er' });
      await x1.post(`/api/cases/${caseId}/seven-b-notes`, { subject: { kind: 'dienst', serviceId }, items: [{ b: 'betaalbaar', note: 'Te duur' }] });
      const signal = await x1.post(`/api/cases/${caseId}/signal-contributions`, { source: { kind: 'levensdomein', lifeDomain: 'werk', text: 'Geen opvang' }, newSignal: { text: `Geen opvang ${i}`, lifeDomain: 'werk' } });
      if (i === 0) await coach.post(`/api/signals/${signal.json().signalId}/status`, { status: 'actieplan', meetingId, note: 'Trekker gezocht' });
      // The conversation guide kept with the map (issue 14).
      await x1.put(`/api/maps/${mapId}/guide`, { state: { version: 1, status: 'active', step: 1, notes: { familie: 'Oma helpt' }, added: {}, answers: {}, replies: {} } }, { 'if-match': '"0"' });
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('re-encrypts every value under the new key, after which the old key is no longer needed', async () => {
    const db = database.handle.db;
    const before = await readAllMaps(db, createFieldCipher(createKeyring([oldKey])));
    const rotating = createFieldCipher(createKeyring([newKey, oldKey]));
    const report = await rotateKey(db, rotating, 4);
    // The three case keys, the draft key, the session's wrap key, the canary, three signals' texts and keys, one signal note, the survey answer, the Eigen Kracht contact.
    expect(report.reencrypted).toBe(15);
    expect(report.current).toBe(0);

    // Every value under the master key (the wrapped case keys among them) now carries the new
    // key's id; the cases' own values stay under their case keys, which did not change.
    const anyDb = db as unknown as Kysely<Record<string, Record<string, string | null>>>;
    for (const spec of ENCRYPTED_COLUMNS) {
      const values = (await anyDb.selectFrom(spec.table).select(spec.column).execute()).map((r) => r[spec.column]).filter((v) => v !== null);
      expect(values.length, `${spec.table}.${spec.column}`).toBeGreaterThan(0);
      const prefix = spec.case === null ? `v1.${rotating.keyring.currentId}.` : 'v2.';
      for (const v of values) expect(v?.startsWith(prefix), `${spec.table}.${spec.column}`).toBe(true);
    }
    const onlyNew = createFieldCipher(createKeyring([newKey]));
    expect(await readAllMaps(db, onlyNew)).toEqual(before);
    // The same device key after rotation: drafts already on devices stay readable.
    const stored = await db.selectFrom('user_draft_keys').select('key_enc').executeTakeFirstOrThrow();
    expect(onlyNew.decrypt(stored.key_enc, 'user_draft_keys.key')).toBe(draftKey);
    // The same wrap key for the live session: the device key on the device still opens.
    const session = await db.selectFrom('sessions').select('device_wrap_key_enc').where('device_wrap_key_enc', 'is not', null).executeTakeFirstOrThrow();
    expect(onlyNew.decrypt(session.device_wrap_key_enc as string, 'sessions.device_wrap_key')).toBe(wrapKey);
    // Running it again finds nothing left to do (an interrupted rotation can simply be rerun).
    expect((await rotateKey(db, onlyNew)).reencrypted).toBe(0);
  });
});

describe.each(targets)('key rotation and erasure on $name', (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('[erasure] after a rotation a kept case reads with the new key alone, and an erased case\'s copies (with its wrapped key from a backup) read with nothing', async () => {
    const db = database.handle.db;
    const world = await seedWorld(db);
    const oldKey = generateKey();
    const newKey = generateKey();
    const app = await buildApp({ db, keyring: createKeyring([oldKey]), settings: TEST_SETTINGS });
    const x1 = await login(app, world.users.x1.email);
    const kept = await createCaseWithMap(x1, { family: 'Gezin Blijvers', alter: 'Buur Blijver' });
    const erased = await createCaseWithMap(x1, { family: 'Gezin Weg', alter: 'Buur Weg' });
    // What a backup made before the erasure holds: the case's values and its wrapped key.
    const backup = {
      key: (await db.selectFrom('case_keys').select('key_enc').where('case_id', '=', erased.caseId).executeTakeFirstOrThrow()).key_enc,
      name: (await db.selectFrom('cases').select('name_enc').where('id', '=', erased.caseId).executeTakeFirstOrThrow()).name_enc,
      alter: (await db.selectFrom('alters').select('name_enc').where('map_id', '=', erased.mapId).executeTakeFirstOrThrow()).name_enc,
    };
    expect((await x1.delete(`/api/cases/${erased.caseId}`)).statusCode).toBe(204);
    await app.close();

    await rotateKey(db, createFieldCipher(createKeyring([newKey, oldKey])));
    const onlyNew = createFieldCipher(createKeyring([newKey]));
    const after = await buildApp({ db, keyring: createKeyring([newKey]), settings: TEST_SETTINGS });
    const x1After = await login(after, world.users.x1.email);
    const read = await x1After.get(`/api/maps/${kept.mapId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().map.snapshots[0].alters[0].name).toBe('Buur Blijver');
    expect((await x1After.get(`/api/cases/${kept.caseId}`)).json().name).toBe('Gezin Blijvers');
    await after.close();

    // The erased case: its values do not read with any key the server holds...
    const reader = await anyKeyCipher(db, onlyNew);
    expect(() => reader.decrypt(backup.name, 'cases.name')).toThrow();
    expect(() => reader.decrypt(backup.alter, 'alters.name')).toThrow();
    // ...and once the old key is destroyed, not even its wrapped key from a backup unwraps.
    expect(() => onlyNew.forCase(backup.key)).toThrow(/not in the keyring/);
    expect(createFieldCipher(createKeyring([oldKey])).forCase(backup.key).decrypt(backup.alter, 'alters.name')).toBe('Buur Weg');
  });
});

async function readAllMaps(db: TestDatabase['handle']['db'], master: ReturnType<typeof createFieldCipher>) {
  const cipher = await anyKeyCipher(db, master);
  const maps = await db.selectFrom('maps').selectAll().orderBy('id').execute();
  const cases = await db.selectFrom('cases').selectAll().orderBy('id').execute();
  const consents = await db.selectFrom('consents').selectAll().orderBy('id').execute();
  const plans = await db.selectFrom('plans').selectAll().orderBy('id').execute();
  const barriers = await db.selectFrom('barriers').select(['id', 'notes_enc']).orderBy('id').execute();
  const guides = await db.selectFrom('guide_states').select(['map_id', 'state_enc']).orderBy('map_id').execute();
  return {
    guides: guides.map((g) => cipher.decrypt(g.state_enc, 'guide_states.state')),
    plans: await readPlans(db, () => cipher, plans),
    barrierNotes: barriers.map((b) => b.notes_enc && cipher.decrypt(b.notes_enc, 'barriers.notes')),
    maps: await Promise.all(maps.map((m) => readMap(db, cipher, m))),
    cases: await Promise.all(cases.map(async (c) => ({ name: cipher.decrypt(c.name_enc, 'cases.name'), members: await readMembers(db, cipher, c.id) }))),
    consents: consents.map((c) => ({ by: cipher.decrypt(c.given_by_enc, 'consents.given_by'), partners: c.partners_enc && cipher.decrypt(c.partners_enc, 'consents.partners') })),
  };
}

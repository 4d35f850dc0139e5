import { createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { caseRows, type AnyTableDb } from '../crypto/column-values.js';
import { ENCRYPTED_COLUMNS } from '../crypto/encrypted-columns.js';
import { createFieldCipher, open, type CaseCipher, type FieldCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import type { Database } from '../db/schema.js';
import { wipeErasedPages } from '../db/wipe.js';
import { anyKeyCipher } from '../testing/any-key.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, openOwnPostgresDatabase, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();
const CONTEXTS = [...new Set(ENCRYPTED_COLUMNS.map((spec) => spec.context))];

/** Distinct, searchable ids and names: each appears in the files only if the family's data does. */
const tag = () => `q${randomBytes(6).toString('hex')}`;

interface Family {
  readonly caseId: string;
  /** Every id the family had: case, map, snapshots, people, consents, plan, goal, action, barrier, members. */
  readonly ids: readonly string[];
  /** Every name and text the family gave. */
  readonly texts: readonly string[];
}

/** A family with everything a case can hold: members, both consents, a map with two snapshots, a plan and a barrier. */
async function storeFamily(client: TestClient): Promise<Family> {
  const t = { family: `Gezin ${tag()}`, mama: `Mama ${tag()}`, oma: `Oma ${tag()}`, buur: `Buur ${tag()}`, note: `Nota ${tag()}`, goal: `Doel ${tag()}`, action: `Actie ${tag()}`, review: `Evaluatie ${tag()}`, barrier: `Drempel ${tag()}`, partner: `Partner ${tag()}`, label: `Label ${tag()}` };
  // People, versions and members get UUIDs, as the web app makes them (a name-like id would be
  // replaced by the server); goals and actions keep the worker's ids.
  const ids = { snapshot: randomUUID(), later: randomUUID(), oma: randomUUID(), buur: randomUUID(), member: randomUUID(), goal: tag(), action: tag() };
  const created = await client.post('/api/cases', { name: t.family, members: [{ personId: ids.member, name: t.mama, role: 'mama' }] });
  expect(created.statusCode, created.body).toBe(201);
  const caseId = created.json().id as string;
  const registration = await client.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: t.mama, givenOn: '2026-01-05' });
  const sharing = await client.post(`/api/cases/${caseId}/consents`, { scope: 'delen', givenBy: t.mama, givenOn: '2026-01-05', partners: [t.partner] });
  const map = await client.post(`/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: t.mama }, title: t.family });
  const mapId = map.json().map.id as string;
  const base = `/api/maps/${mapId}/snapshots`;
  expect((await client.post(base, { id: ids.snapshot, kind: 'is', date: '2026-01-05', label: t.label, note: t.note }, { 'if-match': '"1"' })).statusCode).toBe(201);
  const oma = await client.post(`${base}/${ids.snapshot}/alters`, { id: ids.oma, name: t.oma, role: 'oma', origin: t.note, note: t.note, sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } }, { 'if-match': '"2"' });
  expect(oma.statusCode, oma.body).toBe(201);
  expect((await client.post(`${base}/${ids.snapshot}/alters`, { id: ids.buur, name: t.buur, sector: 'vrienden_kennissen', ring: 2 }, { 'if-match': '"3"' })).statusCode).toBe(201);
  expect((await client.post(`${base}/${ids.snapshot}/ties`, { a: ids.oma, b: ids.buur }, { 'if-match': '"4"' })).statusCode).toBe(201);
  // A name changed once: the old value was freed inside the file, and must not linger either.
  expect((await client.put(`${base}/${ids.snapshot}/alters/${ids.buur}`, { name: `${t.buur} Junior`, sector: 'vrienden_kennissen', ring: 2 }, { 'if-match': '"5"' })).statusCode).toBe(200);
  expect((await client.post(base, { id: ids.later, kind: 'wens', date: '2026-03-01', copyFrom: ids.snapshot }, { 'if-match': '"6"' })).statusCode).toBe(201);
  const plan = await client.post(`/api/cases/${caseId}/plan`, {
    mapId, madeBy: 'netwerk', startingQuestion: { answer: t.goal, thinkingAlong: [ids.oma] },
    goals: [{ id: ids.goal, domain: 'welbevinden', words: t.goal, workerNote: t.note }],
    actions: [{ id: ids.action, what: t.action, goalId: ids.goal, owner: { kind: 'vrijwilliger', name: t.buur }, kind: 'doen', reviews: [{ date: '2026-02-11', text: t.review }] }],
    eigenKracht: { participants: [{ name: t.oma }] },
  });
  expect(plan.statusCode, plan.body).toBe(201);
  const barrier = await client.post(`/api/cases/${caseId}/barriers`, { code: 'schaamte', notedOn: '2026-01-05', notes: [{ date: '2026-01-05', text: t.barrier }], actionIds: [ids.action], holder: { kind: 'netwerklid', alterId: ids.oma } });
  expect(barrier.statusCode, barrier.body).toBe(201);
  expect((await client.get(`/api/maps/${mapId}`)).statusCode).toBe(200);
  return {
    caseId,
    ids: [caseId, mapId, registration.json().id, sharing.json().id, plan.json().plan.id, barrier.json().barrier.id, ...Object.values(ids)],
    texts: Object.values(t),
  };
}

/** Every encrypted value of the case as stored, and its wrapped key. */
async function ciphertextsOf(db: Kysely<Database>, caseId: string): Promise<{ values: { stored: string; context: string }[]; wrappedKey: string }> {
  const anyDb = db as unknown as AnyTableDb;
  const values: { stored: string; context: string }[] = [];
  for (const spec of ENCRYPTED_COLUMNS) {
    if (spec.case === null) continue;
    for (const row of await caseRows(anyDb, spec, caseId).execute()) values.push({ stored: row[spec.column] as string, context: spec.context });
  }
  const key = await db.selectFrom('case_keys').select('key_enc').where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return { values, wrappedKey: key.key_enc };
}

/** Every key the server holds: the master keys, and (through `reader`) every case key still stored. */
interface HeldKeys { readonly reader: CaseCipher; readonly masterKeys: readonly string[] }

async function keysHeld(db: Kysely<Database>, master: FieldCipher, masterKeys: readonly string[]): Promise<HeldKeys> {
  return { reader: await anyKeyCipher(db, master), masterKeys };
}

/** The plain text of `stored` if it decrypts, in any column's context, with a key the server holds; else null. */
function decryptsWithAnythingHeld({ reader, masterKeys }: HeldKeys, stored: string): string | null {
  const payload = Buffer.from(stored.replace(/^v2\./, '').replace(/^v1\.[0-9a-f]{8}\./, ''), 'base64');
  for (const context of CONTEXTS) {
    try {
      return reader.decrypt(stored, context);
    } catch {
      // not with the live keys in this context
    }
    // Nor with a master key used directly on a case's value.
    for (const key of masterKeys) {
      try {
        return open(createSecretKey(Buffer.from(key, 'base64')), payload, context);
      } catch {
        // as expected
      }
    }
  }
  return null;
}

const ERASURES = [
  { path: 'DELETE /api/cases/:id', erase: async (client: TestClient, caseId: string) => (await client.delete(`/api/cases/${caseId}`)).statusCode === 204 },
  {
    path: 'withdrawing the registration consent',
    erase: async (client: TestClient, caseId: string) => {
      const consents = (await client.get(`/api/cases/${caseId}/consents`)).json().consents as { id: string; scope: string }[];
      const registration = consents.find((c) => c.scope === 'registratie');
      const res = await client.post(`/api/cases/${caseId}/consents/${registration?.id}/withdraw`);
      return res.statusCode === 200 && res.json().erased === true;
    },
  },
] as const;

describe.each(targets)('erasure that really erases, on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let client: TestClient;
  const masterKey = generateKey();
  const master = createFieldCipher(createKeyring([masterKey]));

  beforeEach(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([masterKey]), settings: TEST_SETTINGS });
    client = await login(app, world.users.x1.email);
    // Other families live on in the same file: their data must stay readable.
    await createCaseWithMap(client, { family: 'Gezin Blijft', alter: 'Buur Blijft' });
  });
  afterEach(async () => {
    await app?.close();
    await database?.close();
  });

  it.each(ERASURES)('[erasure] after $path the case key is gone, and no captured ciphertext of the family decrypts with anything the server holds', async ({ erase }) => {
    const db = database.handle.db;
    const family = await storeFamily(client);
    const captured = await ciphertextsOf(db, family.caseId);
    expect(captured.values.length).toBeGreaterThan(20);
    // Before: each value reads with the case key.
    const before = await keysHeld(db, master, [masterKey]);
    for (const v of captured.values) expect(decryptsWithAnythingHeld(before, v.stored)).not.toBeNull();

    expect(await erase(client, family.caseId)).toBe(true);

    expect(await db.selectFrom('case_keys').select('case_id').where('case_id', '=', family.caseId).execute()).toEqual([]);
    // A copy of every value (from the WAL, a dead row, a backup) is now noise to the server.
    const after = await keysHeld(db, master, [masterKey]);
    for (const v of captured.values) expect(decryptsWithAnythingHeld(after, v.stored), v.context).toBeNull();
    // The other family still reads.
    expect((await client.get('/api/cases')).json().cases.map((c: { name: string }) => c.name)).toEqual(['Gezin Blijft']);
  });

  it.runIf(target.name === 'sqlite').each(ERASURES)('[erasure] after $path neither the SQLite file nor its WAL holds any id, text or readable ciphertext of the family, open or closed', async ({ erase }) => {
    const file = (database.config as { sqliteFile: string }).sqliteFile;
    const family = await storeFamily(client);
    const captured = await ciphertextsOf(database.handle.db, family.caseId);
    // Before: the files do hold the family (so the search below can find it).
    expect(rawFiles(file).some((bytes) => bytes.includes(family.caseId))).toBe(true);

    expect(await erase(client, family.caseId)).toBe(true);
    const held = await keysHeld(database.handle.db, master, [masterKey]);

    const search = (when: string) => {
      const files = rawFiles(file);
      for (const id of family.ids) expect(files.filter((bytes) => bytes.includes(id)).length, `${when}: id ${id}`).toBe(0);
      for (const text of family.texts) expect(files.filter((bytes) => bytes.includes(text)).length, `${when}: text ${text}`).toBe(0);
      for (const v of captured.values) expect(files.filter((bytes) => bytes.includes(v.stored)).length, `${when}: ${v.context}`).toBe(0);
      expect(files.some((bytes) => bytes.includes(captured.wrappedKey)), `${when}: the wrapped key`).toBe(false);
      // Whatever looks like a ciphertext in the bytes: what decrypts belongs to another family.
      const found = files.flatMap((bytes) => [...bytes.matchAll(/v[12]\.(?:[0-9a-f]{8}\.)?[A-Za-z0-9+/]{24,}={0,2}/g)].map((m) => m[0]));
      expect(found.length).toBeGreaterThan(0);
      for (const stored of found) {
        const plain = decryptsWithAnythingHeld(held, stored);
        if (plain !== null) for (const text of family.texts) expect(plain, `${when}: a readable value`).not.toContain(text);
      }
    };
    // While the server runs (the WAL was wiped before the answer)...
    expect(statSync(`${file}-wal`).size).toBe(0);
    search('open');
    // ...and once it is closed.
    await app.close();
    await database.handle.close().catch(() => undefined);
    search('closed');
  });

  it.runIf(target.name === 'sqlite')('[erasure] a WAL wipe held up by another connection\'s snapshot is retried until it is done', async () => {
    const file = (database.config as { sqliteFile: string }).sqliteFile;
    const family = await storeFamily(client);
    // Another process reading from an older snapshot (a long export in another worker).
    const other = new SqliteDatabase(file, { readonly: true });
    other.prepare('begin').run();
    other.prepare('select count(*) from maps').get();
    const erased = await client.delete(`/api/cases/${family.caseId}`);
    expect(erased.statusCode).toBe(204);
    const warnings: object[] = [];
    const db = database.handle.db;
    expect(await wipeErasedPages(db, { warn: (details) => warnings.push(details) }, 50)).toBe(false);
    expect(warnings).toEqual([{ event: 'wal_wipe_pending' }]);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    other.prepare('commit').run();
    other.close();
    const deadline = Date.now() + 5_000;
    while (statSync(`${file}-wal`).size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(`${file}-wal`).size).toBe(0);
    expect(rawFiles(file).some((bytes) => bytes.includes(family.caseId))).toBe(false);
  });

  it.runIf(target.name === 'postgres').each(ERASURES)('[erasure] after $path on PostgreSQL the wrapped case key is not left in case_keys as a dead row: VACUUM ran', async ({ erase }) => {
    // In a database of its own: a transaction of another test file in the shared test database
    // would keep VACUUM from removing any dead row (what a concurrent long report or backup does
    // in production; docs/security.md).
    const own = await openOwnPostgresDatabase();
    const ownApp = await buildApp({ db: own.handle.db, keyring: createKeyring([masterKey]), settings: TEST_SETTINGS });
    try {
      const worker = await login(ownApp, (await seedWorld(own.handle.db)).users.x1.email);
      await createCaseWithMap(worker, { family: 'Gezin Blijft', alter: 'Buur Blijft' });
      const family = await storeFamily(worker);
      expect(await erase(worker, family.caseId)).toBe(true);
      // A VACUUM (VERBOSE) of our own counts what is left of case_keys' dead rows: those it may
      // remove now ("removed") or must keep for an older snapshot ("not yet removable"). Without
      // the erasure's own VACUUM, the erased key's row is one of them (exact, unlike the
      // statistics in pg_stat_user_tables, which are sent later and may lag).
      expect(await deadRowsOfCaseKeys(own)).toEqual({ removed: 0, notYetRemovable: 0 });
    } finally {
      await ownApp.close();
      await own.close();
    }
  });
});

/** Runs `VACUUM (VERBOSE) case_keys` in the test's database and reads its report of dead rows. */
async function deadRowsOfCaseKeys(database: TestDatabase): Promise<{ removed: number; notYetRemovable: number }> {
  const client = new pg.Client({ connectionString: (database.config as { databaseUrl: string }).databaseUrl });
  const reports: string[] = [];
  client.on('notice', (notice) => reports.push(notice.message ?? ''));
  await client.connect();
  try {
    await client.query('vacuum (verbose) case_keys');
  } finally {
    await client.end();
  }
  const report = reports.find((r) => r.includes('"') && r.includes('.case_keys"') && /tuples: \d+ removed/.test(r));
  const numbers = /tuples: (\d+) removed, \d+ remain, (\d+) are dead but not yet removable/.exec(report ?? '');
  if (!numbers) throw new Error(`no VACUUM report for case_keys in: ${reports.join(' | ')}`);
  return { removed: Number(numbers[1]), notYetRemovable: Number(numbers[2]) };
}

/** The raw bytes of the database file, its WAL and shared-memory file, as latin1 text to search. */
function rawFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((p) => existsSync(p)).map((p) => readFileSync(p).toString('latin1'));
}

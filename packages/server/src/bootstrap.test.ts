import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { CaseMember, NetworkMap } from '@netwerkkracht/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { buildMap } from '@netwerkkracht/core';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, staticCacheControl } from './app.js';
import { bootstrap } from './bootstrap.js';
import { startServer } from './start-server.js';
import { loadConfig, type ServerConfig } from './config.js';
import { caseCipher } from './crypto/case-keys.js';
import { ENCRYPTED_COLUMNS } from './crypto/encrypted-columns.js';
import { createFieldCipher, type CaseCipher } from './crypto/field-cipher.js';
import { WrongKeyError } from './crypto/key-canary.js';
import { readMembers, writeMembers } from './store/case-store.js';
import { newId, nowIso } from './store/ids.js';
import { insertMap, readMap } from './store/map-store.js';
import { createKeyring, generateKey } from './crypto/keyring.js';
import { openDatabase } from './db/open-database.js';
import { TEST_SETTINGS } from './testing/fixture.js';
import { databaseTargets, type TestDatabase } from './testing/test-databases.js';

const targets = await databaseTargets();
const FIRST = { organisationName: 'Dienst Gezinsondersteuning', adminEmail: 'beheer@dienst.be', adminName: 'Beheer' };

describe.each(targets)('first start on $name', (target) => {
  let database: TestDatabase;
  let dir: string;
  let config: ServerConfig;

  beforeAll(async () => {
    database = await target.open();
    dir = mkdtempSync(join(tmpdir(), 'nk-boot-'));
    const base = loadConfig({ NETWERKKRACHT_DATA_DIR: join(dir, 'data') }, dir);
    config = { ...base, database: { ...database.config }, settings: { ...base.settings, ...TEST_SETTINGS } };
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the key file (0600) and the first beheerder once, then reuses both', async () => {
    const first = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
    expect(first.keyFileCreated).toBe(true);
    expect(statSync(config.keyFile).mode & 0o777).toBe(0o600);
    expect(first.initialised?.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const app = await buildApp({ db: first.database.db, keyring: first.keyring, settings: config.settings });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: FIRST.adminEmail, password: first.initialised?.oneTimePassword } });
    expect(login.statusCode).toBe(200);
    await app.close();
    await first.database.close();

    const second = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
    expect(second.keyFileCreated).toBe(false);
    expect(second.initialised).toBeNull();
    await second.database.close();
  });

  it('refuses to start with a key that cannot read the stored data', async () => {
    const boot = await bootstrap(config, { env: {} });
    const app = await buildApp({ db: boot.database.db, keyring: boot.keyring, settings: config.settings });
    await boot.database.db.insertInto('cases').values({
      id: 'c1', organisation_id: (await boot.database.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id,
      team_id: null, owner_id: (await boot.database.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id,
      name_enc: createFieldCipher(boot.keyring).encrypt('Gezin', 'cases.name'), created_at: new Date().toISOString(),
    }).execute();
    await app.close();
    await boot.database.close();
    await expect(bootstrap(config, { env: { NETWERKKRACHT_KEY: generateKey() } })).rejects.toThrow(/cannot read the stored data/);
    rmSync(config.keyFile);
    await expect(bootstrap(config, { env: {} })).rejects.toThrow(/key file .* is missing/);
  });
});

describe.each(targets)('the key canary on $name', (target) => {
  const opened: TestDatabase[] = [];
  const dirs: string[] = [];
  /** A new, empty database (a fresh SQLite file or PostgreSQL schema) and a data folder for the key file. */
  const fresh = async (): Promise<ServerConfig> => {
    const database = await target.open();
    opened.push(database);
    const dir = mkdtempSync(join(tmpdir(), 'nk-canary-'));
    dirs.push(dir);
    const base = loadConfig({ NETWERKKRACHT_DATA_DIR: join(dir, 'data') }, dir);
    return { ...base, database: { ...database.config }, settings: { ...base.settings, ...TEST_SETTINGS } };
  };
  afterAll(async () => {
    for (const database of opened) await database.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('[key canary] a database without any case refuses another key at the next start, naming where the key came from', async () => {
    const config = await fresh();
    const first = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
    expect(await first.database.db.selectFrom('cases').select('id').execute()).toEqual([]);
    await first.database.close();
    const refused = bootstrap(config, { env: { NETWERKKRACHT_KEY: generateKey() } });
    await expect(refused).rejects.toBeInstanceOf(WrongKeyError);
    await expect(bootstrap(config, { env: { NETWERKKRACHT_KEY: generateKey() } })).rejects.toThrow(/key from NETWERKKRACHT_KEY .*cannot read the stored data/);
    const again = await bootstrap(config, { env: {} });
    await again.database.close();
  });

  it('[key canary] a database from before the canary gets one at the next start with the right key, and refuses a wrong key after that', async () => {
    const config = await fresh();
    const first = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
    await first.database.db.deleteFrom('key_canary').execute();
    await first.database.close();
    const right = await bootstrap(config, { env: {} });
    expect(await right.database.db.selectFrom('key_canary').select('id').execute()).toEqual([{ id: 'canary' }]);
    await right.database.close();
    await expect(bootstrap(config, { env: { NETWERKKRACHT_KEY: generateKey() } })).rejects.toBeInstanceOf(WrongKeyError);
  });
});

describe('the data files', () => {
  const dirs: string[] = [];
  const fresh = (): ServerConfig => {
    const dir = mkdtempSync(join(tmpdir(), 'nk-canary-'));
    dirs.push(dir);
    const base = loadConfig({ NETWERKKRACHT_DATA_DIR: join(dir, 'data') }, dir);
    return { ...base, settings: { ...base.settings, ...TEST_SETTINGS } };
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('[files] the data folder is 0700 and the database, its WAL and shared-memory files and the key file 0600 from the first start', async () => {
    const config = fresh();
    const previous = process.umask(0o022);
    try {
      const first = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
      const sqlite = config.database.sqliteFile;
      expect(statSync(config.dataDir).mode & 0o777).toBe(0o700);
      for (const file of [sqlite, `${sqlite}-wal`, `${sqlite}-shm`, config.keyFile]) expect(statSync(file).mode & 0o777, file).toBe(0o600);
      await first.database.close();
      // A file an older version left readable to others is narrowed at the next start.
      chmodSync(sqlite, 0o644);
      const second = await bootstrap(config, { env: {} });
      expect(statSync(sqlite).mode & 0o777).toBe(0o600);
      expect(statSync(`${sqlite}-wal`).mode & 0o777).toBe(0o600);
      await second.database.close();
    } finally {
      process.umask(previous);
    }
  });

  it('[case keys] values stored under the master key before issue 11 move to their case\'s key at the next start, read the same, and leave no old copy in the SQLite file', async () => {
    const config = fresh();
    const first = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
    const db = first.database.db;
    const master = createFieldCipher(first.keyring);
    // As the code before issue 11 stored a case: every value under the master key, no case key.
    const legacy = master as unknown as CaseCipher;
    const organisationId = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const ownerId = (await db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
    const caseId = newId();
    const map = { id: newId(), ego: { kind: 'persoon', name: 'Mama Oudgezin' }, sectorScheme: 'B', ringCount: 3, snapshots: [{ id: 'nu', kind: 'is', date: '2026-01-05', appraisal: null, alters: [{ id: 'oma', kind: 'persoon', name: 'Oma Oudgezin', sector: 'familie', formal: false, ring: 1, status: 'actief', support: {}, channels: [], flags: { aanspreekfiguur: false, andereAchtergrond: false, toegangTotMiddelen: false, alleenDigitaal: false } }], ties: [] }] } as unknown as NetworkMap;
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('cases').values({ id: caseId, organisation_id: organisationId, team_id: null, owner_id: ownerId, name_enc: legacy.encrypt('Gezin Oudgezin', 'cases.name'), created_at: nowIso() }).execute();
      await writeMembers(trx, legacy, caseId, [{ personId: 'p1', name: 'Papa Oudgezin' } as CaseMember]);
      await insertMap(trx, legacy, caseId, map);
    });
    const oldValues = (await db.selectFrom('alters').select('name_enc').execute()).map((r) => r.name_enc);
    expect(oldValues[0]).toMatch(/^v1\./);
    await first.database.close();

    const second = await bootstrap(config, { env: {} });
    const db2 = second.database.db;
    const anyDb = db2 as unknown as Kysely<Record<string, Record<string, string | null>>>;
    for (const spec of ENCRYPTED_COLUMNS) {
      if (spec.case === null) continue;
      const left = await anyDb.selectFrom(spec.table).select(spec.column).where(spec.column, 'like', 'v1.%').execute();
      expect(left, `${spec.table}.${spec.column}`).toEqual([]);
    }
    const forCase = await caseCipher(db2, createFieldCipher(second.keyring), caseId);
    expect(forCase.decrypt((await db2.selectFrom('cases').select('name_enc').where('id', '=', caseId).executeTakeFirstOrThrow()).name_enc, 'cases.name')).toBe('Gezin Oudgezin');
    expect((await readMembers(db2, forCase, caseId)).map((m) => m.name)).toEqual(['Papa Oudgezin']);
    const mapRow = await db2.selectFrom('maps').selectAll().where('id', '=', map.id).executeTakeFirstOrThrow();
    expect(await readMap(db2, forCase, mapRow)).toEqual(map);
    await second.database.close();
    // The old values were rewritten, and VACUUM left no copy of them in the file.
    const bytes = readFileSync(config.database.sqliteFile).toString('latin1');
    for (const value of oldValues) expect(bytes.includes(value)).toBe(false);
  });
});

describe('serving the web app', () => {
  it('serves files, index.html for app pages with security headers, and JSON errors under /api', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nk-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Netwerkkracht</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    const handle = openDatabase({ sqliteFile: ':memory:' });
    const app = await buildApp({ db: handle.db, keyring: createKeyring([generateKey()]), webRoot: root });
    const page = await app.inject({ method: 'GET', url: '/kaart/123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Netwerkkracht</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    // A script of an older build is gone: 404, not index.html served as a script.
    const stale = await app.inject({ method: 'GET', url: '/assets/app-old.js' });
    expect(stale.statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/onbekend' });
    expect(api.headers['content-type']).toMatch(/json/);
    await app.close();
    await handle.close();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('serving the web app fast over a slow line (issue 14)', () => {
  it('[S1] sends the build\'s brotli or gzip copy to a browser that accepts it, hashed files cached for a year as immutable, index.html checked every visit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nk-web-'));
    mkdirSync(join(root, 'assets'));
    const script = `console.log(${JSON.stringify('netwerkkracht '.repeat(200))})`;
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Netwerkkracht</title>');
    writeFileSync(join(root, 'assets', 'index-Bx3k9LmQ.js'), script);
    writeFileSync(join(root, 'assets', 'index-Bx3k9LmQ.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'assets', 'index-Bx3k9LmQ.js.gz'), gzipSync(script));
    const handle = openDatabase({ sqliteFile: ':memory:' });
    const app = await buildApp({ db: handle.db, keyring: createKeyring([generateKey()]), webRoot: root });
    const br = await app.inject({ method: 'GET', url: '/assets/index-Bx3k9LmQ.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    const gz = await app.inject({ method: 'GET', url: '/assets/index-Bx3k9LmQ.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await app.inject({ method: 'GET', url: '/assets/index-Bx3k9LmQ.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    const index = await app.inject({ method: 'GET', url: '/index.html' });
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(staticCacheControl('/srv/web/assets/index-Bx3k9LmQ.css.gz')).toBe('public, max-age=31536000, immutable');
    expect(staticCacheControl('/srv/web/favicon.svg')).toBe('no-cache');
    await app.close();
    await handle.close();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('starting the server', () => {
  it('listens on the configured port and answers over real HTTP; close() releases the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nk-start-'));
    const base = loadConfig({ NETWERKKRACHT_DATA_DIR: join(dir, 'data'), PORT: '0' }, dir);
    const config = { ...base, settings: { ...base.settings, ...TEST_SETTINGS } };
    const started = await startServer(config, { initIfEmpty: FIRST, env: {} });
    const password = started.initialised?.oneTimePassword as string;
    const res = await fetch(`${started.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: FIRST.adminEmail, password }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/nk_session=/);
    await started.app.close();
    const again = await startServer(config, { env: {} });
    expect(again.initialised).toBeNull();
    await again.app.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(targets)('a start after an update on $name', (target) => {
  let database: TestDatabase;
  let dir: string;

  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('[0008] a database whose maps still use names as ids gets opaque ids at the next start, with the key from the key file', async () => {
    database = await target.open();
    dir = mkdtempSync(join(tmpdir(), 'nk-boot-'));
    const base = loadConfig({ NETWERKKRACHT_DATA_DIR: join(dir, 'data') }, dir);
    const config = { ...base, database: { ...database.config }, settings: { ...base.settings, ...TEST_SETTINGS } };
    const first = await bootstrap(config, { initIfEmpty: FIRST, env: {} });
    const db = first.database.db;
    // As the version before issue 11 stored a case: every value under the master key.
    const cipher = createFieldCipher(first.keyring) as unknown as CaseCipher;
    const organisationId = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const ownerId = (await db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('cases').values({ id: 'c1', organisation_id: organisationId, team_id: null, owner_id: ownerId, name_enc: cipher.encrypt('Gezin', 'cases.name'), created_at: new Date().toISOString() }).execute();
    await insertMap(db, cipher, 'c1', buildMap({ id: 'm1', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [{ id: 'nu', kind: 'is', date: '2026-01-01', alters: [{ id: 'greet', name: 'Greet', ring: 1 }] }] }));
    // As if the database was written by the version before 0008.
    await (db as unknown as Kysely<{ kysely_migration: { name: string } }>).deleteFrom('kysely_migration').where('name', '=', '0008_opaque_ids').execute();
    await first.database.close();

    const next = await bootstrap(config, { env: {} });
    try {
      const rows = await next.database.db.selectFrom('alters').select(['snapshot_id', 'id']).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(rows[0]?.snapshot_id).not.toBe('nu');
    } finally {
      await next.database.close();
    }
  });
});

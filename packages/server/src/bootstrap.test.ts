import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMap } from '@netwerkkracht/core';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { startServer } from './start-server.js';
import { loadConfig, type ServerConfig } from './config.js';
import { createFieldCipher } from './crypto/field-cipher.js';
import { createKeyring, generateKey } from './crypto/keyring.js';
import { openDatabase } from './db/open-database.js';
import { insertMap } from './store/map-store.js';
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
    const cipher = createFieldCipher(first.keyring);
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

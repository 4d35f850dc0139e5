import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, PAGE_SECURITY_HEADERS } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { TEST_SETTINGS } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

// The headers do not depend on the database: one target is enough.
const [target] = await databaseTargets();

describe('the installable web app\'s files (issue 16)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'nk-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(root, 'registerSW.js'), '');
    writeFileSync(join(root, 'manifest.webmanifest'), '{}');
    writeFileSync(join(root, 'assets', 'index-Ab3dE5f7.js'), 'console.log(1)');
    database = await target!.open();
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, webRoot: root });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('[OV8 no stale worker] the service worker, its registration, the manifest and the page are never served for a cache to keep (no-cache, never immutable)', async () => {
    for (const url of ['/sw.js', '/registerSW.js', '/manifest.webmanifest', '/index.html', '/']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('[OV9 CSP allows the worker] the page\'s policy lets the app register its own worker and manifest (same origin) and nothing else', async () => {
    const res = await app.inject({ method: 'GET', url: '/sw.js' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toBe(PAGE_SECURITY_HEADERS['content-security-policy']);
    // worker-src and manifest-src fall back to default-src: 'self' only.
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/worker-src|manifest-src/);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('[OV8 assets] a hashed asset is not marked no-cache (only the update-checked files are)', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-Ab3dE5f7.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).not.toBe('no-cache');
  });
});

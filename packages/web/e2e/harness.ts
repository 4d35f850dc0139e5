import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, createKeyring, generateKey, initOrganisation, openDatabase, runMigrations, type DatabaseHandle } from '@netwerkkracht/server';
import { login, TEST_SETTINGS, type TestClient } from '../../server/src/testing/fixture.js';

/**
 * What every end-to-end test needs: the built web app, the real server on a free port with a fresh
 * SQLite database, an organisation with a beheerder and a begeleider who still has a one-time
 * password, and Debian's chromium. Without chromium the tests are skipped with a reason, unless
 * CI is set: there a missing browser is a failure, not a silent pass.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = resolve(here, '..');
const CORE_SRC = resolve(WEB_DIR, '../core/src');
export const DIST = join(WEB_DIR, 'dist');

export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `end-to-end tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`;
  if (process.env.CI) throw new Error(`${reason}; CI is set, so this is a failure`);
  console.warn(reason);
  return reason;
}

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

function buildIsStale(): boolean {
  const built = join(DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newestIn(join(WEB_DIR, 'src')), newestIn(CORE_SRC), statSync(join(WEB_DIR, 'index.html')).mtimeMs, statSync(join(WEB_DIR, 'vite.config.ts')).mtimeMs);
  return statSync(built).mtimeMs < sources;
}

/** Builds the web app when dist/ is missing or older than its sources; one builder at a time. */
export async function ensureWebBuilt(): Promise<void> {
  if (!buildIsStale()) return;
  const lock = join(WEB_DIR, '.e2e-build-lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 120_000) throw new Error(`waited 2 minutes for ${lock}; remove it if no build runs`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!buildIsStale()) return;
    const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
    // vitest runs with NODE_ENV=test, which would give React's development build: build as for real.
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: WEB_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  } finally {
    rmdirSync(lock);
  }
}

export interface TestServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly handle: DatabaseHandle;
  /** A signed-in API client of the beheerder (for setting up and reading the audit log). */
  readonly admin: TestClient;
  readonly teamId: string;
  /** Adds a worker to the team; returns the e-mail and the one-time password the beheerder would pass on. */
  addWorker(name: string, role?: 'begeleider' | 'coach'): Promise<{ email: string; oneTimePassword: string }>;
  close(): Promise<void>;
}

export const ADMIN_EMAIL = 'beheer@e2e.example';
export const ADMIN_PASSWORD = 'beheerder wachtwoord voor e2e';

/** `webRoot`: the built app to serve (a copy when a test changes files, e.g. a new service worker). */
export async function startServer(webRoot = DIST): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'nk-e2e-'));
  const handle = openDatabase({ sqliteFile: join(dir, 'netwerkkracht.sqlite') });
  await runMigrations(handle.db as unknown as Kysely<unknown>);
  const hashing = TEST_SETTINGS.passwordHashing;
  await initOrganisation(handle.db, {
    organisationName: 'Proeforganisatie', adminEmail: 'beheer@e2e.example', adminName: 'Beheer', password: ADMIN_PASSWORD,
    ...(hashing ? { passwordHashing: hashing } : {}),
  });
  const app = await buildApp({ db: handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, webRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server did not listen on a port');
  const admin = await login(app, 'beheer@e2e.example', ADMIN_PASSWORD);
  const team = await admin.post('/api/teams', { name: 'Team Noord' });
  if (team.statusCode !== 201) throw new Error(`team: ${team.body}`);
  const teamId = team.json<{ id: string }>().id;
  let workers = 0;
  return {
    app, handle, admin, teamId,
    url: `http://127.0.0.1:${address.port}`,
    async addWorker(name, role = 'begeleider') {
      workers += 1;
      const email = `begeleider${workers}@e2e.example`;
      const created = await admin.post('/api/users', { email, displayName: name, role, teamId });
      if (created.statusCode !== 201) throw new Error(`user: ${created.body}`);
      return { email, oneTimePassword: created.json<{ oneTimePassword: string }>().oneTimePassword };
    },
    async close() {
      await app.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Signs in with the one-time password and chooses an own password, as a new worker does. */
export async function firstSignIn(page: Page, url: string, email: string, oneTimePassword: string, newPassword = WORKER_PASSWORD): Promise<void> {
  await page.goto(url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(oneTimePassword);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { name: 'Kies een eigen wachtwoord' }).waitFor();
  await page.getByLabel('Het wachtwoord dat je kreeg').fill(oneTimePassword);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
  await page.getByLabel('Nieuw wachtwoord nog eens').fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord bewaren' }).click();
  await page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
}

export const WORKER_PASSWORD = 'mijn eigen lange wachtwoord';

/** Signs in with a password already chosen (the beheerder's by default) and waits for the case list. */
export async function signIn(page: Page, url: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto(url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
}

/**
 * A worker signed in in the browser and, as a second device, through the API; with a case that
 * has registration consent and one empty map. Returns the API client and the ids.
 */
export async function workerWithMap(server: TestServer, page: Page, name: string): Promise<{ device: TestClient; caseId: string; mapId: string }> {
  const worker = await server.addWorker(name);
  await firstSignIn(page, server.url, worker.email, worker.oneTimePassword, WORKER_PASSWORD);
  const device = await login(server.app, worker.email, WORKER_PASSWORD);
  const created = await device.post('/api/cases', { name: 'Gezin Janssens', members: [{ name: 'Lotte', role: 'mama' }] });
  const caseId = created.json<{ id: string }>().id;
  await device.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Lotte', givenOn: '2026-01-05' });
  const map = await device.post(`/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Lotte' } });
  if (map.statusCode !== 201) throw new Error(`map: ${map.body}`);
  return { device, caseId, mapId: map.json<{ map: { id: string } }>().map.id };
}

/** The map's version now: every map change through the API must name it (If-Match). */
export async function mapVersion(device: TestClient, mapId: string): Promise<number> {
  return (await device.get(`/api/maps/${mapId}`)).json<{ version: number }>().version;
}

/** A snapshot made through the API with these people in it, each change on the newest version. */
export async function snapshotWithAlters(device: TestClient, mapId: string, snapshot: { id: string; kind: string; date: string }, alters: readonly object[]): Promise<void> {
  const made = await device.post(`/api/maps/${mapId}/snapshots`, snapshot, { 'if-match': `"${await mapVersion(device, mapId)}"` });
  if (made.statusCode !== 201) throw new Error(`snapshot: ${made.body}`);
  for (const alter of alters) {
    const added = await device.post(`/api/maps/${mapId}/snapshots/${snapshot.id}/alters`, alter, { 'if-match': `"${await mapVersion(device, mapId)}"` });
    if (added.statusCode !== 201) throw new Error(`alter: ${added.body}`);
  }
}

/** The real server, a browser page, and a worker signed in there with a case and an empty map. */
export interface WorkerSession {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly device: TestClient;
  readonly caseId: string;
  readonly mapId: string;
}

/** Starts a WorkerSession (workerWithMap in a fresh browser context); a step fails with its own message after 8 s. */
export async function startWorkerSession(name: string, viewport: { width: number; height: number }): Promise<WorkerSession> {
  await ensureWebBuilt();
  const server = await startServer();
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    return { server, browser, page, ...(await workerWithMap(server, page, name)) };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

export async function endWorkerSession(session: WorkerSession | undefined): Promise<void> {
  await session?.browser.close();
  await session?.server.close();
}

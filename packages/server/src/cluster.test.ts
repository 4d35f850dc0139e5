import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, REPO_ROOT, startLiveServer, type LiveServer } from './testing/live-server.js';

/**
 * `serve --workers 2` as real processes on one SQLite file: the workers share one port, and what
 * the database promises (one winner per version, every audit line) holds across processes.
 */

const PASSWORD = 'een heel lang wachtwoord voor de werkprocessen';
const dirs: string[] = [];
/** Client-made ids (UUID v4, as the web app makes them): the server keeps them. */
const NOW = randomUUID();
const OMA = randomUUID();

beforeAll(() => {
  // The child processes run the built CLI and server; incremental, so quick when nothing changed.
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/cli')], { stdio: 'inherit' });
}, 180_000);
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

/** The live worker processes of the server (not ones that have ended and wait to be reaped). */
function workerPids(server: LiveServer): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,stat=', '--ppid', String(server.child.pid)], { encoding: 'utf8' }).trim().split('\n')
      .map((line) => line.trim().split(/\s+/)).filter(([pid, stat]) => pid && !stat?.startsWith('Z')).map(([pid]) => Number(pid));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`waited in vain for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A fresh server with this many workers, its beheerder and a begeleider signed in with their own passwords. */
async function startWithWorkers(workers: number) {
  const dir = mkdtempSync(join(tmpdir(), 'nk-workers-'));
  dirs.push(dir);
  const server = await startLiveServer({ cwd: dir, env: { NETWERKKRACHT_DATA_DIR: join(dir, 'data') }, args: ['--email', 'beheer@workers.test', '--workers', String(workers)] });
  const admin = await HttpSession.login(server.url, 'beheer@workers.test', server.oneTimePassword ?? '');
  await admin.changePassword(server.oneTimePassword ?? '', PASSWORD);
  const team = await admin.request('POST', '/api/teams', { name: 'Team' });
  const user = await admin.request('POST', '/api/users', { email: 'werker@workers.test', displayName: 'Werker', role: 'begeleider', teamId: (team.body as { id: string }).id });
  const once = (user.body as { oneTimePassword: string }).oneTimePassword;
  const worker = await HttpSession.login(server.url, 'werker@workers.test', once);
  await worker.changePassword(once, PASSWORD);
  return { server, worker, sqliteFile: join(dir, 'data', 'netwerkkracht.sqlite') };
}

describe('serve with two worker processes on SQLite', () => {
  it('[workers] changes sent at once over many connections: every new case is stored, and of changes to one map version exactly one wins', async () => {
    const { server, worker } = await startWithWorkers(2);
    try {
      expect(server.output()).toMatch(/2 worker processes/);
      expect(workerPids(server)).toHaveLength(2);

      const created = await Promise.all(Array.from({ length: 24 }, (_, i) => worker.request('POST', '/api/cases', { name: `Gezin ${i}` })));
      expect(created.map((r) => r.status)).toEqual(created.map(() => 201));
      const listed = await worker.request('GET', '/api/cases');
      expect((listed.body as { cases: unknown[] }).cases).toHaveLength(24);

      const caseId = (created[0]?.body as { id: string }).id;
      expect((await worker.request('POST', `/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Mama', givenOn: '2026-01-05' })).status).toBe(201);
      const map = await worker.request('POST', `/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Mama' } });
      const mapId = (map.body as { map: { id: string } }).map.id;
      expect((await worker.request('POST', `/api/maps/${mapId}/snapshots`, { id: NOW, kind: 'is', date: '2026-01-05' }, { 'if-match': '"1"' })).status).toBe(201);
      expect((await worker.request('POST', `/api/maps/${mapId}/snapshots/${NOW}/alters`, { id: OMA, name: 'Oma', sector: 'familie', ring: 1 }, { 'if-match': '"2"' })).status).toBe(201);
      const renames = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        worker.request('PUT', `/api/maps/${mapId}/snapshots/${NOW}/alters/${OMA}`, { name: `Oma ${i}`, sector: 'familie', ring: 1 }, { 'if-match': '"3"' })));
      const statuses = renames.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      for (const refused of renames.filter((r) => r.status === 409)) expect((refused.body as { error: { currentVersion: number } }).error.currentVersion).toBe(4);
      const winner = renames.findIndex((r) => r.status === 200);
      const stored = await worker.request('GET', `/api/maps/${mapId}`);
      const body = stored.body as { version: number; map: { snapshots: { alters: { id: string; name: string }[] }[] } };
      expect(body.version).toBe(4);
      expect(body.map.snapshots[0]?.alters.find((a) => a.id === OMA)?.name).toBe(`Oma ${winner}`);

    } finally {
      server.killAll('SIGKILL');
    }
  }, 60_000);

  it('[workers] a worker that dies is replaced, said on stderr, and the server keeps answering', async () => {
    const { server, worker } = await startWithWorkers(2);
    try {
      const [victim] = workerPids(server);
      process.kill(victim as number, 'SIGKILL');
      await until(() => /a worker process stopped unexpectedly \(SIGKILL\); a new one takes over/.test(server.errors()), 'the message on stderr');
      await until(() => { const pids = workerPids(server); return pids.length === 2 && !pids.includes(victim as number); }, 'a second worker again');
      const answers = await Promise.all(Array.from({ length: 10 }, () => worker.request('GET', '/api/cases')));
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    } finally {
      server.killAll('SIGKILL');
    }
  }, 60_000);

  it('[workers] a worker that keeps dying ends the server with exit 1 and a message, rather than restarting it forever', async () => {
    const { server } = await startWithWorkers(2);
    try {
      let kills = 0;
      // Five unexpected stops within a minute are replaced; the sixth ends the server.
      while (server.child.exitCode === null && kills < 10) {
        const pids = workerPids(server);
        if (pids.length < 2) { await new Promise((r) => setTimeout(r, 50)); continue; }
        process.kill(pids[0] as number, 'SIGKILL');
        kills += 1;
        await until(() => server.child.exitCode !== null || !workerPids(server).includes(pids[0] as number), 'the killed worker to be gone');
      }
      expect((await server.exited).code).toBe(1);
      expect(kills).toBe(6);
      expect(server.errors()).toMatch(/the worker processes stopped too often in a row; the server has stopped/);
      expect(workerPids(server)).toEqual([]);
    } finally {
      server.killAll('SIGKILL');
    }
  }, 60_000);

  it.each([1, 2])('[audit] SIGTERM writes every read line still waiting in its batch, with %i worker process(es)', async (workers) => {
    const { server, worker, sqliteFile } = await startWithWorkers(workers);
    try {
      const created = await worker.request('POST', '/api/cases', { name: 'Gezin Audit' });
      const caseId = (created.body as { id: string }).id;
      await worker.request('POST', `/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Mama', givenOn: '2026-01-05' });
      const map = await worker.request('POST', `/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Mama' } });
      const mapId = (map.body as { map: { id: string } }).map.id;
      // Read over many connections, so every worker answers some, and stopped at once: the lines
      // are still waiting for their batch (25 ms) when the signal comes.
      const reads = await Promise.all(Array.from({ length: 30 }, () => worker.request('GET', `/api/maps/${mapId}`)));
      expect(reads.every((r) => r.status === 200)).toBe(true);
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      expect(workerPids(server)).toEqual([]);
      const sqlite = new SqliteDatabase(sqliteFile, { readonly: true });
      try {
        const lines = sqlite.prepare("select count(*) as n from audit_log where action = 'map.read' and target = ?").get(mapId) as { n: number };
        expect(lines.n).toBe(30);
      } finally {
        sqlite.close();
      }
    } finally {
      server.killAll('SIGKILL');
    }
  }, 60_000);
});

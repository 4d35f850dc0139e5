import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, REPO_ROOT, startLiveServer, type LiveServer } from './testing/live-server.js';
import { POSTGRES_TEST_URL, postgresReachable } from './testing/test-databases.js';

/**
 * Issue 3's crash safety: the real server in a child process (with two worker processes) gets a
 * stream of writes, is killed with SIGKILL in the middle of it, and is started again on the same data. Every write it had
 * acknowledged with 2xx must be there, and the database must be consistent.
 */

const NEW_PASSWORD = 'een heel lang nieuw wachtwoord';
const WORKER = { email: 'worker@crash.test', password: NEW_PASSWORD };
/** Client-made ids (UUID v4, as the web app makes them): the server keeps them, so a write under way can be looked for. */
const NOW = randomUUID();
const TANTE = randomUUID();

beforeAll(() => {
  // The child process runs the built CLI; incremental, so quick when nothing changed.
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/cli')], { stdio: 'inherit' });
}, 180_000);

interface Target {
  readonly env: Record<string, string>;
  /** Structural checks straight on the database files or tables, after the crash. */
  checkStorage(): Promise<void>;
  cleanup(): Promise<void>;
}

function sqliteTarget(dir: string): Target {
  const file = join(dir, 'data', 'netwerkkracht.sqlite');
  return {
    env: {},
    async checkStorage() {
      // Opening the file runs SQLite's own recovery of the write-ahead log, as a restart does.
      const sqlite = new SqliteDatabase(file);
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
        expect(orphanQueries.map((q) => (sqlite.prepare(q).get() as { n: number }).n)).toEqual(orphanQueries.map(() => 0));
      } finally {
        sqlite.close();
      }
    },
    async cleanup() { /* the temporary folder is removed by the caller */ },
  };
}

async function postgresTarget(): Promise<Target> {
  const schema = `crash_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_TEST_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: url.toString() },
    async checkStorage() {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        const counts = [];
        for (const q of orphanQueries) counts.push(Number((await client.query<{ n: string }>(q)).rows[0]?.n));
        expect(counts).toEqual(orphanQueries.map(() => 0));
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** Rows that point at nothing; foreign keys forbid them, these queries prove it on both databases. */
const orphanQueries = [
  'select count(*) as n from maps m where not exists (select 1 from cases c where c.id = m.case_id)',
  'select count(*) as n from snapshots s where not exists (select 1 from maps m where m.id = s.map_id)',
  'select count(*) as n from alters a where not exists (select 1 from snapshots s where s.map_id = a.map_id and s.id = a.snapshot_id)',
  'select count(*) as n from alter_support x where not exists (select 1 from alters a where a.map_id = x.map_id and a.snapshot_id = x.snapshot_id and a.id = x.alter_id)',
  'select count(*) as n from ties t where not exists (select 1 from alters a where a.map_id = t.map_id and a.snapshot_id = t.snapshot_id and a.id = t.a)',
  'select count(*) as n from consents x where not exists (select 1 from cases c where c.id = x.case_id)',
];

/** The organisation, a begeleider with a known password, and two maps to write to. */
async function prepare(server: LiveServer) {
  const admin = await HttpSession.login(server.url, 'beheerder@crash.test', server.oneTimePassword ?? '');
  await admin.changePassword(server.oneTimePassword ?? '', NEW_PASSWORD);
  const team = await admin.request('POST', '/api/teams', { name: 'Team' });
  const user = await admin.request('POST', '/api/users', { email: WORKER.email, displayName: 'Worker', role: 'begeleider', teamId: (team.body as { id: string }).id });
  expect(user.status).toBe(201);
  const once = (user.body as { oneTimePassword: string }).oneTimePassword;
  const worker = await HttpSession.login(server.url, WORKER.email, once);
  await worker.changePassword(once, NEW_PASSWORD);
  const maps = [];
  const cases = [];
  for (const family of ['Gezin Een', 'Gezin Twee']) {
    const created = await worker.request('POST', '/api/cases', { name: family, members: [{ name: 'Mama', role: 'mama' }] });
    const caseId = (created.body as { id: string }).id;
    expect((await worker.request('POST', `/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Mama', givenOn: '2026-01-05' })).status).toBe(201);
    const map = await worker.request('POST', `/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Mama' } });
    const mapId = (map.body as { map: { id: string } }).map.id;
    expect((await worker.request('POST', `/api/maps/${mapId}/snapshots`, { id: NOW, kind: 'is', date: '2026-01-05' }, { 'if-match': '"1"' })).status).toBe(201);
    expect((await worker.request('POST', `/api/maps/${mapId}/snapshots/${NOW}/alters`, { id: TANTE, name: 'Tante 0', sector: 'familie', ring: 1 }, { 'if-match': '"2"' })).status).toBe(201);
    maps.push(mapId);
    cases.push(caseId);
  }
  return { worker, growing: maps[0] as string, changing: maps[1] as string, growingCase: cases[0] as string };
}

/** What the streams had acknowledged when the process died, and the writes still under way. */
interface Acknowledged {
  alters: string[];
  alterVersion: number;
  inFlightAlter: string | null;
  cases: string[];
  renames: { version: number; name: string }[];
  inFlightRename: string | null;
}

async function writeUntilKilled(worker: HttpSession, growing: string, changing: string, server: LiveServer): Promise<Acknowledged> {
  const ack: Acknowledged = { alters: [], alterVersion: 3, inFlightAlter: null, cases: [], renames: [], inFlightRename: null };
  let dead = false;
  const streamAlters = async () => {
    for (let i = 1; !dead; i++) {
      const id = randomUUID();
      ack.inFlightAlter = id;
      const res = await worker.request('POST', `/api/maps/${growing}/snapshots/${NOW}/alters`, { id, name: `Persoon ${i}`, sector: 'samenleving', ring: 2, support: { praktisch: 'ontvangt' } }, { 'if-match': `"${ack.alterVersion}"` });
      if (res.status !== 201) throw new Error(`alter ${id}: ${res.status}`);
      ack.alters.push(id);
      ack.alterVersion = (res.body as { version: number }).version;
      ack.inFlightAlter = null;
    }
  };
  const streamCases = async () => {
    for (let i = 1; !dead; i++) {
      const res = await worker.request('POST', '/api/cases', { name: `Gezin ${i}`, members: [{ name: `Ouder ${i}` }] });
      if (res.status !== 201) throw new Error(`case ${i}: ${res.status}`);
      ack.cases.push((res.body as { id: string }).id);
    }
  };
  const streamRenames = async () => {
    let version = 3;
    for (let i = 1; !dead; i++) {
      const name = `Tante ${i}`;
      ack.inFlightRename = name;
      const res = await worker.request('PUT', `/api/maps/${changing}/snapshots/${NOW}/alters/${TANTE}`, { name, sector: 'familie', ring: 1 + (i % 3) }, { 'if-match': `"${version}"` });
      if (res.status !== 200) throw new Error(`rename ${i}: ${res.status} ${JSON.stringify(res.body)}`);
      version = (res.body as { version: number }).version;
      ack.renames.push({ version, name });
      ack.inFlightRename = null;
    }
  };
  // Each stream ends with a failed request once the process is gone; only that failure is expected.
  let failure: unknown = null;
  const streams = [streamAlters(), streamCases(), streamRenames()].map((p) => p.catch((error: unknown) => {
    if (!dead) failure ??= error;
  }));
  const started = Date.now();
  while (failure === null && ack.alters.length < 60 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5));
  // Killed while all three streams have a request under way: the primary and both workers at once.
  dead = true;
  server.killAll('SIGKILL');
  await Promise.all(streams);
  if (failure !== null) throw failure;
  expect((await server.exited).signal).toBe('SIGKILL');
  return ack;
}

async function verifyAfterRestart(server: LiveServer, growing: string, growingCase: string, changing: string, ack: Acknowledged) {
  expect(server.oneTimePassword, 'a restart never prints a password again').toBeNull();
  const worker = await HttpSession.login(server.url, WORKER.email, NEW_PASSWORD);

  const grown = await worker.request('GET', `/api/maps/${growing}`);
  const grownMap = grown.body as { version: number; map: { snapshots: { alters: { id: string; name: string }[] }[] } };
  const present = new Set(grownMap.map.snapshots[0]?.alters.map((a) => a.id));
  for (const id of ack.alters) expect(present.has(id), `acknowledged alter ${id}`).toBe(true);
  // The write under way at the kill either happened whole (alter and version) or not at all.
  const extra = [...present].filter((id) => id !== TANTE && !ack.alters.includes(id));
  expect(extra.length <= 1 && extra.every((id) => id === ack.inFlightAlter)).toBe(true);
  expect(grownMap.version).toBe(ack.alterVersion + extra.length);

  const changed = await worker.request('GET', `/api/maps/${changing}`);
  const changedMap = changed.body as { version: number; map: { snapshots: { alters: { id: string; name: string }[] }[] } };
  const last = ack.renames.at(-1) ?? { version: 3, name: 'Tante 0' };
  const tante = changedMap.map.snapshots[0]?.alters.find((a) => a.id === TANTE);
  if (changedMap.version === last.version) expect(tante?.name).toBe(last.name);
  else {
    expect(changedMap.version).toBe(last.version + 1);
    expect(tante?.name).toBe(ack.inFlightRename);
  }

  const list = await worker.request('GET', '/api/cases');
  const caseIds = new Set((list.body as { cases: { id: string }[] }).cases.map((c) => c.id));
  for (const id of ack.cases) expect(caseIds.has(id), `acknowledged case ${id}`).toBe(true);

  // A change and its audit line are one transaction: every acknowledged change was logged.
  const admin = await HttpSession.login(server.url, 'beheerder@crash.test', NEW_PASSWORD);
  const audit = await admin.request('GET', `/api/audit?caseId=${growingCase}&limit=1000`);
  const logged = new Set((audit.body as { entries: { action: string; target: string | null }[] }).entries
    .filter((e) => e.action === 'alter.create').map((e) => e.target));
  for (const id of ack.alters) expect(logged.has(`${growing}/${NOW}/${id}`), `audit line of alter ${id}`).toBe(true);

  // Writes the restarted server accepts continue from the recovered version.
  const next = await worker.request('POST', `/api/maps/${growing}/snapshots/${NOW}/alters`, { id: randomUUID(), name: 'Na de herstart', sector: 'familie', ring: 2 }, { 'if-match': `"${grownMap.version}"` });
  expect(next.status).toBe(201);
}

async function crashAndRecover(target: Target, dir: string) {
  const env = { NETWERKKRACHT_DATA_DIR: join(dir, 'data'), ...target.env };
  // Two worker processes write to the database at the same time, as `npm start` does on a machine with several cores.
  const first = await startLiveServer({ cwd: dir, env, args: ['--email', 'beheerder@crash.test', '--workers', '2'] });
  let second: LiveServer | null = null;
  try {
    const { worker, growing, growingCase, changing } = await prepare(first);
    const ack = await writeUntilKilled(worker, growing, changing, first);
    expect(ack.alters.length).toBeGreaterThanOrEqual(60);
    expect(ack.cases.length).toBeGreaterThan(0);
    expect(ack.renames.length).toBeGreaterThan(0);
    await target.checkStorage();
    second = await startLiveServer({ cwd: dir, env, args: ['--workers', '2'] });
    await verifyAfterRestart(second, growing, growingCase, changing, ack);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    await target.checkStorage();
  } finally {
    first.killAll('SIGKILL');
    second?.killAll('SIGKILL');
  }
}

describe('crash safety: SIGKILL during writes loses no acknowledged write', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'netwerkkracht-crash-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  it('on SQLite: every acknowledged write survives, the file passes integrity and foreign key checks', async () => {
    const dir = newDir();
    await crashAndRecover(sqliteTarget(dir), dir);
  }, 120_000);

  it('on PostgreSQL: every acknowledged write survives and no row points at nothing', async (context) => {
    if (!(await postgresReachable())) {
      if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${POSTGRES_TEST_URL} cannot be reached`);
      console.warn(`\n[netwerkkracht] PostgreSQL at ${POSTGRES_TEST_URL} cannot be reached: the PostgreSQL crash test is SKIPPED.\n`);
      context.skip();
      return;
    }
    const target = await postgresTarget();
    try {
      await crashAndRecover(target, newDir());
    } finally {
      await target.cleanup();
    }
  }, 120_000);
});

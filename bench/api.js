// API benchmark: the real server (`netwerkkracht serve`, with its worker processes) as a child
// process, loaded with 10,000 cases with maps, measured with autocannon over loopback on SQLite and
// on PostgreSQL, with each `--workers` setting of BENCH_API_WORKERS.
// The load generator runs in this process and the server in its own, so they do not share one
// event loop (they do share the machine's cores, and on PostgreSQL the database too).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { adminQuery, POSTGRES_URL, postgresReachable } from './postgres.js';
import { createRandom, generateMap } from './generate-maps.js';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const CASES = Number(process.env.BENCH_API_CASES ?? 10_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
// e.g. BENCH_API_DATABASES=postgres to measure one database only.
const DATABASES = (process.env.BENCH_API_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim());
// The worker processes of `serve` to measure with, each a full run of the three scenarios:
// auto (one per core, at most 4; what `npm start` does) and 1 (a single process), for comparison.
const WORKER_SETTINGS = (process.env.BENCH_API_WORKERS ?? 'auto,1').split(',').map((w) => w.trim()).filter((w) => w !== '');
const PASSWORD = 'een lang benchmark wachtwoord';
const EMAIL = 'bench@netwerkkracht.invalid';
const READ_TARGET = 1_500;
const P99_LIMIT_MS = 50;

export async function run() {
  // The server runs from dist/: build what changed (incremental, quick when nothing did).
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/cli')], { stdio: 'inherit' });
  const server = await import('@netwerkkracht/server');
  const rows = [];
  const notes = [];

  if (DATABASES.includes('sqlite')) {
    const sqliteDir = mkdtempSync(join(tmpdir(), 'netwerkkracht-bench-'));
    try {
      const measured = await benchDatabase(server, 'SQLite', { NETWERKKRACHT_DATA_DIR: join(sqliteDir, 'data') });
      rows.push(...measured.rows);
      notes.push(measured.note);
    } finally {
      rmSync(sqliteDir, { recursive: true, force: true });
    }
  }

  if (!DATABASES.includes('postgres')) {
    notes.push('PostgreSQL not measured (BENCH_API_DATABASES).');
  } else if (await postgresReachable()) {
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const pgDir = mkdtempSync(join(tmpdir(), 'netwerkkracht-bench-'));
    try {
      const measured = await benchDatabase(server, 'PostgreSQL', { NETWERKKRACHT_DATA_DIR: join(pgDir, 'data'), DATABASE_URL: url.toString() });
      rows.push(...measured.rows);
      notes.push(measured.note);
    } finally {
      rmSync(pgDir, { recursive: true, force: true });
      await adminQuery(`drop schema ${schema} cascade`);
    }
  } else {
    notes.push(`PostgreSQL at ${POSTGRES_URL} cannot be reached: its rows are missing.`);
  }

  return {
    title: `API: the server in its own processes (serve --workers ${WORKER_SETTINGS.join(' and ')}), ${CASES.toLocaleString('en-US')} cases with maps, autocannon over loopback (${CONNECTIONS} connections, ${SECONDS} s per scenario)`,
    columns: ['database', 'workers', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'answers', '409', 'errors', 'target', 'ratio to target'],
    rows,
    notes: [
      ...notes,
      'read map = GET /api/maps/:id (the whole map, names decrypted); read analysis = GET /api/maps/:id/snapshots/:sid/analysis (the indicators);',
      'change alter = PUT .../alters/:id with If-Match: the version the client last saw; a 409 (another connection changed that map first) is counted apart.',
      `Target (issue 3): at least ${READ_TARGET.toLocaleString('en-US')} reads per second with p99 under ${P99_LIMIT_MS} ms on SQLite; the ratio is req/s divided by the target, with p99 against its limit.`,
    ],
  };
}

async function benchDatabase(server, label, env) {
  const loadStart = process.hrtime.bigint();
  const { maps, hash } = await loadData(server, env);
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const rows = [];
  const rss = [];
  for (const setting of WORKER_SETTINGS) {
    const child = await startServer(env, setting);
    try {
      const session = await login(child.url);
      const analysis = await scenario(child.url, session, () => {
        const m = maps[Math.floor(Math.random() * maps.length)];
        return { method: 'GET', path: `/api/maps/${m.id}/snapshots/s1/analysis` };
      });
      const read = await scenario(child.url, session, () => {
        const m = maps[Math.floor(Math.random() * maps.length)];
        return { method: 'GET', path: `/api/maps/${m.id}` };
      });
      let edits = 0;
      const change = await scenario(child.url, session, (context) => {
        const index = Math.floor(Math.random() * maps.length);
        const m = maps[index];
        context.index = index;
        edits += 1;
        return {
          method: 'PUT',
          path: `/api/maps/${m.id}/snapshots/s1/alters/${m.alter.id}`,
          headers: { 'content-type': 'application/json', 'if-match': `"${m.version}"` },
          body: JSON.stringify({ ...m.alter.body, name: `Persoon ${edits}` }),
        };
      }, (status, body, context) => {
        if (status === 200) maps[context.index].version = JSON.parse(body).version;
        else if (status === 409) maps[context.index].version = JSON.parse(body).error.currentVersion;
      });
      const isSqlite = label === 'SQLite';
      const workers = `${child.workers}${setting === 'auto' ? ' (auto)' : ''}`;
      rows.push(
        row(label, workers, 'read map', read, isSqlite),
        row(label, workers, 'read analysis', analysis, isSqlite),
        row(label, workers, 'change alter', change, false),
      );
      rss.push(`${workers}: ${child.rss()} MiB`);
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
  }
  return {
    rows,
    note: `${label}: ${CASES.toLocaleString('en-US')} cases loaded in ${loadSeconds.toFixed(1)} s (through the store, one password hash ${hash}); memory (RSS of all the server's processes) after each run: ${rss.join(', ')}.`,
  };
}

function row(label, workers, name, result, judged) {
  const rps = result.requests.average;
  const p99 = result.latency.p99;
  const conflicts = result.statusCodeStats?.['409']?.count ?? 0;
  const ok = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith('2')).reduce((n, [, s]) => n + s.count, 0);
  const errors = result.errors + result.timeouts + (result.non2xx - conflicts);
  return [
    label, workers, name, fmt(rps), result.latency.p50.toFixed(0), p99.toFixed(0), fmt(ok), fmt(conflicts), fmt(errors),
    judged ? `≥ ${fmt(READ_TARGET)}/s, p99 < ${P99_LIMIT_MS} ms` : '',
    judged ? `${(rps / READ_TARGET).toFixed(2)} (p99 ${(p99 / P99_LIMIT_MS).toFixed(2)} of limit)` : '',
  ];
}

/** One warm-up of 2 s (not counted), then the measured run. */
async function scenario(url, session, makeRequest, onResponse) {
  const options = (duration) => ({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [{
      setupRequest: (request, context) => {
        const made = makeRequest(context);
        return { ...request, ...made, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(made.headers ?? {}) } };
      },
      ...(onResponse ? { onResponse } : {}),
    }],
  });
  await autocannon(options(2));
  return autocannon(options(SECONDS));
}

/**
 * The cases go in through the store functions the API uses (encrypted, with consent), in
 * transactions of 250 cases; one password hash serves the single user, since hashing 10,000
 * times would only measure argon2.
 */
async function loadData(server, env) {
  const config = server.loadConfig({ ...env }, REPO_ROOT);
  const boot = await server.bootstrap(config, { env: { ...env }, initIfEmpty: { organisationName: 'Benchmark', adminEmail: 'admin@netwerkkracht.invalid', adminName: 'Admin' } });
  const db = boot.database.db;
  const cipher = server.createFieldCipher(boot.keyring);
  const hashStart = process.hrtime.bigint();
  const hash = await server.hashPassword(PASSWORD, config.settings.passwordHashing);
  const hashMs = Number(process.hrtime.bigint() - hashStart) / 1e6;
  const organisationId = boot.initialised.organisationId;
  const teamId = server.newId();
  const userId = server.newId();
  const now = server.nowIso();
  await db.insertInto('teams').values({ id: teamId, organisation_id: organisationId, name: 'Team', created_at: now }).execute();
  await db.insertInto('users').values({
    id: userId, organisation_id: organisationId, team_id: teamId, email: EMAIL, display_name: 'Bench', role: 'begeleider',
    password_hash: hash, must_change_password: 0, failed_logins: 0, locked_until: null, disabled: 0, created_at: now,
  }).execute();

  const random = createRandom(20261122);
  const maps = [];
  const BATCH = 250;
  const parallel = boot.database.dialect === 'postgres' ? 4 : 1;
  const batches = [];
  for (let start = 0; start < CASES; start += BATCH) batches.push(start);
  const work = async (start) => {
    const entries = [];
    for (let i = start; i < Math.min(CASES, start + BATCH); i++) {
      const map = generateMap(random, { id: server.newId() });
      const alter = map.snapshots[0].alters[0];
      const { id: _id, ...body } = alter;
      entries.push({ caseId: server.newId(), map });
      maps.push({ id: map.id, version: 1, alter: { id: alter.id, body } });
    }
    await db.transaction().execute(async (trx) => {
      for (const { caseId, map } of entries) {
        // Each case under its own data key, as the app stores it.
        const { wrapped, cipher: caseCipher } = cipher.newCaseKey();
        await trx.insertInto('cases').values({ id: caseId, organisation_id: organisationId, team_id: teamId, owner_id: userId, name_enc: caseCipher.encrypt('Gezin Bench', 'cases.name'), created_at: now }).execute();
        await server.insertCaseKey(trx, caseId, wrapped);
        await server.writeMembers(trx, caseCipher, caseId, [{ personId: 'p1', name: 'Ouder' }]);
        await trx.insertInto('consents').values({
          id: server.newId(), case_id: caseId, scope: 'registratie', given_by_enc: caseCipher.encrypt('Ouder', 'consents.given_by'), given_on: '2026-01-01',
          partners_enc: null, recorded_by: userId, recorded_at: now, withdrawn_at: null,
        }).execute();
        await server.insertMap(trx, caseCipher, caseId, map);
      }
    });
  };
  for (let i = 0; i < batches.length; i += parallel) await Promise.all(batches.slice(i, i + parallel).map(work));
  // Settle after the bulk load, as a database in use would be, so that autovacuum or a WAL
  // checkpoint does not land in the middle of a measured run.
  if (boot.database.dialect === 'postgres') await sql`vacuum analyze`.execute(db);
  else await sql`pragma wal_checkpoint(truncate)`.execute(db);
  await boot.database.close();
  return { maps, hash: `${hashMs.toFixed(0)} ms` };
}

function startServer(env, workers) {
  // BENCH_API_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server alone.
  const nodeArgs = (process.env.BENCH_API_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = spawn(process.execPath, [...nodeArgs, join(REPO_ROOT, 'packages/cli/bin/netwerkkracht.js'), 'serve', '--port', '0', '--no-web', '--lang', 'en', '--workers', workers], {
    cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c) => { out += c; });
  child.stderr.setEncoding('utf8').on('data', (c) => { err += c; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server did not start:\n${out}\n${err}`)); }, 60_000);
    child.stdout.on('data', () => {
      const found = /running at (http:\/\/\S+) \(/.exec(out);
      if (!found) return;
      clearTimeout(timer);
      resolve({
        url: found[1].replace('localhost', '127.0.0.1'),
        workers: Number(/, (\d+) worker processes\)/.exec(out)?.[1] ?? 1),
        process: child,
        exited,
        // The primary and its workers together.
        rss: () => {
          try {
            const lines = execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid), '--ppid', String(child.pid)], { encoding: 'utf8' }).trim().split(/\s+/);
            return Math.round(lines.reduce((sum, kb) => sum + Number(kb), 0) / 1024);
          } catch {
            return '?';
          }
        },
      });
    });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`the server ended (${code}):\n${out}\n${err}`)); });
  });
}

async function login(url) {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = await res.json();
  return { cookie, csrfToken };
}



function fmt(n) {
  return Math.round(n).toLocaleString('en-US');
}

// Report benchmark (issue 13): the organisation report over the network maps
// (`GET /api/stats/organisation`) with BENCH_REPORT_MAPS maps (default 100,000) loaded through the
// store exactly as the API stores them (cases with their own keys, consent, the map with its
// people and ties, and the summary upkeep of every write), on SQLite and on PostgreSQL. The report
// is asked BENCH_REPORT_REQUESTS times in-process (Fastify inject, the whole route: session,
// role, query, suppression, audit) after two warm-up requests; p50 and p99 are reported.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { onEachDatabase } from './postgres.js';
import { createRandom, generateMap } from './generate-maps.js';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAPS = Number(process.env.BENCH_REPORT_MAPS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REPORT_REQUESTS ?? 200);
const DATABASES = (process.env.BENCH_REPORT_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim());
const PASSWORD = 'een lang benchmark wachtwoord';
const EMAIL = 'onderzoek@netwerkkracht.invalid';
const TARGET_MS = 1000;
/** Eight quarters of 2025 and 2026: each map's saved version falls in one of them. */
const DATES = ['2025-02-10', '2025-05-10', '2025-08-10', '2025-11-10', '2026-02-10', '2026-05-10', '2026-08-10', '2026-11-10'];

export async function run() {
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/cli')], { stdio: 'inherit' });
  const server = await import('@netwerkkracht/server');
  const rows = [];
  const notes = [`${MAPS.toLocaleString('en-US')} maps (about 15 people and 20 ties each, one saved version in one of 8 quarters), ${REQUESTS} requests after 2 warm-up ones. Target: under ${TARGET_MS} ms.`];
  const measured = await onEachDatabase(DATABASES, (label, env) => measure(server, label, env));
  rows.push(...measured.results);
  notes.push(...measured.notes);
  return { title: 'Organisation report over the network maps (GET /api/stats/organisation)', columns: ['database', 'maps', 'load', 'report p50', 'report p99', 'max', 'target'], rows, notes };
}

async function measure(server, name, env) {
  const config = server.loadConfig({ ...env }, REPO_ROOT);
  const boot = await server.bootstrap(config, { env: { ...env }, initIfEmpty: { organisationName: 'Benchmark', adminEmail: 'admin@netwerkkracht.invalid', adminName: 'Admin' } });
  const db = boot.database.db;
  const cipher = server.createFieldCipher(boot.keyring);
  const organisationId = boot.initialised.organisationId;
  const now = server.nowIso();
  const teamId = server.newId();
  const workerId = server.newId();
  const hash = await server.hashPassword(PASSWORD, config.settings.passwordHashing);
  await db.insertInto('teams').values({ id: teamId, organisation_id: organisationId, name: 'Team', created_at: now }).execute();
  for (const [id, role, email, team] of [[workerId, 'begeleider', 'werker@netwerkkracht.invalid', teamId], [server.newId(), 'onderzoeker', EMAIL, null]]) {
    await db.insertInto('users').values({
      id, organisation_id: organisationId, team_id: team, email, display_name: role, role,
      password_hash: hash, must_change_password: 0, failed_logins: 0, locked_until: null, disabled: 0, created_at: now,
    }).execute();
  }
  const loadStart = performance.now();
  const random = createRandom(20261202);
  const BATCH = 250;
  // One transaction at a time: a transaction of 250 maps adds to the counts of several quarters,
  // and two such transactions at once could lock them in opposite orders.
  const parallel = 1;
  const batches = [];
  for (let start = 0; start < MAPS; start += BATCH) batches.push(start);
  const work = async (start) => {
    const entries = [];
    for (let i = start; i < Math.min(MAPS, start + BATCH); i++) {
      const generated = generateMap(random, { id: server.newId() });
      const date = DATES[i % DATES.length];
      const map = { ...generated, snapshots: generated.snapshots.map((s) => ({ ...s, date })) };
      entries.push({ caseId: server.newId(), map });
    }
    await db.transaction().execute(async (trx) => {
      for (const { caseId, map } of entries) {
        const { wrapped, cipher: caseCipher } = cipher.newCaseKey();
        await trx.insertInto('cases').values({ id: caseId, organisation_id: organisationId, team_id: teamId, owner_id: workerId, name_enc: caseCipher.encrypt('Gezin Bench', 'cases.name'), created_at: now }).execute();
        await server.insertCaseKey(trx, caseId, wrapped);
        await trx.insertInto('consents').values({
          id: server.newId(), case_id: caseId, scope: 'registratie', given_by_enc: caseCipher.encrypt('Ouder', 'consents.given_by'), given_on: '2026-01-01',
          partners_enc: null, recorded_by: workerId, recorded_at: now, withdrawn_at: null,
        }).execute();
        // insertMap stores the map and its summary rows and adds to the organisation's counts.
        await server.insertMap(trx, caseCipher, caseId, map);
      }
    });
  };
  for (let i = 0; i < batches.length; i += parallel) await Promise.all(batches.slice(i, i + parallel).map(work));
  if (boot.database.dialect === 'postgres') await sql`vacuum analyze`.execute(db);
  else await sql`pragma wal_checkpoint(truncate)`.execute(db);
  const loadSeconds = (performance.now() - loadStart) / 1000;

  const app = await server.buildApp({ db, keyring: boot.keyring, settings: config.settings });
  try {
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: EMAIL, password: PASSWORD } });
    if (signIn.statusCode !== 200) throw new Error(`login: ${signIn.body}`);
    const cookie = [].concat(signIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const ask = async () => {
      const t0 = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/stats/organisation', headers: { cookie } });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200) throw new Error(`report: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { ms, body: res.json() };
    };
    const first = await ask();
    const mapsCounted = first.body.quarters.reduce((s, q) => s + (q.maps ?? 0), 0);
    if (mapsCounted !== MAPS) throw new Error(`the report counts ${mapsCounted} maps, expected ${MAPS}`);
    await ask();
    const times = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await ask()).ms);
    times.sort((a, b) => a - b);
    const p = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    return [name, MAPS.toLocaleString('en-US'), `${loadSeconds.toFixed(0)} s`, `${p(0.5).toFixed(1)} ms`, `${p(0.99).toFixed(1)} ms`, `${times[times.length - 1].toFixed(1)} ms`, p(0.99) < TARGET_MS ? 'met' : 'missed'];
  } finally {
    await app.close();
    await boot.database.close();
  }
}



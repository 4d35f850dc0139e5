// Refused sign-ins (issue 11 item 4): the response time of each way a sign-in is refused, over real
// HTTP on loopback, with the production password hashing (argon2id, 19 MiB, 2 passes) and the
// production audit batching, on SQLite and on PostgreSQL. Reported, never judged: that the work is
// the same on every path is what packages/server/src/auth/login-work.test.ts checks (by counting).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onEachDatabase } from './postgres.js';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const ATTEMPTS = Number(process.env.BENCH_LOGIN_ATTEMPTS ?? 50);
const WARM_UP = 5;
const PASSWORD = 'een lang benchmark wachtwoord';
const EMAIL = 'bench@netwerkkracht.invalid';

export async function run() {
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/server')], { stdio: 'inherit' });
  const server = await import('@netwerkkracht/server');
  const measured = await onEachDatabase(['sqlite', 'postgres'], (label, env) => {
    // The server's own database settings: a file in the run's data folder, or the run's schema.
    if (env.DATABASE_URL) return measure(server, label, { databaseUrl: env.DATABASE_URL, sqliteFile: ':memory:', poolSize: 4 });
    mkdirSync(env.NETWERKKRACHT_DATA_DIR, { recursive: true });
    return measure(server, label, { sqliteFile: join(env.NETWERKKRACHT_DATA_DIR, 'bench.sqlite') });
  });
  const rows = measured.results.flat();
  const notes = [`${ATTEMPTS} attempts per path (after ${WARM_UP} not counted), the paths taken in turn; milliseconds from sending the request to the whole answer.`, ...measured.notes];
  return { title: 'Refused sign-ins: response time per path (issue 11 item 4)', columns: ['database', 'path', 'median ms', 'p90 ms', 'status'], rows, notes };
}

async function measure(server, databaseName, databaseConfig) {
  const handle = server.openDatabase(databaseConfig);
  await server.runMigrations(handle.db);
  await server.initOrganisation(handle.db, { organisationName: 'Bench', adminEmail: EMAIL, adminName: 'Bench', password: PASSWORD });
  const admin = await handle.db.selectFrom('users').selectAll().where('email', '=', EMAIL).executeTakeFirstOrThrow();
  const clone = (email, extra) => ({ ...admin, id: server.newId(), email, role: 'begeleider', must_change_password: 0, ...extra });
  await handle.db.insertInto('users').values([
    clone('disabled@netwerkkracht.invalid', { disabled: 1 }),
    clone('locked@netwerkkracht.invalid', { locked_until: new Date(Date.now() + 3_600_000).toISOString() }),
  ]).execute();
  const keyring = server.createKeyring([server.generateKey()]);
  // Never locks and never throttles, so each path stays the path it is; and one that throttles every attempt.
  const open = await server.buildApp({ db: handle.db, keyring, settings: { maxFailedLogins: 1_000_000_000, loginAttemptsPerAddress: 1_000_000_000 } });
  const throttling = await server.buildApp({ db: handle.db, keyring, settings: { loginAttemptsPerAddress: 0 } });
  const urls = [];
  for (const app of [open, throttling]) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    urls.push(`http://127.0.0.1:${app.server.address().port}/api/auth/login`);
  }
  const [openUrl, throttledUrl] = urls;
  const unknown = () => `niemand-${randomBytes(6).toString('hex')}@netwerkkracht.invalid`;
  const paths = [
    { name: 'unknown address', url: openUrl, body: () => ({ email: unknown(), password: 'een gok' }) },
    { name: 'disabled account', url: openUrl, body: () => ({ email: 'disabled@netwerkkracht.invalid', password: PASSWORD }) },
    { name: 'wrong password', url: openUrl, body: () => ({ email: EMAIL, password: 'een gok' }) },
    { name: 'locked account, right password', url: openUrl, body: () => ({ email: 'locked@netwerkkracht.invalid', password: PASSWORD }) },
    { name: 'throttled, existing account', url: throttledUrl, body: () => ({ email: EMAIL, password: PASSWORD }) },
    { name: 'throttled, unknown address', url: throttledUrl, body: () => ({ email: unknown(), password: PASSWORD }) },
  ];
  const times = paths.map(() => []);
  const statuses = paths.map(() => new Set());
  try {
    for (let round = 0; round < WARM_UP + ATTEMPTS; round++) {
      for (const [i, path] of paths.entries()) {
        const started = performance.now();
        const res = await fetch(path.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(path.body()) });
        await res.arrayBuffer();
        const ms = performance.now() - started;
        statuses[i].add(res.status);
        if (round >= WARM_UP) times[i].push(ms);
      }
    }
  } finally {
    await throttling.close();
    await open.close();
    await handle.close();
  }
  return paths.map((path, i) => [databaseName, path.name, quantile(times[i], 0.5).toFixed(1), quantile(times[i], 0.9).toFixed(1), [...statuses[i]].join('/')]);
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

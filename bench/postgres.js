// The benchmarks' PostgreSQL: the test database (DATABASE_TEST_URL), a schema per run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POSTGRES_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when PostgreSQL answers within 3 s (the PostgreSQL rows are left out otherwise). */
export async function postgresReachable() {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One statement on its own connection (creating and dropping a run's schema). */
export async function adminQuery(text) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Runs `measure(label, env)` on each database asked for (`sqlite`, `postgres`), each in a fresh data
 * folder and, on PostgreSQL, a fresh schema, removed afterwards; `env` holds the server's settings
 * for it. Returns what `measure` gave per database, and a note for a PostgreSQL that does not answer.
 */
export async function onEachDatabase(databases, measure) {
  const results = [];
  const notes = [];
  const inDataFolder = async (label, env) => {
    const dir = mkdtempSync(join(tmpdir(), 'netwerkkracht-bench-'));
    try {
      results.push(await measure(label, { NETWERKKRACHT_DATA_DIR: join(dir, 'data'), ...env }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  if (databases.includes('sqlite')) await inDataFolder('SQLite', {});
  if (databases.includes('postgres')) {
    if (await postgresReachable()) {
      const schema = `bench_${randomBytes(5).toString('hex')}`;
      await adminQuery(`create schema ${schema}`);
      const url = new URL(POSTGRES_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      try {
        await inDataFolder('PostgreSQL', { DATABASE_URL: url.toString() });
      } finally {
        await adminQuery(`drop schema ${schema} cascade`);
      }
    } else notes.push(`PostgreSQL not measured: nothing answers at ${POSTGRES_URL}.`);
  }
  return { results, notes };
}

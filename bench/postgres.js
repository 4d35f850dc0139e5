// The benchmarks' PostgreSQL: the test database (DATABASE_TEST_URL), a schema per run.
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

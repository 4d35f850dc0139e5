import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/open-database.js';
import { runMigrations } from '../db/migrations.js';
import type { Kysely } from 'kysely';

/**
 * The databases every storage test runs against: SQLite always, PostgreSQL at DATABASE_TEST_URL
 * (default postgres://postgres@127.0.0.1:5432/test) in a fresh schema per opened database. When
 * PostgreSQL cannot be reached its tests are skipped with a printed notice, unless
 * REQUIRE_POSTGRES=1, in which case they fail (CI sets it).
 */
export interface TestDatabase {
  readonly handle: DatabaseHandle;
  /** The SQLite file or the PostgreSQL URL plus schema, for tests that reopen the database. */
  readonly config: Parameters<typeof openDatabase>[0];
  close(): Promise<void>;
}

export interface DatabaseTarget {
  readonly name: 'sqlite' | 'postgres';
  open(): Promise<TestDatabase>;
}

export const POSTGRES_TEST_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: Promise<boolean> | null = null;

export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

async function openSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'netwerkkracht-test-'));
  const config = { sqliteFile: join(dir, 'test.sqlite') };
  const handle = openDatabase(config);
  await runMigrations(handle.db as unknown as Kysely<unknown>);
  return {
    handle,
    config,
    async close() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const config = { databaseUrl: POSTGRES_TEST_URL, searchPath: schema, sqliteFile: ':memory:', poolSize: 4 };
  const handle = openDatabase(config);
  await runMigrations(handle.db as unknown as Kysely<unknown>);
  return {
    handle,
    config,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`drop schema ${schema} cascade`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export async function databaseTargets(): Promise<DatabaseTarget[]> {
  const targets: DatabaseTarget[] = [{ name: 'sqlite', open: openSqlite }];
  if (await postgresReachable()) {
    targets.push({ name: 'postgres', open: openPostgres });
  } else if (process.env.REQUIRE_POSTGRES === '1') {
    targets.push({
      name: 'postgres',
      open: () => Promise.reject(new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${POSTGRES_TEST_URL} cannot be reached`)),
    });
  } else {
    console.warn(`\n[netwerkkracht] PostgreSQL at ${POSTGRES_TEST_URL} cannot be reached: its tests are SKIPPED. Set REQUIRE_POSTGRES=1 to make this a failure.\n`);
  }
  return targets;
}

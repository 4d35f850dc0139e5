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

/** One statement on a connection of its own to the test database (creating and dropping schemas and databases). */
async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function openPostgres(): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const config = { databaseUrl: POSTGRES_TEST_URL, searchPath: schema, sqliteFile: ':memory:', poolSize: 4 };
  const handle = openDatabase(config);
  await runMigrations(handle.db as unknown as Kysely<unknown>);
  return {
    handle,
    config,
    async close() {
      await handle.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

/**
 * A PostgreSQL database of its own (not a schema in the shared test database), dropped on close.
 * For the few tests whose outcome depends on what other connections to the same database do:
 * VACUUM may not remove a dead row that a transaction of any other connection to that database
 * could still see, and other test files run their transactions in the shared one meanwhile.
 */
export async function openOwnPostgresDatabase(): Promise<TestDatabase> {
  const name = `nk_own_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_TEST_URL);
  url.pathname = `/${name}`;
  const config = { databaseUrl: url.toString(), sqliteFile: ':memory:', poolSize: 4 };
  const handle = openDatabase(config);
  try {
    await runMigrations(handle.db as unknown as Kysely<unknown>);
  } catch (error) {
    await handle.close();
    await adminQuery(`drop database ${name} with (force)`);
    throw error;
  }
  return {
    handle,
    config,
    async close() {
      await handle.close();
      await adminQuery(`drop database ${name} with (force)`);
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

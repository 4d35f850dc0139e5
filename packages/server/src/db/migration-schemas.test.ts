import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { POSTGRES_TEST_URL, postgresReachable } from '../testing/test-databases.js';
import { runMigrations } from './migrations.js';
import { openDatabase } from './open-database.js';

describe('migrations on PostgreSQL', () => {
  it('migrate a fresh schema while another schema of the same database already holds migration tables', async (context) => {
    if (!(await postgresReachable())) {
      if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${POSTGRES_TEST_URL} cannot be reached`);
      console.warn(`\n[netwerkkracht] PostgreSQL at ${POSTGRES_TEST_URL} cannot be reached: this test is SKIPPED.\n`);
      context.skip();
      return;
    }
    const tag = randomBytes(5).toString('hex');
    const [other, mine] = [`mig_other_${tag}`, `mig_mine_${tag}`];
    const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await admin.connect();
    try {
      await admin.query(`create schema ${other}`);
      await admin.query(`create schema ${mine}`);
      for (const schema of [other, mine]) {
        const handle = openDatabase({ databaseUrl: POSTGRES_TEST_URL, searchPath: schema, sqliteFile: ':memory:', poolSize: 2 });
        try {
          await runMigrations(handle.db as unknown as Kysely<unknown>);
          // Idempotent: a second start finds everything in place.
          await runMigrations(handle.db as unknown as Kysely<unknown>);
        } finally {
          await handle.close();
        }
      }
      const tables = await admin.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = $1`, [mine]);
      expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'cases', 'maps']));
    } finally {
      await admin.query(`drop schema if exists ${other} cascade`);
      await admin.query(`drop schema if exists ${mine} cascade`);
      await admin.end();
    }
  });
});

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

export interface DatabaseConfig {
  /** A postgres:// URL. When set, PostgreSQL is used; otherwise SQLite at `sqliteFile`. */
  readonly databaseUrl?: string | undefined;
  readonly sqliteFile: string;
  /** PostgreSQL only: the schema to work in (tests use a fresh one per file). */
  readonly searchPath?: string | undefined;
  /** PostgreSQL pool size. */
  readonly poolSize?: number | undefined;
}

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

/**
 * Opens the database. SQLite runs in WAL mode with `synchronous=FULL`: an acknowledged write has
 * reached the disk, so a crash right after a 2xx loses nothing. Foreign keys are on in both
 * databases, so erasure by cascade behaves the same.
 */
export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.databaseUrl) {
    // int8 (count(*), sums) as numbers: our counts stay far below 2^53.
    pg.types.setTypeParser(20, (value) => Number(value));
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.poolSize ?? 10,
      ...(config.searchPath ? { options: `-c search_path=${quoteIdentifier(config.searchPath)}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (config.sqliteFile !== ':memory:') mkdirSync(dirname(config.sqliteFile), { recursive: true });
  const sqlite = new SqliteDatabase(config.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache: the rows of the maps being worked on stay in memory.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query, and
 * the server runs the same few dozen statements over and over. Statements are cached by their SQL
 * (values are bound separately, so the cache is bounded by the number of distinct queries; a cap
 * guards against statements built with variable-length IN lists).
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= 1000) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  } as SqliteDialectConfig['database'];
}

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`not a safe schema name: ${name}`);
  return name;
}

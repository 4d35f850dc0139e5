import { mkdirSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase as KyselySqliteDatabase, type SqliteDialectConfig } from 'kysely';
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
  // No waiting inside SQLite: a locked database is waited for without blocking (SharedSqliteDriver).
  sqlite.pragma('busy_timeout = 0');
  // 64 MiB of page cache: the rows of the maps being worked on stay in memory.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SharedSqliteDialect(sqlite) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** How long a statement waits for another process's write to finish before it fails. */
export const SQLITE_BUSY_WAIT_MS = 5_000;
/** The longest pause between two tries (measured: 8 ms pauses gave a p99 of 93 to 128 ms, 2 ms pauses 47 to 52). */
const MAX_BUSY_PAUSE_MS = 2;

/**
 * Several processes may work on one SQLite file: the workers of `serve`, or a CLI command next to
 * the server. Two things make that safe and keep a waiting process responsive:
 * - Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first write.
 *   A transaction that began as a reader and wants to write after another process has written
 *   cannot wait for the lock: SQLite refuses it at once (SQLITE_BUSY_SNAPSHOT).
 * - A statement that finds the database locked (SQLITE_BUSY: another process holds the write
 *   lock) is tried again after a short pause that does not block the event loop, for up to
 *   SQLITE_BUSY_WAIT_MS. SQLite's own busy_timeout would sleep inside the call, stopping every
 *   request of this process, with pauses growing to 100 ms, so one busy writer kept the other
 *   process's writers waiting (p99 of a change 136 to 189 ms with two workers, 39 to 46 with one). A statement
 *   that failed with SQLITE_BUSY did nothing, so trying it again is safe; inside a transaction
 *   (which holds the lock already) nothing is retried.
 */
class SharedSqliteDriver extends SqliteDriver {
  readonly #sqlite: SqliteDatabase.Database;
  readonly #waiting = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(config: SqliteDialectConfig, sqlite: SqliteDatabase.Database) {
    super(config);
    this.#sqlite = sqlite;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    let waiting = this.#waiting.get(connection);
    if (!waiting) {
      waiting = waitWhileBusy(connection, this.#sqlite);
      this.#waiting.set(connection, waiting);
    }
    return waiting;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

function waitWhileBusy(connection: DatabaseConnection, sqlite: SqliteDatabase.Database): DatabaseConnection {
  return {
    async executeQuery(query) {
      const deadline = Date.now() + SQLITE_BUSY_WAIT_MS;
      for (let pause = 1; ; pause = MAX_BUSY_PAUSE_MS) {
        try {
          return await connection.executeQuery(query);
        } catch (error) {
          if (!isBusy(error) || sqlite.inTransaction || Date.now() >= deadline) throw error;
          // Short pauses: the writer that holds the lock starts its next transaction as soon as it
          // commits, so a waiter that sleeps long finds the lock taken again and waits on and on.
          // A little randomness, so two waiting processes do not retry in step.
          await delay(pause * (0.5 + Math.random()));
        }
      }
    },
    streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
  };
}

class SharedSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #sqlite: SqliteDatabase.Database;

  constructor(sqlite: SqliteDatabase.Database) {
    const config = { database: withStatementCache(sqlite) };
    super(config);
    this.#config = config;
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new SharedSqliteDriver(this.#config, this.#sqlite);
  }
}

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query, and
 * the server runs the same few dozen statements over and over. Statements are cached by their SQL
 * (values are bound separately, so the cache is bounded by the number of distinct queries; a cap
 * guards against statements built with variable-length IN lists).
 */
function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
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
  } as KyselySqliteDatabase;
}

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`not a safe schema name: ${name}`);
  return name;
}

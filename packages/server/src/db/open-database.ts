import { setTimeout as delay } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type DatabaseConnection, type Driver, type QueryResult, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import { preparePrivateSqliteFiles } from './private-files.js';
import type { Database } from './schema.js';

export interface DatabaseConfig {
  /** A postgres:// URL. When set, PostgreSQL is used; otherwise SQLite at `sqliteFile`. */
  readonly databaseUrl?: string | undefined;
  readonly sqliteFile: string;
  /** PostgreSQL only: the schema to work in (tests use a fresh one per file). */
  readonly searchPath?: string | undefined;
  /** PostgreSQL pool size. */
  readonly poolSize?: number | undefined;
  /** SQLite: how long a statement waits for another process's write lock (SQLITE_BUSY_WAIT_MS). */
  readonly busyWaitMs?: number | undefined;
}

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

/**
 * Opens the database. SQLite runs in WAL mode with `synchronous=FULL`: an acknowledged write has
 * reached the disk, so a crash right after a 2xx loses nothing; with `secure_delete` on; its
 * folder (when new) 0700 and its files 0600 (db/private-files.ts). Foreign keys are on in both
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
  if (config.sqliteFile !== ':memory:') preparePrivateSqliteFiles(config.sqliteFile);
  const sqlite = new SqliteDatabase(config.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  setConnectionPragmas(sqlite);
  // A page cache of 1,000 pages (4 MiB) for the writer, which spills a transaction's pages to the
  // WAL when the cache is full (cache_spill): a big map import writes its 40 MB as it goes rather
  // than all at its commit, which better-sqlite3 runs on the event loop (with the 64 MiB cache of
  // the reader the commit wrote them all: 80 ms more). Reads outside transactions have the reader.
  sqlite.pragma('cache_size = 1000');
  sqlite.pragma('cache_spill = 1000');
  // Reads outside a transaction go to a second, read-only connection: in WAL mode it reads the
  // last committed state while the first one is inside a long write transaction (a big import
  // held every read of its process for seconds). An in-memory database is one per connection,
  // so it keeps one connection.
  const onDisk = config.sqliteFile !== ':memory:';
  const reader = onDisk ? new SqliteDatabase(config.sqliteFile, { readonly: true, fileMustExist: true }) : null;
  if (reader) {
    setConnectionPragmas(reader);
    // 64 MiB of page cache: the rows of the maps being worked on stay in memory.
    reader.pragma('cache_size = -65536');
  }
  // Checkpoints on a thread of their own (db/checkpointer.ts), not inside a commit on the event loop.
  let checkpointer: Checkpointer | null = null;
  if (onDisk) {
    sqlite.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(config.sqliteFile, () => {
      if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
    });
  }
  const db = new Kysely<Database>({ dialect: new SharedSqliteDialect(sqlite, { reader, checkpointer, waitMs: config.busyWaitMs ?? SQLITE_BUSY_WAIT_MS }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** What every connection to the SQLite file gets (the journal mode and durability are the file's, set on the writer). */
function setConnectionPragmas(sqlite: SqliteDatabase.Database): void {
  // Deleted rows and freed pages are overwritten with zeros, so an erased family's data does not
  // linger in the file's free space (the WAL is wiped after an erasure: db/wipe.ts).
  sqlite.pragma('secure_delete = ON');
  // No waiting inside SQLite: a locked database is waited for without blocking (SharedSqliteDriver).
  sqlite.pragma('busy_timeout = 0');
}

/** How long a statement waits for another process's write to finish before it fails (503, database_busy). */
export const SQLITE_BUSY_WAIT_MS = 5_000;
/** The longest pause between two tries (measured: 8 ms pauses gave a p99 of 93 to 128 ms, 2 ms pauses 47 to 52). */
const MAX_BUSY_PAUSE_MS = 2;

/**
 * Kysely's driver for the better-sqlite3 connections of one process, made for several processes
 * on one file (the workers of `serve`, or a CLI command next to the server):
 * - One connection writes. Transactions take the write lock when they begin (BEGIN IMMEDIATE), not
 *   at their first write. A transaction that began as a reader and wants to write after another
 *   process has written cannot wait for the lock: SQLite refuses it at once (SQLITE_BUSY_SNAPSHOT).
 * - A statement that finds the write lock taken by another process (SQLITE_BUSY) is tried again
 *   after a pause of 1 to 2 ms, for up to `waitMs`. During the pause the connection is free for
 *   this process's other queries, and the event loop is not blocked. Writers of this process
 *   that find the lock taken line up: one of them tries at a time, in order. SQLite's own
 *   busy_timeout would sleep inside the call, stopping every request of this process, with
 *   pauses growing to 100 ms: one busy writer kept the other process's writers waiting (p99 of a
 *   change 136 to 189 ms with two workers, 39 to 46 with one). A statement that failed with
 *   SQLITE_BUSY did nothing, so trying it again is safe; inside a transaction (which holds the
 *   lock already) nothing is retried.
 * - The writer serves one query or transaction at a time (a transaction keeps it until it ends),
 *   as in Kysely's own SQLite driver. A read-only statement outside a transaction (a select) goes
 *   to the second, read-only connection instead and does not wait for the writer: WAL gives it
 *   the last committed state (so a read after a committed change sees it, and never sees half of
 *   a transaction). Everything in a transaction, every write and every pragma that writes stays
 *   on the writer.
 */
class SharedSqliteDriver implements Driver {
  readonly #sqlite: SqliteDatabase.Database;
  readonly #statements: StatementCache;
  readonly #reader: SqliteDatabase.Database | null;
  readonly #readerStatements: StatementCache | null;
  readonly #checkpointer: Checkpointer | null;
  readonly #waitMs: number;
  /** The writer's holder; the others wait in line. */
  readonly #connectionTurn = new Turns();
  /** The one query of this process that is waiting for another process's write lock; the others line up. */
  readonly #writerTurn = new Turns();

  constructor(sqlite: SqliteDatabase.Database, options: SqliteDriverOptions) {
    this.#sqlite = sqlite;
    this.#statements = withStatementCache(sqlite);
    this.#reader = options.reader;
    this.#readerStatements = options.reader && withStatementCache(options.reader);
    this.#checkpointer = options.checkpointer;
    this.#waitMs = options.waitMs;
  }

  async init(): Promise<void> {}

  /** A connection that takes the writer only when it needs it: at a transaction's begin or its first write. */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new ProcessConnection(this.#connectionTurn, (query, connection) => this.#execute(query, connection), (query) => this.#stream(query));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as ProcessConnection).release();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as ProcessConnection).holdWriter();
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    // The writer last: the last connection to close checkpoints the WAL and removes it.
    await this.#checkpointer?.stop();
    this.#reader?.close();
    this.#sqlite.close();
  }

  async #execute<R>(query: CompiledQuery, connection: ProcessConnection): Promise<QueryResult<R>> {
    const deadline = Date.now() + this.#waitMs;
    if (!connection.holdsWriter && this.#readerStatements) {
      const statement = this.#readerStatements.prepare(query.sql);
      if (statement.reader && statement.readonly) return this.#read(statement, query, deadline);
    }
    await connection.holdWriter();
    let myTurn = false;
    try {
      for (;;) {
        try {
          const statement = this.#statements.prepare(query.sql);
          if (statement.reader) return { rows: statement.all(query.parameters) as R[] };
          const { changes, lastInsertRowid } = statement.run(query.parameters);
          return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
        } catch (error) {
          if (!isBusy(error) || this.#sqlite.inTransaction || Date.now() >= deadline) throw error;
        }
        // Let this process's other queries use the connection while we wait; then queue again.
        this.#connectionTurn.pass();
        if (!myTurn) {
          // One waiter per process tries for the lock, the others line up behind it: many
          // waiters trying at random moments would take the lock in random order.
          await this.#writerTurn.take();
          myTurn = true;
        } else {
          // Short pauses: the writer that holds the lock starts its next transaction as soon as
          // it commits, so a waiter that sleeps long finds the lock taken again and waits on and
          // on. A little randomness, so two waiting processes do not retry in step.
          await delay(MAX_BUSY_PAUSE_MS * (0.5 + Math.random() / 2));
        }
        await this.#connectionTurn.take();
      }
    } finally {
      if (myTurn) this.#writerTurn.pass();
    }
  }

  /**
   * A statement on the read-only connection. A WAL reader is refused only in short moments (another
   * connection recovering or restarting the WAL): it is tried again after a pause, without blocking.
   */
  async #read<R>(statement: SqliteDatabase.Statement, query: CompiledQuery, deadline: number): Promise<QueryResult<R>> {
    for (;;) {
      try {
        return { rows: statement.all(query.parameters) as R[] };
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
      await delay(MAX_BUSY_PAUSE_MS * (0.5 + Math.random() / 2));
    }
  }

  async *#stream<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.#statements.prepare(query.sql);
    for (const row of statement.iterate(query.parameters)) yield { rows: [row as R] };
  }
}

/**
 * What Kysely holds between acquiring and releasing a connection (one query, or a transaction).
 * It takes the writer's turn at the first statement that needs the writer and keeps it until it
 * is released, so a transaction's statements all run on the writer, in one piece.
 */
class ProcessConnection implements DatabaseConnection {
  #holdsWriter = false;

  constructor(
    private readonly turn: Turns,
    private readonly execute: (query: CompiledQuery, connection: ProcessConnection) => Promise<QueryResult<unknown>>,
    private readonly stream: (query: CompiledQuery) => AsyncIterableIterator<QueryResult<unknown>>,
  ) {}

  get holdsWriter(): boolean {
    return this.#holdsWriter;
  }

  async holdWriter(): Promise<void> {
    if (this.#holdsWriter) return;
    await this.turn.take();
    this.#holdsWriter = true;
  }

  release(): void {
    if (!this.#holdsWriter) return;
    this.#holdsWriter = false;
    this.turn.pass();
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.execute(query, this) as Promise<QueryResult<R>>;
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    await this.holdWriter();
    yield* this.stream(query) as AsyncIterableIterator<QueryResult<R>>;
  }
}

/** Turns taken one at a time, first come first served: `take` waits for the turn, `pass` gives it to the next. */
class Turns {
  #taken = false;
  readonly #waiting: (() => void)[] = [];

  take(): Promise<void> {
    if (!this.#taken) {
      this.#taken = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  pass(): void {
    const next = this.#waiting.shift();
    if (next) next(); // straight to the next in line, so nobody can jump the queue
    else this.#taken = false;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

interface SqliteDriverOptions {
  /** The read-only connection for reads outside a transaction (null: everything on the writer). */
  readonly reader: SqliteDatabase.Database | null;
  readonly checkpointer: Checkpointer | null;
  readonly waitMs: number;
}

class SharedSqliteDialect extends SqliteDialect {
  readonly #sqlite: SqliteDatabase.Database;
  readonly #options: SqliteDriverOptions;

  constructor(sqlite: SqliteDatabase.Database, options: SqliteDriverOptions) {
    // The config is not used: createDriver below makes the driver from the connections themselves.
    super({ database: sqlite as unknown as KyselySqliteDatabase });
    this.#sqlite = sqlite;
    this.#options = options;
  }

  override createDriver(): Driver {
    return new SharedSqliteDriver(this.#sqlite, this.#options);
  }
}

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query, and
 * the server runs the same few dozen statements over and over. Statements are cached by their SQL
 * (values are bound separately, so the cache is bounded by the number of distinct queries; a cap
 * guards against statements built with variable-length IN lists).
 */
function withStatementCache(sqlite: SqliteDatabase.Database): StatementCache {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= 1000) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

interface StatementCache {
  prepare(sql: string): SqliteDatabase.Statement;
}

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`not a safe schema name: ${name}`);
  return name;
}

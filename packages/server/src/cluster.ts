import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { bootstrap, type BootstrapOptions } from './bootstrap.js';
import type { ServerConfig } from './config.js';
import type { Keyring } from './crypto/keyring.js';
import type { RunningServer } from './start-server.js';

/**
 * Several worker processes serving one port (node:cluster), so the server uses more than one
 * core. Every worker is a complete, stateless server: sessions, login counts, versions and the
 * audit trail live in the database, so it does not matter which worker answers. SQLite in WAL
 * mode lets the workers read at the same time; writes take turns (db/open-database.ts begins
 * every transaction with the write lock). The primary process only sets up the database (once,
 * so the one-time password is made and printed once), hands out connections and restarts a
 * worker that stops unexpectedly.
 */

/** A worker that stops unexpectedly is replaced, but not endlessly: this many within a minute ends the server. */
const MAX_RESTARTS_PER_MINUTE = 5;
/** How long a stopping worker may take to finish its requests before it is killed. */
const STOP_TIMEOUT_MS = 30_000;

/** The one message a worker gets: what to serve. Stopping is a SIGTERM (see stopAll). */
export type ToWorker = { readonly type: 'setup'; readonly config: ServerConfig; readonly keys: readonly string[]; readonly webRoot?: string | undefined; readonly logLevel?: string | undefined };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'listening'; readonly port: number }
  | { readonly type: 'failed'; readonly message: string; readonly code?: string | undefined };

export interface WorkerExit {
  readonly pid: number | undefined;
  readonly code: number | null;
  readonly signal: string | null;
  /** True when a new worker takes its place; false when the server gives up (too many in a row). */
  readonly replaced: boolean;
}

export interface ClusterOptions {
  readonly workers: number;
  readonly initIfEmpty?: BootstrapOptions['initIfEmpty'];
  readonly env?: NodeJS.ProcessEnv;
  readonly webRoot?: string | undefined;
  /** The workers' log level (pino); no log when absent. */
  readonly logLevel?: string | undefined;
  /** Told when a worker stops without being asked to. */
  readonly onWorkerExit?: (exit: WorkerExit) => void;
}

export interface ServerCluster extends RunningServer {
  /** Resolves when the server gave up after too many unexpected worker stops (and has stopped). */
  readonly gaveUp: Promise<void>;
}

/** The keys to hand to a worker, current key first (the order createKeyring expects). */
export function keyringKeys(keyring: Keyring): string[] {
  const current = keyring.keys.get(keyring.currentId);
  if (!current) throw new Error('the keyring has no current key');
  return [current, ...[...keyring.keys].filter(([id]) => id !== keyring.currentId).map(([, key]) => key)].map((k) => k.toString('base64'));
}

export async function startCluster(config: ServerConfig, options: ClusterOptions): Promise<ServerCluster> {
  if (!cluster.isPrimary) throw new Error('startCluster runs in the primary process only');
  const boot = await bootstrap(config, { initIfEmpty: options.initIfEmpty, env: options.env ?? process.env });
  const keys = keyringKeys(boot.keyring);
  await boot.database.close();

  cluster.setupPrimary({ exec: fileURLToPath(new URL('./cluster-worker.js', import.meta.url)), args: [], silent: false });
  const live = new Set<Worker>();
  let stopping = false;
  let running = false;
  const restarts: number[] = [];
  let giveUp!: () => void;
  const gaveUp = new Promise<void>((resolve) => { giveUp = resolve; });

  /** Forks one worker and resolves with its port once it listens; rejects when it cannot start. */
  const fork = (): Promise<number> => new Promise<number>((resolve, reject) => {
    const worker = cluster.fork(options.env);
    live.add(worker);
    let started = false;
    worker.on('message', (message: FromWorker) => {
      // The setup is sent when the worker asks for it: a message sent before its module has
      // loaded and is listening would be lost.
      if (message.type === 'ready') {
        worker.send({ type: 'setup', config, keys, webRoot: options.webRoot, logLevel: options.logLevel } satisfies ToWorker);
      } else if (message.type === 'listening') {
        started = true;
        resolve(message.port);
      } else if (message.type === 'failed') {
        reject(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
      }
    });
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (!started) reject(new Error(`a worker process stopped while starting (${signal ?? `exit ${code}`})`));
      // While the server starts, a worker that cannot start is the start's failure (startCluster rejects).
      if (stopping || !running) return;
      // A worker that stopped unexpectedly, or its replacement that could not start.
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && (restarts[0] as number) < now - 60_000) restarts.shift();
      const replaced = restarts.length <= MAX_RESTARTS_PER_MINUTE;
      options.onWorkerExit?.({ pid: worker.process.pid, code, signal, replaced });
      if (replaced) fork().catch(() => undefined); // a replacement that fails ends up here again
      else void stopAll().then(giveUp);
    });
  });

  /**
   * Stops every worker with SIGTERM: a worker that has started finishes its requests, writes its
   * audit lines and closes the database (cluster-worker.ts); one still loading simply ends.
   */
  const stopAll = async (): Promise<void> => {
    stopping = true;
    await Promise.all([...live].map((worker) => new Promise<void>((resolve) => {
      if (worker.isDead()) { resolve(); return; }
      const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
      worker.once('exit', () => { clearTimeout(timer); resolve(); });
      worker.process.kill('SIGTERM');
    })));
  };

  let port: number;
  try {
    // Every worker asks for the configured port, so they share one listening socket held by this
    // process (with port 0 the system picks one free port for all of them).
    const ports = await Promise.all(Array.from({ length: options.workers }, () => fork()));
    port = ports[0] as number;
    running = true;
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    url: `http://${config.host}:${port}`,
    port,
    workers: options.workers,
    initialised: boot.initialised,
    keyFileCreated: boot.keyFileCreated,
    close: stopAll,
    gaveUp,
  };
}

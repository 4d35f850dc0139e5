import type { FastifyInstance } from 'fastify';
import type { FromWorker, ToWorker } from './cluster.js';
import { createKeyring } from './crypto/keyring.js';
import { openDatabase } from './db/open-database.js';
import { listenOn, listeningPort } from './start-server.js';

/**
 * One worker of `serve --workers N` (see cluster.ts): it waits for its setup from the primary
 * (the configuration and the keys, over the IPC channel rather than in its environment), opens
 * its own database connection and serves until it is asked to stop. The primary has already
 * migrated the database and checked the key.
 */
let app: FastifyInstance | null = null;
let stopped: Promise<void> | null = null;

/** Resolves once the message is on its way (before an exit, which would drop it otherwise). */
function send(message: FromWorker): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

/** Finishes the requests under way, flushes the audit lines, closes the database and exits. */
function stop(): Promise<void> {
  stopped ??= (async () => {
    try {
      await app?.close();
    } finally {
      process.exit(0);
    }
  })();
  return stopped;
}

async function setUp(message: ToWorker): Promise<void> {
  try {
    const keyring = createKeyring(message.keys);
    const database = openDatabase(message.config.database);
    app = await listenOn(message.config, database, keyring, {
      webRoot: message.webRoot,
      logger: message.logLevel ? { level: message.logLevel } : false,
    });
    await send({ type: 'listening', port: listeningPort(app, message.config.port) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    await send({ type: 'failed', message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) });
    process.exit(1);
  }
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'setup') void setUp(message);
});
// The primary stops its workers with SIGTERM; Ctrl+C reaches every process of the terminal's
// group, so a worker stops the same clean way on SIGINT.
process.on('SIGINT', () => { void stop(); });
process.on('SIGTERM', () => { void stop(); });
void send({ type: 'ready' });

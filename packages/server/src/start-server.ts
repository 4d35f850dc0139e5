import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.js';
import { bootstrap, type BootstrapOptions } from './bootstrap.js';
import type { ServerConfig } from './config.js';
import type { Keyring } from './crypto/keyring.js';
import type { DatabaseHandle } from './db/open-database.js';
import type { InitOrganisationResult } from './init-organisation.js';

/** A running server, one process or several (see cluster.ts): what `serve` needs to know of it. */
export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  readonly url: string;
  readonly port: number;
  /** How many processes answer requests. */
  readonly workers: number;
  readonly initialised: InitOrganisationResult | null;
  readonly keyFileCreated: boolean;
  /** Waits for requests under way, flushes the audit lines and closes the database. */
  close(): Promise<void>;
}

export interface StartedServer extends RunningServer {
  readonly app: FastifyInstance;
}

export interface ListenOptions {
  readonly webRoot?: string | undefined;
  readonly logger?: FastifyServerOptions['logger'];
}

/**
 * The API (and the web app) on an open database, listening on the configured port: the one
 * process of a single-process server, or each worker of a cluster. The app owns the database from
 * here: closing the app flushes the audit lines and then closes the database.
 */
export async function listenOn(config: ServerConfig, database: DatabaseHandle, keyring: Keyring, options: ListenOptions = {}): Promise<FastifyInstance> {
  let app: FastifyInstance;
  try {
    app = await buildApp({
      db: database.db, keyring, settings: config.settings, webRoot: options.webRoot, logger: options.logger,
      afterClose: () => database.close(),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

export function listeningPort(app: FastifyInstance, fallback: number): number {
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : fallback;
}

/** Bootstrap, build and listen in this one process: what `serve --workers 1` and the tests need. */
export async function startServer(
  config: ServerConfig,
  options: ListenOptions & { initIfEmpty?: BootstrapOptions['initIfEmpty']; env?: NodeJS.ProcessEnv } = {},
): Promise<StartedServer> {
  const boot = await bootstrap(config, { initIfEmpty: options.initIfEmpty, env: options.env ?? process.env });
  const app = await listenOn(config, boot.database, boot.keyring, options);
  const port = listeningPort(app, config.port);
  return {
    app,
    url: `http://${config.host}:${port}`,
    port,
    workers: 1,
    initialised: boot.initialised,
    keyFileCreated: boot.keyFileCreated,
    close: () => app.close(),
  };
}

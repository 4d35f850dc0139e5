import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.js';
import { bootstrap, type BootstrapOptions } from './bootstrap.js';
import type { ServerConfig } from './config.js';
import type { InitOrganisationResult } from './init-organisation.js';

export interface StartedServer {
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:3000 */
  readonly url: string;
  readonly initialised: InitOrganisationResult | null;
  readonly keyFileCreated: boolean;
}

/**
 * Bootstrap, build and listen: what `netwerkkracht serve` and `npm start` need. Closing the app
 * flushes the audit lines and then closes the database.
 */
export async function startServer(
  config: ServerConfig,
  options: { initIfEmpty?: BootstrapOptions['initIfEmpty']; webRoot?: string; logger?: FastifyServerOptions['logger']; env?: NodeJS.ProcessEnv } = {},
): Promise<StartedServer> {
  const boot = await bootstrap(config, { initIfEmpty: options.initIfEmpty, env: options.env ?? process.env });
  let app: FastifyInstance;
  try {
    app = await buildApp({ db: boot.database.db, keyring: boot.keyring, settings: config.settings, webRoot: options.webRoot, logger: options.logger });
  } catch (error) {
    await boot.database.close();
    throw error;
  }
  // Registered after buildApp's own onClose hook, so the audit lines are flushed before the database closes.
  app.addHook('onClose', async () => { await boot.database.close(); });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  return { app, url: `http://${config.host}:${port}`, initialised: boot.initialised, keyFileCreated: boot.keyFileCreated };
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '@netwerkkracht/core';
import { startServer } from '@netwerkkracht/server';
import { flag, parseCommandArgs, stringOption } from '../args.js';
import { EXIT_INTERNAL, EXIT_OK } from '../errors.js';
import type { CliIo } from '../io.js';
import { terminalSafe } from '../terminal-text.js';
import type { Command } from './command.js';
import { SERVER_MESSAGES } from './server-messages.js';
import { cannotStart, describeDatabase, printSetup, serverConfig, SETUP_OPTION_HELP, SETUP_OPTIONS, setupInput } from './server-setup.js';

/** The repository and the web app's build, found from this file (src/ or dist/), not from the cwd. */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export const serveCommand: Command = {
  summary: {
    nl: 'start de app: de API en de webapp op http://localhost:3000',
    fr: 'démarrer l’application : l’API et l’application web sur http://localhost:3000',
    en: 'start the app: the API and the web app at http://localhost:3000',
  },
  usage: 'serve [--port N] [--host ADDRESS] [--no-web] [--organisation NAME --email E --name N] [--lang nl|fr|en]',
  description: {
    nl: 'Bouwt de webapp als die nog niet gebouwd is en start dan de server. De gegevens staan in SQLite onder ./data/, of in PostgreSQL als DATABASE_URL gezet is (zie docs/operations.md). Bij de eerste start met een lege database maakt de server de organisatie en de eerste beheerder aan en toont hij één keer een eenmalig wachtwoord. Stopt netjes bij Ctrl+C (SIGINT) of SIGTERM.',
    fr: 'Construit l’application web si elle ne l’est pas encore, puis démarre le serveur. Les données sont dans SQLite sous ./data/, ou dans PostgreSQL si DATABASE_URL est défini (voir docs/operations.md). Au premier démarrage sur une base vide, le serveur crée l’organisation et le premier gestionnaire et affiche une seule fois un mot de passe à usage unique. S’arrête proprement sur Ctrl+C (SIGINT) ou SIGTERM.',
    en: 'Builds the web app when it is not built yet, then starts the server. Data is kept in SQLite under ./data/, or in PostgreSQL when DATABASE_URL is set (see docs/operations.md). On the first start with an empty database the server creates the organisation and the first administrator and shows a one-time password once. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.',
  },
  options: [
    { flag: '--port N', text: { nl: 'poort (standaard 3000, of PORT)', fr: 'port (3000 par défaut, ou PORT)', en: 'port (default 3000, or PORT)' } },
    { flag: '--host ADDRESS', text: { nl: 'adres om op te luisteren (standaard 127.0.0.1, of HOST)', fr: 'adresse d’écoute (127.0.0.1 par défaut, ou HOST)', en: 'address to listen on (default 127.0.0.1, or HOST)' } },
    { flag: '--no-web', text: { nl: 'alleen de API, zonder webapp', fr: 'l’API seule, sans application web', en: 'the API only, without the web app' } },
    ...SETUP_OPTION_HELP,
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { port: { type: 'string' }, host: { type: 'string' }, 'no-web': { type: 'boolean' }, ...SETUP_OPTIONS }, 0);
    const { lang } = parsed;
    const m = SERVER_MESSAGES[lang];
    const setup = setupInput(parsed);
    const config = serverConfig(io, lang, { port: stringOption(parsed, 'port'), host: stringOption(parsed, 'host') });

    let webRoot: string | undefined;
    if (flag(parsed, 'no-web')) {
      io.stdout(`${m.webSkipped}\n`);
    } else {
      const webDist = io.env.NETWERKKRACHT_WEB_DIST ? resolve(io.cwd, io.env.NETWERKKRACHT_WEB_DIST) : WEB_DIST;
      if (!existsSync(`${webDist}/index.html`)) {
        io.stdout(`${m.webMissing(terminalSafe(webDist))}\n${m.webBuilding}\n`);
        const outcome = await buildWebApp(io, webDist);
        if (outcome !== 'ok' || !existsSync(`${webDist}/index.html`)) {
          io.stderr(`netwerkkracht: ${m.webBuildFailed(outcome)}\n`);
          return EXIT_INTERNAL;
        }
        io.stdout(`${m.webBuilt}\n`);
      }
      webRoot = webDist;
    }

    const server = await start(io, lang, config, setup, webRoot);
    // Listening for the stop signals before saying we run: whoever waits for that line may stop us at once.
    const stop = nextStopSignal();
    const host = LOOPBACK.has(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
    const address = server.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    io.stdout(`${m.listening(`http://${host}:${port}`, terminalSafe(describeDatabase(config)))}\n${m.stopHint}\n`);

    const signal = await stop;
    io.stdout(`${m.stopping(signal)}\n`);
    // Closing waits for requests under way, flushes the audit lines and then closes the database.
    await server.app.close();
    io.stdout(`${m.stopped}\n`);
    return EXIT_OK;
  },
};

async function start(io: CliIo, lang: Language, config: ReturnType<typeof serverConfig>, setup: ReturnType<typeof setupInput>, webRoot: string | undefined) {
  const m = SERVER_MESSAGES[lang];
  let server;
  try {
    // Warnings and failed requests go to the log; ordinary requests are not logged (they may hold ids of families).
    server = await startServer(config, { initIfEmpty: setup, webRoot, logger: { level: 'warn' }, env: io.env as NodeJS.ProcessEnv });
  } catch (error) {
    throw cannotStart(error, io, lang);
  }
  if (server.initialised) {
    io.stdout(`\n${m.firstStart}\n`);
    printSetup(io, lang, config, setup, server.initialised, server.keyFileCreated);
    io.stdout('\n');
  }
  return server;
}

/** Resolves with the name of the first SIGINT or SIGTERM; a second one while stopping ends at once. */
function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * Runs the web app's vite build as a child process, its output shown as it comes; 'ok' or why not.
 * Only the default folder is emptied first: a folder named in NETWERKKRACHT_WEB_DIST may hold
 * other files, and vite leaves those alone unless told.
 */
function buildWebApp(io: CliIo, outDir: string): Promise<string> {
  return new Promise((done) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = ['run', 'build', '-w', '@netwerkkracht/web', '--', '--outDir', outDir, ...(outDir === WEB_DIST ? ['--emptyOutDir'] : [])];
    const child = spawn(npm, args, { cwd: REPO_ROOT, env: io.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => io.stdout(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => io.stderr(chunk.toString('utf8')));
    child.on('error', (error) => done(error.message));
    child.on('close', (code, signal) => done(code === 0 ? 'ok' : signal ? `signal ${signal}` : `exit ${code}`));
  });
}

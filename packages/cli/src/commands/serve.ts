import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '@netwerkkracht/core';
import { MAX_WORKERS, parseWorkers, startCluster, startServer, type RunningServer, type ServerCluster } from '@netwerkkracht/server';
import { flag, parseCommandArgs, stringOption } from '../args.js';
import { EXIT_INTERNAL, EXIT_OK, UserError } from '../errors.js';
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
  usage: 'serve [--port N] [--host ADDRESS] [--workers N|auto] [--no-web] [--organisation NAME --email E --name N] [--lang nl|fr|en]',
  description: {
    nl: 'Bouwt de webapp als die nog niet gebouwd is en start dan de server. De gegevens staan in SQLite onder ./data/, of in PostgreSQL als DATABASE_URL gezet is (zie docs/operations.md). Bij de eerste start met een lege database maakt de server de organisatie en de eerste beheerder aan en toont hij één keer een eenmalig wachtwoord. Stopt netjes bij Ctrl+C (SIGINT) of SIGTERM.',
    fr: 'Construit l’application web si elle ne l’est pas encore, puis démarre le serveur. Les données sont dans SQLite sous ./data/, ou dans PostgreSQL si DATABASE_URL est défini (voir docs/operations.md). Au premier démarrage sur une base vide, le serveur crée l’organisation et le premier gestionnaire et affiche une seule fois un mot de passe à usage unique. S’arrête proprement sur Ctrl+C (SIGINT) ou SIGTERM.',
    en: 'Builds the web app when it is not built yet, then starts the server. Data is kept in SQLite under ./data/, or in PostgreSQL when DATABASE_URL is set (see docs/operations.md). On the first start with an empty database the server creates the organisation and the first administrator and shows a one-time password once. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.',
  },
  options: [
    { flag: '--port N', text: { nl: 'poort (standaard 3000, of PORT)', fr: 'port (3000 par défaut, ou PORT)', en: 'port (default 3000, or PORT)' } },
    { flag: '--host ADDRESS', text: { nl: 'adres om op te luisteren (standaard 127.0.0.1, of HOST)', fr: 'adresse d’écoute (127.0.0.1 par défaut, ou HOST)', en: 'address to listen on (default 127.0.0.1, or HOST)' } },
    {
      flag: '--workers N|auto',
      text: {
        nl: `aantal processen dat vragen beantwoordt, 1 tot ${MAX_WORKERS} (standaard auto: één per processorkern, hoogstens 4; of NETWERKKRACHT_WORKERS)`,
        fr: `nombre de processus qui répondent aux requêtes, de 1 à ${MAX_WORKERS} (auto par défaut : un par cœur, 4 au plus ; ou NETWERKKRACHT_WORKERS)`,
        en: `number of processes answering requests, 1 to ${MAX_WORKERS} (default auto: one per core, at most 4; or NETWERKKRACHT_WORKERS)`,
      },
    },
    { flag: '--no-web', text: { nl: 'alleen de API, zonder webapp', fr: 'l’API seule, sans application web', en: 'the API only, without the web app' } },
    ...SETUP_OPTION_HELP,
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' }, 'no-web': { type: 'boolean' }, ...SETUP_OPTIONS }, 0);
    const { lang } = parsed;
    const m = SERVER_MESSAGES[lang];
    const setup = setupInput(parsed);
    const workersOption = stringOption(parsed, 'workers');
    const workers = workersOption === undefined ? undefined : parseWorkers(workersOption);
    if (workers === null) throw new UserError(m.badWorkers(terminalSafe(workersOption ?? ''), MAX_WORKERS));
    const loaded = serverConfig(io, lang, { port: stringOption(parsed, 'port'), host: stringOption(parsed, 'host') });
    const config = workers === undefined ? loaded : { ...loaded, workers };

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
    io.stdout(`${m.listening(`http://${host}:${server.port}`, terminalSafe(describeDatabase(config)), server.workers)}\n${m.stopHint}\n`);

    const gaveUp = 'gaveUp' in server ? (server as ServerCluster).gaveUp.then(() => 'gave-up' as const) : new Promise<never>(() => undefined);
    const outcome = await Promise.race([stop, gaveUp]);
    if (outcome === 'gave-up') {
      io.stderr(`netwerkkracht: ${m.workersGaveUp}\n`);
      return EXIT_INTERNAL;
    }
    io.stdout(`${m.stopping(outcome)}\n`);
    // Closing waits for requests under way, flushes the audit lines and then closes the database.
    await server.close();
    io.stdout(`${m.stopped}\n`);
    return EXIT_OK;
  },
};

async function start(
  io: CliIo, lang: Language, config: ReturnType<typeof serverConfig>, setup: ReturnType<typeof setupInput>, webRoot: string | undefined,
): Promise<RunningServer> {
  const m = SERVER_MESSAGES[lang];
  const env = io.env as NodeJS.ProcessEnv;
  let server: RunningServer;
  try {
    // Warnings and failed requests go to the log; ordinary requests are not logged (they may hold ids of families).
    server = config.workers === 1
      ? await startServer(config, { initIfEmpty: setup, webRoot, logger: { level: 'warn' }, env })
      : await startCluster(config, {
        workers: config.workers, initIfEmpty: setup, webRoot, logLevel: 'warn', env,
        onWorkerExit: (exit) => io.stderr(`netwerkkracht: ${m.workerStopped(exit.signal ?? `exit ${exit.code}`, exit.replaced)}\n`),
      });
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

import type { Language } from '@netwerkkracht/core';
import { bootstrap, loadConfig, WrongKeyError, type BootstrapOptions, type BootstrapResult, type InitOrganisationResult, type ServerConfig } from '@netwerkkracht/server';
import { stringOption, type ParsedCommandArgs } from '../args.js';
import { UserError } from '../errors.js';
import type { CliIo } from '../io.js';
import { terminalSafe } from '../terminal-text.js';
import type { CommandOption } from './command.js';
import { SERVER_MESSAGES } from './server-messages.js';

/** The options with which `serve`, `init` and `demo` name the organisation and its first beheerder. */
export const SETUP_OPTIONS = {
  organisation: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
} as const;

export const SETUP_OPTION_HELP: readonly CommandOption[] = [
  { flag: '--organisation NAME', text: { nl: 'naam van de organisatie (bij een lege database)', fr: 'nom de l’organisation (base vide)', en: 'name of the organisation (empty database)' } },
  { flag: '--email E', text: { nl: 'e-mailadres van de eerste beheerder (standaard beheerder@localhost)', fr: 'adresse e-mail du premier gestionnaire (par défaut beheerder@localhost)', en: 'e-mail address of the first administrator (default beheerder@localhost)' } },
  { flag: '--name N', text: { nl: 'naam van de eerste beheerder', fr: 'nom du premier gestionnaire', en: 'name of the first administrator' } },
];

export type SetupInput = NonNullable<BootstrapOptions['initIfEmpty']>;

/** The organisation and first beheerder from the options, checked here so a mistake names the option. */
export function setupInput(parsed: ParsedCommandArgs): SetupInput {
  const m = SERVER_MESSAGES[parsed.lang];
  const organisationName = (stringOption(parsed, 'organisation') ?? m.defaultOrganisation).trim();
  const adminEmail = (stringOption(parsed, 'email') ?? 'beheerder@localhost').trim();
  const adminName = (stringOption(parsed, 'name') ?? m.defaultAdminName).trim();
  if (organisationName === '' || organisationName.length > 200) throw new UserError(m.badOrganisation);
  if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail) || adminEmail.length > 254) throw new UserError(m.badEmail(terminalSafe(adminEmail)));
  if (adminName.length > 200) throw new UserError(m.badName);
  return { organisationName, adminEmail, adminName };
}

/**
 * The server configuration from the environment (as docs/operations.md lists it), with `--port`
 * and `--host` taking precedence. A bad PORT is the user's mistake, not a crash.
 */
export function serverConfig(io: CliIo, lang: Language, overrides: { port?: string | undefined; host?: string | undefined } = {}): ServerConfig {
  const m = SERVER_MESSAGES[lang];
  const port = overrides.port ?? io.env.PORT;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new UserError(m.badPort(terminalSafe(port)));
  if (port !== undefined && Number(port) > 65_535) throw new UserError(m.badPort(port));
  try {
    return loadConfig({ ...io.env, ...(port !== undefined ? { PORT: port } : {}), ...(overrides.host !== undefined ? { HOST: overrides.host } : {}) }, io.cwd);
  } catch (error) {
    throw new UserError(m.cannotStart(terminalSafe(error instanceof Error ? error.message : String(error))));
  }
}

/**
 * bootstrap() with its refusals (missing or wrong key, a key file others can read, an unreachable
 * database) turned into one translated line: they are for the person running the command to fix.
 */
export async function bootstrapForCommand(config: ServerConfig, io: CliIo, lang: Language, initIfEmpty?: SetupInput): Promise<BootstrapResult> {
  try {
    return await bootstrap(config, { initIfEmpty, env: io.env as NodeJS.ProcessEnv });
  } catch (error) {
    throw cannotStart(error, io, lang);
  }
}

/** A refusal to start as one translated line; the stack only with NETWERKKRACHT_DEBUG=1, as for any error. */
export function cannotStart(error: unknown, io: CliIo, lang: Language): UserError {
  if (io.env.NETWERKKRACHT_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  if (error instanceof WrongKeyError) return new UserError(SERVER_MESSAGES[lang].wrongKey(terminalSafe(error.keySource), error.keyId));
  return new UserError(SERVER_MESSAGES[lang].cannotStart(terminalSafe(error instanceof Error ? error.message : String(error))));
}

/** The database in words for the start message, without a password from DATABASE_URL. */
export function describeDatabase(config: ServerConfig): string {
  if (!config.database.databaseUrl) return `SQLite ${config.database.sqliteFile}`;
  try {
    const url = new URL(config.database.databaseUrl);
    return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** What a first start or `init` prints: the one-time password appears here and nowhere else. */
export function printSetup(io: CliIo, lang: Language, config: ServerConfig, setup: SetupInput, result: InitOrganisationResult, keyFileCreated: boolean): void {
  const m = SERVER_MESSAGES[lang];
  io.stdout(`${m.organisationCreated(terminalSafe(setup.organisationName))}\n`);
  io.stdout(`${m.adminAccount(terminalSafe(setup.adminEmail.toLowerCase()))}\n`);
  if (result.oneTimePassword !== null) {
    io.stdout(`\n    ${m.oneTimePassword(result.oneTimePassword)}\n\n`);
    io.stdout(`${m.passwordShownOnce}\n`);
  }
  if (keyFileCreated) io.stdout(`${m.keyFileCreated(config.keyFile)}\n`);
  else if (io.env.NETWERKKRACHT_KEY) io.stdout(`${m.keyFromEnv}\n`);
}

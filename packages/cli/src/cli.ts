import { CLI_MESSAGES } from './cli-messages.js';
import { COMMANDS, type Command } from './commands/index.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USER, UserError } from './errors.js';
import { commandHelp, toolHelp } from './help.js';
import type { CliIo } from './io.js';
import { languageFromArgs } from './language.js';
import { terminalSafe } from './terminal-text.js';
import { cliVersion } from './version.js';

/**
 * Runs `netwerkkracht ARGS` and returns the exit code; never throws. A problem with the user's
 * input gives one translated line on stderr and code 2; a fault of the program gives a short
 * message and code 1, with the stack only when NETWERKKRACHT_DEBUG=1.
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: Readonly<Record<string, Command>> = COMMANDS): Promise<number> {
  const lang = languageFromArgs(argv, io.env);
  try {
    // Leading --lang options belong to the command that follows; they are passed on to it.
    const globals: string[] = [];
    let i = 0;
    while (i < argv.length && (argv[i] === '--lang' || argv[i]?.startsWith('--lang='))) {
      const take = argv[i] === '--lang' ? 2 : 1;
      globals.push(...argv.slice(i, i + take));
      i += take;
    }
    const name = argv[i];
    const rest = [...globals, ...argv.slice(i + 1)];
    const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    const asksHelp = beforeDashes.includes('--help') || beforeDashes.includes('-h');

    if (name === '--version' || name === '-V') {
      io.stdout(`netwerkkracht ${cliVersion()}\n`);
      return EXIT_OK;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const target = name === 'help' ? rest.find((a) => !a.startsWith('-')) : undefined;
      const command = target === undefined ? undefined : commandNamed(commands, target);
      if (target !== undefined && !command) throw new UserError(CLI_MESSAGES[lang].unknownCommand(terminalSafe(target)));
      io.stdout(command ? commandHelp(command, lang) : toolHelp(commands, lang));
      return EXIT_OK;
    }
    if (name === undefined) {
      io.stderr(toolHelp(commands, lang));
      return EXIT_USER;
    }
    if (name.startsWith('-')) throw new UserError(CLI_MESSAGES[lang].unknownOption(terminalSafe(name)));
    const command = commandNamed(commands, name);
    if (!command) throw new UserError(CLI_MESSAGES[lang].unknownCommand(terminalSafe(name)));
    if (asksHelp) {
      io.stdout(commandHelp(command, lang));
      return EXIT_OK;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`netwerkkracht: ${error.line}\n`);
      return EXIT_USER;
    }
    const m = CLI_MESSAGES[lang];
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`netwerkkracht: ${terminalSafe(m.internal(message))}\n`);
    io.stderr(io.env.NETWERKKRACHT_DEBUG === '1' && error instanceof Error && error.stack ? `${error.stack}\n` : `${m.debugHint}\n`);
    return EXIT_INTERNAL;
  }
}

/** Own properties only: "constructor" or "__proto__" is not a command. */
function commandNamed(commands: Readonly<Record<string, Command>>, name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

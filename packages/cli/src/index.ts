export { runCli } from './cli.js';
export { COMMANDS, type Command, type CommandOption } from './commands/index.js';
export { processIo, memoryIo, type CliIo } from './io.js';
export { UserError, EXIT_OK, EXIT_INTERNAL, EXIT_USER } from './errors.js';
export { parseCommandArgs, stringOption, flag, type ParsedCommandArgs } from './args.js';
export { resolveLanguage } from './language.js';
export { loadMapFile, parseMapFile, pickSnapshot, readTextFile } from './load-map.js';
export { CLI_MESSAGES } from './cli-messages.js';

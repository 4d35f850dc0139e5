import { analyseCommand } from './analyse.js';
import { compareCommand } from './compare.js';
import type { Command } from './command.js';
import { validateCommand } from './validate.js';

export type { Command, CommandOption } from './command.js';

/**
 * The commands of `netwerkkracht`, by name, in the order the help lists them. A new command is one
 * file in this folder and one line here.
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  analyse: analyseCommand,
  compare: compareCommand,
  validate: validateCommand,
};

import { analyseCommand } from './analyse.js';
import { compareCommand } from './compare.js';
import type { Command } from './command.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { rotateKeyCommand } from './rotate-key.js';
import { serveCommand } from './serve.js';
import { surveyCommand } from './survey.js';
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
  import: importCommand,
  export: exportCommand,
  survey: surveyCommand,
  serve: serveCommand,
  init: initCommand,
  demo: demoCommand,
  'rotate-key': rotateKeyCommand,
};

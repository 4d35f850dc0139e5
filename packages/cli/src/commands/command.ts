import type { Labels } from '@netwerkkracht/core';
import type { CliIo } from '../io.js';

/**
 * One command of `netwerkkracht`. `run` gets the arguments after the command name (without
 * `--help`, which the dispatcher answers from `usage`, `description` and `options`) and returns
 * the exit code. It writes only through `io`; a problem with the user's input is thrown as a
 * UserError (exit 2), anything else counts as a fault of the program (exit 1).
 */
export interface Command {
  readonly summary: Labels;
  /** After "netwerkkracht ": the synopsis, e.g. "analyse FILE [--snapshot ID] [--json]". */
  readonly usage: string;
  readonly description: Labels;
  readonly options: readonly CommandOption[];
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CommandOption {
  readonly flag: string;
  readonly text: Labels;
}

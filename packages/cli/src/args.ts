import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '@netwerkkracht/core';
import { CLI_MESSAGES } from './cli-messages.js';
import { UserError } from './errors.js';
import type { CliIo } from './io.js';
import { languageFromArgs, resolveLanguage } from './language.js';
import { terminalSafe } from './terminal-text.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommandArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
  readonly lang: Language;
}

/** The value of a string option given once (parseArgs keeps the last when given twice). */
export function stringOption(parsed: ParsedCommandArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(parsed: ParsedCommandArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/**
 * node's parseArgs with the options every command shares (`--lang`) and its errors turned into
 * translated one-line user errors. `positionals` is how many positional arguments the command
 * takes; more is an error.
 */
export function parseCommandArgs(args: readonly string[], io: CliIo, options: Options, positionals: number): ParsedCommandArgs {
  const all: Options = { ...options, lang: { type: 'string' } };
  const fallback = languageFromArgs(args, io.env);
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: all, allowPositionals: true, strict: true });
  } catch (error) {
    throw translateParseError(error, fallback);
  }
  const lang = resolveLanguage(parsed.values.lang as string | undefined, io.env);
  if (parsed.positionals.length > positionals) {
    throw new UserError(CLI_MESSAGES[lang].unexpectedArgument(terminalSafe(parsed.positionals[positionals] ?? '')));
  }
  return { values: parsed.values, positionals: parsed.positionals, lang };
}

function translateParseError(error: unknown, lang: Language): Error {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const quoted = terminalSafe(/'([^']*)'/.exec(message)?.[1] ?? '');
  const option = quoted.split(' ')[0] ?? quoted;
  const m = CLI_MESSAGES[lang];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UserError(m.unknownOption(option));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UserError(/does not take an argument/.test(message) ? m.optionTakesNoValue(option) : m.optionNeedsValue(option));
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UserError(m.unexpectedArgument(quoted));
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

import { isLanguage, type Language } from '@netwerkkracht/core';
import { CLI_MESSAGES } from './cli-messages.js';
import { UserError } from './errors.js';

/**
 * The language of the output: `--lang` when given (an unknown value is an error of the user), else
 * NETWERKKRACHT_LANG when it names a language of the product, else Dutch.
 */
export function resolveLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option !== undefined) {
    if (!isLanguage(option)) throw new UserError(CLI_MESSAGES[fromEnv(env)].badLanguage(option));
    return option;
  }
  return fromEnv(env);
}

function fromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const value = env.NETWERKKRACHT_LANG?.trim().toLowerCase();
  return isLanguage(value) ? value : 'nl';
}

/**
 * The language for messages printed before a command has parsed its options (unknown command,
 * unknown option): a `--lang X` or `--lang=X` anywhere in the arguments, if valid.
 */
export function languageFromArgs(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  return fromEnv(env);
}

import languageCommon from '@zxcvbn-ts/language-common';
import type { ApiErrorCode } from '../http/errors.js';

/**
 * What a new password may not be (NIST SP 800-63B 3.1.1.2: refuse values known to be common or
 * derived from the account; no composition rules). The list of common passwords is the top of
 * zxcvbn's frequency-ranked password dictionary (`@zxcvbn-ts/language-common`, data only, used on
 * the server only): the first COMMON_PASSWORD_COUNT entries.
 */
export const COMMON_PASSWORD_COUNT = 10_000;

let common: ReadonlySet<string> | null = null;

function commonPasswords(): ReadonlySet<string> {
  common ??= new Set((languageCommon.dictionary.passwords as readonly string[]).slice(0, COMMON_PASSWORD_COUNT).map((p) => p.toLowerCase()));
  return common;
}

export interface PasswordContext {
  readonly email: string;
  readonly displayName: string;
  /** The password being replaced (the one-time password at a forced change). */
  readonly current: string;
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** The error code that refuses `password`, or null when it may be used. */
export function passwordProblem(password: string, context: PasswordContext): ApiErrorCode | null {
  const candidate = fold(password);
  if (password === context.current) return 'password_unchanged';
  const email = fold(context.email);
  const accountNames = [email, email.split('@')[0] ?? '', fold(context.displayName)].filter((name) => name !== '');
  if (accountNames.includes(candidate)) return 'password_like_account';
  if (commonPasswords().has(candidate)) return 'password_too_common';
  return null;
}

import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { ServerSettings } from '../config.js';

/** argon2id with the configured cost; the salt and the parameters are part of the stored hash. */
export function hashPassword(password: string, cost: ServerSettings['passwordHashing']): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of a real verification when the account does not exist, so response times do
 * not tell which e-mail addresses have an account.
 */
export async function verifyAgainstNothing(password: string, cost: ServerSettings['passwordHashing']): Promise<void> {
  dummyHash ??= hashPassword('not a password of anyone', cost);
  await verifyPassword(await dummyHash, password);
}

/** A one-time password: 120 random bits, shown once, to be replaced at first login. */
export function oneTimePassword(): string {
  return randomBytes(15).toString('base64url');
}

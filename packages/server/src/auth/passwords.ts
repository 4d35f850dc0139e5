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

/** One hash of nothing per hashing cost, made once (`prepareDummyHash` at the start, so no sign-in pays for it). */
const dummyHashes = new Map<string, Promise<string>>();

function dummyHashFor(cost: ServerSettings['passwordHashing']): Promise<string> {
  const key = `${cost.memoryCost}/${cost.timeCost}/${cost.parallelism}`;
  let hash = dummyHashes.get(key);
  if (!hash) {
    hash = hashPassword('not a password of anyone', cost);
    dummyHashes.set(key, hash);
  }
  return hash;
}

/** Makes the hash `verifyAgainstNothing` checks against, before the first sign-in needs it. */
export async function prepareDummyHash(cost: ServerSettings['passwordHashing']): Promise<void> {
  await dummyHashFor(cost);
}

/**
 * Spends the time of a real verification (one argon2 verify with the configured cost) when the
 * account does not exist or is disabled, so response times do not tell which e-mail addresses
 * have an account.
 */
export async function verifyAgainstNothing(password: string, cost: ServerSettings['passwordHashing']): Promise<void> {
  await verifyPassword(await dummyHashFor(cost), password);
}

/** A one-time password: 120 random bits, shown once, to be replaced at first login. */
export function oneTimePassword(): string {
  return randomBytes(15).toString('base64url');
}

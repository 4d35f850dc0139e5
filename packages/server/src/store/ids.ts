import { randomBytes } from 'node:crypto';

/** A new opaque id: 96 random bits in base64url (16 characters), valid as a core id. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function nowIso(): string {
  return new Date().toISOString();
}

import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthUser } from '../auth/sessions.js';
import type { Role } from '../db/schema.js';
import { ApiError } from './errors.js';
import { invalid } from './validate.js';

/** The signed-in user; the authentication hook has already refused requests without one. */
export function userOf(request: FastifyRequest): AuthUser {
  if (!request.session) throw new ApiError('not_authenticated');
  return request.session.user;
}

export function requireRole(user: AuthUser, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) throw new ApiError('forbidden');
}

/**
 * The map version a change is based on, from `If-Match` (`"7"`, `W/"7"` or `7`). A change to a
 * map without it is refused with 428: a client that forgets it must never overwrite silently.
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') throw new ApiError('version_required');
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) invalid([{ severity: 'error', path: ['If-Match'], code: 'not_integer', params: { got: String(header).slice(0, 40) } }]);
  return Number(match[1]);
}

export const IdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id' });

/** Route parameters as a strict object of ids. */
export function idParams<K extends string>(...keys: K[]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, IdParam])) as Record<K, typeof IdParam>);
}

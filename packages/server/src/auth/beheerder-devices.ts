import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../store/ids.js';
import { findSession, sha256, SESSION_COOKIE } from './sessions.js';

/**
 * The browsers a beheerder has signed in on. Each gets a long-lived httpOnly cookie whose hash is
 * kept in `beheerder_devices`; it outlives the session (logging out does not remove it). A one-time
 * password is refused on a browser that carries such a cookie, or a live session, of a beheerder
 * other than the account's owner: the beheerder who reset a password cannot use it in the browser
 * they work in. A private window or another device is not recognised: docs/security.md says what
 * remains and how it is made visible.
 */
export const BEHEERDER_DEVICE_COOKIE = 'nk_beheerder_device';
const DEVICE_DAYS = 400;

/** Marks this browser as a beheerder's (once per browser and beheerder). */
export async function rememberBeheerderDevice(db: Kysely<Database>, request: FastifyRequest, reply: FastifyReply, userId: string, secure: boolean): Promise<void> {
  const existing = request.cookies[BEHEERDER_DEVICE_COOKIE];
  if (existing) {
    const row = await db.selectFrom('beheerder_devices').select('user_id').where('token_hash', '=', sha256(existing)).executeTakeFirst();
    if (row?.user_id === userId) return;
  }
  const token = randomBytes(32).toString('base64url');
  await db.insertInto('beheerder_devices').values({ token_hash: sha256(token), user_id: userId, created_at: nowIso() }).execute();
  void reply.setCookie(BEHEERDER_DEVICE_COOKIE, token, {
    path: '/api/auth', httpOnly: true, sameSite: 'strict', secure, expires: new Date(Date.now() + DEVICE_DAYS * 86_400_000),
  });
}

/**
 * The id of a beheerder (not `ownerId`) this browser belongs to, by a beheerder's session cookie or
 * device cookie; null when there is none.
 */
export async function beheerderOfBrowser(db: Kysely<Database>, request: FastifyRequest, ownerId: string): Promise<string | null> {
  const sessionToken = request.cookies[SESSION_COOKIE];
  if (sessionToken) {
    const session = await findSession(db, sessionToken);
    if (session && session.user.role === 'beheerder' && session.user.id !== ownerId) return session.user.id;
  }
  const deviceToken = request.cookies[BEHEERDER_DEVICE_COOKIE];
  if (deviceToken) {
    const row = await db.selectFrom('beheerder_devices').select('user_id').where('token_hash', '=', sha256(deviceToken)).executeTakeFirst();
    if (row && row.user_id !== ownerId) return row.user_id;
  }
  return null;
}

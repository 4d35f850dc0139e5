import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.js';
import { runPrepared } from '../db/prepared.js';
import { nowIso } from '../store/ids.js';

export const SESSION_COOKIE = 'nk_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthUser {
  readonly id: string;
  readonly organisationId: string;
  readonly teamId: string | null;
  readonly role: Role;
  readonly displayName: string;
  readonly email: string;
  readonly mustChangePassword: boolean;
  /** A beheerder reset the password and the owner has not yet confirmed seeing it. */
  readonly resetNotice: boolean;
}

export interface Session {
  readonly user: AuthUser;
  readonly tokenHash: string;
  readonly csrfHash: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * The CSRF token of a session, derived from its cookie token. The web app can ask for it again
 * after a reload (GET /api/auth/session), while another site can neither read the httpOnly cookie
 * nor our responses, so it cannot learn it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf\u0000${sessionToken}`).digest('base64url');
}

/** A new session: the cookie token and the CSRF token go to the client, only their hashes are stored. */
export async function createSession(db: Kysely<Database>, userId: string, hours: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = csrfTokenFor(token);
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  // Ended sessions of this user are tidied up here, so the table does not grow without end.
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', nowIso()).execute();
  await db.insertInto('sessions').values({
    token_hash: sha256(token), user_id: userId, csrf_hash: sha256(csrfToken), created_at: nowIso(), expires_at: expiresAt.toISOString(),
  }).execute();
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Kysely<Database>, token: string): Promise<Session | null> {
  const tokenHash = sha256(token);
  const [row] = await runPrepared(db, 'findSession', [tokenHash], (d, [hash]) => d.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.token_hash', 'sessions.csrf_hash', 'sessions.expires_at', 'users.id', 'users.organisation_id', 'users.team_id',
      'users.role', 'users.display_name', 'users.email', 'users.must_change_password', 'users.reset_notice', 'users.disabled'])
    .where('sessions.token_hash', '=', hash as string));
  if (!row || row.disabled === 1) return null;
  if (row.expires_at <= nowIso()) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  return {
    tokenHash,
    csrfHash: row.csrf_hash,
    user: {
      id: row.id, organisationId: row.organisation_id, teamId: row.team_id, role: row.role, displayName: row.display_name,
      email: row.email, mustChangePassword: row.must_change_password === 1, resetNotice: row.reset_notice === 1,
    },
  };
}

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/passwords.js';
import { createSession, csrfTokenFor, SESSION_COOKIE, type AuthUser } from '../auth/sessions.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { nowIso } from '../store/ids.js';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

/** At least 12 characters: long passphrases beat composition rules (NIST SP 800-63B). */
export const NewPasswordSchema = z.string().min(12).max(1024);

const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: NewPasswordSchema,
});

export function publicUser(user: AuthUser) {
  return {
    id: user.id, organisationId: user.organisationId, teamId: user.teamId, role: user.role,
    displayName: user.displayName, email: user.email, mustChangePassword: user.mustChangePassword,
  };
}

/**
 * Login, logout, the current session and password change. The session token lives only in an
 * httpOnly SameSite=Strict cookie; the CSRF token is returned in the body and must come back in
 * the x-csrf-token header of every change.
 */
export const authRoutes: FastifyPluginAsync = async (app) => {
  const { db, settings, loginThrottle } = app.ctx;

  function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: settings.secureCookies || request.protocol === 'https', expires: expiresAt,
    });
  }

  app.post('/login', { config: { public: true }, schema: { tags: ['auth'], body: openApiSchema(LoginBody) } }, async (request, reply) => {
    if (!(await loginThrottle.attempt(request.ip))) throw new ApiError('too_many_attempts');
    const body = parseInput(LoginBody, request.body);
    const email = body.email.toLowerCase();
    const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    if (!user || user.disabled === 1) {
      await verifyAgainstNothing(body.password, settings.passwordHashing);
      throw new ApiError('login_failed');
    }
    const now = nowIso();
    if (user.locked_until !== null && user.locked_until > now) {
      throw new ApiError('account_locked', { retryAfter: user.locked_until });
    }
    if (!(await verifyPassword(user.password_hash, body.password))) {
      const lock = await db.transaction().execute(async (trx) => {
        // Counted in the database, not from the row read before the (slow) password check: many
        // wrong guesses sent at once must all count, or none of them would reach the limit.
        const counted = await trx.updateTable('users').set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
          .where('id', '=', user.id).returning('failed_logins').executeTakeFirstOrThrow();
        const locks = Number(counted.failed_logins) >= settings.maxFailedLogins;
        if (locks) {
          await trx.updateTable('users').set({ failed_logins: 0, locked_until: new Date(Date.now() + settings.lockoutMinutes * 60_000).toISOString() })
            .where('id', '=', user.id).execute();
        }
        await auditInTransaction(trx, { organisationId: user.organisation_id, userId: user.id, action: locks ? 'auth.locked' : 'auth.login_failed', outcome: 'denied' });
        return locks;
      });
      throw new ApiError(lock ? 'account_locked' : 'login_failed');
    }
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
      await auditInTransaction(trx, { organisationId: user.organisation_id, userId: user.id, action: 'auth.login' });
    });
    const session = await createSession(db, user.id, settings.sessionHours);
    setSessionCookie(request, reply, session.token, session.expiresAt);
    return {
      csrfToken: session.csrfToken,
      user: publicUser({
        id: user.id, organisationId: user.organisation_id, teamId: user.team_id, role: user.role, displayName: user.display_name,
        email: user.email, mustChangePassword: user.must_change_password === 1,
      }),
    };
  });

  app.post('/logout', { config: { allowDuringPasswordChange: true }, schema: { tags: ['auth'] } }, async (request, reply) => {
    if (request.session) await db.deleteFrom('sessions').where('token_hash', '=', request.session.tokenHash).execute();
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  /** Who is signed in, with the CSRF token again (the web app loses it on a page reload). */
  app.get('/session', { config: { allowDuringPasswordChange: true }, schema: { tags: ['auth'] } }, async (request) => {
    const token = request.cookies[SESSION_COOKIE] as string;
    return { user: publicUser(userOf(request)), csrfToken: csrfTokenFor(token) };
  });

  app.post('/password', { config: { allowDuringPasswordChange: true }, schema: { tags: ['auth'], body: openApiSchema(PasswordChangeBody) } }, async (request, reply) => {
    const user = userOf(request);
    // Guessing the current password through a borrowed session counts like guessing at login.
    if (!(await loginThrottle.attempt(request.ip))) throw new ApiError('too_many_attempts');
    const body = parseInput(PasswordChangeBody, request.body);
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(row.password_hash, body.currentPassword))) throw new ApiError('login_failed');
    const hash = await hashPassword(body.newPassword, settings.passwordHashing);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', user.id).execute();
      // Every other session of this user ends: a changed password locks out whoever had the old one.
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'auth.password_changed' });
    });
    const session = await createSession(db, user.id, settings.sessionHours);
    setSessionCookie(request, reply, session.token, session.expiresAt);
    return { csrfToken: session.csrfToken, user: publicUser({ ...user, mustChangePassword: false }) };
  });
};

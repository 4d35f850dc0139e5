import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { beheerderOfBrowser, rememberBeheerderDevice } from '../auth/beheerder-devices.js';
import { passwordProblem } from '../auth/password-rules.js';
import { hashPassword, prepareDummyHash, verifyAgainstNothing, verifyPassword } from '../auth/passwords.js';
import { createSession, csrfTokenFor, findSession, SESSION_COOKIE, type AuthUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
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

/** Who reset the password and when, while the owner has not confirmed seeing it. */
async function passwordResetNotice(db: Kysely<Database>, user: AuthUser): Promise<{ byName: string | null; at: string } | null> {
  if (!user.resetNotice) return null;
  const row = await db.selectFrom('users').leftJoin('users as by', 'by.id', 'users.password_reset_by')
    .select(['users.password_reset_at as at', 'by.display_name as byName']).where('users.id', '=', user.id).executeTakeFirst();
  return row?.at ? { byName: row.byName ?? null, at: row.at } : null;
}

/**
 * Login, logout, the current session and password change. The session token lives only in an
 * httpOnly SameSite=Strict cookie; the CSRF token is returned in the body and must come back in
 * the x-csrf-token header of every change.
 */
export const authRoutes: FastifyPluginAsync = async (app) => {
  const { db, settings, loginThrottle, readAudit } = app.ctx;
  // The hash an unknown address is checked against is made now, not at the first unknown sign-in.
  await prepareDummyHash(settings.passwordHashing);

  const secureFor = (request: FastifyRequest) => settings.secureCookies || request.protocol === 'https';
  function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
    void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureFor(request), expires: expiresAt });
  }
  async function sessionAnswer(user: AuthUser, csrfToken: string) {
    return { csrfToken, user: { ...publicUser(user), passwordReset: await passwordResetNotice(db, user) } };
  }

  /**
   * A one-time password is not used (sign-in or forced change) in a browser a beheerder works in:
   * the beheerder who reset it could otherwise just sign in with it. Audited with that beheerder.
   */
  async function refuseBeheerderBrowser(request: FastifyRequest, user: { id: string; organisationId: string }): Promise<void> {
    const beheerder = await beheerderOfBrowser(db, request, user.id);
    if (!beheerder) return;
    await auditInTransaction(db, { organisationId: user.organisationId, userId: user.id, action: 'auth.one_time_refused', target: beheerder, outcome: 'denied' });
    throw new ApiError('beheerder_browser');
  }

  /**
   * Counts a failed sign-in in ONE write statement, whatever the account: for an enabled account
   * in its row (counted in SQL, not from the row read before the slow password check, so that
   * many wrong guesses sent at once all count; a locked account's count stays as it is; reaching
   * the limit locks it), for an unknown or disabled address under a keyed hash of the address
   * (`countUnknownAccount`). The audit line of a real account goes through the batched audit
   * writer, so it is written after the answer: the answer waits for the same work either way.
   */
  async function countFailedSignIn(email: string, account: { id: string; organisation_id: string } | null, wasLocked: boolean): Promise<void> {
    if (!account) {
      await loginThrottle.countUnknownAccount(email);
      return;
    }
    const now = nowIso();
    const until = new Date(Date.now() + settings.lockoutMinutes * 60_000).toISOString();
    const max = settings.maxFailedLogins;
    const counted = await db.updateTable('users').set({
      failed_logins: sql<number>`case when locked_until > ${now} then failed_logins when failed_logins + 1 >= ${max} then 0 else failed_logins + 1 end`,
      locked_until: sql<string | null>`case when locked_until > ${now} then locked_until when failed_logins + 1 >= ${max} then ${until} else locked_until end`,
    }).where('id', '=', account.id).returning('locked_until').executeTakeFirst();
    const action = counted?.locked_until === until ? 'auth.locked' : wasLocked ? 'auth.login_locked' : 'auth.login_failed';
    await readAudit.record({ organisationId: account.organisation_id, userId: account.id, action, outcome: 'denied' });
  }

  app.post('/login', { config: { public: true }, schema: { tags: ['auth'], body: openApiSchema(LoginBody) } }, async (request, reply) => {
    if (!(await loginThrottle.attempt(request.ip))) throw new ApiError('too_many_attempts');
    const body = parseInput(LoginBody, request.body);
    const email = body.email.toLowerCase();
    const found = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    const account = found && found.disabled !== 1 ? found : null;
    // Every failure does the same work before its answer: one read of the account, one argon2
    // verification (against a hash of nothing when there is no account), one counting write. A
    // locked account is checked too and answers exactly like an unknown one: neither the answer
    // nor the work behind it tells whether the address has an account (auth/login-work.test.ts).
    let correct = false;
    if (account) correct = await verifyPassword(account.password_hash, body.password);
    else await verifyAgainstNothing(body.password, settings.passwordHashing);
    const locked = account !== null && account.locked_until !== null && account.locked_until > nowIso();
    if (!account || locked || !correct) {
      await countFailedSignIn(email, account, locked);
      throw new ApiError('login_failed');
    }
    const user = account;
    await loginThrottle.release(request.ip);
    if (user.must_change_password === 1) await refuseBeheerderBrowser(request, { id: user.id, organisationId: user.organisation_id });
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
      await auditInTransaction(trx, { organisationId: user.organisation_id, userId: user.id, action: 'auth.login' });
    });
    if (user.role === 'beheerder') await rememberBeheerderDevice(db, request, reply, user.id, secureFor(request));
    const session = await createSession(db, user.id, settings.sessionHours);
    setSessionCookie(request, reply, session.token, session.expiresAt);
    return sessionAnswer({
      id: user.id, organisationId: user.organisation_id, teamId: user.team_id, role: user.role, displayName: user.display_name,
      email: user.email, mustChangePassword: user.must_change_password === 1, resetNotice: user.reset_notice === 1,
    }, session.csrfToken);
  });

  app.post('/logout', { config: { allowDuringPasswordChange: true }, schema: { tags: ['auth'] } }, async (request, reply) => {
    if (request.session) await db.deleteFrom('sessions').where('token_hash', '=', request.session.tokenHash).execute();
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  /**
   * Who is signed in, with the CSRF token again (the web app loses it on a page reload). Nobody
   * signed in is an expected answer at the start of every visit, not an error: `{ user: null }`
   * (so the browser's console shows no failed request on the login page).
   */
  app.get('/session', { config: { public: true }, schema: { tags: ['auth'] } }, async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(db, token) : null;
    if (!token || !session) return { user: null };
    return sessionAnswer(session.user, csrfTokenFor(token));
  });

  /**
   * The owner confirms having seen who reset their password. Not with a one-time password: only
   * someone who has set the account's own password can clear the notice.
   */
  app.post('/reset-notice/seen', { schema: { tags: ['auth'] } }, async (request) => {
    const user = userOf(request);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ reset_notice: 0 }).where('id', '=', user.id).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'auth.reset_notice_seen' });
    });
    return { ok: true };
  });

  app.post('/password', { config: { allowDuringPasswordChange: true }, schema: { tags: ['auth'], body: openApiSchema(PasswordChangeBody) } }, async (request, reply) => {
    const user = userOf(request);
    // Guessing the current password through a borrowed session counts like guessing at login.
    if (!(await loginThrottle.attempt(request.ip))) throw new ApiError('too_many_attempts');
    const body = parseInput(PasswordChangeBody, request.body);
    const row = await db.selectFrom('users').select(['password_hash', 'password_reset_by']).where('id', '=', user.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(row.password_hash, body.currentPassword))) throw new ApiError('login_failed');
    await loginThrottle.release(request.ip);
    if (user.mustChangePassword) await refuseBeheerderBrowser(request, user);
    const problem = passwordProblem(body.newPassword, { email: user.email, displayName: user.displayName, current: body.currentPassword });
    if (problem) throw new ApiError(problem, { issues: [{ severity: 'error', path: ['newPassword'], code: 'invalid', params: {} }] });
    const hash = await hashPassword(body.newPassword, settings.passwordHashing);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', user.id).execute();
      // Every other session of this user ends: a changed password locks out whoever had the old one.
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      // Replacing a one-time password names the beheerder who issued it.
      await auditInTransaction(trx, {
        organisationId: user.organisationId, userId: user.id, action: 'auth.password_changed', target: user.mustChangePassword ? row.password_reset_by : null,
      });
    });
    const session = await createSession(db, user.id, settings.sessionHours);
    setSessionCookie(request, reply, session.token, session.expiresAt);
    return sessionAnswer({ ...user, mustChangePassword: false }, session.csrfToken);
  });
};

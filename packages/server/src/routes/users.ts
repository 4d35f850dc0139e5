import { nameTextSchema } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashPassword, oneTimePassword } from '../auth/passwords.js';
import type { Database, Role } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, IdParam, requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { forgetDraftKey } from '../crypto/draft-keys.js';
import { auditInTransaction } from '../store/audit.js';
import { newId, nowIso } from '../store/ids.js';

export const ROLES = ['beheerder', 'coach', 'begeleider', 'onderzoeker'] as const satisfies readonly Role[];

const UserCreate = z.strictObject({
  email: z.email().max(254),
  displayName: nameTextSchema(120),
  role: z.enum(ROLES),
  teamId: IdParam.nullable().default(null),
});
const UserPatch = z.strictObject({
  displayName: nameTextSchema(120).optional(),
  role: z.enum(ROLES).optional(),
  teamId: IdParam.nullable().optional(),
  disabled: z.boolean().optional(),
  /** Gives the user a new one-time password (returned once) and ends their sessions. */
  resetPassword: z.literal(true).optional(),
  /**
   * Ends every session of the user (a lost or stolen device): with the sessions go the keys that
   * open what the web app keeps on the device (crypto/device-wrap-keys.ts).
   */
  endSessions: z.literal(true).optional(),
});
const UserParams = idParams('userId');
const HandoverBody = z.strictObject({ toUserId: IdParam });

/** The roles that work with case content (access/case-access.ts). */
const CASE_ROLES: readonly Role[] = ['begeleider', 'coach'];

interface AccountAccess { readonly role: Role; readonly teamId: string | null; readonly disabled: boolean }

/**
 * Whether a change of an account lets it see cases it could not see before: it becomes a working
 * role, is enabled again, or a coach moves to (another) team and so sees that team's cases.
 */
export function gainsCaseAccess(before: AccountAccess | null, after: AccountAccess): boolean {
  if (!CASE_ROLES.includes(after.role) || after.disabled) return false;
  if (before === null || !CASE_ROLES.includes(before.role) || before.disabled) return true;
  return after.role === 'coach' && after.teamId !== null && (before.role !== 'coach' || before.teamId !== after.teamId);
}

async function assertTeamInOrganisation(db: Kysely<Database>, teamId: string | null | undefined, organisationId: string): Promise<void> {
  if (teamId === null || teamId === undefined) return;
  const team = await db.selectFrom('teams').select('id').where('id', '=', teamId).where('organisation_id', '=', organisationId).executeTakeFirst();
  if (!team) throw new ApiError('invalid_input', { issues: [{ severity: 'error', path: ['teamId'], code: 'invalid', params: {} }] });
}

/**
 * Accounts of the organisation. The beheerder creates and manages them; every other role sees a
 * directory (id, name, role, team) so a case can be shared with a colleague.
 */
export const userRoutes: FastifyPluginAsync = async (app) => {
  const { db, settings } = app.ctx;

  app.get('/', { schema: { tags: ['users'] } }, async (request) => {
    const user = userOf(request);
    const rows = await db.selectFrom('users')
      .select(['id', 'display_name', 'role', 'team_id', 'email', 'disabled', 'locked_until'])
      .where('organisation_id', '=', user.organisationId).orderBy('display_name').execute();
    const admin = user.role === 'beheerder';
    return {
      users: rows.map((r) => ({
        id: r.id, displayName: r.display_name, role: r.role, teamId: r.team_id,
        ...(admin ? { email: r.email, disabled: r.disabled === 1, lockedUntil: r.locked_until } : {}),
      })),
    };
  });

  app.post('/', { schema: { tags: ['users'], body: openApiSchema(UserCreate) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const body = parseInput(UserCreate, request.body);
    await assertTeamInOrganisation(db, body.teamId, user.organisationId);
    const email = body.email.toLowerCase();
    const password = oneTimePassword();
    const hash = await hashPassword(password, settings.passwordHashing);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (existing) throw new ApiError('already_exists', { issues: [{ severity: 'error', path: ['email'], code: 'invalid', params: {} }] });
      await trx.insertInto('users').values({
        id, organisation_id: user.organisationId, team_id: body.teamId, email, display_name: body.displayName, role: body.role,
        password_hash: hash, must_change_password: 1, failed_logins: 0, locked_until: null, disabled: 0, created_at: nowIso(),
        password_reset_by: user.id, password_reset_at: nowIso(),
      }).execute();
      const granted = gainsCaseAccess(null, { role: body.role, teamId: body.teamId, disabled: false });
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: granted ? 'user.access_granted' : 'user.create', target: id });
    });
    return reply.status(201).send({ id, email, displayName: body.displayName, role: body.role, teamId: body.teamId, oneTimePassword: password });
  });

  app.get('/:userId', { schema: { tags: ['users'] } }, async (request) => {
    const user = userOf(request);
    const { userId } = parseInput(UserParams, request.params);
    if (user.role !== 'beheerder' && userId !== user.id) throw new ApiError('not_found');
    const row = await db.selectFrom('users').selectAll().where('id', '=', userId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
    if (!row) throw new ApiError('not_found');
    return {
      id: row.id, email: row.email, displayName: row.display_name, role: row.role, teamId: row.team_id,
      disabled: row.disabled === 1, lockedUntil: row.locked_until, mustChangePassword: row.must_change_password === 1,
    };
  });

  app.patch('/:userId', { schema: { tags: ['users'], body: openApiSchema(UserPatch) } }, async (request) => {
    const user = userOf(request);
    const { userId } = parseInput(UserParams, request.params);
    requireRole(user, ['beheerder']);
    const body = parseInput(UserPatch, request.body);
    await assertTeamInOrganisation(db, body.teamId, user.organisationId);
    const password = body.resetPassword ? oneTimePassword() : null;
    const hash = password ? await hashPassword(password, settings.passwordHashing) : null;
    await db.transaction().execute(async (trx) => {
      const target = await trx.selectFrom('users').select(['id', 'role', 'team_id', 'disabled']).where('id', '=', userId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
      if (!target) throw new ApiError('not_found');
      // The organisation must keep a beheerder who can sign in.
      if (target.role === 'beheerder' && ((body.role !== undefined && body.role !== 'beheerder') || body.disabled === true)) {
        const admins = await trx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'))
          .where('organisation_id', '=', user.organisationId).where('role', '=', 'beheerder').where('disabled', '=', 0).executeTakeFirstOrThrow();
        if (Number(admins.n) <= 1) throw new ApiError('in_use');
      }
      const changes = {
        ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.teamId !== undefined ? { team_id: body.teamId } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled ? 1 : 0 } : {}),
        ...(hash ? {
          password_hash: hash, must_change_password: 1, failed_logins: 0, locked_until: null,
          password_reset_by: user.id, password_reset_at: nowIso(), reset_notice: 1,
        } : {}),
      };
      // Ending the sessions alone changes nothing on the account itself.
      if (Object.keys(changes).length > 0) await trx.updateTable('users').set(changes).where('id', '=', userId).execute();
      if (hash || body.disabled || body.role !== undefined || body.endSessions) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      // A disabled account's drafts on devices become unreadable for good: its device key goes.
      if (body.disabled) await forgetDraftKey(trx, userId);
      // What the change means for case access is named in the log, so the beheerder's own page
      // shows every account that gained access and every one-time password handed out.
      const before = { role: target.role, teamId: target.team_id, disabled: target.disabled === 1 };
      const after = { role: body.role ?? before.role, teamId: body.teamId !== undefined ? body.teamId : before.teamId, disabled: body.disabled ?? before.disabled };
      const actions = [
        ...(gainsCaseAccess(before, after) ? ['user.access_granted'] : []),
        ...(hash ? ['user.password_reset'] : []),
        ...(body.endSessions ? ['user.sessions_ended'] : []),
      ];
      for (const action of actions.length > 0 ? actions : ['user.update']) {
        await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action, target: userId });
      }
    });
    return { id: userId, ...(password ? { oneTimePassword: password } : {}) };
  });

  /**
   * When a worker leaves, the beheerder hands all their cases to a colleague without opening
   * them: the beheerder never sees case content, yet no family may be left without a worker.
   */
  app.post('/:userId/handover', { schema: { tags: ['users'], body: openApiSchema(HandoverBody) } }, async (request) => {
    const user = userOf(request);
    const { userId } = parseInput(UserParams, request.params);
    requireRole(user, ['beheerder']);
    const body = parseInput(HandoverBody, request.body);
    return db.transaction().execute(async (trx) => {
      const from = await trx.selectFrom('users').select('id').where('id', '=', userId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
      if (!from) throw new ApiError('not_found');
      const to = await trx.selectFrom('users').select(['id', 'team_id', 'role'])
        .where('id', '=', body.toUserId).where('organisation_id', '=', user.organisationId).where('disabled', '=', 0).executeTakeFirst();
      if (!to || (to.role !== 'begeleider' && to.role !== 'coach') || to.id === userId) {
        throw new ApiError('invalid_input', { issues: [{ severity: 'error', path: ['toUserId'], code: 'invalid', params: {} }] });
      }
      const cases = await trx.selectFrom('cases').select('id').where('owner_id', '=', userId).where('organisation_id', '=', user.organisationId).execute();
      if (cases.length > 0) {
        await trx.updateTable('cases').set({ owner_id: to.id, team_id: to.team_id }).where('owner_id', '=', userId).where('organisation_id', '=', user.organisationId).execute();
        await trx.deleteFrom('case_shares').where('user_id', '=', to.id).where('case_id', 'in', cases.map((c) => c.id)).execute();
      }
      for (const c of cases) await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'case.handover', caseId: c.id, target: to.id });
      return { moved: cases.length };
    });
  });
};

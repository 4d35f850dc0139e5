import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { IdParam, requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';

const AuditQuery = z.strictObject({
  caseId: IdParam.optional(),
  userId: IdParam.optional(),
  /** Lines with an id below this (the next page). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  /** `access`: accounts that gained access to cases, one-time passwords handed out and used; `denied`: refused access to cases. */
  category: z.enum(['access', 'denied']).optional(),
});

/** The lines the `access` filter shows (routes/users.ts, routes/auth.ts). */
export const ACCESS_ACTIONS = ['user.access_granted', 'user.password_reset', 'auth.password_changed', 'auth.one_time_refused'] as const;
/** The lines the `denied` filter shows (store/denied-audit.ts). */
export const DENIED_ACTIONS = ['access.denied', 'access.denied_limit'] as const;

/** The audit log of the organisation, newest first, for the beheerder only. */
export const auditRoutes: FastifyPluginAsync = async (app) => {
  const { db, readAudit } = app.ctx;

  app.get('/', { schema: { tags: ['audit'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const query = parseInput(AuditQuery, request.query);
    // Lines of reads may still be waiting in the batch: the log shown is complete up to now.
    await readAudit.flush();
    let q = db.selectFrom('audit_log').selectAll().where('organisation_id', '=', user.organisationId);
    if (query.caseId) q = q.where('case_id', '=', query.caseId);
    if (query.userId) q = q.where('user_id', '=', query.userId);
    if (query.before) q = q.where('id', '<', query.before);
    if (query.category === 'access') q = q.where('action', 'in', ACCESS_ACTIONS);
    if (query.category === 'denied') q = q.where('action', 'in', DENIED_ACTIONS);
    const rows = await q.orderBy('id', 'desc').limit(query.limit).execute();
    return {
      entries: rows.map((r) => ({
        id: Number(r.id), at: r.at, userId: r.user_id, action: r.action, caseId: r.case_id, target: r.target, outcome: r.outcome, route: r.route,
      })),
    };
  });
};

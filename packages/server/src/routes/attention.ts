import { planAttention, workerAttention } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { canWorkWithCases, caseVisibleTo, findCase } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { findPlanRow, readPlan, readPlans } from '../store/plan-store.js';

const CaseParams = idParams('caseId');

/**
 * What needs the worker's attention today (PL7, PL8): overdue actions, and promised help that did
 * not come, with its deadline-and-fallback follow-up. Per case, and across every case the user may
 * see (a coach's list holds the team's cases too, as their case list does).
 */
export const attentionRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, cipher, readAudit } = app.ctx;
  const { today } = options;

  app.get('/cases/:caseId/attention', { schema: { tags: ['plans'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    await findCase(db, user, caseId);
    const row = await findPlanRow(db, caseId);
    const date = today();
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.attention', caseId, target: row?.id ?? null });
    // No plan yet is nothing to attend to, not an error: the case view asks this for every case.
    return { today: date, items: row ? planAttention(await readPlan(db, cipher, row), date) : [] };
  });

  app.get('/me/attention', { schema: { tags: ['plans'] } }, async (request) => {
    const user = userOf(request);
    const date = today();
    if (!canWorkWithCases(user)) return { today: date, items: [] };
    const rows = await db.selectFrom('plans').innerJoin('cases', 'cases.id', 'plans.case_id')
      .selectAll('plans').select('cases.name_enc as case_name_enc')
      .where(caseVisibleTo(user)).orderBy('plans.case_id').limit(5000).execute();
    const plans = await readPlans(db, cipher, rows);
    const items = workerAttention(plans, date);
    const names = new Map(rows.map((r) => [r.case_id, r.case_name_enc]));
    // Only the cases that appear in the list are shown, so only those count as read.
    const shown = [...new Set(items.map((i) => i.caseId as string))];
    for (const caseId of shown) await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.attention', caseId });
    const caseNames = new Map(shown.map((id) => [id, cipher.decrypt(names.get(id) as string, 'cases.name')]));
    return { today: date, items: items.map((item) => ({ ...item, caseName: caseNames.get(item.caseId) })) };
  });
};

import { planAttention, workerAttention } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { canWorkWithCases, caseVisibleTo, findCaseWithCipher } from '../access/case-access.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Today } from '../clock.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { casusoverlegWarningsOf } from '../store/coordination-store.js';
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
    const { row: caseRow, cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const row = await findPlanRow(db, caseId);
    const date = today();
    const coordination = (await casusoverlegWarningsOf(db, [caseRow], date)).get(caseId) ?? [];
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.attention', caseId, target: row?.id ?? null });
    // No plan yet is nothing to attend to, not an error: the case view asks this for every case.
    return { today: date, items: row ? planAttention(await readPlan(db, caseCipher, row), date) : [], coordination };
  });

  app.get('/me/attention', { schema: { tags: ['plans'] } }, async (request) => {
    const user = userOf(request);
    const date = today();
    if (!canWorkWithCases(user)) return { today: date, items: [], coordination: [] };
    const rows = await db.selectFrom('plans').innerJoin('cases', 'cases.id', 'plans.case_id').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .selectAll('plans').select(['cases.name_enc as case_name_enc', 'case_keys.key_enc as case_key'])
      .where(caseVisibleTo(user)).orderBy('plans.case_id').limit(5000).execute();
    // One case key unwrapped per case, for its plan and its name.
    const ciphers = new Map<string, CaseCipher>(rows.map((r) => [r.case_id, caseCipherFrom(cipher, r.case_key)]));
    const cipherOf = (caseId: string) => ciphers.get(caseId) as CaseCipher;
    const plans = await readPlans(db, (h) => cipherOf(h.case_id), rows);
    const items = workerAttention(plans, date);
    // CC1/CC2 of every visible case (a case without a plan may miss its casusoverleg too).
    const visibleCases = await db.selectFrom('cases').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .select(['cases.id', 'cases.created_at', 'cases.name_enc', 'case_keys.key_enc as case_key'])
      .where(caseVisibleTo(user)).orderBy('cases.id').limit(5000).execute();
    const warnings = await casusoverlegWarningsOf(db, visibleCases, date);
    for (const c of visibleCases) if (warnings.has(c.id) && !ciphers.has(c.id)) ciphers.set(c.id, caseCipherFrom(cipher, c.case_key));
    const names = new Map([...visibleCases.map((c) => [c.id, c.name_enc] as const), ...rows.map((r) => [r.case_id, r.case_name_enc] as const)]);
    // Only the cases that appear in the list are shown, so only those count as read.
    const shown = [...new Set([...items.map((i) => i.caseId as string), ...warnings.keys()])];
    for (const caseId of shown) await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.attention', caseId });
    const caseNames = new Map(shown.map((id) => [id, cipherOf(id).decrypt(names.get(id) as string, 'cases.name')]));
    const coordination = [...warnings].flatMap(([caseId, list]) => list.map((w) => ({ caseId, caseName: caseNames.get(caseId), ...w })))
      .sort((a, b) => (a.since === b.since ? (a.caseId < b.caseId ? -1 : 1) : a.since < b.since ? -1 : 1));
    return { today: date, items: items.map((item) => ({ ...item, caseName: caseNames.get(item.caseId) })), coordination };
  });
};

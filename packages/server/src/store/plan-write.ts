import {
  agreementIssues, checkPlan, describePlanIssue, formatPath, planIssue, type Language, type NetworkMap, type NetworkPlan, type PlanEditResult, type PlanIssue,
} from '@netwerkkracht/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { findCaseWithCipher } from '../access/case-access.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { expectedVersion, userOf } from '../http/route-helpers.js';
import { auditInTransaction } from './audit.js';
import { requireRegistrationConsent } from './map-write.js';
import { readMap } from './map-store.js';
import { claimPlanVersion, findPlanRow, readPlan, replacePlan } from './plan-store.js';

/**
 * Plan problems (checkPlan, refused edits) as a 400 whose `planIssues` carry path, code and the
 * translated text; the map format's `issues` catalogue does not know the plan's codes.
 */
export function planInvalid(issues: readonly PlanIssue[], lang: Language): never {
  throw new ApiError('invalid_input', {
    planIssues: issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: describePlanIssue(i, lang) })),
  });
}

/** The plan of a refused core edit: a gone action is 404, a clash of ids 409, an unknown goal 400. */
export function editedPlan(result: PlanEditResult, lang: Language, at: { goalId?: string | undefined } = {}): NetworkPlan {
  if (result.ok) return result.plan;
  switch (result.refusal) {
    case 'unknown_action': throw new ApiError('not_found');
    case 'duplicate_id': throw new ApiError('already_exists');
    case 'unknown_goal': return planInvalid([planIssue('unknown_goal', ['goalId'], { id: at.goalId ?? '' })], lang);
  }
}

/**
 * The map a plan refers to, read inside the transaction and without names (checkPlan needs only
 * ids and statuses). A map of another case is answered like a missing one.
 */
export async function planMap(trx: Transaction<Database>, caseId: string, mapId: string, lang: Language): Promise<NetworkMap> {
  const row = await trx.selectFrom('maps').selectAll().where('id', '=', mapId).where('case_id', '=', caseId).executeTakeFirst();
  if (!row) planInvalid([planIssue('wrong_map', ['mapId'], { expected: '', got: mapId })], lang);
  return readMap(trx, null, row);
}

/**
 * `before`: the stored plan an edit starts from. A plan stored with a conference date before PC6
 * asked for the family's agreement day stays editable (adding an action must not fail on it); the
 * agreement day is asked for in the Eigen Kracht panel. A plan without that problem cannot get it.
 */
export function requireValidPlan(plan: NetworkPlan, map: NetworkMap, lang: Language, before?: NetworkPlan): void {
  const inherited = before?.madeBy === 'netwerk' && agreementIssues(before.eigenKracht).some((i) => i.code === 'conference_without_agreement');
  const issues = checkPlan(plan, map).filter((i) => !(inherited && i.code === 'conference_without_agreement'));
  if (issues.length > 0) planInvalid(issues, lang);
}

export interface PlanWriteScope {
  readonly trx: Transaction<Database>;
  readonly plan: NetworkPlan;
  readonly caseId: string;
}

/**
 * Every change of a stored plan goes through here, like `writeMap` for maps: the case must be
 * visible, the family's registration consent must stand, the change must be based on the current
 * plan version (If-Match; 428 without, 409 when stale), the new plan must still fit its map
 * (checkPlan), and plan, version and audit line commit together or not at all.
 */
export async function writePlan<T>(
  ctx: AppContext, request: FastifyRequest, reply: FastifyReply, caseId: string, action: string,
  change: (scope: PlanWriteScope) => Promise<{ plan: NetworkPlan; result: T }> | { plan: NetworkPlan; result: T },
): Promise<{ plan: NetworkPlan; result: T; version: number }> {
  const user = userOf(request);
  const { cipher } = await findCaseWithCipher(ctx.db, ctx.cipher, user, caseId);
  const expected = expectedVersion(request);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await requireRegistrationConsent(trx, caseId);
    const row = await findPlanRow(trx, caseId);
    if (!row) throw new ApiError('not_found');
    const version = await claimPlanVersion(trx, row.id, expected);
    const current = await readPlan(trx, cipher, row);
    const { plan, result } = await change({ trx, plan: current, caseId });
    // The plan's identity is the server's: an edit cannot move it to another case or id.
    const next = { ...plan, id: current.id, caseId: current.caseId } as NetworkPlan;
    requireValidPlan(next, await planMap(trx, caseId, next.mapId, request.lang), request.lang, current);
    await replacePlan(trx, cipher, next);
    await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action, caseId, target: row.id });
    return { plan: next, result, version };
  });
  void reply.header('etag', `"${outcome.version}"`);
  return outcome;
}

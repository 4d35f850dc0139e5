import type { CaseId } from '../records/index.js';
import type { Action } from './action.js';
import type { NetworkPlan } from './network-plan.js';
import { isOverdue } from './overdue.js';
import { daysBetween } from './iso-dates.js';
import type { PlanId } from './plan-ids.js';
import { promiseFollowUp, type PromiseFollowUpKind } from './promised-help.js';

export type AttentionKind = 'overdue' | PromiseFollowUpKind;

/** One thing in a plan that needs the worker's attention today. */
export interface AttentionItem {
  readonly caseId: CaseId;
  readonly planId: PlanId;
  readonly action: Action;
  readonly kind: AttentionKind;
  /** The date that passed (due date or follow-up deadline). */
  readonly since: string;
  readonly daysLate: number;
}

/**
 * PL7: what needs attention in one plan today, in plan order, one item per action. Promised help
 * that did not come is reported as its follow-up (PL4–PL6) rather than as merely overdue (PL2),
 * because the follow-up says what to do next.
 */
export function planAttention(plan: NetworkPlan, today: string): readonly AttentionItem[] {
  const out: AttentionItem[] = [];
  for (const action of plan.actions) {
    const promised = promiseFollowUp(action, today);
    if (promised) {
      out.push({ caseId: plan.caseId, planId: plan.id, action, kind: promised.kind, since: promised.since, daysLate: promised.daysLate });
    } else if (isOverdue(action, today) && action.due !== null) {
      out.push({ caseId: plan.caseId, planId: plan.id, action, kind: 'overdue', since: action.due, daysLate: daysBetween(action.due, today) });
    }
  }
  return out;
}

/**
 * PL8: the worker's list across cases: every plan's attention items, longest waiting first (the
 * earliest date that passed), then by case id and plan order, so the list is stable.
 */
export function workerAttention(plans: readonly NetworkPlan[], today: string): readonly AttentionItem[] {
  const items = plans.flatMap((plan) => planAttention(plan, today).map((item, order) => ({ item, order })));
  items.sort((a, b) => {
    if (a.item.since !== b.item.since) return a.item.since < b.item.since ? -1 : 1;
    if (a.item.caseId !== b.item.caseId) return a.item.caseId < b.item.caseId ? -1 : 1;
    if (a.item.planId !== b.item.planId) return a.item.planId < b.item.planId ? -1 : 1;
    return a.order - b.order;
  });
  return items.map(({ item }) => item);
}

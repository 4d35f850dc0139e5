import { ActionSchema, type Action, type ActionInput, type ActionStatus } from './action.js';
import { GoalSchema, type Goal } from './goal.js';
import type { NetworkPlan } from './network-plan.js';
import { ReviewNoteSchema, type ReviewNote } from './review-note.js';

/**
 * Pure edits of a plan, each returning a new plan (the old one is never changed). Expected
 * failures (a stale request naming an action that is gone) are typed refusals; input is parsed
 * with the plan's own schemas, so an edit cannot produce a plan the schema would refuse.
 */
export type PlanEditRefusal = 'unknown_action' | 'unknown_goal' | 'duplicate_id';
export type PlanEditResult = { readonly ok: true; readonly plan: NetworkPlan } | { readonly ok: false; readonly refusal: PlanEditRefusal };

const refuse = (refusal: PlanEditRefusal): PlanEditResult => ({ ok: false, refusal });

function withActions(plan: NetworkPlan, actions: readonly Action[]): PlanEditResult {
  return { ok: true, plan: { ...plan, actions } };
}

export function addGoal(plan: NetworkPlan, input: unknown): PlanEditResult {
  const goal = GoalSchema.parse(input) as Goal;
  if (plan.goals.some((g) => g.id === goal.id)) return refuse('duplicate_id');
  return { ok: true, plan: { ...plan, goals: [...plan.goals, goal] } };
}

export function addAction(plan: NetworkPlan, input: ActionInput): PlanEditResult {
  const action = ActionSchema.parse(input) as Action;
  if (plan.actions.some((a) => a.id === action.id)) return refuse('duplicate_id');
  if (action.goalId !== undefined && !plan.goals.some((g) => g.id === action.goalId)) return refuse('unknown_goal');
  return withActions(plan, [...plan.actions, action]);
}

/**
 * PL17: a new status for an action. Marking it done records `today` as doneOn (so the follow-up
 * can relate it to the snapshots around it); any other status clears doneOn.
 */
export function setActionStatus(plan: NetworkPlan, actionId: string, status: ActionStatus, today: string): PlanEditResult {
  const index = plan.actions.findIndex((a) => a.id === actionId);
  if (index < 0) return refuse('unknown_action');
  const { doneOn: _doneOn, ...rest } = plan.actions[index] as Action;
  const updated: Action = status === 'gedaan' ? { ...rest, status, doneOn: today } : { ...rest, status };
  return withActions(plan, plan.actions.map((a, i) => (i === index ? updated : a)));
}

/** A dated review note on an action, kept in date order (notes of the same day in the order added). */
export function addReviewNote(plan: NetworkPlan, actionId: string, input: unknown): PlanEditResult {
  const index = plan.actions.findIndex((a) => a.id === actionId);
  if (index < 0) return refuse('unknown_action');
  const note = ReviewNoteSchema.parse(input) as ReviewNote;
  const action = plan.actions[index] as Action;
  const reviews = [...action.reviews, note].map((n, order) => ({ n, order })).sort((a, b) => (a.n.date === b.n.date ? a.order - b.order : a.n.date < b.n.date ? -1 : 1)).map(({ n }) => n);
  return withActions(plan, plan.actions.map((a, i) => (i === index ? { ...action, reviews } : a)));
}

/** Removes an action; barrier records that named it then report it as missing (B2). */
export function removeAction(plan: NetworkPlan, actionId: string): PlanEditResult {
  if (!plan.actions.some((a) => a.id === actionId)) return refuse('unknown_action');
  return withActions(plan, plan.actions.filter((a) => a.id !== actionId));
}

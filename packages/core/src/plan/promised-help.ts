import { isOpenAction, type Action } from './action.js';
import { daysBetween } from './iso-dates.js';

/**
 * What a promise that has not been kept needs (seed 000, the uncle and the heating):
 * - `deadline_missing`: the help was expected (the action's due date passed) but no deadline was
 *   agreed with the person who promised. Next step: agree one, and say what happens otherwise.
 * - `fallback_due`: the agreed deadline passed; the fallback that was agreed now comes into play.
 * - `fallback_missing`: the deadline passed and no fallback was agreed.
 */
export const PROMISE_FOLLOW_UPS = ['deadline_missing', 'fallback_due', 'fallback_missing'] as const;
export type PromiseFollowUpKind = (typeof PROMISE_FOLLOW_UPS)[number];

export interface PromiseFollowUp {
  readonly action: Action;
  readonly kind: PromiseFollowUpKind;
  /** The date that passed: the follow-up deadline, or the due date when no deadline was set. */
  readonly since: string;
  readonly daysLate: number;
}

/**
 * PL4–PL6: the follow-up a promised-help action needs today, or null.
 * PL4: only open actions with a promise are considered; help that came (done) or was dropped
 * (stopped) needs nothing. PL5: with a deadline, nothing is needed until `today` is after it; then
 * `fallback_due` when a fallback was agreed, else `fallback_missing`. PL6: without a deadline,
 * `deadline_missing` once `today` is after the action's due date; with neither date there is no
 * moment to measure against, so nothing is raised.
 */
export function promiseFollowUp(action: Action, today: string): PromiseFollowUp | null {
  const promise = action.promise;
  if (!promise || !isOpenAction(action)) return null;
  if (promise.followUpBy !== undefined) {
    if (!(promise.followUpBy < today)) return null;
    return {
      action,
      kind: promise.fallback !== undefined ? 'fallback_due' : 'fallback_missing',
      since: promise.followUpBy,
      daysLate: daysBetween(promise.followUpBy, today),
    };
  }
  if (action.due !== null && action.due < today) {
    return { action, kind: 'deadline_missing', since: action.due, daysLate: daysBetween(action.due, today) };
  }
  return null;
}

/** The promised help of a plan that needs follow-up today, in plan order. */
export function promisesNeedingFollowUp(actions: readonly Action[], today: string): readonly PromiseFollowUp[] {
  const out: PromiseFollowUp[] = [];
  for (const action of actions) {
    const found = promiseFollowUp(action, today);
    if (found) out.push(found);
  }
  return out;
}

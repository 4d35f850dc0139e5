import { isOpenAction, type Action } from './action.js';
import { daysBetween } from './iso-dates.js';

export interface OverdueAction {
  readonly action: Action;
  /** Whole days past the due date (at least 1). */
  readonly daysOverdue: number;
}

/**
 * PL2: an action is overdue when it is open or under way, has a due date, and `today` is after
 * that date. On the due date itself it is not yet overdue; done or stopped actions never are.
 */
export function isOverdue(action: Action, today: string): boolean {
  return isOpenAction(action) && action.due !== null && action.due < today;
}

/** PL3: the overdue actions of a plan, in plan order, with how many days they are late. */
export function overdueActions(actions: readonly Action[], today: string): readonly OverdueAction[] {
  const out: OverdueAction[] = [];
  for (const action of actions) {
    if (isOverdue(action, today) && action.due !== null) out.push({ action, daysOverdue: daysBetween(action.due, today) });
  }
  return out;
}

import { daysBetween } from '../plan/iso-dates.js';
import { addMonths, onOrBefore } from './months.js';

/** Months after the start of the guidance within which the first casusoverleg is held (seed 001, VONK). */
export const CASUSOVERLEG_MONTHS = 6;

/** A case conference as the rules need it: the day and whether a parent took part. */
export interface CasusoverlegFact {
  readonly heldOn: string;
  readonly parentsPresent: boolean;
}

export type CasusoverlegWarningKind = 'casusoverleg_ontbreekt' | 'casusoverleg_zonder_ouders';

/** One warning for the attention list; `since` is the date from which it holds. */
export interface CasusoverlegWarning {
  readonly kind: CasusoverlegWarningKind;
  readonly since: string;
  readonly daysLate: number;
}

/**
 * CC1, CC2 (docs/coordination.md): within six months of the start a casusoverleg is held with the
 * parents present, so they hear what is said and can correct it. A warning is something the
 * worker can still act on, so each ends as soon as what it asks for has happened:
 * - CC1 `casusoverleg_ontbreekt`: the day after start + 6 months has come and no casusoverleg has
 *   been held since the start. `since` = the deadline.
 * - CC2 `casusoverleg_zonder_ouders`: one or more were held, in none of them a parent was present
 *   (no need to wait for the deadline: the next one can be planned with them). `since` = the
 *   first one held.
 * Conferences dated before the start (a mistake, or an earlier guidance) do not count.
 */
export function casusoverlegWarnings(startedOn: string, meetings: readonly CasusoverlegFact[], today: string): readonly CasusoverlegWarning[] {
  const held = meetings.filter((m) => onOrBefore(startedOn, m.heldOn) && onOrBefore(m.heldOn, today));
  if (held.length === 0) {
    const deadline = addMonths(startedOn, CASUSOVERLEG_MONTHS);
    if (onOrBefore(today, deadline)) return [];
    return [{ kind: 'casusoverleg_ontbreekt', since: deadline, daysLate: daysBetween(deadline, today) }];
  }
  if (held.some((m) => m.parentsPresent)) return [];
  const first = held.map((m) => m.heldOn).sort()[0] as string;
  return [{ kind: 'casusoverleg_zonder_ouders', since: first, daysLate: daysBetween(first, today) }];
}

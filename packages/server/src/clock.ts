/**
 * "Today" for the plan rules (overdue actions, promised help past its deadline). The core has no
 * clock; the server passes this in, and tests fix it through `buildApp({ today })` so that what is
 * overdue does not depend on the day the tests run.
 */
export type Today = () => string;

/** Where the families live, unless NETWERKKRACHT_TIME_ZONE says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** The formatters of the time zones asked for, made once (making one is slow). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a time zone the runtime does not know.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date as YYYY-MM-DD in `timeZone` (an IANA name such as Europe/Brussels). A due date
 * is a day where the family lives, not on the server's clock: a server running in UTC would
 * otherwise call an action due "today" overdue from midnight UTC, an hour or two early in Belgium.
 */
export function calendarToday(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether the runtime knows `timeZone` as an IANA time zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

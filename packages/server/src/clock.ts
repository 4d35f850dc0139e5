/**
 * "Today" for the plan rules (overdue actions, promised help past its deadline). The core has no
 * clock; the server passes this in, and tests fix it through `buildApp({ today })` so that what is
 * overdue does not depend on the day the tests run.
 */
export type Today = () => string;

/** The server's local calendar date as YYYY-MM-DD (a due date is a day where the family lives, not in UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

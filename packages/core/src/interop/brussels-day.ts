import { dayNumber } from '../plan/iso-dates.js';
import { isIsoDate } from '../records/ids.js';

/** Brussels's calendar day of an instant, from the time zone database the runtime carries (every summer-time rule, 1977 and 1996 included). */
const BRUSSELS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day in Brussels of a time written as ISO 8601 (`2024-12-16T23:30:00.000Z` → 2024-12-17),
 * as the research note (§2.5) recommends for Network Canvas's session times: the day the family
 * met the worker. Without a clock or Date (the core is deterministic): the time is read by hand and
 * Intl's time zone data says the day in Europe/Brussels. A time without a zone is taken as UTC, as Network Canvas writes times;
 * a bare date stays as it is; anything else gives null.
 */
export function brusselsDay(time: string | undefined): string | null {
  if (time === undefined) return null;
  if (isIsoDate(time)) return time;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?$/i.exec(time.trim());
  if (!m || !isIsoDate(m[1]!)) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  const offset = m[5] ? (m[5] === '-' ? -1 : 1) * (Number(m[6]) * 60 + Number(m[7])) : 0;
  const utc = dayNumber(m[1]!) * 1440 + hours * 60 + minutes - offset;
  const day = BRUSSELS.format(utc * 60_000);
  return isIsoDate(day) ? day : null;
}

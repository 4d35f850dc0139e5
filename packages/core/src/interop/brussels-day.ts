import { dayNumber, isoFromDayNumber } from '../plan/iso-dates.js';
import { isIsoDate } from '../records/ids.js';

/** The day number of the last Sunday of a month (1970-01-01, day 0, was a Thursday). */
function lastSunday(year: number, month: number): number {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = dayNumber(next) - 1;
  return last - (((last + 4) % 7) + 7) % 7;
}

/**
 * The day in Brussels of a time written as ISO 8601 (`2024-12-16T23:30:00.000Z` → 2024-12-17),
 * as the research note (§2.5) recommends for Network Canvas's session times: the day the family
 * met the worker. Without a clock or Date (the core is deterministic): Central European Time, UTC+1,
 * and summer time, UTC+2, from the last Sunday of March to the last Sunday of October at 01:00 UTC
 * (the EU rule since 1996). A time without a zone is taken as UTC, as Network Canvas writes times;
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
  const year = Number(isoFromDayNumber(Math.floor(utc / 1440)).slice(0, 4));
  const summer = utc >= lastSunday(year, 3) * 1440 + 60 && utc < lastSunday(year, 10) * 1440 + 60;
  return isoFromDayNumber(Math.floor((utc + (summer ? 120 : 60)) / 1440));
}

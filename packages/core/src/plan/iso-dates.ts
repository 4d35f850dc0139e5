/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). The core has no clock: callers pass `today` in,
 * so every plan rule gives the same answer for the same input. ISO dates of equal length compare
 * correctly as strings; day differences go through a day number (days since 1970-01-01, proleptic
 * Gregorian), computed without Date.
 */

/** Days since 1970-01-01 for a valid ISO date (Howard Hinnant's days_from_civil). */
export function dayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}


import { dayNumber } from '../plan/iso-dates.js';

function daysInMonth(year: number, month: number): number {
  return [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

/**
 * The same day `months` later (ISO dates, no clock). A day that the target month lacks becomes its
 * last day: 31 August + 6 months is 28 (or 29) February, so "within six months" never runs over.
 */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when `a` is on or before `b` (both valid ISO dates). */
export function onOrBefore(a: string, b: string): boolean {
  return dayNumber(a) <= dayNumber(b);
}

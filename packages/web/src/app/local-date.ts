import type { Language } from '@netwerkkracht/core';

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * A calendar date (`2026-12-10`) written the local way: "10 december 2026", "10 décembre 2026",
 * "10 December 2026". The date is a day, not a moment, so it is read in UTC and never shifts.
 */
export function formatLocalDate(isoDate: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

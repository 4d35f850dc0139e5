import { describe, expect, it } from 'vitest';
import { formatLocalDate } from './local-date.js';

describe('dates written the local way', () => {
  it('a day is written in words in each language, never shifted by the time zone', () => {
    expect(formatLocalDate('2026-12-10', 'nl')).toBe('10 december 2026');
    expect(formatLocalDate('2026-12-10', 'fr')).toBe('10 décembre 2026');
    expect(formatLocalDate('2026-12-10', 'en')).toBe('10 December 2026');
    expect(formatLocalDate('2027-01-01', 'nl')).toBe('1 januari 2027');
  });

  it('something that is not a date is shown as it is', () => {
    expect(formatLocalDate('morgen', 'nl')).toBe('morgen');
  });
});

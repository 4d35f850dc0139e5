import { describe, expect, it } from 'vitest';
import { calendarToday, isKnownTimeZone } from './clock.js';
import { loadConfig } from './config.js';

describe('what "today" is for due dates', () => {
  it('is the date in Brussels by default: half past midnight there is already the next day while UTC is not', () => {
    expect(calendarToday(undefined, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(calendarToday('UTC', new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('follows summer time: in July Brussels is two hours ahead of UTC', () => {
    expect(calendarToday('Europe/Brussels', new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(calendarToday('Europe/Brussels', new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('takes its time zone from NETWERKKRACHT_TIME_ZONE and refuses one that does not exist, naming the variable', () => {
    expect(loadConfig({}, '/tmp').settings.timeZone).toBe('Europe/Brussels');
    expect(loadConfig({ NETWERKKRACHT_TIME_ZONE: 'America/Sao_Paulo' }, '/tmp').settings.timeZone).toBe('America/Sao_Paulo');
    expect(() => loadConfig({ NETWERKKRACHT_TIME_ZONE: 'Europe/Gent' }, '/tmp')).toThrow(/NETWERKKRACHT_TIME_ZONE/);
    expect(isKnownTimeZone('Europe/Gent')).toBe(false);
  });
});

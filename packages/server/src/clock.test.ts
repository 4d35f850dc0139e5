import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { calendarToday, isKnownTimeZone } from './clock.js';
import { loadConfig } from './config.js';
import { createKeyring, generateKey } from './crypto/keyring.js';
import { openDatabase } from './db/open-database.js';

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

  it('an app built with a time zone that does not exist refuses to start, naming the setting, rather than failing on the first plan', async () => {
    const handle = openDatabase({ sqliteFile: ':memory:' });
    try {
      await expect(buildApp({ db: handle.db, keyring: createKeyring([generateKey()]), settings: { timeZone: 'Europe/Gent' } })).rejects.toThrow(/settings\.timeZone .*Europe\/Gent/);
    } finally {
      await handle.close();
    }
  });
});

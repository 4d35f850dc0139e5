import { describe, expect, it } from 'vitest';
import { parseMemberLines } from './member-lines.js';

describe('household members typed one per line', () => {
  it('reads the name and, after the first comma, the role; empty lines are skipped', () => {
    expect(parseMemberLines('Sara, mama\n\n  Amir  \nOma Rita, grootmoeder, langs moederskant')).toEqual([
      { name: 'Sara', role: 'mama' },
      { name: 'Amir' },
      { name: 'Oma Rita', role: 'grootmoeder, langs moederskant' },
    ]);
  });

  it('a line with only a role is no member, and names and roles are cut to the server’s limits', () => {
    const long = 'x'.repeat(300);
    const [member, ...rest] = parseMemberLines(`, mama\n${long}, ${long}`);
    expect(rest).toEqual([]);
    expect(member?.name).toHaveLength(120);
    expect(member?.role).toHaveLength(80);
  });
});

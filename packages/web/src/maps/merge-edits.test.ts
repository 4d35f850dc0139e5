import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '@netwerkkracht/core';
import { mergeEdits } from './merge-edits.js';

const base = buildSnapshot({
  id: 'werkversie',
  alters: [
    { id: 'oma', name: 'Oma', sector: 'familie', ring: 1 },
    { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 },
    { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 },
  ],
  ties: [['oma', 'jef']],
});

describe('putting my edits on a version someone else saved meanwhile', () => {
  const mine = buildSnapshot({
    id: 'werkversie',
    alters: [
      { id: 'oma', name: 'Oma', sector: 'familie', ring: 1, status: 'ondergesneeuwd' },
      { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 },
      { id: 'lies', name: 'Tante Lies', sector: 'familie', ring: 2 },
    ],
    ties: [['an', 'lies']],
  });
  const theirs = buildSnapshot({
    id: 'werkversie',
    appraisal: 'versterkend',
    alters: [
      { id: 'oma', name: 'Oma', sector: 'familie', ring: 1 },
      { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 },
      { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 2 },
      { id: 'piet', name: 'Buurman Piet', sector: 'samenleving', ring: 2 },
    ],
    ties: [['oma', 'jef'], ['an', 'piet']],
  });
  const merged = mergeEdits(base, mine, theirs);
  const byId = new Map<string, (typeof merged.alters)[number]>(merged.alters.map((a) => [a.id, a]));

  it('keeps what the other person added or changed where I did not touch it', () => {
    expect(byId.get('piet')?.name).toBe('Buurman Piet');
    expect(byId.get('an')?.ring).toBe(2);
    expect(merged.appraisal).toBe('versterkend');
  });

  it('adds, changes and removes what I added, changed and removed', () => {
    expect(byId.get('lies')?.name).toBe('Tante Lies');
    expect(byId.get('oma')?.status).toBe('ondergesneeuwd');
    expect(byId.has('jef')).toBe(false);
  });

  it('keeps ties only between people still on the map, mine and theirs', () => {
    const ties = merged.ties.map(([a, b]) => [a, b].sort().join('|')).sort();
    expect(ties).toEqual(['an|lies', 'an|piet']);
  });

  it('with an unknown starting point keeps everyone from both sides', () => {
    const union = mergeEdits(buildSnapshot({ id: 'werkversie', alters: [] }), mine, theirs);
    expect(union.alters.map((a) => a.id).sort()).toEqual(['an', 'jef', 'lies', 'oma', 'piet']);
  });
});

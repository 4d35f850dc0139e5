import { describe, expect, it } from 'vitest';
import { SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { buildOrganisationReport, latestPerQuarter, quarterOf } from './index.js';

/** Counts that agree with each other: every breakdown of the quarter's maps sums to them. */
function counts(maps: number, size: Record<string, number>) {
  return {
    size, quadrant: { onbekend: maps }, dependence: { geen_ontvangst: maps }, reciprocity: { geen_steunbanden: maps },
    ...Object.fromEntries(SUPPORT_FUNCTIONS.map((f) => [`coverage:${f}`, { geen: maps }])),
  };
}

describe('organisation report (OR1–OR6)', () => {
  it('[OR2] a date falls in its calendar quarter', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
  });
  it('[OR1] per quarter the latest saved "is" version counts: never a wish, a past or the working copy', () => {
    const latest = latestPerQuarter([
      { id: 'a', kind: 'is', date: '2026-01-05', seq: 0 },
      { id: 'b', kind: 'is', date: '2026-02-01', seq: 1 },
      { id: 'c', kind: 'wens', date: '2026-03-01', seq: 2 },
      { id: 'd', kind: 'is', date: '2026-02-01', seq: 3 },
      { id: 'werkversie', kind: 'is', date: '2026-05-01', seq: 4 },
      { id: 'e', kind: 'was', date: '2026-05-01', seq: 5 },
    ]);
    expect([...latest].map(([q, h]) => [q, h.id])).toEqual([['2026-Q1', 'd']]);
  });
  it('[OR4][OR5] 2 maps in a band are hidden, and the empty band beside them is enough to protect them; the total of maps stays; threshold 0 shows all', () => {
    const input = [{ quarter: '2026-Q1', maps: 20, counts: counts(20, { '0-4': 2, '5-9': 8, '10-14': 10 }) }];
    const hidden = buildOrganisationReport(input, 5).quarters[0]!;
    expect([hidden.maps, hidden.size]).toEqual([20, { '0-4': null, '5-9': 8, '10-14': 10, '15+': null }]);
    expect(buildOrganisationReport(input, 0).quarters[0]!.size).toEqual({ '0-4': 2, '5-9': 8, '10-14': 10, '15+': 0 });
  });
  it('[OR6] a quarter with fewer maps than the threshold shows no total, in every breakdown', () => {
    const q = buildOrganisationReport([{ quarter: '2026-Q2', maps: 3, counts: counts(3, { '0-4': 3 }) }], 5).quarters[0]!;
    expect(q.maps).toBeNull();
    expect(Object.values(q.coverage.emotioneel)).toEqual([null, null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseSnapshot } from '../indicators/analyse.js';
import { compareSnapshots } from '../comparison/compare.js';
import { demoHouseholds } from './demo-households.js';

describe('demo households', () => {
  const households = demoHouseholds();

  it('gives at least twenty households, each with a map over several snapshots', () => {
    expect(households.length).toBeGreaterThanOrEqual(20);
    for (const h of households) expect(h.map.snapshots.filter((s) => s.kind === 'is').length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic for a seed', () => {
    expect(demoHouseholds(3, 7)).toEqual(demoHouseholds(3, 7));
  });

  it('shows change over time: some households pick a dormant contact up again', () => {
    const reactivated = households.filter((h) => {
      const [first, , ] = h.map.snapshots;
      const last = h.map.snapshots.filter((s) => s.kind === 'is').at(-1);
      return first && last && compareSnapshots(h.map, first, last).reactivated.length > 0;
    });
    expect(reactivated.length).toBeGreaterThan(3);
  });

  it('every snapshot analyses without error', () => {
    for (const h of households) for (const s of h.map.snapshots) expect(analyseSnapshot(s, h.map).size).toBeGreaterThan(0);
  });
});

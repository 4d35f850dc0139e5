import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import { compareSnapshots } from '../comparison/compare.js';
import { mapInputArbitrary } from '../test-support/arbitraries.js';
import { analyseSnapshot, INDICATOR_NAMES, type Indicators } from './analyse.js';
import { indicatorSettings } from './settings.js';

const runs = { numRuns: 400 };

function everyNumber(value: unknown, visit: (n: number, path: string) => void, path = ''): void {
  if (typeof value === 'number') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => everyNumber(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) everyNumber(v, visit, `${path}.${k}`);
}

function shares(r: Indicators): (number | null)[] {
  return [
    r.informalShare, r.reciprocityShare, r.topProviderShare, r.concentration, r.professionalDependence, r.burdeningShare,
    r.density, r.informalDensity, ...Object.values(r.composition).map((c) => c.share),
    ...(r.careMix ? [r.careMix.informeel, r.careMix.algemeen, r.careMix.gespecialiseerd] : []),
  ];
}

const withEverySnapshot = (check: (r: Indicators, map: ReturnType<typeof buildMap>) => void) =>
  fc.property(mapInputArbitrary, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 10 }), (input, overload, rich) => {
    const map = buildMap(input);
    const settings = indicatorSettings({ overloadThreshold: overload, richThreshold: rich });
    for (const snapshot of map.snapshots) check(analyseSnapshot(snapshot, map, settings), map);
  });

describe('indicator properties over generated maps', () => {
  it('[N1] no indicator is ever NaN or Infinity', () => {
    fc.assert(withEverySnapshot((r) => everyNumber(r, (n, path) => expect(Number.isFinite(n), path).toBe(true))), runs);
  });

  it('[N4] every share lies within [0, 1]', () => {
    fc.assert(withEverySnapshot((r) => {
      for (const s of shares(r)) {
        if (s === null) continue;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }
    }), runs);
  });

  it('[C2] composition shares sum to 1 when n > 0 and are all null when n = 0', () => {
    fc.assert(withEverySnapshot((r) => {
      const values = Object.values(r.composition);
      if (r.size === 0) expect(values.every((c) => c.share === null)).toBe(true);
      else expect(values.reduce((sum, c) => sum + (c.share ?? 0), 0)).toBeCloseTo(1, 9);
      expect(values.reduce((sum, c) => sum + c.count, 0)).toBe(r.size);
    }), runs);
  });

  it('[D1] density lies within [0, 1] and is null exactly when n < 2', () => {
    fc.assert(withEverySnapshot((r) => {
      if (r.size < 2) expect(r.density).toBeNull();
      else expect(r.density).not.toBeNull();
    }), runs);
  });

  it('[S2][T2][K2][RG1][G1] counts that partition the active alters add up to n', () => {
    fc.assert(withEverySnapshot((r) => {
      expect(r.informalSize + r.formalSize).toBe(r.size);
      expect(r.strongCount + r.weakCount).toBe(r.size);
      expect(r.bondingCount + r.bridgingCount + r.linkingCount).toBe(r.size);
      expect(Object.values(r.rings).reduce((a, b) => a + b, 0)).toBe(r.size);
      expect(r.components.flat()).toHaveLength(r.size);
      expect(r.isolates.length).toBeLessThanOrEqual(r.size);
    }), runs);
  });

  it('[CV1] every function is covered informally, only formally, or not at all', () => {
    fc.assert(withEverySnapshot((r) => {
      const informal = Object.values(r.coverage).filter((c) => c === 'informeel').length;
      expect(informal + r.gaps.length + r.formalOnly.length).toBe(8);
    }), runs);
  });

  it('[M1] the care mix sums to 1 whenever anything is received', () => {
    fc.assert(withEverySnapshot((r) => {
      if (r.careMix) expect(r.careMix.informeel + r.careMix.algemeen + r.careMix.gespecialiseerd).toBeCloseTo(1, 9);
    }), runs);
  });

  it('[N3] the result has exactly the indicator names of the specification as keys', () => {
    fc.assert(withEverySnapshot((r) => expect(Object.keys(r).sort()).toEqual([...INDICATOR_NAMES].sort())), { numRuns: 50 });
  });

  it('[N3] a snapshot gives the same result whatever was analysed before it, also after a malformed snapshot failed', () => {
    fc.assert(fc.property(mapInputArbitrary, mapInputArbitrary, (input, otherInput) => {
      const map = buildMap(input);
      const other = buildMap(otherInput);
      const snapshot = map.snapshots[0];
      const before = other.snapshots[0];
      if (!snapshot || !before) return;
      const alone = analyseSnapshot(snapshot, map);
      analyseSnapshot(before, other);
      // A tie that is not a pair (only possible in unchecked input) throws half-way through the ties.
      const broken = { ...before, ties: [...before.ties, null as unknown as (typeof before.ties)[number], ...snapshot.ties] };
      expect(() => analyseSnapshot(broken, other)).toThrow();
      expect(analyseSnapshot(snapshot, map)).toEqual(alone);
    }), { numRuns: 200 });
  });

  it('[CMP10] a snapshot compared with itself shows no change and zero deltas', () => {
    fc.assert(fc.property(mapInputArbitrary, (input) => {
      const map = buildMap(input);
      const snapshot = map.snapshots[0];
      if (!snapshot) return;
      const c = compareSnapshots(map, snapshot, snapshot);
      expect([c.added, c.removed, c.statusChanges, c.movedCloser, c.movedFurther, c.sectorChanged, c.functions].every((l) => l.length === 0)).toBe(true);
      everyNumber(c.delta, (n) => expect(n).toBe(0));
    }), { numRuns: 200 });
  });
});

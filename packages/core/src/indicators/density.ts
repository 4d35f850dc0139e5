import type { AnalysisContext } from './context.js';

export interface DensityIndicators {
  readonly density: number | null;
  readonly informalDensity: number | null;
}

/**
 * Density (domain.md §5.13; D1–D3).
 * - `density` = (alter–alter ties with both ends in A*) / (n(n−1)/2); the ego is not counted (as
 *   in egor), so it measures how much the people around the ego know each other (D1).
 * - null when n < 2: with fewer than two people there is no pair that could be tied (D2).
 * - `informalDensity`: the same over the informal active alters only, null when fewer than two (D3).
 * Ties are counted once per pair; ties to inactive alters do not count. Always within [0, 1].
 * Source: seed 004 ("ons kent ons", dichtheid).
 */
export function density(ctx: AnalysisContext): DensityIndicators {
  const n = ctx.active.length;
  let informalN = 0;
  for (const a of ctx.active) if (!a.formal) informalN++;
  let informalTies = 0;
  for (const [i, j] of ctx.activeTies) {
    if (!ctx.active[i]?.formal && !ctx.active[j]?.formal) informalTies++;
  }
  return {
    density: pairDensity(ctx.activeTies.length, n),
    informalDensity: pairDensity(informalTies, informalN),
  };
}

function pairDensity(ties: number, n: number): number | null {
  if (n < 2) return null;
  return ties / ((n * (n - 1)) / 2);
}

import type { AlterId } from '../records/index.js';
import type { AnalysisContext } from './context.js';
import type { ProvidersByFunction } from './providers.js';
import { providers as providersOf } from './providers.js';

export interface DependenceIndicators {
  readonly topProviderShare: number | null;
  readonly concentration: number | null;
  readonly professionalDependence: number | null;
  readonly keyPersons: readonly AlterId[];
}

/**
 * Dependence (domain.md §5.8; DP1–DP5). u(a) = number of functions received from active alter a;
 * U = Σ u(a).
 * - `topProviderShare` = max u(a) / U (DP1).
 * - `concentration` = Σ (u(a)/U)², the Herfindahl index: 1/k when k alters carry equally, 1 when
 *   one alter carries everything (DP2).
 * - `professionalDependence` = Σ over formal a of u(a) / U (DP3).
 * - All three are null when U = 0: nothing is received, so there is no dependence to measure (DP4).
 * - `keyPersons`: alters that are the only provider of 2 or more functions, or whose u(a)/U ≥ 0.5,
 *   in map order (DP5).
 * Source: seed 000 (de verzorgende "betekent alles"; verafhankelijking van professionelen),
 * seed 004 (een netwerk dat te zwaar belast wordt, brokkelt af).
 */
export function dependence(ctx: AnalysisContext, byFunction: ProvidersByFunction = providersOf(ctx)): DependenceIndicators {
  const total = ctx.totalReceived;
  const soleProviderOf = new Map<AlterId, number>();
  for (const f of ctx.settings.functions) {
    const p = byFunction[f];
    if (!p) continue;
    if (p.informal.length + p.formal.length === 1) {
      const only = (p.informal[0] ?? p.formal[0]) as AlterId;
      soleProviderOf.set(only, (soleProviderOf.get(only) ?? 0) + 1);
    }
  }
  let max = 0;
  let sumSquares = 0;
  let formal = 0;
  const keyPersons: AlterId[] = [];
  for (const { id, formal: isFormal, receivedCount: u } of ctx.active) {
    if (u > max) max = u;
    if (total > 0) sumSquares += (u / total) * (u / total);
    if (isFormal) formal += u;
    const carriesHalf = total > 0 && u / total >= 0.5;
    if ((soleProviderOf.get(id) ?? 0) >= 2 || carriesHalf) keyPersons.push(id);
  }
  if (total === 0) return { topProviderShare: null, concentration: null, professionalDependence: null, keyPersons };
  return {
    topProviderShare: max / total,
    // Guard the last bit of floating-point error so the index stays within (0, 1].
    concentration: Math.min(1, sumSquares),
    professionalDependence: formal / total,
    keyPersons,
  };
}

/**
 * Possibly overloaded (domain.md §5.9; O1): active alters from whom at least `overloadThreshold`
 * functions are received (default 4, a setting), in map order. A reason to ask how that person is
 * doing, not a verdict. Source: seed 000 (zorgzame families; een netwerk kan overbevraagd raken).
 */
export function possiblyOverloaded(ctx: AnalysisContext): readonly AlterId[] {
  const threshold = ctx.settings.overloadThreshold;
  return ctx.active.filter((a) => a.receivedCount >= threshold).map((a) => a.id);
}

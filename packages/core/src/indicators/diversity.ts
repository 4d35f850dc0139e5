import type { AnalysisContext } from './context.js';

export interface DiversityIndicators {
  readonly sectorDiversity: number;
  readonly sectorEntropy: number | null;
}

/**
 * Diversity over sectors (domain.md §5.15; DV1–DV2), over the active alters with a sector
 * (uncategorised ones are left out).
 * - `sectorDiversity`: the number of distinct sectors present; 0 when none is categorised (DV1).
 * - `sectorEntropy` = Σ p_k · log2(1/p_k), p_k the share of sector k among the categorised active
 *   alters: 0 when all are in one sector, log2(4) = 2 when spread evenly over four; null when none
 *   is categorised (DV2).
 * Source: seed 004 (gevarieerdheid van het netwerk).
 */
export function diversity(ctx: AnalysisContext): DiversityIndicators {
  const counts: Record<string, number> = {};
  let categorised = 0;
  let distinct = 0;
  for (const { sector } of ctx.active) {
    if (sector === null) continue;
    categorised++;
    const before = counts[sector] ?? 0;
    if (before === 0) distinct++;
    counts[sector] = before + 1;
  }
  if (categorised === 0) return { sectorDiversity: 0, sectorEntropy: null };
  let entropy = 0;
  for (const sector in counts) {
    const p = (counts[sector] as number) / categorised;
    entropy += p * Math.log2(1 / p);
  }
  return { sectorDiversity: distinct, sectorEntropy: entropy };
}

import { share, type AnalysisContext } from './context.js';

export interface ValenceIndicators {
  readonly burdeningCount: number;
  readonly ambivalentCount: number;
  readonly burdeningShare: number | null;
}

/**
 * Valence (domain.md §5.10; V1–V2): the number of active alters marked belastend and ambivalent;
 * `burdeningShare` = belastend / n, null when n = 0. Alters without a valence count as neither.
 * Source: seed 004 (versterkende en belastende relaties).
 */
export function valence(ctx: AnalysisContext): ValenceIndicators {
  let burdeningCount = 0;
  let ambivalentCount = 0;
  for (const { alter } of ctx.active) {
    if (alter.valence === 'belastend') burdeningCount++;
    else if (alter.valence === 'ambivalent') ambivalentCount++;
  }
  return { burdeningCount, ambivalentCount, burdeningShare: share(burdeningCount, ctx.active.length) };
}

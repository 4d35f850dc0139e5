import type { AnalysisContext } from './context.js';

export interface SizeIndicators {
  readonly size: number;
  readonly informalSize: number;
  readonly formalSize: number;
  readonly dormantCount: number;
  readonly lostCount: number;
  readonly wishedCount: number;
}

/**
 * Size (domain.md §5.1; docs/indicators.md S1–S3).
 * - `size` = n = |A*|, the active alters; `informalSize` + `formalSize` = `size`.
 * - `dormantCount`, `lostCount`, `wishedCount` count over all alters A (status ondergesneeuwd,
 *   verbroken, gewenst): these people are on the map but not (yet) active.
 * Edge cases: an empty map gives zeros everywhere.
 * Source: seed 004 (omvang), seed 000 (ondergesneeuwd netwerk).
 */
export function sizeIndicators(ctx: AnalysisContext): SizeIndicators {
  let formalSize = 0;
  for (const a of ctx.active) if (a.formal) formalSize++;
  let dormantCount = 0;
  let lostCount = 0;
  let wishedCount = 0;
  for (const alter of ctx.all) {
    if (alter.status === 'ondergesneeuwd') dormantCount++;
    else if (alter.status === 'verbroken') lostCount++;
    else if (alter.status === 'gewenst') wishedCount++;
  }
  const size = ctx.active.length;
  return { size, informalSize: size - formalSize, formalSize, dormantCount, lostCount, wishedCount };
}

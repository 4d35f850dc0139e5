import type { AnalysisContext } from './context.js';

/** Keys "1" .. ringCount. */
export type RingCounts = Readonly<Record<string, number>>;

/**
 * Rings (domain.md §5.4; RG1): the number of active alters per ring, for every ring of the map
 * (1 = closest), zeros included. The counts sum to n. Source: seed 004 (dichtbij / veraf).
 */
export function rings(ctx: AnalysisContext): RingCounts {
  const out: Record<string, number> = {};
  for (let ring = 1; ring <= ctx.ringCount; ring++) out[String(ring)] = 0;
  for (const { alter } of ctx.active) {
    const key = String(alter.ring);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

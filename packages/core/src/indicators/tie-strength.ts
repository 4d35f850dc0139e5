import type { ActiveAlter, AnalysisContext } from './context.js';

export interface TieStrengthIndicators {
  readonly strongCount: number;
  readonly weakCount: number;
}

/**
 * The four observable components of tie strength (Granovetter) for one active alter (T1):
 * time (frequency dagelijks or wekelijks), emotional intensity (emotioneel in any direction),
 * intimacy (ring 1) and reciprocal services (reciprocal as in R2).
 */
export function strengthComponents(a: ActiveAlter): number {
  const { alter } = a;
  let held = 0;
  if (alter.frequency === 'dagelijks' || alter.frequency === 'wekelijks') held++;
  if (alter.support.emotioneel !== undefined) held++;
  if (alter.ring === 1) held++;
  if (a.reciprocal) held++;
  return held;
}

/**
 * Tie strength (domain.md §5.11; T1–T2): an active alter is strong when at least 3 of the 4
 * components hold, else weak; strongCount + weakCount = n. Weak ties are valuable (they bring new
 * information and openings): a high weakCount is no shortcoming. Source: seed 004 (sterke en zwakke
 * banden, Granovetter).
 */
export function tieStrength(ctx: AnalysisContext): TieStrengthIndicators {
  let strongCount = 0;
  for (const a of ctx.active) if (strengthComponents(a) >= 3) strongCount++;
  return { strongCount, weakCount: ctx.active.length - strongCount };
}

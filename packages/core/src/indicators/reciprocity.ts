import { share, type AnalysisContext } from './context.js';

export interface ReciprocityIndicators {
  readonly reciprocityShare: number | null;
  readonly balance: number;
}

/**
 * Reciprocity (domain.md §5.7; R1–R4).
 * - A support tie is an active alter with at least one function in any direction (R1).
 * - It is reciprocal when some function is wederzijds, or some function is received and some other
 *   function is given (R2).
 * - `reciprocityShare` = reciprocal support ties / support ties; null without support ties (R3).
 * - `balance` = Σ over A* of (functions given to a) − (functions received from a); a wederzijds
 *   function counts on both sides and so adds 0. Positive: the ego gives more than it receives (R4).
 * Source: seed 000 (wat kan je teruggeven), seed 002 (mensen vragen pas hulp waar ze eerst konden
 * geven), seed 004 (wederkerigheid).
 */
export function reciprocity(ctx: AnalysisContext): ReciprocityIndicators {
  let supportTies = 0;
  let reciprocal = 0;
  let balance = 0;
  for (const a of ctx.active) {
    if (a.supportTie) supportTies++;
    if (a.reciprocal) reciprocal++;
    balance += a.givenCount - a.receivedCount;
  }
  return { reciprocityShare: share(reciprocal, supportTies), balance };
}

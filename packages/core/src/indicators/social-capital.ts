import type { Alter } from '../records/index.js';
import type { AnalysisContext } from './context.js';

export type CapitalKind = 'bonding' | 'bridging' | 'linking';

export interface SocialCapitalIndicators {
  readonly bondingCount: number;
  readonly bridgingCount: number;
  readonly linkingCount: number;
}

/**
 * The kind of social capital an alter stands for (K1): linking when formal or flagged with access
 * to resources or institutions; else bridging when flagged with a different background; else bonding.
 */
export function capitalKind(alter: Alter): CapitalKind {
  if (alter.formal || alter.flags.toegangTotMiddelen) return 'linking';
  if (alter.flags.andereAchtergrond) return 'bridging';
  return 'bonding';
}

/**
 * Social capital (domain.md §5.12; K1–K2): counts of active alters per kind; they sum to n.
 * Source: seed 004 (bonding, bridging en linking; "ons kent ons").
 */
export function socialCapital(ctx: AnalysisContext): SocialCapitalIndicators {
  let bondingCount = 0;
  let bridgingCount = 0;
  let linkingCount = 0;
  for (const { alter } of ctx.active) {
    const kind = capitalKind(alter);
    if (kind === 'linking') linkingCount++;
    else if (kind === 'bridging') bridgingCount++;
    else bondingCount++;
  }
  return { bondingCount, bridgingCount, linkingCount };
}

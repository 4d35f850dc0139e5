import type { AnalysisContext } from './context.js';

export interface CareMix {
  readonly informeel: number;
  readonly algemeen: number;
  readonly gespecialiseerd: number;
}

/**
 * Care mix (domain.md §5.17; M1–M2): the shares of U (all functions received) that come from
 * informal alters, from general formal alters and from specialised formal alters; a formal alter
 * without a level counts as general. The three shares sum to 1. Null when U = 0 (M2).
 * Source: seed 002 (de zorgmix als taart in plaats van cirkels).
 */
export function careMix(ctx: AnalysisContext): CareMix | null {
  const total = ctx.totalReceived;
  if (total === 0) return null;
  let informeel = 0;
  let algemeen = 0;
  let gespecialiseerd = 0;
  for (const { alter, formal, receivedCount: u } of ctx.active) {
    if (!formal) informeel += u;
    else if (alter.formalLevel === 'gespecialiseerd') gespecialiseerd += u;
    else algemeen += u;
  }
  return { informeel: informeel / total, algemeen: algemeen / total, gespecialiseerd: gespecialiseerd / total };
}

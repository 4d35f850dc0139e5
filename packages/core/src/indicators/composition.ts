import { sectorCodesOf, type SectorSchemeCode } from '../vocabularies/index.js';
import { share, type AnalysisContext } from './context.js';

export interface SectorCount {
  readonly count: number;
  /** count / n; null when n = 0. */
  readonly share: number | null;
}

/** Keys: the sectors of the map's scheme, in scheme order, then `none` for uncategorised alters. */
export type Composition = Readonly<Record<string, SectorCount>>;

/**
 * Composition per sector (domain.md §5.2; C1–C2): for each sector of the map's scheme and for
 * `none` (no sector), the number of active alters and its share count/n. Every sector of the
 * scheme is present, also with count 0. When n > 0 the shares sum to 1; when n = 0 every share is
 * null. Source: seed 004 (verzamelingen van contacten, Netzwerkkarte).
 */
export function composition(ctx: AnalysisContext): Composition {
  const keys = compositionKeys(ctx.sectorScheme);
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = 0;
  for (const { sector } of ctx.active) {
    const key = sector ?? 'none';
    // A sector of the other scheme cannot occur in a checked map; count it rather than lose it.
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const n = ctx.active.length;
  const out: Record<string, SectorCount> = {};
  for (const key in counts) {
    const count = counts[key] as number;
    out[key] = { count, share: share(count, n) };
  }
  return out;
}

const keysByScheme = new Map<SectorSchemeCode, readonly string[]>();

function compositionKeys(scheme: SectorSchemeCode): readonly string[] {
  let keys = keysByScheme.get(scheme);
  if (!keys) {
    keys = [...sectorCodesOf(scheme), 'none'];
    keysByScheme.set(scheme, keys);
  }
  return keys;
}

/**
 * Informal share (§5.3; I1): informalSize / n, null when n = 0.
 */
export function informalShare(ctx: AnalysisContext): number | null {
  let informal = 0;
  for (const a of ctx.active) if (!a.formal) informal++;
  return share(informal, ctx.active.length);
}

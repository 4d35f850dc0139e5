import type { Alter, AlterId, Snapshot } from '../records/index.js';
import type { SectorSchemeCode, SupportFunction } from '../vocabularies/index.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from './settings.js';

/** What one active alter contributes, worked out once and shared by every indicator. */
export interface ActiveAlter {
  readonly alter: Alter;
  /** Functions the ego receives from this alter (direction ontvangt or wederzijds). */
  readonly received: readonly SupportFunction[];
  /** Functions the ego gives to this alter (direction geeft or wederzijds). */
  readonly given: readonly SupportFunction[];
  /** At least one function in any direction (R1). */
  readonly supportTie: boolean;
  /** Some function is wederzijds, or some is received and some other is given (R2). */
  readonly reciprocal: boolean;
}

/** A snapshot prepared for the indicators: A (all alters), A* (active), the ties among A*. */
export interface AnalysisContext {
  readonly settings: IndicatorSettings;
  readonly ringCount: number;
  readonly sectorScheme: SectorSchemeCode;
  readonly all: readonly Alter[];
  readonly active: readonly ActiveAlter[];
  /** Distinct alter–alter ties with both ends in A*, as indexes into `active`, smaller first. */
  readonly activeTies: readonly (readonly [number, number])[];
  /** U: the total number of (alter, function) pairs received, over A*. */
  readonly totalReceived: number;
}

export interface MapShape {
  readonly ringCount: number;
  readonly sectorScheme: SectorSchemeCode;
}

export function createAnalysisContext(snapshot: Snapshot, map: MapShape, settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS): AnalysisContext {
  const functions = settings.functions;
  const active: ActiveAlter[] = [];
  const indexOf = new Map<AlterId, number>();
  let totalReceived = 0;
  for (const alter of snapshot.alters) {
    if (alter.status !== 'actief') continue;
    const received: SupportFunction[] = [];
    const given: SupportFunction[] = [];
    let mutual = false;
    for (const f of functions) {
      const direction = alter.support[f];
      if (direction === undefined) continue;
      if (direction === 'ontvangt' || direction === 'wederzijds') received.push(f);
      if (direction === 'geeft' || direction === 'wederzijds') given.push(f);
      if (direction === 'wederzijds') mutual = true;
    }
    const supportTie = received.length > 0 || given.length > 0;
    // Each function has one direction, so "received one and given another" means both lists are
    // non-empty without any wederzijds; with a wederzijds the tie is reciprocal anyway.
    const reciprocal = mutual || (received.length > 0 && given.length > 0);
    indexOf.set(alter.id, active.length);
    active.push({ alter, received, given, supportTie, reciprocal });
    totalReceived += received.length;
  }

  const activeTies: [number, number][] = [];
  const seen = new Set<number>();
  const n = active.length;
  for (const [a, b] of snapshot.ties) {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    const lo = i < j ? i : j;
    const hi = i < j ? j : i;
    const key = lo * n + hi;
    if (seen.has(key)) continue;
    seen.add(key);
    activeTies.push([lo, hi]);
  }

  return {
    settings,
    ringCount: map.ringCount,
    sectorScheme: map.sectorScheme,
    all: snapshot.alters,
    active,
    activeTies,
    totalReceived,
  };
}

/** count / total, or null when total is 0: a share never becomes NaN or Infinity. */
export function share(count: number, total: number): number | null {
  return total === 0 ? null : count / total;
}

export function ids(alters: readonly ActiveAlter[]): AlterId[] {
  return alters.map((a) => a.alter.id);
}

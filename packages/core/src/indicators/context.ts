import type { Alter, AlterId, Snapshot } from '../records/index.js';
import type { SectorSchemeCode, SupportFunction } from '../vocabularies/index.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from './settings.js';

/** What one active alter contributes, worked out once and shared by every indicator. */
export interface ActiveAlter {
  readonly alter: Alter;
  /**
   * The alter's id, formal flag and sector, copied: every ActiveAlter has the same shape, while
   * alters differ in which optional fields they carry, so the indicators read these from here.
   */
  readonly id: AlterId;
  readonly formal: boolean;
  readonly sector: Alter['sector'];
  /**
   * Functions the ego receives from this alter (direction ontvangt or wederzijds), as a bit set:
   * bit k stands for `settings.functions[k]`. Bit sets, not arrays, because this is the engine's
   * hot path and it runs for every alter of every map.
   */
  readonly receivedMask: number;
  /** u(a): the number of functions received from this alter. */
  readonly receivedCount: number;
  /** Functions the ego gives to this alter (direction geeft or wederzijds), as a bit set like receivedMask. */
  readonly givenMask: number;
  /** The number of functions the ego gives to this alter. */
  readonly givenCount: number;
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

const SMALL_MAP = 256;
/** Scratch space for createAnalysisContext: all zero between calls (the engine is synchronous). */
const seenPairs = new Uint8Array(SMALL_MAP * SMALL_MAP);

export function createAnalysisContext(snapshot: Snapshot, map: MapShape, settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS): AnalysisContext {
  const counted = countedFunctions(settings);
  const active: ActiveAlter[] = [];
  const indexOf = new Map<AlterId, number>();
  let totalReceived = 0;
  for (const alter of snapshot.alters) {
    if (alter.status !== 'actief') continue;
    let receivedMask = 0;
    let receivedCount = 0;
    let givenMask = 0;
    let givenCount = 0;
    let mutual = false;
    // Walk the (few) functions the alter has rather than every function of the vocabulary.
    for (const key in alter.support) {
      const bit = counted[key as SupportFunction];
      const direction = alter.support[key as SupportFunction];
      if (direction === undefined || bit === undefined) continue;
      if (direction !== 'geeft') {
        receivedMask |= 1 << bit;
        receivedCount++;
      }
      if (direction !== 'ontvangt') {
        givenMask |= 1 << bit;
        givenCount++;
      }
      if (direction === 'wederzijds') mutual = true;
    }
    const supportTie = receivedCount > 0 || givenCount > 0;
    // Each function has one direction, so "received one and given another" means both counts are
    // non-zero without any wederzijds; with a wederzijds the tie is reciprocal anyway.
    const reciprocal = mutual || (receivedCount > 0 && givenCount > 0);
    indexOf.set(alter.id, active.length);
    active.push({ alter, id: alter.id, formal: alter.formal, sector: alter.sector, receivedMask, receivedCount, givenMask, givenCount, supportTie, reciprocal });
    totalReceived += receivedCount;
  }

  const activeTies: [number, number][] = [];
  const n = active.length;
  // Pairs already counted: a bitmap for the usual small maps (one buffer kept between calls and
  // cleared after use, because allocating a typed array per map costs more than the whole loop),
  // a set for very large ones.
  const seenSmall = n <= SMALL_MAP ? seenPairs : null;
  const seenLarge = seenSmall ? null : new Set<number>();
  try {
    for (const [a, b] of snapshot.ties) {
      const i = indexOf.get(a);
      const j = indexOf.get(b);
      if (i === undefined || j === undefined || i === j) continue;
      const lo = i < j ? i : j;
      const hi = i < j ? j : i;
      const key = lo * n + hi;
      if (seenSmall) {
        if (seenSmall[key] === 1) continue;
        seenSmall[key] = 1;
      } else if (seenLarge) {
        if (seenLarge.has(key)) continue;
        seenLarge.add(key);
      }
      activeTies.push([lo, hi]);
    }
  } finally {
    // Even when a malformed tie throws, the buffer is left all zero for the next map.
    if (seenSmall) for (const [lo, hi] of activeTies) seenSmall[lo * n + hi] = 0;
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

const countedCache = new WeakMap<IndicatorSettings, Partial<Record<SupportFunction, number>>>();

/** The settings' functions as a table from function to its bit, made once per settings object. */
function countedFunctions(settings: IndicatorSettings): Partial<Record<SupportFunction, number>> {
  let table = countedCache.get(settings);
  if (!table) {
    table = {};
    settings.functions.forEach((f, bit) => {
      if (table && table[f] === undefined) table[f] = bit;
    });
    countedCache.set(settings, table);
  }
  return table;
}

/** The functions of a bit set (receivedMask, givenMask), in the order of the settings. */
export function functionsOf(mask: number, settings: IndicatorSettings): SupportFunction[] {
  const out: SupportFunction[] = [];
  settings.functions.forEach((f, bit) => {
    if ((mask & (1 << bit)) !== 0) out.push(f);
  });
  return out;
}

/** count / total, or null when total is 0: a share never becomes NaN or Infinity. */
export function share(count: number, total: number): number | null {
  return total === 0 ? null : count / total;
}

export function ids(alters: readonly ActiveAlter[]): AlterId[] {
  return alters.map((a) => a.id);
}

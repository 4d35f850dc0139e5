import type { Alter, AlterId, NetworkMap, Snapshot, SnapshotId } from '../records/index.js';
import type { AlterStatus, SectorCode, SupportDirection, SupportFunction } from '../vocabularies/index.js';
import { analyseSnapshot, type Indicators } from '../indicators/analyse.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from '../indicators/settings.js';

export interface StatusChange { readonly id: AlterId; readonly from: AlterStatus | null; readonly to: AlterStatus | null }
export interface RingMove { readonly id: AlterId; readonly from: number; readonly to: number }
export interface SectorChange { readonly id: AlterId; readonly from: SectorCode | null; readonly to: SectorCode | null }
export interface FunctionEntry { readonly function: SupportFunction; readonly direction: SupportDirection }
export interface DirectionChange { readonly function: SupportFunction; readonly from: SupportDirection; readonly to: SupportDirection }
export interface FunctionChanges {
  readonly id: AlterId;
  readonly gained: readonly FunctionEntry[];
  readonly lost: readonly FunctionEntry[];
  readonly directionChanged: readonly DirectionChange[];
}

/** A value of the indicator delta: numbers subtract, id lists give what came and went. */
export type DeltaValue =
  | number
  | null
  | { readonly added: readonly string[]; readonly removed: readonly string[] }
  | { readonly from: string | null; readonly to: string | null }
  | { readonly [key: string]: DeltaValue };

export interface SnapshotComparison {
  readonly from: SnapshotId;
  readonly to: SnapshotId;
  /** CMP1: active in `to` and not on the map in `from`. */
  readonly added: readonly AlterId[];
  /** CMP2: active in `from`, not active in `to` (another status, or gone from the map). */
  readonly removed: readonly StatusChange[];
  /** CMP3: ondergesneeuwd in `from`, actief in `to`. */
  readonly reactivated: readonly AlterId[];
  /** CMP4: gewenst in `from`, actief in `to`. */
  readonly wishedRealised: readonly AlterId[];
  /** CMP5: verbroken in `from`, actief in `to`: a lost contact found back. */
  readonly restored: readonly AlterId[];
  /** CMP6: every change of status, including people coming onto or leaving the map (null). */
  readonly statusChanges: readonly StatusChange[];
  /** CMP7: on the map in both, ring number lower (closer) or higher (further) in `to`. */
  readonly movedCloser: readonly RingMove[];
  readonly movedFurther: readonly RingMove[];
  /** CMP8: on the map in both, another sector (or categorised / uncategorised). */
  readonly sectorChanged: readonly SectorChange[];
  /** CMP9: per alter, the support functions gained and lost, and those whose direction changed. */
  readonly functions: readonly FunctionChanges[];
  /** CMP10: the indicators of both snapshots and the delta of every indicator (to − from). */
  readonly indicators: { readonly from: Indicators; readonly to: Indicators };
  readonly delta: { readonly [K in keyof Indicators]: DeltaValue };
}

/**
 * Compares two snapshots of one map, matching alters by their stable id (domain.md §5,
 * "Comparison"; docs/indicators.md CMP1–CMP11). All lists are in the order of the `to` snapshot,
 * then the alters only in `from`.
 */
export function compareSnapshots(
  map: Pick<NetworkMap, 'ringCount' | 'sectorScheme'>,
  from: Snapshot,
  to: Snapshot,
  settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS,
): SnapshotComparison {
  const before = new Map<AlterId, Alter>(from.alters.map((a) => [a.id, a]));
  const after = new Map<AlterId, Alter>(to.alters.map((a) => [a.id, a]));
  const order: AlterId[] = [...to.alters.map((a) => a.id), ...from.alters.filter((a) => !after.has(a.id)).map((a) => a.id)];

  const added: AlterId[] = [];
  const removed: StatusChange[] = [];
  const reactivated: AlterId[] = [];
  const wishedRealised: AlterId[] = [];
  const restored: AlterId[] = [];
  const statusChanges: StatusChange[] = [];
  const movedCloser: RingMove[] = [];
  const movedFurther: RingMove[] = [];
  const sectorChanged: SectorChange[] = [];
  const functions: FunctionChanges[] = [];

  for (const id of order) {
    const a = before.get(id);
    const b = after.get(id);
    const statusA = a?.status ?? null;
    const statusB = b?.status ?? null;
    if (statusA !== statusB) statusChanges.push({ id, from: statusA, to: statusB });
    if (statusB === 'actief' && statusA === null) added.push(id);
    if (statusA === 'actief' && statusB !== 'actief') removed.push({ id, from: statusA, to: statusB });
    if (statusA === 'ondergesneeuwd' && statusB === 'actief') reactivated.push(id);
    if (statusA === 'gewenst' && statusB === 'actief') wishedRealised.push(id);
    if (statusA === 'verbroken' && statusB === 'actief') restored.push(id);
    if (a && b) {
      if (b.ring < a.ring) movedCloser.push({ id, from: a.ring, to: b.ring });
      else if (b.ring > a.ring) movedFurther.push({ id, from: a.ring, to: b.ring });
      if (a.sector !== b.sector) sectorChanged.push({ id, from: a.sector, to: b.sector });
    }
    const change = functionChanges(id, a, b, settings.functions);
    if (change) functions.push(change);
  }

  const indicatorsFrom = analyseSnapshot(from, map, settings);
  const indicatorsTo = analyseSnapshot(to, map, settings);
  return {
    from: from.id,
    to: to.id,
    added,
    removed,
    reactivated,
    wishedRealised,
    restored,
    statusChanges,
    movedCloser,
    movedFurther,
    sectorChanged,
    functions,
    indicators: { from: indicatorsFrom, to: indicatorsTo },
    delta: indicatorDelta(indicatorsFrom, indicatorsTo),
  };
}

function functionChanges(id: AlterId, a: Alter | undefined, b: Alter | undefined, list: readonly SupportFunction[]): FunctionChanges | null {
  const gained: FunctionEntry[] = [];
  const lost: FunctionEntry[] = [];
  const directionChanged: DirectionChange[] = [];
  for (const f of list) {
    const da = a?.support[f];
    const db = b?.support[f];
    if (da === db) continue;
    if (da === undefined && db !== undefined) gained.push({ function: f, direction: db });
    else if (da !== undefined && db === undefined) lost.push({ function: f, direction: da });
    else if (da !== undefined && db !== undefined) directionChanged.push({ function: f, from: da, to: db });
  }
  if (gained.length + lost.length + directionChanged.length === 0) return null;
  return { id, gained, lost, directionChanged };
}

/**
 * The delta of every indicator (CMP10–CMP11): numbers give to − from, and null when either side
 * is null (a share that did not exist cannot change); id lists give `added` and `removed`; the
 * list of components gives the change in their number; codes (coverage, quadrant) give `from` and
 * `to`; records (composition, rings, providers, care mix) are compared key by key.
 */
export function indicatorDelta(from: Indicators, to: Indicators): { readonly [K in keyof Indicators]: DeltaValue } {
  return deltaOf(from, to) as { readonly [K in keyof Indicators]: DeltaValue };
}

function deltaOf(a: unknown, b: unknown): DeltaValue {
  if (typeof a === 'number' && typeof b === 'number') return b - a;
  if (Array.isArray(a) || Array.isArray(b)) {
    const listA = (a ?? []) as readonly unknown[];
    const listB = (b ?? []) as readonly unknown[];
    if (listA.some(Array.isArray) || listB.some(Array.isArray)) return listB.length - listA.length;
    const setA = new Set(listA.map(String));
    const setB = new Set(listB.map(String));
    return { added: [...setB].filter((x) => !setA.has(x)), removed: [...setA].filter((x) => !setB.has(x)) };
  }
  if (typeof a === 'string' || typeof b === 'string') {
    return { from: (a as string | null | undefined) ?? null, to: (b as string | null | undefined) ?? null };
  }
  if (isRecord(a) && isRecord(b)) {
    const out: Record<string, DeltaValue> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out[key] = deltaOf(a[key] ?? null, b[key] ?? null);
    return out;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

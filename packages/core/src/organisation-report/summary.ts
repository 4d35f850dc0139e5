import { analyseSnapshot } from '../indicators/analyse.js';
import type { MapShape } from '../indicators/context.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from '../indicators/settings.js';
import type { Snapshot } from '../records/index.js';
import { QUADRANTS, SUPPORT_FUNCTIONS, type Coverage, type SupportFunction } from '../vocabularies/index.js';

/**
 * The organisation report over the network maps (docs/organisation-report.md, OR1–OR8): one
 * summary per map and quarter, of the map's latest saved "is" version dated in that quarter. Only
 * categories are kept (bands, codes, counts of people per sector), never a name or a person.
 */
export const SIZE_BANDS = ['0-4', '5-9', '10-14', '15+'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const QUADRANT_CATEGORIES = [...QUADRANTS, 'onbekend'] as const;
export type QuadrantCategory = (typeof QUADRANT_CATEGORIES)[number];
/** Share of received support that comes from professionals (DP3), in bands; `geen_ontvangst`: nothing received. */
export const DEPENDENCE_BANDS = ['geen_ontvangst', 'onder_25', '25_tot_50', '50_of_meer'] as const;
export type DependenceBand = (typeof DEPENDENCE_BANDS)[number];
/** Share of support ties that go both ways (R3), in bands; `geen_steunbanden`: no support tie. */
export const RECIPROCITY_BANDS = ['geen_steunbanden', 'onder_33', '33_tot_67', '67_of_meer'] as const;
export type ReciprocityBand = (typeof RECIPROCITY_BANDS)[number];
export const COVERAGE_CATEGORIES = ['informeel', 'alleen_formeel', 'geen'] as const satisfies readonly Coverage[];

/** The id of the editor's working copy: not a saved version, so not counted (OR1). */
export const WORKING_VERSION_ID = 'werkversie';

export interface SnapshotSummary {
  readonly snapshotId: string;
  readonly quarter: string;
  readonly sizeBand: SizeBand;
  readonly quadrant: QuadrantCategory;
  readonly dependence: DependenceBand;
  readonly reciprocity: ReciprocityBand;
  readonly coverage: Readonly<Record<SupportFunction, Coverage>>;
  /** Active people per sector code ('none' without a sector). */
  readonly sectors: Readonly<Record<string, number>>;
}

/** OR2: the quarter of a YYYY-MM-DD date, as YYYY-Qn. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export interface SnapshotHeader {
  readonly id: string;
  readonly kind: string;
  readonly date: string;
  readonly seq: number;
}

/** OR1: per quarter, the latest saved "is" version of the map (latest date, then the later one saved). */
export function latestPerQuarter(headers: readonly SnapshotHeader[]): Map<string, SnapshotHeader> {
  const out = new Map<string, SnapshotHeader>();
  for (const h of headers) {
    if (h.kind !== 'is' || h.id === WORKING_VERSION_ID) continue;
    const q = quarterOf(h.date);
    const best = out.get(q);
    if (!best || h.date > best.date || (h.date === best.date && h.seq > best.seq)) out.set(q, h);
  }
  return out;
}

function band<T extends string>(value: number | null, none: T, bands: readonly [number, T][], last: T): T {
  if (value === null) return none;
  for (const [below, name] of bands) if (value < below) return name;
  return last;
}

/** OR3: the summary of one snapshot, from the core's indicators. */
export function summariseSnapshot(snapshot: Snapshot, map: MapShape, settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS): SnapshotSummary {
  const ind = analyseSnapshot(snapshot, map, settings);
  const size = ind.size;
  const sectors: Record<string, number> = {};
  for (const a of snapshot.alters) {
    if (a.status !== 'actief') continue;
    const code = a.sector ?? 'none';
    sectors[code] = (sectors[code] ?? 0) + 1;
  }
  const coverage = {} as Record<SupportFunction, Coverage>;
  for (const f of SUPPORT_FUNCTIONS) coverage[f] = ind.coverage[f] ?? 'geen';
  return {
    snapshotId: snapshot.id,
    quarter: quarterOf(snapshot.date),
    sizeBand: size < 5 ? '0-4' : size < 10 ? '5-9' : size < 15 ? '10-14' : '15+',
    quadrant: ind.quadrant ?? 'onbekend',
    dependence: band<DependenceBand>(ind.professionalDependence, 'geen_ontvangst', [[0.25, 'onder_25'], [0.5, '25_tot_50']], '50_of_meer'),
    reciprocity: band<ReciprocityBand>(ind.reciprocityShare, 'geen_steunbanden', [[1 / 3, 'onder_33'], [2 / 3, '33_tot_67']], '67_of_meer'),
    coverage,
    sectors,
  };
}

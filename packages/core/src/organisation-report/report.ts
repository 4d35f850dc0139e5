import { SUPPORT_FUNCTIONS, type SupportFunction } from '../vocabularies/index.js';
import { suppressSmallCells } from '../survey/suppression.js';
import { COVERAGE_CATEGORIES, DEPENDENCE_BANDS, QUADRANT_CATEGORIES, RECIPROCITY_BANDS, SIZE_BANDS } from './summary.js';

/** The breakdowns of maps the report shows per quarter (each over the same maps). */
export const MAP_BREAKDOWNS = {
  size: SIZE_BANDS,
  quadrant: QUADRANT_CATEGORIES,
  dependence: DEPENDENCE_BANDS,
  reciprocity: RECIPROCITY_BANDS,
} as const;
export type MapBreakdown = keyof typeof MAP_BREAKDOWNS;

/** Counts as the database gives them: per quarter, per breakdown (or `coverage:<function>`, or `sector`), per category. */
export interface QuarterCounts {
  readonly quarter: string;
  readonly maps: number;
  /** breakdown → category → count; `sector` counts people, every other one counts maps. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export type Cells = Readonly<Record<string, number | null>>;

export interface QuarterReport {
  readonly quarter: string;
  readonly maps: number | null;
  readonly size: Cells;
  readonly quadrant: Cells;
  readonly dependence: Cells;
  readonly reciprocity: Cells;
  readonly coverage: Readonly<Record<SupportFunction, Cells>>;
  /** Active people per sector, and their total. */
  readonly people: number | null;
  readonly sectors: Cells;
}

export interface OrganisationReport {
  readonly smallCellThreshold: number;
  readonly quarters: readonly QuarterReport[];
}

/**
 * OR4–OR6: the organisation report, quarters in order, each breakdown with the small-cell rule and
 * secondary suppression of docs/survey.md (SC1–SC6): a breakdown's categories are the groups, the
 * quarter's maps their total; the breakdowns of one quarter share that total, so what one needs
 * hidden in it is hidden in all (SC6). People per sector form their own breakdown with their own
 * total.
 */
export function buildOrganisationReport(input: readonly QuarterCounts[], threshold: number): OrganisationReport {
  const quarters = [...input].sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0)).map((q) => quarterReport(q, threshold));
  return { smallCellThreshold: threshold, quarters };
}

function quarterReport(q: QuarterCounts, threshold: number): QuarterReport {
  const mapBreakdowns: [string, readonly string[]][] = [
    ...(Object.entries(MAP_BREAKDOWNS) as [string, readonly string[]][]),
    ...SUPPORT_FUNCTIONS.map((f): [string, readonly string[]] => [`coverage:${f}`, COVERAGE_CATEGORIES]),
  ];
  const tableOf = (key: string, categories: readonly string[], total: number) => ({
    quantities: ['count'],
    groups: categories.map((c) => [q.counts[key]?.[c] ?? 0]),
    total: [total],
    rowConstraints: [],
    groupConstraints: [],
  });
  // SC6 within the quarter: the maps total is hidden in every breakdown if one needs it hidden.
  let totalHidden = [threshold > 0 && q.maps < threshold];
  for (;;) {
    const next = mapBreakdowns.some(([key, cats]) => suppressSmallCells(tableOf(key, cats, q.maps), threshold, { totalHidden }).total[0]);
    if (next === totalHidden[0]) break;
    totalHidden = [next];
  }
  const cells = (key: string, categories: readonly string[], total: number, hiddenTotal: readonly boolean[]): Cells => {
    const hidden = suppressSmallCells(tableOf(key, categories, total), threshold, { totalHidden: hiddenTotal });
    return Object.fromEntries(categories.map((c, i) => [c, hidden.groups[i]?.[0] ? null : q.counts[key]?.[c] ?? 0]));
  };
  const sectorCodes = Object.keys(q.counts.sector ?? {}).sort();
  const people = sectorCodes.reduce((s, c) => s + (q.counts.sector?.[c] ?? 0), 0);
  const sectorTable = tableOf('sector', sectorCodes, people);
  const sectorHidden = sectorCodes.length === 0 ? { total: [threshold > 0 && people < threshold], groups: [] } : suppressSmallCells(sectorTable, threshold);
  const coverage = {} as Record<SupportFunction, Cells>;
  for (const f of SUPPORT_FUNCTIONS) coverage[f] = cells(`coverage:${f}`, COVERAGE_CATEGORIES, q.maps, totalHidden);
  return {
    quarter: q.quarter,
    maps: totalHidden[0] ? null : q.maps,
    size: cells('size', SIZE_BANDS, q.maps, totalHidden),
    quadrant: cells('quadrant', QUADRANT_CATEGORIES, q.maps, totalHidden),
    dependence: cells('dependence', DEPENDENCE_BANDS, q.maps, totalHidden),
    reciprocity: cells('reciprocity', RECIPROCITY_BANDS, q.maps, totalHidden),
    coverage,
    people: sectorHidden.total[0] ? null : people,
    sectors: Object.fromEntries(sectorCodes.map((c, i) => [c, sectorHidden.groups[i]?.[0] ? null : q.counts.sector?.[c] ?? 0])),
  };
}

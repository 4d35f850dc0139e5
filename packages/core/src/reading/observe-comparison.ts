import type { SnapshotComparison } from '../comparison/compare.js';
import type { Indicators } from '../indicators/analyse.js';
import { fns, num, observation, pct, people, sectors } from './param-helpers.js';
import type { MetricCode, Observation, ObservedSection } from './observations.js';

/** Counts a comparison reports from → to; lists count their length. */
const COUNT_METRICS = ['size', 'informalSize', 'formalSize', 'dormantCount', 'wishedCount', 'gaps', 'formalOnly', 'keyPersons'] as const;
/** Shares a comparison reports as percentages from → to. */
const PERCENT_METRICS = ['informalShare', 'professionalDependence', 'reciprocityShare', 'density'] as const;

/**
 * What changed between two snapshots of one map (domain.md §5, "Comparison"), as observations per
 * section: who came and went, who moved closer or further, whose support changed, and the key
 * numbers then and now. Names come from the snapshots when rendered; here everything is ids.
 */
export function observeComparison(comparison: SnapshotComparison): ObservedSection[] {
  const sections: ObservedSection[] = [];

  const who: Observation[] = [];
  if (comparison.added.length > 0) who.push(observation('cmp_added', { people: people(comparison.added) }));
  const newWished = comparison.statusChanges.filter((c) => c.from === null && c.to === 'gewenst').map((c) => c.id);
  if (newWished.length > 0) who.push(observation('cmp_new_wished', { people: people(newWished) }));
  if (comparison.reactivated.length > 0) who.push(observation('cmp_reactivated', { people: people(comparison.reactivated) }));
  if (comparison.wishedRealised.length > 0) who.push(observation('cmp_wished_realised', { people: people(comparison.wishedRealised) }));
  if (comparison.restored.length > 0) who.push(observation('cmp_restored', { people: people(comparison.restored) }));
  const left = comparison.removed.filter((r) => r.to === null).map((r) => r.id);
  if (left.length > 0) who.push(observation('cmp_left', { people: people(left) }));
  for (const r of comparison.removed) {
    if (r.to !== null) who.push(observation('cmp_inactive', { person: people([r.id]), to: { kind: 'status', code: r.to } }));
  }
  // Other changes of status (e.g. a wished-for person who became dormant) that the lists above miss.
  const reported = new Set([...comparison.added, ...newWished, ...comparison.reactivated, ...comparison.wishedRealised, ...comparison.restored, ...comparison.removed.map((r) => r.id)]);
  for (const change of comparison.statusChanges) {
    if (reported.has(change.id)) continue;
    who.push(observation('cmp_status', {
      person: people([change.id]), from: { kind: 'status', code: change.from }, to: { kind: 'status', code: change.to },
    }));
  }
  if (who.length === 0) who.push(observation('cmp_no_people_changes'));
  sections.push({ code: 'people', observations: who });

  const moves: Observation[] = [];
  for (const m of comparison.movedCloser) moves.push(observation('cmp_closer', { person: people([m.id]), from: num(m.from), to: num(m.to) }));
  for (const m of comparison.movedFurther) moves.push(observation('cmp_further', { person: people([m.id]), from: num(m.from), to: num(m.to) }));
  for (const s of comparison.sectorChanged) moves.push(observation('cmp_sector', { person: people([s.id]), from: sectors([s.from]), to: sectors([s.to]) }));
  if (moves.length === 0) moves.push(observation('cmp_no_moves'));
  sections.push({ code: 'moves', observations: moves });

  const functions: Observation[] = comparison.functions.map((c) => observation('cmp_functions', {
    person: people([c.id]),
    gained: fns(c.gained.map((g) => g.function)),
    lost: fns(c.lost.map((l) => l.function)),
    changed: fns(c.directionChanged.map((d) => d.function)),
  }));
  if (functions.length === 0) functions.push(observation('cmp_no_function_changes'));
  sections.push({ code: 'functions', observations: functions });

  const { from, to } = comparison.indicators;
  const numbers: Observation[] = [
    ...COUNT_METRICS.map((metric) => observation('cmp_count', { metric: metricParam(metric), from: num(countOf(from, metric)), to: num(countOf(to, metric)) })),
    ...PERCENT_METRICS.map((metric) => observation('cmp_percent', { metric: metricParam(metric), from: pct(from[metric]), to: pct(to[metric]) })),
  ];
  sections.push({ code: 'numbers', observations: numbers });
  return sections;
}

function metricParam(code: MetricCode) {
  return { kind: 'metric', code } as const;
}

function countOf(indicators: Indicators, metric: (typeof COUNT_METRICS)[number]): number {
  const value = indicators[metric];
  return typeof value === 'number' ? value : value.length;
}

import { issue, type Issue } from './issues.js';
import { isPlainObject } from './migrations.js';

/**
 * How big one map may be where it is stored and shared (the server): people per snapshot,
 * snapshots per map, ties per snapshot. The schema's own maxima (1000 people, 500 snapshots,
 * 50,000 ties) are the ceiling a setting may raise these to. A family map with more than 300
 * people in one snapshot, or more than 100 snapshots, is not a family's network any more but a
 * mistake or an attack; reading and writing it would keep the server busy for seconds.
 */
export interface MapLimits {
  readonly maxPeoplePerSnapshot: number;
  readonly maxSnapshots: number;
  readonly maxTiesPerSnapshot: number;
}

export const DEFAULT_MAP_LIMITS: MapLimits = { maxPeoplePerSnapshot: 300, maxSnapshots: 100, maxTiesPerSnapshot: 3000 };

/** The ceilings of the schema (records/network-map.ts): a limit above them has no effect. */
export const MAP_LIMIT_CEILINGS: MapLimits = { maxPeoplePerSnapshot: 1000, maxSnapshots: 500, maxTiesPerSnapshot: 50_000 };

/**
 * The counts of a raw (parsed JSON, not yet checked) document's map against the limits: only
 * array lengths are read, so an oversized document is refused before any costly check.
 */
export function mapLimitIssues(rawMap: unknown, limits: MapLimits, base: readonly (string | number)[] = ['map']): Issue[] {
  if (!isPlainObject(rawMap) || !Array.isArray(rawMap.snapshots)) return [];
  const issues: Issue[] = [];
  const snapshots: unknown[] = rawMap.snapshots;
  if (snapshots.length > limits.maxSnapshots) issues.push(issue('too_many', [...base, 'snapshots'], { max: limits.maxSnapshots }));
  snapshots.forEach((snapshot, si) => {
    if (!isPlainObject(snapshot)) return;
    if (Array.isArray(snapshot.alters) && snapshot.alters.length > limits.maxPeoplePerSnapshot) {
      issues.push(issue('too_many', [...base, 'snapshots', si, 'alters'], { max: limits.maxPeoplePerSnapshot }));
    }
    if (Array.isArray(snapshot.ties) && snapshot.ties.length > limits.maxTiesPerSnapshot) {
      issues.push(issue('too_many', [...base, 'snapshots', si, 'ties'], { max: limits.maxTiesPerSnapshot }));
    }
  });
  return issues;
}

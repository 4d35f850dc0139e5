import type { NetworkMap, Snapshot } from './records/index.js';

/**
 * The snapshot that stands for "now": the `is` snapshot with the latest date (the later one in the
 * file when two share a date). Null when the map has no `is` snapshot.
 */
export function latestCurrentSnapshot(map: NetworkMap): Snapshot | null {
  let best: Snapshot | null = null;
  for (const snapshot of map.snapshots) {
    if (snapshot.kind !== 'is') continue;
    if (best === null || snapshot.date >= best.date) best = snapshot;
  }
  return best;
}

export function findSnapshot(map: NetworkMap, id: string): Snapshot | null {
  return map.snapshots.find((s) => s.id === id) ?? null;
}

import type { Alter, AlterId, Snapshot, SnapshotComparison } from '@netwerkkracht/core';

/** The one change a person shows on the overlay map; the most telling one wins. */
export const CHANGE_KINDS = ['wishedRealised', 'reactivated', 'restored', 'added', 'removed', 'closer', 'further', 'sector'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Overlay {
  readonly marks: ReadonlyMap<AlterId, ChangeKind>;
  /** People of the earlier version who are not on the later map at all, drawn as ghosts. */
  readonly ghosts: readonly Alter[];
  /** How many people show each change, for the legend. */
  readonly counts: Readonly<Record<ChangeKind, number>>;
}

/** Turns core's comparison into marks for one overlay map drawn from the later version. */
export function overlayOf(comparison: SnapshotComparison, from: Snapshot, to: Snapshot): Overlay {
  const lists: Record<ChangeKind, readonly AlterId[]> = {
    wishedRealised: comparison.wishedRealised,
    reactivated: comparison.reactivated,
    restored: comparison.restored,
    added: comparison.added,
    removed: comparison.removed.map((r) => r.id),
    closer: comparison.movedCloser.map((m) => m.id),
    further: comparison.movedFurther.map((m) => m.id),
    sector: comparison.sectorChanged.map((s) => s.id),
  };
  const marks = new Map<AlterId, ChangeKind>();
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const kind of CHANGE_KINDS) {
    for (const id of lists[kind]) {
      if (marks.has(id)) continue;
      marks.set(id, kind);
      counts[kind] += 1;
    }
  }
  const later = new Set(to.alters.map((a) => a.id));
  const ghosts = from.alters.filter((a) => !later.has(a.id) && marks.get(a.id) === 'removed');
  return { marks, ghosts, counts };
}

/**
 * SN1 (docs/coordination.md): how many families a signal groups, as shown to anyone. A count
 * below the small-cell threshold is never given: it becomes "fewer than <threshold>", so a signal
 * about two families cannot point at them. Zero is below it too: a signal whose contributions were
 * all taken back looks the same as one with a single family. A threshold below 1 is treated as 1.
 */
export type FamilyCount =
  | { readonly kind: 'exact'; readonly families: number }
  | { readonly kind: 'fewer_than'; readonly threshold: number };

export function familyCount(families: number, smallCellThreshold: number): FamilyCount {
  const threshold = Math.max(1, Math.floor(smallCellThreshold));
  if (!Number.isFinite(families) || families < threshold) return { kind: 'fewer_than', threshold };
  return { kind: 'exact', families: Math.floor(families) };
}

import type { Alter, Snapshot, Tie } from '@netwerkkracht/core';

/**
 * Puts one person's edits on top of a version someone else saved in the meantime, at the level of
 * people and ties: what I added or changed is added or replaces theirs, what I removed is removed,
 * and everything I did not touch stays as they left it. So after a conflict neither side's work
 * disappears without someone choosing it. `base` is the version both started from (an empty
 * snapshot when unknown: then nothing counts as removed by me, and both sides' people are kept).
 */
export function mergeEdits(base: Snapshot, mine: Snapshot, theirs: Snapshot): Snapshot {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const baseAlters = new Map(base.alters.map((a) => [a.id, a]));
  const mineAlters = new Map(mine.alters.map((a) => [a.id, a]));
  const changedByMe = mine.alters.filter((a) => !same(a, baseAlters.get(a.id)));
  const removedByMe = new Set(base.alters.filter((a) => !mineAlters.has(a.id)).map((a) => a.id));

  const alters: Alter[] = [];
  const placed = new Set<string>();
  for (const alter of theirs.alters) {
    if (removedByMe.has(alter.id)) continue;
    alters.push(mineAlters.has(alter.id) && changedByMe.some((a) => a.id === alter.id) ? (mineAlters.get(alter.id) as Alter) : alter);
    placed.add(alter.id);
  }
  for (const alter of changedByMe) if (!placed.has(alter.id)) alters.push(alter);

  const key = ([a, b]: Tie) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const baseTies = new Set(base.ties.map(key));
  const mineTies = new Set(mine.ties.map(key));
  const present = new Set(alters.map((a) => a.id));
  const ties = new Map<string, Tie>();
  for (const tie of theirs.ties) if (!(baseTies.has(key(tie)) && !mineTies.has(key(tie)))) ties.set(key(tie), tie);
  for (const tie of mine.ties) if (!baseTies.has(key(tie))) ties.set(key(tie), tie);

  const fields = (s: Snapshot) => ({ kind: s.kind, date: s.date, appraisal: s.appraisal, label: s.label, note: s.note });
  const header = same(fields(mine), fields(base)) ? theirs : mine;
  return {
    ...header,
    id: theirs.id,
    alters,
    ties: [...ties.values()].filter(([a, b]) => present.has(a) && present.has(b)),
  };
}

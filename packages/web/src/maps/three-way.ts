import type { Alter, Snapshot, Tie } from '@netwerkkracht/core';

/**
 * The three-way merge of edits made without a connection (issue 16). `base` is the version the
 * edits were made on, `mine` the device's edits, `theirs` what the server holds now. Rules (ids
 * TW1-TW6 in docs/offline.md, tested in three-way.test.ts):
 *  TW1 a person or field changed on one side only takes that side's value;
 *  TW2 people added on either side are both kept; the same change on both sides is no conflict;
 *  TW3 the same field of the same person changed on both sides to different values is a
 *      conflict, never decided silently: the worker chooses `mine` or `theirs`;
 *  TW4 a person removed on one side and changed on the other is a conflict (field `*`);
 *      removed on one side and untouched on the other: removed;
 *  TW5 ties: added on either side stay, removed on either side go, and a tie whose person is
 *      gone goes with them;
 *  TW6 the version's own fields (kind, date, label, appraisal, note) follow TW1/TW3 with
 *      person id '' (the map itself).
 */
export interface FieldConflict {
  /** The person ('' for the version's own fields). */
  readonly alterId: string;
  /** A field of the person, or `*` when one side removed the person the other changed. */
  readonly field: string;
  /** The person's name (mine, or theirs when I removed them), for the conflict screen. */
  readonly name: string;
  /** undefined: removed (or the field left empty) on that side. */
  readonly mine: unknown;
  readonly theirs: unknown;
}

export type Choice = 'mine' | 'theirs';
export type Choices = Readonly<Record<string, Choice>>;

export const conflictKey = (c: Pick<FieldConflict, 'alterId' | 'field'>): string => `${c.alterId}:${c.field}`;

export interface Merged {
  readonly merged: Snapshot;
  /** The conflicts not decided by `choices`. */
  readonly conflicts: readonly FieldConflict[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const HEADER_FIELDS = ['kind', 'date', 'label', 'appraisal', 'note'] as const;

type Rec = Readonly<Record<string, unknown>>;

/** Field by field: the record that follows from base/mine/theirs, with the undecided conflicts. */
function mergeFields(id: string, name: string, base: Rec | undefined, mine: Rec, theirs: Rec, choices: Choices, fields: readonly string[]): { value: Record<string, unknown>; conflicts: FieldConflict[] } {
  const value: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of fields) {
    const b = base?.[field];
    const m = mine[field];
    const t = theirs[field];
    let out: unknown;
    if (same(m, t) || same(m, b)) out = t;
    else if (same(t, b)) out = m;
    else {
      const choice = choices[conflictKey({ alterId: id, field })];
      if (choice === undefined) conflicts.push({ alterId: id, field, name, mine: m, theirs: t });
      out = choice === 'mine' ? m : t;
    }
    if (out !== undefined) value[field] = out;
  }
  return { value, conflicts };
}

const tieKey = ([a, b]: Tie): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function mergeThreeWay(base: Snapshot, mine: Snapshot, theirs: Snapshot, choices: Choices = {}): Merged {
  const conflicts: FieldConflict[] = [];
  const baseAlters = new Map(base.alters.map((a) => [a.id, a]));
  const mineAlters = new Map(mine.alters.map((a) => [a.id, a]));
  const theirAlters = new Map(theirs.alters.map((a) => [a.id, a]));

  const alters: Alter[] = [];
  const decide = (id: string, b: Alter | undefined, m: Alter | undefined, t: Alter | undefined): Alter | null => {
    if (m && t) {
      if (same(m, t)) return t;
      if (b && same(m, b)) return t;
      if (b && same(t, b)) return m;
      const fields = [...new Set([...Object.keys(m), ...Object.keys(t), ...Object.keys(b ?? {})])].filter((f) => f !== 'id');
      const result = mergeFields(id, m.name, b as Rec | undefined, m as Rec, t as Rec, choices, fields);
      conflicts.push(...result.conflicts);
      return { ...result.value, id } as unknown as Alter;
    }
    if (!b) return m ?? t ?? null; // added on one side only
    // Removed on one side: untouched on the other → removed; changed there → the worker decides.
    const kept = m ?? t;
    if (!kept || same(kept, b)) return null;
    const key = conflictKey({ alterId: id, field: '*' });
    const choice = choices[key];
    if (choice === undefined) {
      conflicts.push({ alterId: id, field: '*', name: kept.name, mine: m, theirs: t });
      return t ?? null;
    }
    return (choice === 'mine' ? m : t) ?? null;
  };
  for (const t of theirs.alters) {
    const decided = decide(t.id, baseAlters.get(t.id), mineAlters.get(t.id), t);
    if (decided) alters.push(decided);
  }
  for (const m of mine.alters) {
    if (theirAlters.has(m.id)) continue;
    const decided = decide(m.id, baseAlters.get(m.id), m, undefined);
    if (decided) alters.push(decided);
  }

  const baseTies = new Set(base.ties.map(tieKey));
  const mineTies = new Set(mine.ties.map(tieKey));
  const theirTies = new Set(theirs.ties.map(tieKey));
  const present = new Set(alters.map((a) => a.id));
  const ties = new Map<string, Tie>();
  for (const tie of [...theirs.ties, ...mine.ties]) {
    const key = tieKey(tie);
    const removed = baseTies.has(key) && (!mineTies.has(key) || !theirTies.has(key));
    if (!removed && present.has(tie[0]) && present.has(tie[1])) ties.set(key, tie);
  }

  const header = mergeFields('', '', base as unknown as Rec, mine as unknown as Rec, theirs as unknown as Rec, choices, HEADER_FIELDS);
  conflicts.push(...header.conflicts);
  const merged = { ...theirs, ...header.value, id: theirs.id, alters, ties: [...ties.values()] } as Snapshot;
  for (const field of HEADER_FIELDS) if (!(field in header.value)) delete (merged as Record<string, unknown>)[field];
  return { merged, conflicts };
}

/** The operations of the API that turn `from` into `to` (one snapshot), in an order the server accepts. */
export type Operation =
  | { readonly kind: 'tie.delete'; readonly a: string; readonly b: string }
  | { readonly kind: 'alter.delete'; readonly id: string }
  | { readonly kind: 'alter.create'; readonly alter: Alter }
  | { readonly kind: 'alter.update'; readonly alter: Alter }
  | { readonly kind: 'tie.create'; readonly a: string; readonly b: string }
  | { readonly kind: 'snapshot.patch'; readonly fields: Readonly<Record<string, unknown>> };

export function operationsBetween(from: Snapshot, to: Snapshot): Operation[] {
  const fromAlters = new Map(from.alters.map((a) => [a.id, a]));
  const toAlters = new Map(to.alters.map((a) => [a.id, a]));
  const fromTies = new Map(from.ties.map((t) => [tieKey(t), t]));
  const toTies = new Map(to.ties.map((t) => [tieKey(t), t]));
  const ops: Operation[] = [];
  for (const [key, [a, b]] of fromTies) if (!toTies.has(key) && toAlters.has(a) && toAlters.has(b)) ops.push({ kind: 'tie.delete', a, b });
  for (const id of fromAlters.keys()) if (!toAlters.has(id)) ops.push({ kind: 'alter.delete', id });
  for (const alter of to.alters) if (!fromAlters.has(alter.id)) ops.push({ kind: 'alter.create', alter });
  for (const alter of to.alters) {
    const before = fromAlters.get(alter.id);
    if (before && !same(before, alter)) ops.push({ kind: 'alter.update', alter });
  }
  for (const [key, [a, b]] of toTies) if (!fromTies.has(key)) ops.push({ kind: 'tie.create', a, b });
  const fields: Record<string, unknown> = {};
  const f = from as unknown as Rec;
  const t = to as unknown as Rec;
  for (const field of HEADER_FIELDS) if (!same(f[field], t[field])) fields[field] = t[field] ?? null;
  if (Object.keys(fields).length > 0) ops.push({ kind: 'snapshot.patch', fields });
  return ops;
}

/**
 * Small-cell suppression for a breakdown shown with its total (docs/survey.md, rules SC1–SC7).
 *
 * The table: rows are the groups of one breakdown plus the total row; columns are quantities
 * (respondents, n per item, count per measure). Every total is the sum of the group rows
 * (SC0), and every row obeys the same linear constraints (count ≤ n, n ≤ respondents, ...), group
 * rows also their lower bounds (a group shown has at least one respondent).
 *
 * A reader who knows these relations and sees the shown numbers can work out a hidden one when the
 * relations pin it to a single value (by subtraction from a total, or squeezed between bounds;
 * a value pinned to 0 counts too). The algorithm makes sure that never happens by keeping, for
 * every hidden value, a *witness*: a second table that agrees with everything shown and satisfies
 * every relation, but has that value one higher or one lower. Two consistent tables with different
 * values mean the value cannot be pinned, whatever reasoning the reader uses.
 *
 * A witness is a move of ±1 between two rows: a group row A and another group row B (A gains what
 * B loses, so every total stays), or A and the total row (both gain), over a set of quantities
 * that are all hidden in both rows. The set starts with the value's own quantity and grows with
 * the quantities needed to keep the constraints (count up in A needs n up in A, and so on).
 */

/** Σ a·value[q] ≤ bound over the quantities of one row. */
export interface LinearConstraint {
  readonly terms: readonly { readonly q: number; readonly a: number }[];
  readonly bound: number;
}

export interface SuppressionTable {
  /** Names of the quantities (for messages and witnesses). */
  readonly quantities: readonly string[];
  /** True values, one row per group, one entry per quantity. */
  readonly groups: readonly (readonly number[])[];
  /** True totals; SC0: each is the sum of the group rows. */
  readonly total: readonly number[];
  /** Relations every row obeys (group rows and the total row). */
  readonly rowConstraints: readonly LinearConstraint[];
  /** Relations only group rows obey (e.g. respondents ≥ 1: an empty group is not listed). */
  readonly groupConstraints: readonly LinearConstraint[];
}

export interface SuppressionResult {
  /** [group][quantity]: true when the value is hidden. */
  readonly groups: readonly (readonly boolean[])[];
  readonly total: readonly boolean[];
}

/** A row index: 0..groups-1 for the groups, `groups.length` for the total row. */
type Row = number;

export interface Witness {
  readonly row: Row;
  readonly partner: Row;
  readonly delta: 1 | -1;
  readonly quantities: readonly number[];
}

/**
 * SC1–SC6. `threshold` ≤ 0 switches suppression off (SC7: only when asked for explicitly).
 */
export function suppressSmallCells(table: SuppressionTable, threshold: number): SuppressionResult {
  const g = table.groups.length;
  const width = table.quantities.length;
  const value = (row: Row, q: number): number => (row === g ? table.total[q] : table.groups[row]?.[q]) as number;
  const hidden: boolean[][] = Array.from({ length: g + 1 }, () => new Array<boolean>(width).fill(false));
  if (threshold <= 0) return result(hidden, g);

  // SC1: every value below the threshold, in the groups and in the total row, 0 included.
  const queue: [Row, number][] = [];
  for (let row = 0; row <= g; row++) {
    for (let q = 0; q < width; q++) {
      if (value(row, q) < threshold) {
        (hidden[row] as boolean[])[q] = true;
        queue.push([row, q]);
      }
    }
  }

  const isHidden = (row: Row, q: number): boolean => (hidden[row] as boolean[])[q] as boolean;
  // SC2–SC5: until every hidden value has a witness.
  while (queue.length > 0) {
    const [row, q] = queue.shift() as [Row, number];
    if (findWitness(table, row, q, isHidden) !== null) continue;
    const needed = cheapestProtection(table, row, q, isHidden);
    for (const [r, qq] of needed) {
      if (!isHidden(r, qq)) {
        (hidden[r] as boolean[])[qq] = true;
        queue.push([r, qq]);
      }
    }
  }
  return result(hidden, g);
}

function result(hidden: boolean[][], g: number): SuppressionResult {
  return { groups: hidden.slice(0, g), total: hidden[g] as boolean[] };
}

/** SC2: a witness for the hidden value (row, q) among the values hidden now, or null. */
export function findWitness(table: SuppressionTable, row: Row, q: number, isHidden: (row: Row, q: number) => boolean): Witness | null {
  const g = table.groups.length;
  for (const partner of partnersOf(row, g)) {
    for (const delta of [1, -1] as const) {
      const move = closeMove(table, row, partner, delta, q, isHidden, false);
      if (move !== null) return { row, partner, delta, quantities: move.quantities };
    }
  }
  return null;
}

/** Other group rows first, then the total row; for the total row, every group row. */
function partnersOf(row: Row, g: number): Row[] {
  const out: Row[] = [];
  for (let r = 0; r < g; r++) if (r !== row) out.push(r);
  if (row !== g) out.push(g);
  return out;
}

/**
 * SC3–SC5: the fewest values to hide next so that (row, q) gets a witness. SC3: partners are the
 * other group rows (the total row is not touched, so the totals are the same in every breakdown of
 * the same answers: breakdowns shown together share only their totals). SC4: among the possible
 * moves the one that hides the fewest values, then the smallest sum of them (the least information
 * lost), then the first group. SC5: when no move inside the groups works, the total row is the
 * partner (a move that adds to both always satisfies the constraints).
 */
function cheapestProtection(table: SuppressionTable, row: Row, q: number, isHidden: (row: Row, q: number) => boolean): readonly [Row, number][] {
  const g = table.groups.length;
  let best: { cells: [Row, number][]; cost: number } | null = null;
  const value = (r: Row, qq: number): number => (r === g ? table.total[qq] : table.groups[r]?.[qq]) as number;
  const candidates = row === g ? partnersOf(row, g) : partnersOf(row, g).filter((r) => r !== g);
  for (const partner of candidates) {
    for (const delta of [1, -1] as const) {
      const move = closeMove(table, row, partner, delta, q, isHidden, true);
      if (move === null) continue;
      const cost = move.cells.reduce((sum, [r, qq]) => sum + value(r, qq), 0);
      if (best === null || move.cells.length < best.cells.length || (move.cells.length === best.cells.length && cost < best.cost)) {
        best = { cells: move.cells, cost };
      }
    }
  }
  if (best !== null) return best.cells;
  const move = closeMove(table, row, g, 1, q, isHidden, true);
  if (move === null) throw new Error('suppressSmallCells: a move with the total row must always exist');
  return move.cells;
}

/**
 * Grows a move of `delta` on (row, q) against `partner` until it satisfies every constraint, adding
 * for each broken constraint a quantity whose shift repairs it. Strict: every quantity must already
 * be hidden in both rows. Permissive: it may need more hidden; those cells are returned.
 */
function closeMove(
  table: SuppressionTable, row: Row, partner: Row, delta: 1 | -1, q: number,
  isHidden: (row: Row, q: number) => boolean, permissive: boolean,
): { quantities: number[]; cells: [Row, number][] } | null {
  const g = table.groups.length;
  const width = table.quantities.length;
  const shiftOf = (r: Row): number => (r === row ? delta : partner === g ? delta : -delta);
  const rowValues = (r: Row): readonly number[] => (r === g ? table.total : table.groups[r]) as readonly number[];
  const chosen = new Set<number>([q]);
  for (let round = 0; round <= width; round++) {
    const broken = firstBroken(table, [row, partner], chosen, shiftOf, rowValues);
    if (broken === null) break;
    const [r, constraint] = broken;
    const fixer = constraint.terms.find((t) => !chosen.has(t.q) && t.a * shiftOf(r) < 0);
    if (fixer === undefined) return null;
    chosen.add(fixer.q);
  }
  if (firstBroken(table, [row, partner], chosen, shiftOf, rowValues) !== null) return null;
  const cells: [Row, number][] = [];
  for (const qq of [...chosen].sort((a, b) => a - b)) {
    for (const r of [row, partner]) {
      if (isHidden(r, qq)) continue;
      if (!permissive) return null;
      cells.push([r, qq]);
    }
  }
  return { quantities: [...chosen].sort((a, b) => a - b), cells };
}

function firstBroken(
  table: SuppressionTable, rows: readonly Row[], chosen: ReadonlySet<number>,
  shiftOf: (r: Row) => number, rowValues: (r: Row) => readonly number[],
): [Row, LinearConstraint] | null {
  const g = table.groups.length;
  for (const r of rows) {
    const values = rowValues(r);
    const shift = shiftOf(r);
    const constraints = r === g ? table.rowConstraints : [...table.rowConstraints, ...table.groupConstraints];
    for (const c of constraints) {
      let sum = 0;
      for (const t of c.terms) sum += t.a * ((values[t.q] as number) + (chosen.has(t.q) ? shift : 0));
      if (sum > c.bound) return [r, c];
    }
    // Every value is a count: never below 0.
    for (const q of chosen) if ((values[q] as number) + shift < 0) return [r, { terms: [{ q, a: -1 }], bound: 0 }];
  }
  return null;
}

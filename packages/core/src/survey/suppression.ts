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
 * `totalHidden`: values of the total row to hide from the start (SC6: the same total row for every
 * breakdown of the same answers).
 */
export function suppressSmallCells(table: SuppressionTable, threshold: number, options: { readonly totalHidden?: readonly boolean[] } = {}): SuppressionResult {
  const g = table.groups.length;
  const width = table.quantities.length;
  const value = (row: Row, q: number): number => (row === g ? table.total[q] : table.groups[row]?.[q]) as number;
  const hidden: boolean[][] = Array.from({ length: g + 1 }, () => new Array<boolean>(width).fill(false));
  if (threshold <= 0) return result(hidden, g);

  // SC1: every value below the threshold, in the groups and in the total row, 0 included.
  const queue: [Row, number][] = [];
  for (let row = 0; row <= g; row++) {
    for (let q = 0; q < width; q++) {
      if (value(row, q) < threshold || (row === g && options.totalHidden?.[q] === true)) {
        (hidden[row] as boolean[])[q] = true;
        queue.push([row, q]);
      }
    }
  }

  // With no group listed, nobody answered: the totals are 0 by definition and there is no one to protect.
  if (g === 0) return result(hidden, g);
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
  for (const plan of movePlans(table, row)) {
    const move = closeMove(table, plan, q, isHidden, false);
    if (move !== null) return { row: plan.group, partner: plan.pair ?? table.groups.length, delta: plan.delta, quantities: move.quantities };
  }
  return null;
}

/**
 * A move: `group` changes by `delta`; each quantity of the move is balanced either by the group
 * `pair` changing the other way or by the total row changing the same way ('total'). A hidden value
 * of the total row moves with some group, its own quantity balanced by the total.
 */
interface MovePlan {
  readonly group: Row;
  readonly pair: Row | null;
  readonly delta: 1 | -1;
  /** How the starting quantity is balanced. */
  readonly first: 'pair' | 'total';
}

function movePlans(table: SuppressionTable, row: Row, allowTotal = true): MovePlan[] {
  const g = table.groups.length;
  const plans: MovePlan[] = [];
  if (row === g) {
    for (let group = 0; group < g; group++) {
      for (const pair of [...otherGroups(group, g), null]) for (const delta of [1, -1] as const) plans.push({ group, pair, delta, first: 'total' });
    }
    return plans;
  }
  for (const pair of [...otherGroups(row, g), null]) {
    for (const delta of [1, -1] as const) {
      if (pair !== null) plans.push({ group: row, pair, delta, first: 'pair' });
      if (allowTotal) plans.push({ group: row, pair, delta, first: 'total' });
    }
  }
  return plans;
}

function otherGroups(row: Row, g: number): Row[] {
  const out: Row[] = [];
  for (let r = 0; r < g; r++) if (r !== row) out.push(r);
  return out;
}

/**
 * SC3–SC5: the fewest values to hide next so that (row, q) gets a witness. SC3: a group's value is
 * balanced inside the groups, and the total row is used only where it is already hidden (SC1), so
 * the totals are the same in every breakdown of the same answers: breakdowns shown together share
 * only their totals. SC4: among the possible moves the one that hides the fewest values, then the
 * smallest sum of them (the least information lost), then the first group. SC5: when no move works
 * inside the groups, the total row balances the move (adding to a group and to the total always
 * satisfies the constraints), hiding total values as needed.
 */
function cheapestProtection(table: SuppressionTable, row: Row, q: number, isHidden: (row: Row, q: number) => boolean): readonly [Row, number][] {
  const g = table.groups.length;
  const value = (r: Row, qq: number): number => (r === g ? table.total[qq] : table.groups[r]?.[qq]) as number;
  for (const totalMayGrow of [false, true]) {
    let best: { cells: [Row, number][]; cost: number } | null = null;
    for (const plan of movePlans(table, row)) {
      const move = closeMove(table, plan, q, isHidden, true, totalMayGrow);
      if (move === null) continue;
      const cost = move.cells.reduce((sum, [r, qq]) => sum + value(r, qq), 0);
      if (best === null || move.cells.length < best.cells.length || (move.cells.length === best.cells.length && cost < best.cost)) {
        best = { cells: move.cells, cost };
      }
    }
    if (best !== null) return best.cells;
  }
  throw new Error('suppressSmallCells: a move with the total row must always exist');
}

/**
 * Grows a move on (plan.group, q) until it satisfies every constraint, adding for each broken
 * constraint a quantity whose shift repairs it. Strict: every value it touches must already be
 * hidden. Permissive: it may need more hidden (never in the total row unless `totalMayGrow`);
 * those cells are returned.
 */
function closeMove(
  table: SuppressionTable, plan: MovePlan, q: number,
  isHidden: (row: Row, q: number) => boolean, permissive: boolean, totalMayGrow = false,
): { quantities: number[]; cells: [Row, number][] } | null {
  const g = table.groups.length;
  const width = table.quantities.length;
  const { group, pair, delta } = plan;
  const mode = new Map<number, 'pair' | 'total'>();
  const rowValues = (r: Row): readonly number[] => (r === g ? table.total : table.groups[r]) as readonly number[];
  const usable = (qq: number, m: 'pair' | 'total'): boolean => {
    if (m === 'pair' && pair === null) return false;
    const other = m === 'pair' ? (pair as Row) : g;
    if (isHidden(group, qq) && isHidden(other, qq)) return true;
    if (!permissive) return false;
    return m === 'pair' || totalMayGrow || isHidden(g, qq);
  };
  const shiftOf = (r: Row, qq: number): number => {
    const m = mode.get(qq);
    if (m === undefined) return 0;
    if (r === group) return delta;
    if (r === g) return m === 'total' ? delta : 0;
    return r === pair && m === 'pair' ? -delta : 0;
  };
  if (!usable(q, plan.first)) return null;
  mode.set(q, plan.first);
  for (let round = 0; round <= width; round++) {
    const broken = firstBroken(table, [group, pair, g], mode, shiftOf, rowValues);
    if (broken === null) break;
    const [r, constraint] = broken;
    let fixed = false;
    for (const t of constraint.terms) {
      if (mode.has(t.q)) continue;
      const options: ('pair' | 'total')[] = r === group ? ['total', 'pair'] : r === g ? ['total'] : ['pair'];
      // The shift this quantity would get in the broken row must pull the sum down.
      const sign = r === group || r === g ? delta : -delta;
      if (t.a * sign >= 0) continue;
      const m = options.find((o) => usable(t.q, o) && (isHidden(group, t.q) && isHidden(o === 'pair' ? (pair ?? g) : g, t.q)))
        ?? options.find((o) => usable(t.q, o));
      if (m === undefined) continue;
      mode.set(t.q, m);
      fixed = true;
      break;
    }
    if (!fixed) return null;
  }
  if (firstBroken(table, [group, pair, g], mode, shiftOf, rowValues) !== null) return null;
  const cells: [Row, number][] = [];
  const quantities = [...mode.keys()].sort((a, b) => a - b);
  for (const qq of quantities) {
    for (const r of [group, mode.get(qq) === 'pair' ? (pair as Row) : g]) {
      if (isHidden(r, qq)) continue;
      if (!permissive) return null;
      cells.push([r, qq]);
    }
  }
  return { quantities, cells };
}

function firstBroken(
  table: SuppressionTable, rows: readonly (Row | null)[], mode: ReadonlyMap<number, unknown>,
  shiftOf: (r: Row, q: number) => number, rowValues: (r: Row) => readonly number[],
): [Row, LinearConstraint] | null {
  const g = table.groups.length;
  for (const r of rows) {
    if (r === null) continue;
    const values = rowValues(r);
    for (const list of r === g ? [table.rowConstraints] : [table.rowConstraints, table.groupConstraints]) {
      for (const c of list) {
        let sum = 0;
        for (const t of c.terms) sum += t.a * ((values[t.q] as number) + shiftOf(r, t.q));
        if (sum > c.bound) return [r, c];
      }
    }
    // Every value is a count: never below 0.
    for (const q of mode.keys()) if ((values[q] as number) + shiftOf(r, q) < 0) return [r, { terms: [{ q, a: -1 }], bound: 0 }];
  }
  return null;
}

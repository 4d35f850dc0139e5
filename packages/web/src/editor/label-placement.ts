import type { Point } from './geometry.js';

/**
 * Places name labels next to people so that no two labels overlap and no label covers a person.
 * Greedy, in priority order: each label tries candidate places round its person, nearest first
 * (right, left, above, below, the diagonals), then further out; a label with no free place is left
 * out (the name stays in the person's accessible name and shows when selected or focused).
 * A uniform grid keeps it fast: 150 people place in well under a frame.
 */
export interface LabelInput {
  readonly id: string;
  readonly at: Point;
  readonly width: number;
  readonly height: number;
  /** Radius of the person's mark, which labels keep clear of. */
  readonly radius: number;
  /**
   * Narrower boxes to try, in order, when the full width finds no free place anywhere round the
   * person (the name cut shorter): a name is cut only when it does not fit.
   */
  readonly narrower?: readonly number[];
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelPlacement {
  /** The label's box (top-left corner and size), or null when it could not be placed. */
  readonly box: Box | null;
  /** Which width was used: 0 the full one, n the n-th of `narrower`. */
  readonly variant: number;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Rough width of a text in a sans-serif font: enough to keep labels apart, no DOM needed. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[iljtf.,'’ ]/.test(ch) ? 0.32 : /[mwMW]/.test(ch) ? 0.85 : /[A-Z]/.test(ch) ? 0.68 : 0.56;
  return units * fontSize;
}

/**
 * A uniform grid of boxes for collision tests. Cells are keyed by one number (no strings are made
 * per test): placing the names of 150 people tests tens of thousands of candidate boxes.
 */
class Grid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}

  private static key(x: number, y: number): number {
    // Cells from -32768 to 32767 on both axes: far beyond any drawing.
    return (x + 32768) * 65536 + (y + 32768);
  }

  add(box: Box): void {
    const x0 = Math.floor(box.x / this.size);
    const x1 = Math.floor((box.x + box.width) / this.size);
    const y0 = Math.floor(box.y / this.size);
    const y1 = Math.floor((box.y + box.height) / this.size);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = Grid.key(x, y);
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }

  collides(box: Box): boolean {
    const x0 = Math.floor(box.x / this.size);
    const x1 = Math.floor((box.x + box.width) / this.size);
    const y0 = Math.floor(box.y / this.size);
    const y1 = Math.floor((box.y + box.height) / this.size);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(Grid.key(x, y));
        if (!list) continue;
        for (const other of list) if (boxesOverlap(box, other)) return true;
      }
    }
    return false;
  }
}

/** Directions tried round a person, as unit offsets of where the label's centre goes. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
  [1, -0.5], [-1, -0.5], [1, 0.5], [-1, 0.5],
];
/** Further out a label gets a thin leader line to its person (drawn by the component). */
const GAPS = [2, 10, 20, 34, 52, 74];

function candidate(item: LabelInput, width: number, [dx, dy]: readonly [number, number], gap: number): Box {
  const reach = item.radius + gap;
  const cx = item.at.x + dx * (reach + width / 2);
  const cy = item.at.y + dy * (reach + item.height / 2);
  return { x: cx - width / 2, y: cy - item.height / 2, width, height: item.height };
}

/**
 * Places labels in the order given (put the selected and closest people first). `obstacles` are
 * extra boxes to keep clear of (the ego in the centre). Returns a placement per id.
 */
export function placeLabels(items: readonly LabelInput[], obstacles: readonly Box[] = []): ReadonlyMap<string, LabelPlacement> {
  const maxHeight = items.reduce((m, i) => Math.max(m, i.height), 10);
  const grid = new Grid(Math.max(16, maxHeight * 3));
  const marks = new Map<string, Box>();
  for (const item of items) {
    const mark = { x: item.at.x - item.radius, y: item.at.y - item.radius, width: item.radius * 2, height: item.radius * 2 };
    marks.set(item.id, mark);
    grid.add(mark);
  }
  for (const box of obstacles) grid.add(box);
  const out = new Map<string, LabelPlacement>();
  for (const item of items) {
    let placed: Box | null = null;
    let variant = 0;
    const widths = [item.width, ...(item.narrower ?? [])];
    search: for (const [v, width] of widths.entries()) {
      for (const gap of GAPS) {
        for (const direction of DIRECTIONS) {
          const box = candidate(item, width, direction, gap);
          if (!grid.collides(box)) {
            placed = box;
            variant = v;
            break search;
          }
        }
      }
    }
    if (placed) grid.add(placed);
    out.set(item.id, { box: placed, variant });
  }
  return out;
}

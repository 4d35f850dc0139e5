import type { Alter, AlterId } from '@netwerkkracht/core';
import type { Point } from './geometry.js';
import { EGO_DISTANCE, MAP_RADIUS } from './geometry.js';
import { estimateTextWidth, placeLabels, type Box } from './label-placement.js';

/** Label font size in map units at zoom 1 (drawings for reading); labels keep their size on screen when zooming. */
export const LABEL_FONT = 22;
/** Label font size in CSS pixels on the editor's map, whatever the size of the screen. */
export const LABEL_PX = 13;
/** Names are never cut shorter than this many characters (plus the ellipsis). */
const SHORTEST_CUT = 6;

/**
 * Shorter forms of a name, longest first, tried only when the whole name finds no room: the name
 * up to a word boundary or cut with an ellipsis at about 3/4, 1/2 and 1/3 of its length.
 */
export function shorterNames(name: string): string[] {
  const out: string[] = [];
  for (const share of [0.75, 0.5, 0.34]) {
    const length = Math.max(SHORTEST_CUT, Math.round(name.length * share));
    if (length >= name.length) continue;
    const cut = `${name.slice(0, length).trimEnd()}…`;
    if (!out.includes(cut)) out.push(cut);
  }
  return out;
}

export interface PlacedLabel {
  readonly id: AlterId;
  readonly text: string;
  readonly box: Box;
  /** Where the leader line starts (the person) when the label sits away from its person. */
  readonly anchor: Point | null;
}

/**
 * The labels of a map at a zoom level: the selected person first, then by ring (closest first),
 * so the people who matter most keep their names when space runs out.
 */
export function mapLabels(alters: readonly Alter[], layout: ReadonlyMap<AlterId, Point>, zoom: number, markRadius: number, selected: AlterId | null, obstacles: readonly Box[] = [], font = LABEL_FONT / zoom): PlacedLabel[] {
  const ordered = [...alters].sort((a, b) => (a.id === selected ? -1 : b.id === selected ? 1 : a.ring - b.ring));
  const items = ordered.flatMap((alter) => {
    const at = layout.get(alter.id);
    if (!at) return [];
    const text = alter.name;
    const shorter = shorterNames(text);
    const pad = font * 0.3;
    // Clear of the selection ring too, so the selected person's name is never half covered.
    return [{
      id: alter.id, at, width: estimateTextWidth(text, font) + pad, height: font * 1.25, radius: markRadius + 5, text, shorter,
      narrower: shorter.map((s) => estimateTextWidth(s, font) + pad),
    }];
  });
  const ego = EGO_DISTANCE * MAP_RADIUS * 0.8;
  const placements = placeLabels(items, [{ x: -ego, y: -ego, width: ego * 2, height: ego * 2 }, ...obstacles]);
  const out: PlacedLabel[] = [];
  for (const item of items) {
    const placement = placements.get(item.id);
    const box = placement?.box;
    if (!placement || !box) continue;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const far = Math.hypot(cx - item.at.x, cy - item.at.y) > item.radius + Math.max(box.width, box.height) / 2 + font * 0.55;
    const text = placement.variant === 0 ? item.text : item.shorter[placement.variant - 1] ?? item.text;
    out.push({ id: item.id as AlterId, text, box, anchor: far ? item.at : null });
  }
  return out;
}

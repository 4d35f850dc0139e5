import type { Alter, AlterId } from '@netwerkkracht/core';
import type { Point } from './geometry.js';
import { EGO_DISTANCE, MAP_RADIUS } from './geometry.js';
import { estimateTextWidth, placeLabels, type Box } from './label-placement.js';

/** Label font size in map units at zoom 1; labels keep their size on screen when zooming. */
export const LABEL_FONT = 22;
const MAX_LABEL_CHARS = 16;

export function shortName(name: string): string {
  return name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1)}…` : name;
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
export function mapLabels(alters: readonly Alter[], layout: ReadonlyMap<AlterId, Point>, zoom: number, markRadius: number, selected: AlterId | null, obstacles: readonly Box[] = []): PlacedLabel[] {
  const font = LABEL_FONT / zoom;
  const ordered = [...alters].sort((a, b) => (a.id === selected ? -1 : b.id === selected ? 1 : a.ring - b.ring));
  const items = ordered.flatMap((alter) => {
    const at = layout.get(alter.id);
    if (!at) return [];
    const text = shortName(alter.name);
    // Clear of the selection ring too, so the selected person's name is never half covered.
    return [{ id: alter.id, at, width: estimateTextWidth(text, font) + 4 / zoom, height: font * 1.25, radius: markRadius + 5, text }];
  });
  const ego = EGO_DISTANCE * MAP_RADIUS * 0.8;
  const placements = placeLabels(items, [{ x: -ego, y: -ego, width: ego * 2, height: ego * 2 }, ...obstacles]);
  const out: PlacedLabel[] = [];
  for (const item of items) {
    const box = placements.get(item.id)?.box;
    if (!box) continue;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const far = Math.hypot(cx - item.at.x, cy - item.at.y) > item.radius + Math.max(box.width, box.height) / 2 + 12 / zoom;
    out.push({ id: item.id as AlterId, text: item.text, box, anchor: far ? item.at : null });
  }
  return out;
}

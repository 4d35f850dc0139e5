import type { SectorCode, SectorSchemeCode } from '@netwerkkracht/core';
import { MAP_RADIUS, polarToCartesian, zonesOf } from './geometry.js';
import { boxesOverlap, estimateTextWidth, type Box } from './label-placement.js';

/** Sector name size in map units for drawings for reading (versions, print). */
export const SECTOR_FONT = 22;

/**
 * Where the sector names go round the circle: `sides` just outside the circle at the middle of
 * each wedge, running away from it (wide screens); `above` in a row above and below the circle
 * (portrait screens), so the circle can take the whole width.
 */
export type SectorPlacement = 'sides' | 'above';

export interface SectorLabel {
  readonly sector: SectorCode | null;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly baseline: 'auto' | 'hanging';
  /** The space the text takes, for the name labels to keep clear of. */
  readonly box: Box;
}

/** Where the sector names go, never over the people inside the circle. */
export function sectorLabels(scheme: SectorSchemeCode, textOf: (sector: SectorCode | null) => string, font = SECTOR_FONT, placement: SectorPlacement = 'sides'): SectorLabel[] {
  const zones = zonesOf(scheme);
  if (placement === 'above') return aboveAndBelow(zones, textOf, font);
  return zones.map((zone) => {
    const mid = ((zone.start + zone.end) / 2) % 360;
    const p = polarToCartesian({ angle: mid, distance: 1.04 });
    const anchor = Math.abs(p.x) < MAP_RADIUS * 0.25 ? 'middle' : p.x > 0 ? 'start' : 'end';
    const baseline = p.y < 0 ? 'auto' : 'hanging';
    const width = estimateTextWidth(textOf(zone.sector), font) * 1.1;
    const height = font * 1.3;
    const x = anchor === 'start' ? p.x : anchor === 'end' ? p.x - width : p.x - width / 2;
    const y = baseline === 'auto' ? p.y - height : p.y;
    return { sector: zone.sector, x: p.x, y: p.y, anchor, baseline, box: { x, y, width, height } };
  });
}

function aboveAndBelow(zones: ReturnType<typeof zonesOf>, textOf: (sector: SectorCode | null) => string, font: number): SectorLabel[] {
  const height = font * 1.3;
  const gap = font * 0.4;
  const placed: Box[] = [];
  return zones.map((zone) => {
    const mid = ((zone.start + zone.end) / 2) % 360;
    const p = polarToCartesian({ angle: mid, distance: 1 });
    const up = p.y < 0;
    const width = estimateTextWidth(textOf(zone.sector), font) * 1.1;
    // Centred over the wedge, but kept within the circle's width.
    const half = Math.min(width / 2, MAP_RADIUS);
    const cx = Math.max(-MAP_RADIUS + half, Math.min(MAP_RADIUS - half, p.x));
    let row = 0;
    let box: Box;
    // A name that would overlap one already placed moves one row further out.
    for (;;) {
      const y = up ? -MAP_RADIUS - gap - height * (row + 1) : MAP_RADIUS + gap + height * row;
      box = { x: cx - width / 2, y, width, height };
      if (!placed.some((other) => boxesOverlap(box, other)) || row > zones.length) break;
      row += 1;
    }
    placed.push(box);
    return { sector: zone.sector, x: cx, y: up ? box.y + height : box.y, anchor: 'middle', baseline: up ? 'auto' : 'hanging', box };
  });
}

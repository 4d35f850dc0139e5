import type { SectorCode, SectorSchemeCode } from '@netwerkkracht/core';
import { MAP_RADIUS, polarToCartesian, zonesOf } from './geometry.js';
import { estimateTextWidth, type Box } from './label-placement.js';

export const SECTOR_FONT = 22;

export interface SectorLabel {
  readonly sector: SectorCode | null;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly baseline: 'auto' | 'hanging';
  /** The space the text takes, for the name labels to keep clear of. */
  readonly box: Box;
}

/**
 * Where the sector names go: just outside the circle at the middle of each wedge, running away
 * from the circle so a long name never covers the people inside.
 */
export function sectorLabels(scheme: SectorSchemeCode, textOf: (sector: SectorCode | null) => string): SectorLabel[] {
  return zonesOf(scheme).map((zone) => {
    const mid = ((zone.start + zone.end) / 2) % 360;
    const p = polarToCartesian({ angle: mid, distance: 1.04 });
    const anchor = Math.abs(p.x) < MAP_RADIUS * 0.25 ? 'middle' : p.x > 0 ? 'start' : 'end';
    const baseline = p.y < 0 ? 'auto' : 'hanging';
    const width = estimateTextWidth(textOf(zone.sector), SECTOR_FONT) * 1.1;
    const height = SECTOR_FONT * 1.3;
    const x = anchor === 'start' ? p.x : anchor === 'end' ? p.x - width : p.x - width / 2;
    const y = baseline === 'auto' ? p.y - height : p.y;
    return { sector: zone.sector, x: p.x, y: p.y, anchor, baseline, box: { x, y, width, height } };
  });
}

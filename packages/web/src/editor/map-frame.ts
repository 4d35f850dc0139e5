import type { SectorCode, SectorSchemeCode } from '@netwerkkracht/core';
import { MAP_RADIUS } from './geometry.js';
import type { Box } from './label-placement.js';
import { sectorLabels, type SectorLabel, type SectorPlacement } from './sector-labels.js';

/** Sector name size in CSS pixels on the editor's map. */
export const SECTOR_PX = 15;
/** Room kept free on the right for the zoom buttons (CSS pixels). */
export const ZOOM_STRIP_PX = 56;
/** Margin round the drawing (CSS pixels). */
const MARGIN_PX = 8;

export interface MapFrame {
  /** The SVG viewBox in map units: exactly the screen area's shape, the drawing centred in it. */
  readonly viewBox: Box;
  /** CSS pixels per map unit at zoom 1. */
  readonly pixelsPerUnit: number;
  readonly placement: SectorPlacement;
  /** The sector names at their screen size, in map units. */
  readonly sectorFont: number;
  readonly sectorLabels: readonly SectorLabel[];
}

function union(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Fits the whole map (the circle and every sector name, at a fixed screen size) into a screen area
 * of `width` × `height` CSS pixels, leaving the zoom buttons' strip free: as large as it can be.
 * A tall area puts the sector names above and below the circle, so the circle takes the width.
 * The names' size in map units depends on the scale and the scale on the names' room, so the fit
 * is repeated a few times; it settles within a pixel.
 */
export function fitMapFrame(width: number, height: number, scheme: SectorSchemeCode, textOf: (sector: SectorCode | null) => string): MapFrame {
  const w = Math.max(200, width);
  const h = Math.max(200, height);
  const usableWidth = w - ZOOM_STRIP_PX;
  const placement: SectorPlacement = h > usableWidth * 0.8 ? 'above' : 'sides';
  const circle = { x: -MAP_RADIUS, y: -MAP_RADIUS, width: 2 * MAP_RADIUS, height: 2 * MAP_RADIUS };
  let ppu = Math.min(usableWidth, h) / (2.6 * MAP_RADIUS);
  let labels: SectorLabel[] = [];
  let bounds = circle;
  for (let i = 0; i < 5; i++) {
    labels = sectorLabels(scheme, textOf, SECTOR_PX / ppu, placement);
    bounds = union([circle, ...labels.map((l) => l.box)]);
    const margin = MARGIN_PX * 2;
    ppu = Math.min((usableWidth - margin) / bounds.width, (h - margin) / bounds.height);
  }
  labels = sectorLabels(scheme, textOf, SECTOR_PX / ppu, placement);
  bounds = union([circle, ...labels.map((l) => l.box)]);
  const viewWidth = w / ppu;
  const viewHeight = h / ppu;
  // Centred in the area left of the zoom strip.
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  const x = cx - usableWidth / ppu / 2;
  const y = cy - viewHeight / 2;
  return { viewBox: { x, y, width: viewWidth, height: viewHeight }, pixelsPerUnit: ppu, placement, sectorFont: SECTOR_PX / ppu, sectorLabels: labels };
}

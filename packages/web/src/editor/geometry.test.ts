import { describe, expect, it } from 'vitest';
import {
  cartesianToPolar, cellAt, cellCentre, freePlaceInCell, hitTest, layoutAlters, MAP_RADIUS, neighbourSector,
  polarToCartesian, positionMatchesCell, ringAt, zonesOf,
} from './geometry.js';
import { docWith, generatedAlters, id } from './test-fixtures.js';

const shapeB = { sectorScheme: 'B', ringCount: 3 } as const;

describe('geometry', () => {
  it('polar and cartesian positions convert both ways (angle clockwise from the top)', () => {
    expect(polarToCartesian({ angle: 0, distance: 1 }).y).toBeCloseTo(-MAP_RADIUS);
    expect(polarToCartesian({ angle: 90, distance: 1 }).x).toBeCloseTo(MAP_RADIUS);
    for (const angle of [0, 10, 89.5, 180, 271, 359.9]) {
      for (const distance of [0.2, 0.55, 1]) {
        const back = cartesianToPolar(polarToCartesian({ angle, distance }));
        expect(back.angle).toBeCloseTo(angle, 6);
        expect(back.distance).toBeCloseTo(distance, 9);
      }
    }
  });

  it('the zones of a scheme cover the whole circle once, with an uncategorised wedge', () => {
    for (const scheme of ['A', 'B'] as const) {
      const zones = zonesOf(scheme);
      expect(zones.reduce((sum, z) => sum + (z.end - z.start), 0)).toBeCloseTo(360);
      expect(zones.filter((z) => z.sector === null)).toHaveLength(1);
      expect(zones).toHaveLength(scheme === 'A' ? 4 : 5);
    }
  });

  it('the ring of a point follows its distance; the ego disc and the outside have no ring', () => {
    expect(ringAt(0.05, 3)).toBeNull();
    expect(ringAt(1.01, 3)).toBeNull();
    expect(ringAt(0.2, 3)).toBe(1);
    expect(ringAt(0.6, 3)).toBe(2);
    expect(ringAt(1, 3)).toBe(3);
  });

  it('the centre of every cell lies in that cell (sector and ring of a point)', () => {
    for (const scheme of ['A', 'B'] as const) {
      for (const zone of zonesOf(scheme)) {
        for (const ring of [1, 2, 3, 4]) {
          const shape = { sectorScheme: scheme, ringCount: 4 };
          const at = polarToCartesian(cellCentre({ sector: zone.sector, ring }, shape));
          expect(cellAt(at, shape)).toEqual({ sector: zone.sector, ring });
        }
      }
    }
  });

  it('a free place in a cell stays in the cell and keeps away from people already there', () => {
    const cell = { sector: 'familie' as const, ring: 2 };
    const centre = polarToCartesian(cellCentre(cell, shapeB));
    const free = freePlaceInCell(cell, shapeB, [centre]);
    expect(positionMatchesCell(free, cell, shapeB)).toBe(true);
    const p = polarToCartesian(free);
    expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeGreaterThan(30);
  });

  it('the layout puts every person in their own sector and ring, also without a stored position', () => {
    const alters = docWith(generatedAlters(150)).snapshot.alters;
    const layout = layoutAlters(alters, shapeB);
    expect(layout.size).toBe(150);
    for (const alter of alters) {
      expect(cellAt(layout.get(alter.id)!, shapeB)).toEqual({ sector: alter.sector, ring: alter.ring });
    }
  });

  it('a stored position that still matches the cell is kept; one that does not is replaced', () => {
    const doc = docWith([
      { id: 'a', name: 'A', sector: 'familie', ring: 1, position: cellCentre({ sector: 'familie', ring: 1 }, shapeB) },
      { id: 'b', name: 'B', sector: 'familie', ring: 3, position: cellCentre({ sector: 'familie', ring: 1 }, shapeB) },
    ]);
    const layout = layoutAlters(doc.snapshot.alters, shapeB);
    expect(layout.get(id('a'))).toEqual(polarToCartesian(cellCentre({ sector: 'familie', ring: 1 }, shapeB)));
    expect(cellAt(layout.get(id('b'))!, shapeB)?.ring).toBe(3);
  });

  it('hit test finds the nearest person within the radius and nobody outside it', () => {
    const people = new Map([[id('a'), { x: 0, y: 0 }], [id('b'), { x: 10, y: 0 }]]);
    expect(hitTest({ x: 7, y: 0 }, people, 8)).toBe('b');
    expect(hitTest({ x: 2, y: 1 }, people, 8)).toBe('a');
    expect(hitTest({ x: 50, y: 50 }, people, 8)).toBeNull();
  });

  it('the neighbouring sector wraps round the circle, through the uncategorised zone', () => {
    expect(neighbourSector('B', 'familie', 1)).toBe('vrienden_kennissen');
    expect(neighbourSector('B', 'hulpverlening', 1)).toBeNull();
    expect(neighbourSector('B', null, 1)).toBe('familie');
    expect(neighbourSector('B', 'familie', -1)).toBeNull();
  });
});

describe('pinned positions', () => {
  it('after pinning, every person keeps their place when another one moves', async () => {
    const { pinPositions } = await import('./geometry.js');
    const doc = docWith(generatedAlters(12));
    const pinned = pinPositions(doc.snapshot.alters, shapeB);
    const before = layoutAlters(pinned, shapeB);
    const moved = pinned.map((a, i) => (i === 0 ? { ...a, ring: 3, position: undefined } : a));
    const after = layoutAlters(moved, shapeB);
    for (const a of pinned.slice(1)) expect(after.get(a.id)).toEqual(before.get(a.id));
    expect(pinPositions(pinned, shapeB)).toBe(pinned);
  });
});

describe('layout spacing', () => {
  it('with up to 150 generated people no two marks overlap', async () => {
    const { MARK_RADIUS } = await import('./geometry.js');
    for (const n of [10, 30, 60, 100, 150]) {
      const doc = docWith(generatedAlters(n));
      const points = [...layoutAlters(doc.snapshot.alters, doc).values()];
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          const d = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
          expect(d).toBeGreaterThanOrEqual(2 * MARK_RADIUS);
        }
      }
    }
  });
});

describe('places clear of the borders', () => {
  it('a point on a ring border or a sector side is moved just inside its own cell, a point well inside stays', async () => {
    const { insideCell, EDGE_CLEARANCE, ringBounds, polarToCartesian, cellAt } = await import('./geometry.js');
    const shape = { sectorScheme: 'B', ringCount: 3 } as const;
    const cell = { sector: 'hulpverlening', ring: 2 } as const;
    const onBorder = polarToCartesian({ angle: 100, distance: ringBounds(2, 3).outer - 0.001 });
    const moved = insideCell(onBorder, cell, shape);
    expect(cellAt(polarToCartesian(moved), shape)).toEqual(cell);
    expect(ringBounds(2, 3).outer * MAP_RADIUS - moved.distance * MAP_RADIUS).toBeGreaterThanOrEqual(EDGE_CLEARANCE - 1e-6);
    const well = polarToCartesian({ angle: 120, distance: 0.5 });
    const kept = insideCell(well, cell, shape);
    expect(kept.angle).toBeCloseTo(120, 6);
    expect(kept.distance).toBeCloseTo(0.5, 6);
  });
});

describe('the map frame', () => {
  it('fits the circle and every sector name into the screen area, names above and below on a tall area', async () => {
    const { fitMapFrame, SECTOR_PX } = await import('./map-frame.js');
    const textOf = (s: string | null) => (s ?? 'Niet ingedeeld').replace('_', ' ');
    for (const [w, h, placement] of [[900, 600, 'sides'], [1000, 1050, 'above']] as const) {
      const frame = fitMapFrame(w, h, 'B', textOf);
      expect(frame.placement).toBe(placement);
      const vb = frame.viewBox;
      expect(vb.width * frame.pixelsPerUnit).toBeCloseTo(w, 6);
      for (const box of [{ x: -MAP_RADIUS, y: -MAP_RADIUS, width: 2 * MAP_RADIUS, height: 2 * MAP_RADIUS }, ...frame.sectorLabels.map((l) => l.box)]) {
        expect(box.x).toBeGreaterThanOrEqual(vb.x);
        expect(box.y).toBeGreaterThanOrEqual(vb.y);
        expect(box.x + box.width).toBeLessThanOrEqual(vb.x + vb.width);
        expect(box.y + box.height).toBeLessThanOrEqual(vb.y + vb.height);
      }
      expect(frame.sectorFont * frame.pixelsPerUnit).toBeCloseTo(SECTOR_PX, 6);
    }
    // A portrait tablet's map area: the circle takes more than 3/4 of the width.
    expect(2 * MAP_RADIUS * fitMapFrame(1000, 1050, 'B', textOf).pixelsPerUnit).toBeGreaterThan(0.75 * 1024);
  });
});

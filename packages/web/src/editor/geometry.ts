import type { Alter, AlterId, Position, SectorCode, SectorSchemeCode } from '@netwerkkracht/core';
import { sectorCodesOf } from '@netwerkkracht/core';

/**
 * Pure geometry of the netwerkkaart drawing. The stored position is polar (core's PositionSchema):
 * an angle in degrees clockwise from the top and a distance 0 (centre) .. 1 (outer edge). The
 * drawing is in "map units": the outer edge of the last ring lies at MAP_RADIUS from the centre.
 *
 * Layout: the ego sits in a disc at the centre; rings of equal width around it (ring 1 closest);
 * the sectors of the scheme share the circle, and the uncategorised zone is a narrower wedge at the
 * bottom so that leaving someone uncategorised is always possible but never the first choice.
 */

export const MAP_RADIUS = 500;
/** The ego disc, as a share of the radius: nobody is placed inside it. */
export const EGO_DISTANCE = 0.14;
/** Radius of a person's mark, in map units: the layout keeps marks from touching. */
export const MARK_RADIUS = 14;
/** Width of the uncategorised wedge, in degrees. */
export const UNCATEGORISED_WIDTH = 36;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface MapShape {
  readonly sectorScheme: SectorSchemeCode;
  readonly ringCount: number;
}

/** One wedge of the drawing: a sector of the scheme, or null for the uncategorised zone. */
export interface Zone {
  readonly sector: SectorCode | null;
  /** Start and end angle in degrees, clockwise from the top; end may exceed 360 (it wraps). */
  readonly start: number;
  readonly end: number;
}

/** A place on the drawing: which sector (or none) and which ring. */
export interface Cell {
  readonly sector: SectorCode | null;
  readonly ring: number;
}

export function normaliseAngle(angle: number): number {
  const a = angle % 360;
  return a < 0 ? a + 360 : a;
}

export function polarToCartesian(position: Position): Point {
  const radians = (position.angle * Math.PI) / 180;
  const r = position.distance * MAP_RADIUS;
  return { x: Math.sin(radians) * r, y: -Math.cos(radians) * r };
}

/** The polar form of a point; the distance is not clamped (a point outside the map is > 1). */
export function cartesianToPolar(point: Point): { angle: number; distance: number } {
  const distance = Math.hypot(point.x, point.y) / MAP_RADIUS;
  if (distance === 0) return { angle: 0, distance: 0 };
  const angle = normaliseAngle((Math.atan2(point.x, -point.y) * 180) / Math.PI);
  return { angle, distance };
}

/** The zones of a scheme in drawing order: the sectors clockwise, then the uncategorised wedge. */
export function zonesOf(scheme: SectorSchemeCode): readonly Zone[] {
  const sectors = sectorCodesOf(scheme);
  const width = (360 - UNCATEGORISED_WIDTH) / sectors.length;
  const first = 180 + UNCATEGORISED_WIDTH / 2;
  const zones: Zone[] = sectors.map((sector, i) => ({ sector, start: first + i * width, end: first + (i + 1) * width }));
  zones.push({ sector: null, start: 180 - UNCATEGORISED_WIDTH / 2, end: 180 + UNCATEGORISED_WIDTH / 2 });
  return zones;
}

export function zoneOfSector(scheme: SectorSchemeCode, sector: SectorCode | null): Zone {
  const zones = zonesOf(scheme);
  // A sector of the other scheme has no wedge here: it is drawn in the uncategorised zone.
  return zones.find((z) => z.sector === sector) ?? (zones[zones.length - 1] as Zone);
}

function angleInZone(angle: number, zone: Zone): boolean {
  const a = normaliseAngle(angle - zone.start);
  return a < zone.end - zone.start;
}

export function zoneAt(angle: number, scheme: SectorSchemeCode): Zone {
  const zones = zonesOf(scheme);
  return zones.find((z) => angleInZone(angle, z)) ?? (zones[zones.length - 1] as Zone);
}

/** Inner and outer distance (0..1) of a ring. */
export function ringBounds(ring: number, ringCount: number): { inner: number; outer: number } {
  const width = (1 - EGO_DISTANCE) / ringCount;
  return { inner: EGO_DISTANCE + (ring - 1) * width, outer: EGO_DISTANCE + ring * width };
}

/** The ring at a distance, or null inside the ego disc or outside the map. */
export function ringAt(distance: number, ringCount: number): number | null {
  if (distance < EGO_DISTANCE || distance > 1) return null;
  const ring = Math.floor((distance - EGO_DISTANCE) / ((1 - EGO_DISTANCE) / ringCount)) + 1;
  return Math.min(ring, ringCount);
}

/** Which sector and ring a point of the drawing lies in; null on the ego or outside the map. */
export function cellAt(point: Point, shape: MapShape): Cell | null {
  const { angle, distance } = cartesianToPolar(point);
  const ring = ringAt(distance, shape.ringCount);
  if (ring === null) return null;
  return { sector: zoneAt(angle, shape.sectorScheme).sector, ring };
}

/** Whether a stored position lies in the cell the alter claims (sector and ring). */
export function positionMatchesCell(position: Position, cell: Cell, shape: MapShape): boolean {
  const found = cellAt(polarToCartesian(position), shape);
  return found !== null && found.ring === cell.ring && found.sector === zoneOfSector(shape.sectorScheme, cell.sector).sector;
}

/**
 * Room kept between a person's centre and the edge of their cell (map units): the whole mark and a
 * margin as wide as the mark stay inside, so nobody is drawn on a border.
 */
export const EDGE_CLEARANCE = MARK_RADIUS * 2;
/** In a crowded cell the spread layout may come closer: the mark still stays whole inside. */
const CROWDED_CLEARANCE = MARK_RADIUS + 3;

/** A position inside a cell, kept clear of the cell's edges by the same distance all round. */
function insetPosition(zone: Zone, ring: number, ringCount: number, angleShare: number, radiusShare: number, clearance = EDGE_CLEARANCE): Position {
  const { inner, outer } = ringBounds(ring, ringCount);
  const radialMargin = Math.min((outer - inner) * 0.3, clearance / MAP_RADIUS);
  const distance = inner + radialMargin + radiusShare * (outer - inner - 2 * radialMargin);
  const width = zone.end - zone.start;
  // The same clearance is a wider angle close to the centre than far out.
  const angleMargin = Math.min(width / 3, ((clearance / (distance * MAP_RADIUS)) * 180) / Math.PI);
  const angle = zone.start + angleMargin + angleShare * (width - 2 * angleMargin);
  return { angle: normaliseAngle(angle), distance };
}

/**
 * The point itself when it lies clear of its cell's edges, else the nearest place in the same cell
 * that does (a tap or a drop on a border lands just inside the cell it was in).
 */
export function insideCell(point: Point, cell: Cell, shape: MapShape): Position {
  const zone = zoneOfSector(shape.sectorScheme, cell.sector);
  const { inner, outer } = ringBounds(cell.ring, shape.ringCount);
  const radialMargin = Math.min((outer - inner) * 0.3, EDGE_CLEARANCE / MAP_RADIUS);
  const polar = cartesianToPolar(point);
  const distance = Math.max(inner + radialMargin, Math.min(outer - radialMargin, polar.distance));
  const width = zone.end - zone.start;
  const angleMargin = Math.min(width / 3, ((EDGE_CLEARANCE / (distance * MAP_RADIUS)) * 180) / Math.PI);
  const offset = normaliseAngle(polar.angle - zone.start);
  // An angle outside the wedge (only possible by rounding) goes to the nearer side.
  const inWedge = offset <= width ? offset : offset - width < 360 - offset ? width : 0;
  const angle = zone.start + Math.max(angleMargin, Math.min(width - angleMargin, inWedge));
  return { angle: normaliseAngle(angle), distance };
}

export function cellCentre(cell: Cell, shape: MapShape): Position {
  return insetPosition(zoneOfSector(shape.sectorScheme, cell.sector), cell.ring, shape.ringCount, 0.5, 0.5);
}

/**
 * A free place in a cell: of a grid of candidate places, the one furthest from the people already
 * drawn (their cartesian points). Deterministic, so the same map always lays out the same way.
 */
export function freePlaceInCell(cell: Cell, shape: MapShape, occupied: readonly Point[]): Position {
  const zone = zoneOfSector(shape.sectorScheme, cell.sector);
  let best = cellCentre(cell, shape);
  if (occupied.length === 0) return best;
  let bestDistance = -1;
  const steps = 7;
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < 4; j++) {
      const candidate = insetPosition(zone, cell.ring, shape.ringCount, (i + 0.5) / steps, (j + 0.5) / 4);
      const p = polarToCartesian(candidate);
      let nearest = Infinity;
      for (const o of occupied) nearest = Math.min(nearest, Math.hypot(o.x - p.x, o.y - p.y));
      if (nearest > bestDistance + 1e-9) {
        bestDistance = nearest;
        best = candidate;
      }
    }
  }
  return best;
}

/**
 * Where every alter is drawn. An alter whose stored position lies in its own cell is drawn there;
 * the others (no position, or a position that no longer matches after an edit or an import) are
 * spread evenly over their cell, in map order.
 */
export function layoutAlters(alters: readonly Alter[], shape: MapShape): ReadonlyMap<AlterId, Point> {
  const out = new Map<AlterId, Point>();
  const unplaced = new Map<string, Alter[]>();
  for (const alter of alters) {
    const cell = { sector: alter.sector, ring: Math.min(alter.ring, shape.ringCount) };
    if (alter.position && positionMatchesCell(alter.position, cell, shape)) {
      out.set(alter.id, polarToCartesian(alter.position));
      continue;
    }
    const key = `${zoneOfSector(shape.sectorScheme, alter.sector).sector ?? ''}|${cell.ring}`;
    const list = unplaced.get(key) ?? [];
    list.push(alter);
    unplaced.set(key, list);
  }
  for (const list of unplaced.values()) {
    const first = list[0] as Alter;
    const zone = zoneOfSector(shape.sectorScheme, first.sector);
    const ring = Math.min(first.ring, shape.ringCount);
    const perRow = rowCounts(list.length, zone, ring, shape.ringCount);
    let i = 0;
    perRow.forEach((count, row) => {
      const radiusShare = perRow.length === 1 ? 0.5 : row / (perRow.length - 1);
      // Alternate rows shift a quarter place, so neighbours in a crowded cell do not line up.
      const shift = perRow.length > 1 && row % 2 === 1 ? 0.25 : 0;
      for (let col = 0; col < count; col++) {
        const alter = list[i++] as Alter;
        const angleShare = Math.min(1, (col + 0.5 + shift) / count);
        out.set(alter.id, polarToCartesian(insetPosition(zone, ring, shape.ringCount, angleShare, radiusShare, perRow.length > 1 || count > 3 ? CROWDED_CLEARANCE : EDGE_CLEARANCE)));
      }
    });
  }
  return out;
}

/**
 * How many people go in each row of a cell (rows run from the inner to the outer edge): enough
 * rows to keep the spacing along the arc and across it about equal, and each row holding people
 * in proportion to its length, because the outer rows are longer.
 */
function rowCounts(n: number, zone: Zone, ring: number, ringCount: number): number[] {
  const { inner, outer } = ringBounds(ring, ringCount);
  const angle = ((zone.end - zone.start) * Math.PI) / 180;
  const depth = outer - inner - (2 * CROWDED_CLEARANCE) / MAP_RADIUS;
  const rows = Math.max(1, Math.min(n, Math.round(Math.sqrt((n * depth) / (angle * ((inner + outer) / 2))))));
  const radii = Array.from({ length: rows }, (_, r) => inner + (outer - inner) * (rows === 1 ? 0.5 : 0.12 + (0.76 * r) / (rows - 1)));
  const total = radii.reduce((a, b) => a + b, 0);
  const exact = radii.map((radius) => (n * radius) / total);
  // Every row holds at least one person (rows ≤ n); the rest goes by largest remainder.
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  const byRemainder = exact.map((x, r) => ({ r, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || b.r - a.r);
  let sum = counts.reduce((a, b) => a + b, 0);
  for (let k = 0; sum < n; k = (k + 1) % rows, sum++) counts[byRemainder[k]!.r]! += 1;
  for (let r = rows - 1; sum > n; r = (r - 1 + rows) % rows) {
    if (counts[r]! > 1) { counts[r]! -= 1; sum--; }
  }
  return counts.filter((c) => c > 0);
}

/** The person nearest to a point within a radius (map units), or null. */
export function hitTest(point: Point, people: ReadonlyMap<AlterId, Point>, radius: number): AlterId | null {
  let best: AlterId | null = null;
  let bestDistance = radius;
  for (const [id, p] of people) {
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}

/** The neighbouring zone clockwise (+1) or anticlockwise (-1), wrapping round. */
export function neighbourSector(scheme: SectorSchemeCode, sector: SectorCode | null, step: 1 | -1): SectorCode | null {
  const zones = zonesOf(scheme);
  const index = zones.findIndex((z) => z.sector === sector);
  const from = index < 0 ? zones.length - 1 : index;
  const next = zones[(from + step + zones.length) % zones.length] as Zone;
  return next.sector;
}

/** SVG path of an annular wedge (a cell, or a whole sector over all rings). */
export function wedgePath(startAngle: number, endAngle: number, inner: number, outer: number): string {
  const p = (angle: number, distance: number) => polarToCartesian({ angle: normaliseAngle(angle), distance });
  const a = p(startAngle, outer);
  const b = p(endAngle, outer);
  const c = p(endAngle, inner);
  const d = p(startAngle, inner);
  const large = endAngle - startAngle > 180 ? 1 : 0;
  const ro = outer * MAP_RADIUS;
  const ri = inner * MAP_RADIUS;
  const f = (n: number) => n.toFixed(2);
  return `M${f(a.x)},${f(a.y)} A${f(ro)},${f(ro)} 0 ${large} 1 ${f(b.x)},${f(b.y)} L${f(c.x)},${f(c.y)} A${f(ri)},${f(ri)} 0 ${large} 0 ${f(d.x)},${f(d.y)} Z`;
}

/**
 * Gives every alter without a fitting stored position the place the layout gives them, so that
 * moving one person later never shifts the others.
 */
export function pinPositions(alters: readonly Alter[], shape: MapShape): readonly Alter[] {
  const layout = layoutAlters(alters, shape);
  let changed = false;
  const out = alters.map((alter) => {
    if (alter.position && positionMatchesCell(alter.position, { sector: alter.sector, ring: alter.ring }, shape)) return alter;
    const point = layout.get(alter.id);
    if (!point) return alter;
    changed = true;
    const { angle, distance } = cartesianToPolar(point);
    return { ...alter, position: { angle, distance: Math.min(1, distance) } };
  });
  return changed ? out : alters;
}

import { arc, pie } from 'd3-shape';
import type { CareMix } from '@netwerkkracht/core';

export const CARE_MIX_PARTS = ['informeel', 'algemeen', 'gespecialiseerd'] as const;
export type CareMixPart = (typeof CARE_MIX_PARTS)[number];

export interface Slice {
  readonly part: CareMixPart;
  readonly share: number;
  readonly path: string;
}

/** The care mix as pie slices (seed 002: a pie instead of circles); empty parts get no slice. */
export function careMixSlices(mix: CareMix, radius: number): Slice[] {
  const parts = CARE_MIX_PARTS.map((part) => ({ part, share: mix[part] })).filter((p) => p.share > 0);
  const layout = pie<{ part: CareMixPart; share: number }>().value((p) => p.share).sort(null);
  const shape = arc<{ startAngle: number; endAngle: number }>().innerRadius(radius * 0.45).outerRadius(radius);
  return layout(parts).map((slice) => ({ part: slice.data.part, share: slice.data.share, path: shape(slice) ?? '' }));
}

/** A share as a whole percentage for people to read ("ongeveer 40 %"). */
export function percent(share: number): number {
  return Math.round(share * 100);
}

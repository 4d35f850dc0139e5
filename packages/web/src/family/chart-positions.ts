import { SCORE_MAX, SCORE_MIN, type ScorePoint } from '@netwerkkracht/core';

/** The score chart's drawing size and the room kept for the axis labels. */
export const CHART = { width: 260, height: 120, pad: { left: 28, right: 16, top: 10, bottom: 24 } } as const;

/** The height of a score on the chart: 10 at the top of the drawing area, 0 at its bottom. */
export function scoreY(score: number): number {
  return CHART.pad.top + (CHART.height - CHART.pad.top - CHART.pad.bottom) * (1 - (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN));
}

/** Where a point goes: measurements evenly spaced left to right (oldest first), score upwards. */
export function chartPositions(points: readonly ScorePoint[]): { x: number; y: number }[] {
  const innerW = CHART.width - CHART.pad.left - CHART.pad.right;
  return points.map((p, i) => ({
    x: CHART.pad.left + (points.length === 1 ? innerW / 2 : (innerW * i) / (points.length - 1)),
    y: scoreY(p.score),
  }));
}


/** The outer date labels lean inwards so they stay inside the drawing. */
export function labelAnchor(i: number, count: number): 'start' | 'middle' | 'end' {
  if (count < 2) return 'middle';
  return i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle';
}

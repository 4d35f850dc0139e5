import { describe, expect, it } from 'vitest';
import { CHART, chartPositions, labelAnchor, scoreY } from './chart-positions.js';

const point = (score: number, i: number) => ({ measurementId: `m${i}`, date: `2026-0${i + 1}-01`, score });

describe('the score chart\'s geometry', () => {
  it('puts score 10 at the top and 0 at the bottom of the drawing area, 5 halfway', () => {
    expect(scoreY(10)).toBe(CHART.pad.top);
    expect(scoreY(0)).toBe(CHART.height - CHART.pad.bottom);
    expect(scoreY(5)).toBe((scoreY(0) + scoreY(10)) / 2);
  });

  it('spreads the measurements from the left to the right edge in their order; a single one sits in the middle', () => {
    const [first, middle, last] = chartPositions([point(2, 0), point(4, 1), point(9, 2)]);
    expect(first?.x).toBe(CHART.pad.left);
    expect(last?.x).toBe(CHART.width - CHART.pad.right);
    expect(middle?.x).toBe(((first?.x ?? 0) + (last?.x ?? 0)) / 2);
    expect(last?.y).toBeLessThan(first?.y ?? 0);
    expect(chartPositions([point(7, 0)])[0]?.x).toBe(CHART.pad.left + (CHART.width - CHART.pad.left - CHART.pad.right) / 2);
  });

  it('leans the first and last date labels inwards so they are not cut off', () => {
    expect([0, 1, 2].map((i) => labelAnchor(i, 3))).toEqual(['start', 'middle', 'end']);
    expect(labelAnchor(0, 1)).toBe('middle');
  });
});

import { describe, expect, it } from 'vitest';
import { careMixSlices, percent } from './care-mix-arcs.js';

describe('care mix pie', () => {
  it('gives one slice per part with support, in a fixed order', () => {
    const slices = careMixSlices({ informeel: 0.5, algemeen: 0.5, gespecialiseerd: 0 }, 50);
    expect(slices.map((s) => s.part)).toEqual(['informeel', 'algemeen']);
    expect(slices.every((s) => s.path.startsWith('M'))).toBe(true);
  });

  it('percentages are whole numbers', () => {
    expect(percent(1 / 3)).toBe(33);
  });
});

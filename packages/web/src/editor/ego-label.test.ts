import { describe, expect, it } from 'vitest';
import { egoLabel } from './ego-label.js';
import { estimateTextWidth } from './label-placement.js';

const RADIUS = 56;

/** Every line, centred and stacked, stays inside the circle (the estimate used by the layout). */
function inside(label: ReturnType<typeof egoLabel>): boolean {
  return label.lines.every((line, i) => {
    const y = Math.abs((i - (label.lines.length - 1) / 2) * label.lineHeight) + label.fontSize / 2;
    const half = (estimateTextWidth(line, label.fontSize) * 1.08) / 2;
    return Math.hypot(half, y) <= RADIUS;
  });
}

describe('the ego\'s name in the centre circle', () => {
  it('a short name stays on one line at the full size', () => {
    const label = egoLabel('Sofie', RADIUS);
    expect(label).toMatchObject({ fontSize: 20, lines: ['Sofie'], shortened: false });
  });

  it('a household\'s longer name is wrapped over lines and stays inside the circle', () => {
    const label = egoLabel('Gezin Janssens-Peeters', RADIUS);
    expect(label.lines.join(' ').replace('- ', '-')).toBe('Gezin Janssens-Peeters');
    expect(label.lines.length).toBeGreaterThan(1);
    expect(label.shortened).toBe(false);
    expect(inside(label)).toBe(true);
  });

  it('a name too long for the circle is cut with "…" and still stays inside', () => {
    const name = 'Gezin Vandenberghe-Vanderstraeten-Van Nieuwenhuyse en de grootouders aan moeders kant';
    const label = egoLabel(name, RADIUS);
    expect(label.shortened).toBe(true);
    expect(label.lines.at(-1)?.endsWith('…')).toBe(true);
    expect(label.lines.length).toBeLessThanOrEqual(3);
    expect(inside(label)).toBe(true);
    expect(name.startsWith(label.lines.map((l) => l.replace('…', '')).join(' ').split(' ')[0] ?? '')).toBe(true);
  });

  it('one very long word is broken inside the word rather than left running out of the circle', () => {
    const label = egoLabel('Wolfeschlegelsteinhausenbergerdorff', RADIUS);
    expect(inside(label)).toBe(true);
    expect(label.lines.join('').replace('…', '').length).toBeGreaterThan(10);
  });

  it('an empty name draws nothing', () => {
    expect(egoLabel('   ', RADIUS).lines).toEqual([]);
  });
});

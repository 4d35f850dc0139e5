import { describe, expect, it } from 'vitest';
import { layoutAlters, MARK_RADIUS } from './geometry.js';
import { mapLabels } from './map-labels.js';
import { boxesOverlap, estimateTextWidth, placeLabels, type Box, type LabelInput } from './label-placement.js';
import { docWith, generatedAlters } from './test-fixtures.js';

function labelsFor(n: number): LabelInput[] {
  const doc = docWith(generatedAlters(n));
  const layout = layoutAlters(doc.snapshot.alters, doc);
  return doc.snapshot.alters.map((a) => ({ id: a.id, at: layout.get(a.id)!, width: estimateTextWidth(a.name, 11), height: 13, radius: 9 }));
}

function allPlaced(placements: ReturnType<typeof placeLabels>): Box[] {
  return [...placements.values()].flatMap((p) => (p.box ? [p.box] : []));
}

describe('label placement', () => {
  it('with 150 generated people no two labels overlap and every label is placed', () => {
    const items = labelsFor(150);
    const placements = placeLabels(items);
    const boxes = allPlaced(placements);
    expect(boxes).toHaveLength(150);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('no label covers the mark of any person', () => {
    const items = labelsFor(150);
    const boxes = allPlaced(placeLabels(items));
    for (const item of items) {
      const mark = { x: item.at.x - item.radius, y: item.at.y - item.radius, width: item.radius * 2, height: item.radius * 2 };
      for (const box of boxes) expect(boxesOverlap(mark, box)).toBe(false);
    }
  });

  it('when people are packed too tight, labels are left out rather than overlapping', () => {
    const items: LabelInput[] = Array.from({ length: 60 }, (_, i) => ({ id: `x${i}`, at: { x: (i % 6) * 4, y: Math.floor(i / 6) * 4 }, width: 60, height: 13, radius: 2 }));
    const placements = placeLabels(items);
    const boxes = allPlaced(placements);
    expect(boxes.length).toBeLessThan(60);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('labels keep clear of obstacles such as the ego in the centre', () => {
    const obstacle = { x: -50, y: -50, width: 100, height: 100 };
    const boxes = allPlaced(placeLabels(labelsFor(150), [obstacle]));
    for (const box of boxes) expect(boxesOverlap(box, obstacle)).toBe(false);
  });
});

describe('map labels at the sizes the editor draws', () => {
  const doc = docWith(generatedAlters(150));
  const layout = layoutAlters(doc.snapshot.alters, doc);

  it('at every zoom level, no two name labels of 150 people overlap', () => {
    for (const zoom of [0.5, 1, 1.5, 2, 4]) {
      const boxes = mapLabels(doc.snapshot.alters, layout, zoom, MARK_RADIUS, null).map((l) => l.box);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
      }
    }
  });

  it('zoomed in twice, every one of 150 people has a name label; the selected person always does', () => {
    expect(mapLabels(doc.snapshot.alters, layout, 2, MARK_RADIUS, null)).toHaveLength(150);
    const last = doc.snapshot.alters[149]!.id;
    expect(mapLabels(doc.snapshot.alters, layout, 0.5, MARK_RADIUS, last).some((l) => l.id === last)).toBe(true);
  });
});

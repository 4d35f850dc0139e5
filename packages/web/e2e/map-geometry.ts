import type { Page } from 'playwright-core';
import type { SectorCode } from '@netwerkkracht/core';
import { cellAt, cellCentre, polarToCartesian, type MapShape } from '../src/editor/geometry.js';

/** A person's mark as drawn: what it says it is (data attributes) and where it is (map units). */
export interface DrawnPerson {
  readonly id: string;
  readonly sector: string;
  readonly ring: number;
  readonly status: string;
  readonly x: number;
  readonly y: number;
}

export async function drawnPeople(page: Page, scope = '.map-canvas .map-svg'): Promise<DrawnPerson[]> {
  return page.locator(`${scope} [data-person]`).evaluateAll((nodes) => nodes.map((n) => {
    const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(n.getAttribute('transform') ?? '');
    return {
      id: n.getAttribute('data-person') ?? '', sector: n.getAttribute('data-sector') ?? '', ring: Number(n.getAttribute('data-ring')),
      status: n.getAttribute('data-status') ?? '', x: Number(match?.[1]), y: Number(match?.[2]),
    };
  }));
}

/** People whose drawn place is not in the sector and ring they are recorded in. */
export function misplaced(people: readonly DrawnPerson[], shape: MapShape): DrawnPerson[] {
  return people.filter((p) => {
    const cell = cellAt({ x: p.x, y: p.y }, shape);
    return cell === null || (cell.sector ?? '') !== p.sector || cell.ring !== p.ring;
  });
}

/** The screen point of the centre of a cell (sector × ring), through the drawing's own transform. */
export async function screenPointOfCell(page: Page, sector: SectorCode | null, ring: number, shape: MapShape): Promise<{ x: number; y: number }> {
  const at = polarToCartesian(cellCentre({ sector, ring }, shape));
  return page.locator('.map-canvas .map-svg [data-person]').first().evaluate((node, p) => {
    const layer = node.parentNode as SVGGraphicsElement;
    const matrix = layer.getScreenCTM();
    if (!matrix) throw new Error('the map has no screen transform');
    return { x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f };
  }, at);
}

/** The screen centre of one person's mark. */
export async function screenPointOfPerson(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.map-canvas .map-svg [data-person="${id}"] .mark`).boundingBox();
  if (!box) throw new Error(`person ${id} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Share of pixels of a PNG that differ clearly from the background colour (its top-left pixel),
 * counted in the page with a canvas so no image library is needed.
 */
export async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const [r0, g0, b0] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs((data[i] ?? 0) - r0) + Math.abs((data[i + 1] ?? 0) - g0) + Math.abs((data[i + 2] ?? 0) - b0) > 60) ink += 1;
    }
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

/** For each point (pixels from the PNG's top-left), whether the PNG shows a dark mark there. */
export async function darkAt(page: Page, png: Buffer, points: readonly { x: number; y: number }[]): Promise<boolean[]> {
  return page.evaluate(async ({ b64, points: pts }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(image, 0, 0);
    return pts.map((p) => {
      const [r = 255, g = 255, b = 255] = ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data;
      return r + g + b < 450;
    });
  }, { b64: png.toString('base64'), points });
}

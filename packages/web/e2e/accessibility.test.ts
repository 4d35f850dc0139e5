import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SectorCode } from '@netwerkkracht/core';
import { neighbourSector } from '../src/editor/geometry.js';
import { chromiumMissing, ensureWebBuilt, launchBrowser, startServer, workerWithMap, type TestServer } from './harness.js';
import { drawnPeople, misplaced } from './map-geometry.js';

const skip = chromiumMissing();
const SHAPE = { sectorScheme: 'B', ringCount: 3 } as const;

/** Serious and critical axe findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${selector}`);
}

describe.skipIf(skip !== null)('accessibility of the main pages and keyboard-only use of the editor', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId = '';
  let mapId = '';

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    // axe-core's playwright integration needs a page from browser.newContext().
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(8_000);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the login page has no serious or critical axe violation', async () => {
    const fresh = await browser.newContext();
    const login = await fresh.newPage();
    await login.goto(server.url);
    await login.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    expect(await seriousViolations(login)).toEqual([]);
    await fresh.close();
  });

  it('the case list, a case and every tab of the editor have no serious or critical axe violation', async () => {
    const setup = await workerWithMap(server, page, 'Noor Begeleider');
    caseId = setup.caseId;
    mapId = setup.mapId;
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('heading', { name: 'Gezin Janssens' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    for (const tab of ['persoon', 'gesprek', 'lezen', 'versies']) {
      await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/${tab}`);
      await page.locator('.map-canvas').waitFor();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
  });

  it('a person is added, picked up and moved to another sector and ring with the keyboard alone', async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/persoon`);
    await page.locator('.people-list').waitFor();
    await page.reload();
    await page.locator('.people-list').waitFor();

    // Add: Tab to the name field of the quick form, type, Enter.
    await tabTo(page, '.people-list input[type="text"]');
    await page.keyboard.type('Tante Mia');
    await page.keyboard.press('Enter');
    await page.locator('.map-canvas [data-person][aria-label^="Tante Mia,"]').waitFor();
    const [added] = await drawnPeople(page);
    if (!added) throw new Error('nobody was added');

    // Select and pick up: Tab to the person on the map, Enter.
    await tabTo(page, '.map-canvas [data-person][aria-label^="Tante Mia,"]');
    await page.keyboard.press('Enter');
    expect(await page.locator('[aria-live="polite"]').innerText()).toContain('Tante Mia is genomen');

    // Move: right arrow to the next sector clockwise, down arrow one ring further out; Escape lets go.
    await page.keyboard.press('ArrowRight');
    const ringBefore = added.ring;
    if (ringBefore < SHAPE.ringCount) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    const moved = (await drawnPeople(page)).find((p) => p.id === added.id);
    const expectedSector = neighbourSector('B', (added.sector || null) as SectorCode | null, 1);
    expect(moved).toMatchObject({ sector: expectedSector ?? '', ring: Math.min(ringBefore + 1, SHAPE.ringCount) });
    expect(misplaced(await drawnPeople(page), SHAPE)).toEqual([]);
    expect(await page.locator('[aria-live="polite"]').innerText()).toContain('Tante Mia');

    // Undo with the keyboard puts her back where she was.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect((await drawnPeople(page)).find((p) => p.id === added.id)).toMatchObject({ sector: added.sector, ring: added.ring });
  });

  it('the print page has no serious or critical axe violation', async () => {
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.goto(`${server.url}/#/afdruk/${mapId}`);
    await page.locator('[data-print-ready="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readSample } from '../../core/src/test-support/interop-samples.js';
import { chromiumMissing, ensureWebBuilt, launchBrowser, startServer, workerWithMap, type TestServer } from './harness.js';

const skip = chromiumMissing();
const rosa = readSample('easynwk/Rosa_Braunsteigl-Mueller.json');

describe.skipIf(skip !== null || rosa === null)('import from easyNWK on the case page', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let worker: Awaited<ReturnType<typeof workerWithMap>>;

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(8_000);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('[W1] the worker chooses easyNWK\'s demo, sees the report naming the pet and the deceased, confirms, and the map opens', async () => {
    worker = await workerWithMap(server, page, 'Imke Import');
    const { caseId, device } = worker;
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('heading', { name: 'Kaart uit een ander programma' }).waitFor();
    await page.getByLabel('Bestand(en)').setInputFiles({ name: 'Rosa_Braunsteigl-Mueller.json', mimeType: 'application/json', buffer: Buffer.from(rosa as string, 'utf8') });
    await page.getByRole('button', { name: 'Bekijken' }).click();
    const preview = page.getByRole('status').filter({ hasText: 'kaart(en)' });
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('1 kaart(en), 1 momentopname(n), 10 personen, 5 banden');
    expect(text).toContain('Strolchi: geen mens: ingevoerd als persoon');
    expect(text).toMatch(/overleden: status verbroken/);
    // Nothing stored before the confirmation.
    expect((await device.get(`/api/cases/${caseId}`)).json<{ maps: unknown[] }>().maps).toHaveLength(1);
    await page.getByRole('button', { name: 'Bewaren in dit dossier' }).click();
    await page.waitForURL(/#\/dossiers\/[^/]+\/kaart\/[^/]+\/persoon$/);
    const mapId = decodeURIComponent(/kaart\/([^/]+)\//.exec(page.url())?.[1] ?? '');
    const stored = await device.get(`/api/maps/${mapId}`);
    expect(stored.json<{ map: { ego: { name: string } } }>().map.ego.name).toBe('Rosa Braunsteigl-Müller');
    await page.getByText('Strolchi').first().waitFor();
    // Export from the map's toolbar: the working version as GraphML, pseudonyms only.
    const [request] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url().includes('/export.graphml')),
      page.getByRole('button', { name: 'GraphML (Gephi, R)' }).click(),
    ]);
    const path = new URL(request.url()).pathname;
    expect(decodeURIComponent(path)).toMatch(new RegExp(`^/api/maps/${mapId}/snapshots/[^/]+/export\\.graphml$`));
    const graphml = await device.get(path);
    expect(graphml.statusCode).toBe(200);
    expect(graphml.body).toContain('<graphml');
    expect(graphml.body).not.toContain('Strolchi');
  });

  it('[W2] a file that cannot be read shows the place of the problem and stores nothing', async () => {
    const { caseId, device } = worker;
    const before = (await device.get(`/api/cases/${caseId}`)).json<{ maps: unknown[] }>().maps.length;
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    const bad = JSON.stringify({ versions: [{ id: 1, title: 'x', date: '2025-01-01', nwk: { ego: { name: 'E' }, alteri: [{ id: 1, name: 'A', angle: 'noord', distance: 5 }], connections: [] } }] });
    await page.getByLabel('Bestand(en)').setInputFiles({ name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from(bad, 'utf8') });
    await page.getByRole('button', { name: 'Bekijken' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('versions[0].nwk.alteri[0].angle');
    expect((await device.get(`/api/cases/${caseId}`)).json<{ maps: unknown[] }>().maps).toHaveLength(before);
  });
});

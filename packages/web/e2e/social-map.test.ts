import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumMissing, ensureWebBuilt, launchBrowser, startServer, type TestServer, signIn } from './harness.js';

const skip = chromiumMissing();
const HEADER = 'id,naam,organisatie,regio,contact,kosten,toegankelijkheid,doelgroep,steunfuncties,levensdomeinen,werkmodellen,online';

describe.skipIf(skip !== null)('the sociale kaart: a beheerder imports a CSV file, all or nothing', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    context.setDefaultTimeout(8_000);
    page = await context.newPage();
    await signIn(page, server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const upload = async (name: string, text: string) => {
    await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
  };

  it('a file with an unknown code is refused with its line and column, and nothing is imported', async () => {
    await page.getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('heading', { name: 'Sociale kaart', level: 1 }).waitFor();
    await upload('fout.csv', [HEADER, ',Babbelcafé De Linde,,Hasselt,,gratis,,,gezelschap,,,nee', ',Klusjesdienst,,Genk,,duur,,,praktisch,,,nee'].join('\n'));
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/regel 3, kolom 6/i);
    expect(await refusal.innerText()).toContain('Er is niets veranderd');
    const stored = await server.admin.get('/api/social-map/services');
    expect(stored.json<{ services: unknown[] }>().services).toEqual([]);
  });

  it('a good file is imported, and the list can be filtered by region and support function', async () => {
    // Before: no own services, and the empty state says how to add one; the catalogue's initiatives are there, marked.
    await page.getByText('Je organisatie heeft nog geen eigen diensten op de sociale kaart. Voeg er een toe').waitFor();
    expect(await page.locator('.from-catalogue .catalogue-mark').count()).toBeGreaterThan(10);
    expect(await page.locator('.from-catalogue .catalogue-mark').first().innerText()).toBe('Uit de catalogus');
    await upload('goed.csv', [HEADER, ',Babbelcafé De Linde,,Hasselt,,gratis,,,gezelschap,,,nee', ',Klusjesdienst,,Genk,,gratis,,,praktisch,,,nee'].join('\n'));
    await page.getByText('2 diensten ingelezen.').waitFor();
    await page.getByText('2 gevonden').waitFor();
    await page.getByLabel('Gemeente of regio').fill('Genk');
    await page.getByText('1 gevonden').waitFor();
    expect(await page.locator('.services .service-name').allInnerTexts()).toEqual(['Klusjesdienst']);
    await page.getByLabel('Gemeente of regio').fill('');
    await page.getByLabel('Soort steun', { exact: true }).selectOption('gezelschap');
    await page.getByText('1 gevonden').waitFor();
    expect(await page.locator('.services .service-name').allInnerTexts()).toEqual(['Babbelcafé De Linde']);
  });

  it('the beheerder changes a service through the form; the page has no serious or critical axe violation', async () => {
    await page.getByRole('button', { name: 'Babbelcafé De Linde aanpassen' }).click();
    await page.getByLabel('Contact').fill('011 22 33 44');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Contact: 011 22 33 44').waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

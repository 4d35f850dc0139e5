import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { SURVEY_COLUMNS, parseSurveyCsv } from '@netwerkkracht/core';
import { createCaseWithMap, login } from '../../server/src/testing/fixture.js';
import { chromiumMissing, ensureWebBuilt, firstSignIn, launchBrowser, startServer, WORKER_PASSWORD, type TestServer } from './harness.js';

const skip = chromiumMissing();
const DESKTOP = { width: 1366, height: 768 };
const TABLET = { width: 1024, height: 1366 };

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Answers every question on a tablet by touch: the first choice of each question with choices, a
 * number (two taps on +) for the others, then sends. Returns the question texts it saw.
 */
async function answerAll(page: Page, next: string, send: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < SURVEY_COLUMNS.length - 3; i++) {
    const heading = page.locator('h1');
    seen.push(await heading.innerText());
    const choices = page.getByRole('radio');
    if (await choices.count() > 0) await choices.first().tap();
    else {
      await page.locator('.answer-step').last().tap();
      await page.locator('.answer-step').last().tap();
      await page.getByRole('button', { name: next }).tap();
    }
  }
  await page.getByRole('button', { name: send }).tap();
  return seen;
}

describe.skipIf(skip !== null)('the zorgkracht survey: opened by a worker, answered on a tablet, read by the onderzoeker', () => {
  let server: TestServer;
  let browser: Browser;
  let token = '';
  let workerEmail = '';

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    // Answers of two other sites (12 at Hobo, 10 at ONE), so the report shows numbers next to hidden
    // ones: the small site's numbers are hidden, and ONE's (the smallest other) with them.
    const row = (id: string, site: string, buren: string) => SURVEY_COLUMNS.map((c) => (c === 'respondent' ? id : c === 'site' ? site : c === 'beroep_buren' ? buren : '')).join(',');
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => row(`h${i}`, 'Hobo', i < 10 ? 'nooit' : 'vaak')),
      ...Array.from({ length: 10 }, (_, i) => row(`o${i}`, 'ONE', 'soms')),
    ];
    const imported = await server.admin.post('/api/surveys/import', { csv: `${SURVEY_COLUMNS.join(',')}\n${rows.join('\n')}\n` });
    if (imported.statusCode !== 200) throw new Error(imported.body);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a worker opens the survey for a site and gets a link; the page has no serious or critical axe violation', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    const worker = await server.addWorker('Wendy Werker');
    workerEmail = worker.email;
    await firstSignIn(page, server.url, worker.email, worker.oneTimePassword, WORKER_PASSWORD);
    await page.getByRole('link', { name: 'Vragenlijst' }).click();
    await page.getByRole('heading', { name: 'Vragenlijst zorgkracht', level: 1 }).waitFor();
    await page.getByLabel('Plaats').fill('Buurthuis De Linde');
    await page.getByRole('button', { name: 'Vragenlijst openen' }).click();
    const link = await page.locator('.survey-link').innerText();
    token = /#\/invullen\/([A-Za-z0-9_-]+)$/.exec(link)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    await page.getByText('Buurthuis De Linde, geopend op').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The same questions on paper, as a PDF made by the server.
    const pdf = await page.request.get(`${server.url}/api/surveys/paper-form.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await context.close();
  }, 40_000);

  it('a respondent answers on a tablet by touch, one question per screen, in Dutch, and can have a question read aloud', async () => {
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true, isMobile: true });
    context.setDefaultTimeout(8_000);
    // Records what the page asks the browser to say (headless chromium has no voices).
    await context.addInitScript(() => {
      const said: { text: string; lang: string }[] = [];
      (window as unknown as { said: typeof said }).said = said;
      Object.defineProperty(window, 'speechSynthesis', { value: { cancel: () => undefined, speak: (u: SpeechSynthesisUtterance) => said.push({ text: u.text, lang: u.lang }) } });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/invullen/${token}`);
    await page.getByRole('button', { name: 'Nederlands' }).tap();
    await page.getByText('Vraag 1 van 21').waitFor();
    expect(await page.getByRole('link').count()).toBe(0);
    await page.getByRole('button', { name: 'Lees voor' }).tap();
    const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
    expect(said).toEqual([{ text: 'Hoe vaak vraagt u hulp of zorg aan uw buren? nooit, zelden, soms, vaak.', lang: 'nl-BE' }]);
    // Large touch targets: every answer button is at least 48 by 48 CSS pixels.
    for (const box of await page.getByRole('radio').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(48);
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    expect(await seriousViolations(page)).toEqual([]);
    const seen = await answerAll(page, 'Volgende', 'Versturen');
    expect(seen[0]).toBe('Hoe vaak vraagt u hulp of zorg aan uw buren?');
    expect(new Set(seen).size).toBe(21);
    await page.getByText('Dank u wel! Uw antwoorden zijn goed aangekomen.').waitFor();
    await context.close();
  }, 40_000);

  it('a second respondent answers in French', async () => {
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true, isMobile: true });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/invullen/${token}`);
    await page.getByRole('button', { name: 'Français' }).tap();
    await page.getByText('Question 1 sur 21').waitFor();
    // The respondent's screen passes axe at the other size too.
    await page.setViewportSize(DESKTOP);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(TABLET);
    const seen = await answerAll(page, 'Suivant', 'Envoyer');
    expect(seen[0]).toBe('À quelle fréquence demandez-vous de l’aide à vos voisins ?');
    await page.getByText('Merci beaucoup ! Vos réponses sont bien arrivées.').waitFor();
    await context.close();
    const stored = await server.handle.db.selectFrom('survey_responses').select(['site', 'date', 'entered']).where('entered', '=', 'zelf').execute();
    expect(stored).toHaveLength(2);
    expect(stored.every((r) => r.site === 'Buurthuis De Linde' && /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? ''))).toBe(true);
  }, 40_000);

  it('the onderzoeker sees the report with "fewer than 5" for the small site, exports the CSV and the codebook; axe at both sizes', async () => {
    const created = await server.admin.post('/api/users', { email: 'onderzoek@e2e.example', displayName: 'Olga Onderzoek', role: 'onderzoeker' });
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await firstSignIn(page, server.url, 'onderzoek@e2e.example', created.json<{ oneTimePassword: string }>().oneTimePassword, WORKER_PASSWORD);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('link', { name: 'Survey' }).click();
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const table = page.locator('.survey-table');
    await table.waitFor();
    const small = table.locator('tbody tr', { has: page.locator('th', { hasText: 'Buurthuis De Linde' }) });
    expect(await small.innerText()).toContain('fewer than 5');
    const hobo = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Hobo$/ }) });
    expect(await hobo.innerText()).toMatch(/Hobo\s+12\s+rarely or never calls on neighbours\s+12\s+10\s+83 %/);
    expect(await table.locator('tbody tr', { has: page.locator('th', { hasText: /^ONE$/ }) }).innerText()).toMatch(/^ONE\s+fewer than 5/);
    expect(await page.getByRole('img', { name: 'Rarely or never calls on' }).count()).toBe(1);
    await page.getByText('Brussels 2018: 80 % to 90 %').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'All answers as CSV' }).click()]);
    const parsed = parseSurveyCsv(new Uint8Array(await readAll(await csv.createReadStream())));
    expect(parsed.ok && parsed.responses.filter((r) => r.site === 'Buurthuis De Linde')).toHaveLength(2);
    const [book] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Codebook (JSON)' }).click()]);
    const codebook = JSON.parse(Buffer.from(await readAll(await book.createReadStream())).toString('utf8')) as { columns: { name: string }[] };
    expect(codebook.columns.map((c) => c.name)).toEqual([...SURVEY_COLUMNS]);

    await page.setViewportSize(TABLET);
    expect(await seriousViolations(page)).toEqual([]);
    // The onderzoeker never sees a family: no case reaches them through the API either.
    const api = await login(server.app, 'onderzoek@e2e.example', WORKER_PASSWORD);
    expect((await api.get('/api/cases')).json<{ cases: unknown[] }>().cases).toEqual([]);
    await context.close();
  }, 50_000);

  it('the onderzoeker sees the figures over the network maps per quarter, small cells as "fewer than 5"; axe at both sizes', async () => {
    const device = await login(server.app, workerEmail, WORKER_PASSWORD);
    for (let i = 0; i < 6; i++) await createCaseWithMap(device, { family: `Gezin ${i}`, alter: `Buur ${i}` });
    const context = await browser.newContext({ viewport: DESKTOP });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel('E-mailadres').fill('onderzoek@e2e.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WORKER_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('link', { name: 'Cijfers netwerken' }).click();
    await page.getByRole('heading', { name: 'Cijfers over de netwerkkaarten', level: 1 }).waitFor();
    const sectors = page.getByRole('region', { name: 'Actieve personen per sector' });
    expect(await sectors.locator('tbody tr').innerText()).toMatch(/^2026-Q1\s+6\s+6$/);
    const size = page.getByRole('region', { name: 'Hoe groot is het netwerk? (kaarten)' });
    expect(await size.locator('tbody tr').innerText()).toMatch(/^2026-Q1\s+(minder dan 5\s+){4}6$/);
    expect(await page.getByRole('img', { name: 'Grootte van de netwerken in 2026-Q1' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(TABLET);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 40_000);
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

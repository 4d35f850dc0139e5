import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumMissing, ensureWebBuilt, firstSignIn, launchBrowser, startServer, type TestServer } from './harness.js';
import { darkAt, drawnPeople, inkShare, misplaced, screenPointOfCell, screenPointOfPerson } from './map-geometry.js';

const skip = chromiumMissing();
/** Screenshots and the PDF stay here after the run, for a person to look at. */
const SHOTS = join(tmpdir(), 'netwerkkracht-e2e');
mkdirSync(SHOTS, { recursive: true });
const SHAPE = { sectorScheme: 'B', ringCount: 3 } as const;

/** Who the guide puts on the map, per step: name, ring (1 = closest). */
const PEOPLE: readonly { step: string; name: string; ring: 1 | 2 | 3 }[] = [
  { step: 'familie', name: 'Oma Rita', ring: 1 },
  { step: 'familie', name: 'Tante Lies', ring: 2 },
  { step: 'familie', name: 'Nonkel Jef', ring: 3 },
  { step: 'vrienden', name: 'Youssef', ring: 1 },
  { step: 'vrienden', name: 'Hanne', ring: 2 },
  { step: 'vrienden', name: 'Karim', ring: 3 },
  { step: 'samenleving', name: 'De buurvrouw', ring: 2 },
  { step: 'samenleving', name: 'Juf An', ring: 3 },
  { step: 'hulpverlening', name: 'OCMW', ring: 2 },
  { step: 'hulpverlening', name: 'Huisarts', ring: 3 },
];
const SECTOR_OF_STEP: Record<string, string> = { familie: 'familie', vrienden: 'vrienden_kennissen', samenleving: 'samenleving', hulpverlening: 'hulpverlening' };

describe.skipIf(skip !== null)('a worker draws a family network with the web app and the real server', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId = '';
  let mapId = '';
  const idOf = async (name: string) => {
    const id = await page.locator(`.map-canvas .map-svg [data-person][aria-label^="${name},"]`).getAttribute('data-person');
    if (!id) throw new Error(`${name} is not on the map`);
    return id;
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
    // A step that cannot happen should fail with the step's own message, well before the test's limit.
    context.setDefaultTimeout(8_000);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a first login with a one-time password leads to choosing an own password', async () => {
    const worker = await server.addWorker('Bram Begeleider');
    await firstSignIn(page, server.url, worker.email, worker.oneTimePassword);
    // The header says who is signed in (at laptop widths the words are for screen readers, the name shows).
    const account = page.locator('.app-header .account');
    await account.waitFor();
    expect((await account.textContent())?.replace(/\s+/g, ' ')).toContain('Aangemeld als Bram Begeleider');
    expect(await account.getByText('Bram Begeleider', { exact: true }).isVisible()).toBe(true);
  });

  it('a case is created with its members, and maps wait for the family’s registration consent', async () => {
    await page.getByLabel('Naam van het gezin').fill('Gezin Peeters');
    await page.getByLabel(/Gezinsleden/).fill('Sara, mama\nAmir, zoon');
    await page.getByRole('button', { name: 'Dossier maken' }).click();
    await page.getByRole('heading', { name: 'Gezin Peeters' }).waitFor();
    caseId = /#\/dossiers\/([^/]+)/.exec(page.url())?.[1] ?? '';
    expect(await page.locator('li', { hasText: 'Sara (mama)' }).count()).toBe(1);
    expect(await page.locator('.consent-missing').innerText()).toContain('Zonder die toestemming kan je geen netwerkkaart maken');
    expect(await page.getByRole('button', { name: 'Kaart maken' }).count()).toBe(0);

    await page.getByLabel('Wie gaf de toestemming?').fill('Sara');
    await page.getByRole('button', { name: 'Toestemming noteren' }).click();
    await page.locator('.consent-given').waitFor();
  });

  it('the case list shows a worker their own cases, and a coach the cases of their team', async () => {
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    const mine = page.getByRole('heading', { name: 'Mijn dossiers' });
    await mine.waitFor();
    expect(await page.locator('h2:has-text("Mijn dossiers") + ul').innerText()).toContain('Gezin Peeters');

    const coach = await server.addWorker('Carla Coach', 'coach');
    const other = await browser.newContext();
    const coachPage = await other.newPage();
    await firstSignIn(coachPage, server.url, coach.email, coach.oneTimePassword);
    await coachPage.getByRole('heading', { name: 'Dossiers van mijn team of gedeeld met mij' }).waitFor();
    expect(await coachPage.locator('h2:has-text("Dossiers van mijn team") + ul').innerText()).toContain('Gezin Peeters');
    expect(await coachPage.getByRole('heading', { name: 'Mijn dossiers' }).count()).toBe(0);
    await other.close();
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('heading', { name: 'Gezin Peeters' }).waitFor();
  });

  it('the conversation guide puts ten people on the map, each in the sector of its step and the ring chosen', async () => {
    await page.getByLabel('Kaart van').selectOption({ label: 'Sara' });
    await page.getByRole('button', { name: 'Kaart maken' }).click();
    await page.getByRole('button', { name: 'Gesprek starten' }).click();
    mapId = /\/kaart\/([^/]+)/.exec(page.url())?.[1] ?? '';
    const stepOrder = ['familie', 'vrienden', 'samenleving', 'hulpverlening'];
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    for (const [index, step] of stepOrder.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Volgende stap' }).click();
      for (const person of PEOPLE.filter((p) => p.step === step)) {
        await page.locator('.guide').getByLabel('Naam').fill(person.name);
        await page.locator('.guide').getByLabel('Hoe dichtbij').selectOption(String(person.ring));
        await page.getByRole('button', { name: 'Op de kaart zetten' }).click();
        await page.locator(`.map-canvas [data-person][aria-label^="${person.name},"]`).waitFor();
      }
    }
    const people = await drawnPeople(page);
    expect(people).toHaveLength(10);
    for (const person of PEOPLE) {
      const id = await idOf(person.name);
      const found = people.find((p) => p.id === id);
      expect(found, person.name).toMatchObject({ sector: SECTOR_OF_STEP[person.step], ring: person.ring, status: 'actief' });
    }
    expect(misplaced(people, SHAPE)).toEqual([]);
  });

  it('a screenshot of the map is not blank', async () => {
    const png = await page.locator('.map-canvas .map-svg').screenshot({ path: join(SHOTS, 'map.png') });
    const share = await inkShare(page, png);
    // Rings, sector lines, ten marks and their labels: clearly more than an empty frame.
    expect(share).toBeGreaterThan(0.02);
    // And every person's mark is really painted where the drawing says it is.
    const box = await page.locator('.map-canvas .map-svg').boundingBox();
    if (!box) throw new Error('the map is not on screen');
    const centres = await Promise.all(PEOPLE.map(async (p) => {
      const at = await screenPointOfPerson(page, await idOf(p.name));
      return { x: at.x - box.x, y: at.y - box.y };
    }));
    expect(await darkAt(page, png, centres)).toEqual(PEOPLE.map(() => true));
    expect(await darkAt(page, png, [{ x: 5, y: 5 }])).toEqual([false]);
  });

  it('dragging a person moves them to the sector and ring under the pointer', async () => {
    await page.getByRole('radio', { name: 'Kiezen en slepen' }).click();
    const id = await idOf('Hanne');
    const from = await screenPointOfPerson(page, id);
    const to = await screenPointOfCell(page, 'samenleving', 1, SHAPE);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 15, from.y + ((to.y - from.y) * i) / 15);
    await page.mouse.up();
    const moved = (await drawnPeople(page)).find((p) => p.id === id);
    expect(moved).toMatchObject({ sector: 'samenleving', ring: 1 });
    expect(misplaced(await drawnPeople(page), SHAPE)).toEqual([]);
  });

  it('linking two people draws a tie between them', async () => {
    await page.getByRole('radio', { name: 'Lijn tussen twee mensen' }).click();
    const from = await screenPointOfPerson(page, await idOf('Oma Rita'));
    const to = await screenPointOfPerson(page, await idOf('Tante Lies'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await page.mouse.up();
    expect(await page.locator('.map-canvas .ties line.tie').count()).toBe(1);
    await page.getByRole('radio', { name: 'Kiezen en slepen' }).click();
  });

  it('a person marked dormant is drawn as dormant', async () => {
    const id = await idOf('Nonkel Jef');
    await page.locator(`.map-canvas [data-person="${id}"]`).click();
    await page.getByRole('tab', { name: 'Persoon' }).click();
    await page.locator('.side-panel').getByRole('radio', { name: 'Ondergesneeuwd' }).check();
    expect((await drawnPeople(page)).find((p) => p.id === id)?.status).toBe('ondergesneeuwd');
  });

  it('the map is saved to the server with its version, and two dated versions are kept', async () => {
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    const stored = await server.admin.app.inject({ method: 'GET', url: `/api/maps/${mapId}`, headers: { cookie: await cookieHeader(context) } });
    const working = stored.json<{ map: { snapshots: { id: string; alters: { name: string; status: string }[]; ties: unknown[] }[] } }>().map.snapshots.find((s) => s.id === 'werkversie');
    expect(working?.alters).toHaveLength(10);
    expect(working?.alters.find((a) => a.name === 'Nonkel Jef')?.status).toBe('ondergesneeuwd');
    expect(working?.ties).toHaveLength(1);

    await page.getByRole('tab', { name: 'Versies' }).click();
    await page.getByLabel('Naam van de versie (niet verplicht)').fill('Eerste gesprek');
    await page.getByRole('button', { name: 'Versie bewaren' }).click();
    await page.getByText('Versie bewaard.').waitFor();

    // The next conversation: Nonkel Jef is back in touch, and Youssef moved further away.
    await page.locator(`.map-canvas [data-person="${await idOf('Nonkel Jef')}"]`).click();
    await page.getByRole('tab', { name: 'Persoon' }).click();
    await page.locator('.side-panel').getByRole('radio', { name: 'Actief' }).check();
    const youssef = await idOf('Youssef');
    const from = await screenPointOfPerson(page, youssef);
    const to = await screenPointOfCell(page, 'vrienden_kennissen', 3, SHAPE);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await page.mouse.up();
    await page.getByRole('tab', { name: 'Versies' }).click();
    await page.getByLabel('Naam van de versie (niet verplicht)').fill('Tweede gesprek');
    await page.getByRole('button', { name: 'Versie bewaren' }).click();
    await page.getByText('Versie bewaard.').waitFor();
    expect(await page.locator('.version-list li').count()).toBe(2);
  });

  it('comparing the two versions shows who came back and who moved further away', async () => {
    await pickVersion(page, 'Eerst', 'Eerste gesprek');
    await pickVersion(page, 'Daarna', 'Tweede gesprek');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    const compare = page.locator('section.compare');
    await compare.waitFor();
    const legend = await compare.locator('.change-legend').innerText();
    expect(legend).toContain('Weer contact: 1');
    expect(legend).toContain('Verder weg: 1');
    // Side by side (two drawings) and the overlay, where the two changes are marked on the people.
    expect(await compare.locator('.map-drawing').count()).toBe(3);
    const overlay = compare.locator('figure.overlay');
    expect(await overlay.locator('.person.change-reactivated').getAttribute('data-person')).toBe(await idOf('Nonkel Jef'));
    expect(await overlay.locator('.person.change-further').getAttribute('data-person')).toBe(await idOf('Youssef'));
    expect(await compare.innerText()).toContain('Nonkel Jef');
  });

  it('the print page shows the map and what the network gives, on one page', async () => {
    const print = await context.newPage();
    await print.goto(`${server.url}/#/afdruk/${mapId}`);
    await print.locator('[data-print-ready="true"]').waitFor();
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.print-sheet .map-drawing [data-person]').count()).toBe(10);
    expect(await print.locator('.print-sheet .gives-table').count()).toBe(1);
    expect(await print.locator('.print-sheet').innerText()).toContain('Wat mijn netwerk geeft');
    const png = await print.screenshot({ path: join(SHOTS, 'print.png'), fullPage: true });
    expect(await inkShare(print, png)).toBeGreaterThan(0.01);
    await print.close();
  });

  it('the print-out comes from the server as a PDF, and the server audits it as a read', async () => {
    const response = await page.request.get(`${server.url}/api/maps/${mapId}/print.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const body = await response.body();
    expect(body.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(body.length).toBeGreaterThan(5_000);
    await writeFile(join(SHOTS, 'netwerkkaart.pdf'), body);
    const audit = await server.admin.get(`/api/audit?caseId=${caseId}`);
    const actions = audit.json<{ entries: { action: string; target: string | null }[] }>().entries.map((e) => `${e.action} ${e.target ?? ''}`);
    expect(actions).toContain(`map.print ${mapId}`);
  }, 60_000);
});

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Picks the saved version whose name starts with `name` in the select labelled `label`. */
async function pickVersion(page: Page, label: string, name: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator('option').evaluateAll((options, n) => options.find((o) => o.textContent?.startsWith(n))?.getAttribute('value') ?? null, name);
  if (value === null) throw new Error(`no version called ${name}`);
  await select.selectOption(value);
}

import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, endWorkerSession, firstSignIn, startWorkerSession, type TestServer, type WorkerSession, signIn } from './harness.js';
import type { TestClient } from '../../server/src/testing/fixture.js';

const skip = chromiumMissing();
const VIEWPORTS = [{ width: 1366, height: 768 }, { width: 1024, height: 1366 }] as const;
const SIGNAL_TEXT = 'Het lidgeld van de sportclub is te hoog';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe at both viewports of the acceptance (laptop and tablet upright). */
async function accessibleAtBothSizes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    found.push(...(await seriousViolations(page)).map((v) => `${size.width}x${size.height} ${v}`));
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return found;
}

describe.skipIf(skip !== null)('working together around a family: contact log, signal, network meeting, the family\'s data', () => {
  let session: WorkerSession | undefined;
  let server: TestServer;
  let page: Page;
  let device: TestClient;
  let caseId = '';

  beforeAll(async () => {
    session = await startWorkerSession('Ines Begeleider', VIEWPORTS[0]);
    ({ server, page, device, caseId } = session);
    // A barrier of the family (the plan's barrier list) and a service of the sociale kaart.
    const barrier = await device.post(`/api/cases/${caseId}/barriers`, { code: 'kosten' });
    expect(barrier.statusCode, barrier.body).toBe(201);
    const service = await server.admin.post('/api/social-map/services', { name: 'Sportclub De Pijl', region: 'Gent' });
    expect(service.statusCode, service.body).toBe(201);
  }, 120_000);

  afterAll(() => endWorkerSession(session));

  it('a worker logs a home visit and notes a 7 B\'s conversation on the case page', async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    const contacts = page.locator('section.contacts');
    await contacts.getByRole('heading', { name: 'Contacten met het gezin' }).waitFor();
    await contacts.getByLabel('Hoe was het contact?').selectOption({ label: 'Huisbezoek' });
    await contacts.getByLabel('Datum van het contact').fill('2026-02-20');
    await contacts.getByLabel('Korte notitie over het contact').fill('Samen de brief van de school gelezen');
    await contacts.getByRole('button', { name: 'Contact noteren' }).click();
    await contacts.locator('li', { hasText: 'Samen de brief van de school gelezen' }).waitFor();
    expect(await contacts.locator('li').first().innerText()).toContain('Huisbezoek');

    await page.getByLabel('Waarover gaat het gesprek?').selectOption({ label: 'Dienst: Sportclub De Pijl' });
    await page.getByLabel('Betaalbaar').check();
    await page.getByLabel('Wat zegt het gezin over “Betaalbaar”?').fill('De schoenen zijn duur');
    await page.getByRole('button', { name: 'Gesprek bewaren' }).click();
    await page.getByText('Betaalbaar (“De schoenen zijn duur”)').waitFor();
    expect(await accessibleAtBothSizes(page)).toEqual([]);
  }, 60_000);

  it('the worker turns the family\'s barrier into a new signal; the count says fewer than 5', async () => {
    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Van drempel naar signaal' }) });
    await form.getByLabel('Welke drempel?').selectOption({ label: 'Drempel: Kosten' });
    await form.getByLabel('Bij welk signaal?').selectOption({ label: 'Een nieuw signaal' });
    await form.getByLabel('Tekst van het nieuwe signaal').fill(SIGNAL_TEXT);
    await form.getByLabel('Waar in het leven speelt het signaal?').selectOption({ label: 'Vrije tijd' });
    await form.getByRole('button', { name: 'Bijdragen aan het signaal' }).click();
    await form.getByText('Toegevoegd. Dit gezin telt mee in het signaal.').waitFor();
    await form.locator('li', { hasText: SIGNAL_TEXT }).getByText('minder dan 5 gezinnen').waitFor();
  }, 30_000);

  it('a coach plans a network meeting and sees the signal on its agenda with no family named', async () => {
    const coach = await server.addWorker('Carla Coach', 'coach');
    const context = await session!.browser.newContext({ viewport: VIEWPORTS[0] });
    context.setDefaultTimeout(8_000);
    const coachPage = await context.newPage();
    try {
      await firstSignIn(coachPage, server.url, coach.email, coach.oneTimePassword);
      await coachPage.getByRole('link', { name: 'Signalen' }).click();
      await coachPage.getByRole('heading', { name: 'Signalen', level: 1 }).waitFor();
      await coachPage.getByRole('heading', { name: SIGNAL_TEXT }).waitFor();
      await coachPage.getByLabel('Naam van het overleg').fill('Netwerk Huis van het Kind');
      await coachPage.getByLabel('Datum van het overleg').fill('2099-03-10');
      await coachPage.getByRole('button', { name: 'Overleg toevoegen' }).click();
      expect(await accessibleAtBothSizes(coachPage)).toEqual([]);
      await coachPage.getByRole('link', { name: /Agenda van Netwerk Huis van het Kind/ }).click();
      await coachPage.getByRole('heading', { name: 'Agenda: Netwerk Huis van het Kind' }).waitFor();
      const agenda = coachPage.locator('.agenda-list');
      await agenda.getByText(SIGNAL_TEXT).waitFor();
      const text = await coachPage.locator('main').innerText();
      expect(text).toContain('minder dan 5 gezinnen');
      expect(text).toContain('Vrije tijd');
      for (const name of ['Gezin Janssens', 'Lotte', caseId]) expect(text).not.toContain(name);
      expect(await accessibleAtBothSizes(coachPage)).toEqual([]);
      await coachPage.getByRole('link', { name: 'Caseload' }).click();
      await coachPage.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      expect(await coachPage.getByRole('row', { name: /Ines Begeleider/ }).innerText()).toContain('1');
      expect(await accessibleAtBothSizes(coachPage)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('the beheerder raises the organisation\'s small-cell rule on the signals page, and the count follows it', async () => {
    const context = await session!.browser.newContext({ viewport: VIEWPORTS[0] });
    context.setDefaultTimeout(8_000);
    const admin = await context.newPage();
    try {
      await signIn(admin, server.url);
      await admin.getByRole('link', { name: 'Signalen' }).click();
      await admin.getByLabel('Toon “minder dan” onder dit aantal gezinnen').fill('10');
      await admin.getByRole('button', { name: 'Regel bewaren' }).click();
      await admin.locator('li.card', { hasText: SIGNAL_TEXT }).getByText('minder dan 10 gezinnen').waitFor();
      expect(await accessibleAtBothSizes(admin)).toEqual([]);
    } finally {
      await server.admin.put('/api/coordination-settings', { smallCellThreshold: null });
      await context.close();
    }
  }, 30_000);

  it('the family\'s data downloads as JSON and as PDF, and both open', async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    const data = page.locator('section', { has: page.getByRole('heading', { name: 'Alle gegevens van het gezin' }) });
    const jsonDownload = page.waitForEvent('download');
    await data.getByRole('link', { name: 'Downloaden als JSON (om mee te nemen)' }).click();
    const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as Record<string, { contacts?: { note: string }[] } & Record<string, unknown>>;
    expect(json.case).toMatchObject({ name: 'Gezin Janssens' });
    expect(json.coordination?.contacts?.[0]?.note).toBe('Samen de brief van de school gelezen');
    expect(json.signalContributions).toEqual([expect.objectContaining({ text: SIGNAL_TEXT })]);

    const pdfDownload = page.waitForEvent('download');
    await data.getByRole('link', { name: 'Downloaden als PDF (om te lezen)' }).click();
    const pdf = await readFile(await (await pdfDownload).path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(pdf.length).toBeGreaterThan(5_000);

    // The page the PDF is made from, as the family reads it.
    await page.goto(`${server.url}/#/gegevens/${caseId}`);
    await page.locator('[data-print-ready="true"]').waitFor();
    const readable = await page.locator('main').innerText();
    expect(readable).toContain('Gegevens van Gezin Janssens');
    expect(readable).toContain('Samen de brief van de school gelezen');
    expect(readable).toContain(SIGNAL_TEXT);
    expect(await accessibleAtBothSizes(page)).toEqual([]);
    const audit = (await server.admin.get(`/api/audit?caseId=${caseId}`)).json<{ entries: { action: string }[] }>().entries.map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['case.export', 'case.export_pdf', 'coordination.contact_add', 'signal.contribute']));
  }, 60_000);

  it('the case page shows who consented to what; sharing with a partner is its own consent; withdrawing the registration explains, then erases', async () => {
    const made = await device.post('/api/cases', { name: 'Gezin Peeters', members: [{ name: 'Noor', role: 'mama' }] });
    const otherCase = made.json<{ id: string }>().id;
    await device.post(`/api/cases/${otherCase}/consents`, { scope: 'registratie', givenBy: 'Noor', givenOn: '2026-01-07' });
    await page.goto(`${server.url}/#/dossiers/${otherCase}`);
    const consents = page.locator('section.consents');
    await consents.getByText('Gegeven door Noor op 2026-01-07').waitFor();
    await consents.getByLabel('Naam van de partnerorganisatie').fill('CAW Oost');
    await consents.getByLabel('Wie gaf de toestemming om te delen?').fill('Noor');
    await consents.getByRole('button', { name: 'Delen met de partner noteren' }).click();
    await consents.getByText('Met: CAW Oost').waitFor();

    await consents.getByRole('button', { name: 'Intrekken Het netwerk bijhouden' }).click();
    await consents.getByText('wissen we alles van dit gezin').waitFor();
    expect(await accessibleAtBothSizes(page)).toEqual([]);
    await consents.getByRole('button', { name: 'Ja, intrekken en alles wissen' }).click();
    await page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
    expect((await device.get(`/api/cases/${otherCase}`)).statusCode).toBe(404);
  }, 60_000);
});


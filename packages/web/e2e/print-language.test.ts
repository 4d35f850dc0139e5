import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatLocalDate } from '../src/app/local-date.js';
import { chromiumMissing, endWorkerSession, snapshotWithAlters, startWorkerSession, type WorkerSession } from './harness.js';
import { pdfText } from './pdf-text.js';

const skip = chromiumMissing();

/**
 * Issue 14 item 6: the family's PDF in the language chosen in the app (not the browser's), with
 * the legend, tagged, with a file name that says what and when, and the date written the local way.
 */
describe.skipIf(skip !== null)('the family\'s print-out in the language chosen in the app', () => {
  let session: WorkerSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await startWorkerSession('Camille Begeleider', { width: 1366, height: 768 });
    page = session.page;
    await snapshotWithAlters(session.device, session.mapId, { id: 'werkversie', kind: 'is', date: '2026-11-10' }, [
      { id: randomUUID(), name: 'Mamie Jeanne', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } },
      { id: randomUUID(), name: 'Voisin Karim', sector: 'samenleving', ring: 2, status: 'ondergesneeuwd' },
    ]);
  }, 120_000);

  afterAll(() => endWorkerSession(session));

  it('[P1] a French user\'s PDF is in French (read from its text), with the legend and a local date, tagged, named carte-du-reseau-<date>.pdf', async () => {
    if (!session) throw new Error('no session');
    await page.goto(`${session.server.url}/#/dossiers/${session.caseId}/kaart/${session.mapId}/persoon`);
    await page.getByLabel('Taal').selectOption('fr');
    await page.locator('.map-canvas [data-person]').first().waitFor();
    await page.getByRole('button', { name: 'Autres choix pour la carte' }).click();
    const [request] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url().includes('/print.pdf')),
      page.getByRole('button', { name: 'PDF pour la famille' }).click(),
    ]);
    const url = new URL(request.url());
    expect(url.searchParams.get('lang')).toBe('fr');
    // The browser's own language stays Dutch: the app's choice decides.
    const response = await page.request.get(request.url(), { headers: { 'accept-language': 'nl-BE,nl;q=0.9' } });
    expect(response.status()).toBe(200);
    const pdf = await response.body();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="carte-du-reseau-${today}.pdf"`);
    const text = pdfText(pdf);
    expect(text).toContain('Mon réseau');
    expect(text).toContain('Ce que mon réseau m’apporte');
    expect(text).toContain('Légende');
    expect(text).toContain(formatLocalDate(today, 'fr'));
    expect(text).not.toContain('Mijn netwerk');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(fr\)/);
    // Without asking, the family's plan is not in it.
    expect(text).not.toContain('Notre plan de réseau');
  });

  it('[P2] when the family wants it, the plan follows the map in the PDF (the family version, in French)', async () => {
    if (!session) throw new Error('no session');
    const made = await session.device.post(`/api/cases/${session.caseId}/plan`, {
      mapId: session.mapId, startingQuestion: { answer: 'Trouver quelqu’un pour les devoirs' },
      goals: [{ id: 'g', domain: 'werk', words: 'Un travail à mi-temps', workerNote: 'Seulement pour l’équipe' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    await page.getByRole('button', { name: 'Autres choix pour la carte' }).click();
    await page.getByLabel('PDF avec le plan de la famille').check();
    const [request] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url().includes('/print.pdf')),
      page.getByRole('button', { name: 'PDF pour la famille' }).click(),
    ]);
    expect(new URL(request.url()).searchParams.get('plan')).toBe('1');
    const response = await page.request.get(request.url());
    expect(response.status()).toBe(200);
    const text = pdfText(await response.body());
    expect(text).toContain('Mon réseau');
    expect(text).toContain('Notre plan de réseau');
    expect(text).toContain('Un travail à mi-temps');
    // The family version: never the worker's own note.
    expect(text).not.toContain('Seulement pour l’équipe');
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, endWorkerSession, snapshotWithAlters, startWorkerSession, WORKER_PASSWORD, type WorkerSession } from './harness.js';

const skip = chromiumMissing();
const MA = randomUUID();
const BUUR = randomUUID();
const NOTE = 'Ma komt elke woensdag, de buurman helpt met de fiets.';

/**
 * Issue 14 item 4 in the browser: a guide question shows what the map already says, and the
 * guide's progress and notes are kept with the map on the server, so another browser (a fresh
 * context: no local storage, a new sign-in) finds them.
 */
describe.skipIf(skip !== null)('the guide knows the map and is kept with it on the server', () => {
  let session: WorkerSession | undefined;
  let page: Page;
  let guideUrl = '';

  beforeAll(async () => {
    session = await startWorkerSession('Jonas Begeleider', { width: 1366, height: 768 });
    page = session.page;
    await snapshotWithAlters(session.device, session.mapId, { id: 'werkversie', kind: 'is', date: '2026-11-10' }, [
      { id: MA, name: 'Ma Hilde', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } },
      { id: BUUR, name: 'Buurman Ali', sector: 'samenleving', ring: 2, support: { praktisch: 'ontvangt' } },
    ]);
    guideUrl = `${session.server.url}/#/dossiers/${session.caseId}/kaart/${session.mapId}/gesprek`;
  }, 120_000);

  afterAll(() => endWorkerSession(session));

  it('[G5] a guide question ticks the people the map already names for it (who gives emotional support)', async () => {
    await page.goto(guideUrl);
    await page.getByRole('button', { name: 'Gesprek starten' }).click();
    await page.locator('.guide .step-list').getByRole('button', { name: 'Wie doet wat' }).click();
    const tell = page.locator('.guide fieldset', { hasText: 'Aan wie vertel je wat' });
    expect(await tell.getByLabel('Ma Hilde').isChecked()).toBe(true);
    expect(await tell.getByLabel('Buurman Ali').isChecked()).toBe(false);
    const shop = page.locator('.guide fieldset', { hasText: 'Wie brengt iets mee' });
    expect(await shop.getByLabel('Buurman Ali').isChecked()).toBe(true);
    // Ticking someone changes the map: the reading of that person now holds the function.
    await tell.getByLabel('Buurman Ali').check();
    expect(await page.locator('.guide fieldset', { hasText: 'Aan wie vertel je je zorgen' }).getByLabel('Buurman Ali').isChecked()).toBe(true);
  });

  it('[G6] the guide\'s step and note come back in a fresh browser after signing in there', async () => {
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/maps/${session?.mapId}/guide`) && r.request().method() === 'PUT' && r.status() === 200);
    await page.locator('.guide').getByLabel('Wat werd er gezegd (niet verplicht)').fill(NOTE);
    await page.locator('.guide').getByLabel('Wat werd er gezegd (niet verplicht)').blur();
    await saved;
    if (!session) throw new Error('no session');
    // The map change of [G5] (Buurman Ali now hears the worries) is saved on its own timer: wait
    // until the server has it, so the other browser reads the map as this one left it.
    const mapId = session.mapId;
    const device = session.device;
    await expect.poll(async () => {
      const map = (await device.get(`/api/maps/${mapId}`)).json() as { map: { snapshots: { id: string; alters: { id: string; support?: Record<string, string> }[] }[] } };
      return map.map.snapshots.find((s) => s.id === 'werkversie')?.alters.find((a) => a.id === BUUR)?.support?.emotioneel ?? null;
    }, { timeout: 10_000 }).not.toBeNull();

    const fresh = await session.browser.newContext({ viewport: { width: 1024, height: 1366 }, hasTouch: true, isMobile: true });
    try {
      const other = await fresh.newPage();
      other.setDefaultTimeout(8_000);
      const errors: string[] = [];
      other.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await other.goto(session.server.url);
      await other.getByLabel('E-mailadres').fill('begeleider1@e2e.example');
      await other.getByLabel('Wachtwoord', { exact: true }).fill(WORKER_PASSWORD);
      await other.getByRole('button', { name: 'Aanmelden' }).click();
      await other.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
      expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netwerkkracht.guide.')))).toEqual([]);
      await other.goto(guideUrl);
      const guide = other.locator('.guide');
      await guide.getByRole('heading', { name: 'Wie doet wat' }).waitFor();
      expect(await guide.getByLabel('Wat werd er gezegd (niet verplicht)').inputValue()).toBe(NOTE);
      expect(await guide.locator('fieldset', { hasText: 'Aan wie vertel je wat' }).getByLabel('Buurman Ali').isChecked()).toBe(true);
      expect(errors, errors.join('\n')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('[G7] progress made offline on this device and a colleague\'s progress saved online meanwhile are both on the server after reconnecting', async () => {
    if (!session) throw new Error('no session');
    const { mapId, device: colleague } = session;
    const context = page.context();
    const guide = page.locator('.guide');
    const note = guide.getByLabel('Wat werd er gezegd (niet verplicht)');
    const reply = guide.getByLabel(/^Hoe zeg je het aan iemand/);
    const isGuidePut = (r: { url: () => string; method: () => string }) => r.url().endsWith(`/api/maps/${mapId}/guide`) && r.method() === 'PUT';
    const deviceNote = `${NOTE} Offline: de buurman kookt op vrijdag.`;
    const colleagueNote = `${NOTE} Online: de zus van ma belt elke zondag.`;

    // Offline on this device: the note of the step made longer and a written answer. The save fails.
    await context.setOffline(true);
    try {
      const failed = page.waitForEvent('requestfailed', (r) => isGuidePut({ url: () => r.url(), method: () => r.method() }));
      await note.fill(deviceNote);
      await reply.fill('Ze stuurt haar zus een berichtje.');
      await note.focus();
      await failed;

      // Meanwhile a colleague saves other progress online, based on the version the server has.
      const stored = (await colleague.get(`/api/maps/${mapId}/guide`)).json<{ version: number; state: { notes: Record<string, string>; added: Record<string, string[]>; replies: Record<string, string> } }>();
      const colleagueState = {
        ...stored.state,
        notes: { ...stored.state.notes, functies: colleagueNote },
        added: { ...stored.state.added, familie: [MA] },
        replies: { ...stored.state.replies, beroep_doen: 'Samen koken maakt vragen makkelijker.' },
      };
      const saved = await colleague.put(`/api/maps/${mapId}/guide`, { state: colleagueState }, { 'if-match': `"${stored.version}"` });
      expect(saved.statusCode, saved.body).toBe(200);
    } finally {
      await context.setOffline(false);
    }

    // Back online: the stale save gets 409, is merged and sent again; both are on the server.
    type Stored = { state: { notes: Record<string, string>; added: Record<string, string[]>; replies: Record<string, string> } | null };
    await expect.poll(async () => (await colleague.get(`/api/maps/${mapId}/guide`)).json<Stored>().state?.replies.laten_weten ?? null, { timeout: 10_000 })
      .toBe('Ze stuurt haar zus een berichtje.');
    const merged = (await colleague.get(`/api/maps/${mapId}/guide`)).json<Stored>().state;
    expect(merged?.replies.beroep_doen).toBe('Samen koken maakt vragen makkelijker.');
    expect(merged?.added.familie).toContain(MA);
    // The note both changed: the colleague's text first, then this device's, with a line between.
    expect(merged?.notes.functies).toBe(`${colleagueNote}\n\n— — —\n\n${deviceNote}`);
    // This device shows the merged guide too (the colleague's words in the field).
    await expect.poll(() => note.inputValue(), { timeout: 5_000 }).toBe(merged?.notes.functies);
    expect(await guide.getByLabel(/^Hoe kan je hen vragen/).inputValue()).toBe('Samen koken maakt vragen makkelijker.');
    expect(await page.evaluate((id) => localStorage.getItem(`netwerkkracht.guide-unsent.${id}`), mapId)).toBeNull();
  }, 45_000);
});

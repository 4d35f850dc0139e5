import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseCipher } from '../../server/src/crypto/case-keys.js';
// The app's `ctx` (its cipher reads the plan as it was stored before PC6 asked for the agreement day).
import type {} from '../../server/src/context.js';
import { chromiumMissing, endWorkerSession, mapVersion, snapshotWithAlters, startWorkerSession, type TestServer, type WorkerSession, signIn } from './harness.js';
import type { TestClient } from '../../server/src/testing/fixture.js';
import { pdfText } from './pdf-text.js';

const skip = chromiumMissing();
// People get UUIDs, as the web app makes them (the server replaces a name-like id).
const MA = randomUUID();
const CLUB = randomUUID();
const TANTE = randomUUID();

type StoredAlter = { id: string; support: Record<string, string>; fixedArrangement?: string };
async function workingAlters(device: TestClient, mapId: string): Promise<StoredAlter[]> {
  const map = (await device.get(`/api/maps/${mapId}`)).json<{ map: { snapshots: { id: string; alters: StoredAlter[] }[] } }>().map;
  return map.snapshots.find((s) => s.id === 'werkversie')?.alters ?? [];
}

/**
 * Issue 17 in the browser: seed 000's three mapping questions and "the network reacting to change"
 * in the guide, seed 004's need for stability in the editor and the reading, and the Eigen Kracht
 * screen (the family's agreement first, the coordinator, the date, where to ask).
 */
describe.skipIf(skip !== null)('what the sources add, in the web app with the real server', () => {
  let session: WorkerSession | undefined;
  let server: TestServer;
  let page: Page;
  let device: TestClient;
  let caseId = '';
  let mapId = '';

  beforeAll(async () => {
    session = await startWorkerSession('Sofie Begeleider', { width: 1400, height: 950 });
    ({ server, page, device, caseId, mapId } = session);
    await snapshotWithAlters(device, mapId, { id: 'werkversie', kind: 'is', date: '2026-01-10' }, [
      { id: MA, name: 'Ma Hilde', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } },
      { id: CLUB, name: 'Voetbalclub', sector: 'samenleving', ring: 2, support: { erbij_horen: 'ontvangt' } },
    ]);
  }, 120_000);

  afterAll(() => endWorkerSession(session));

  it('the guide asks how you let people know and how you ask them (answered in words) and whether you eat at your parents\' (gives material support)', async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/gesprek`);
    await page.getByRole('button', { name: 'Gesprek starten' }).click();
    await page.locator('.guide .step-list').getByRole('button', { name: 'Wie doet wat' }).click();
    const guide = page.locator('.guide');
    const legends = await guide.locator('.guide-functions legend, .guide-functions .open-question label').allInnerTexts();
    const expected = [
      'Aan wie vertel je wat', 'Wie is er als het moeilijk', 'Met wie maak je plezier', 'Wie kan je snel te pakken', 'Wie past er op de kinderen',
      'Wie brengt iets mee', 'Hoe zeg je het aan iemand', 'Aan wie vertel je je zorgen', 'Aan wie vraag je raad', 'Hoe kan je hen vragen',
      'Ga je soms mee-eten bij je ouders', 'Voor wie doe jij iets',
    ];
    expect(legends.map((l, i) => l.startsWith(expected[i] ?? '\u0000') || l)).toEqual(expected.map(() => true));
    await guide.getByLabel(/^Hoe zeg je het aan iemand/).fill('Ik stuur mijn mama een berichtje.');
    await guide.getByLabel(/^Hoe kan je hen vragen/).fill('Bellen gaat het best.');
    await guide.getByLabel(/^Hoe kan je hen vragen/).blur();
    const eten = guide.locator('fieldset', { hasText: 'Ga je soms mee-eten bij je ouders?' });
    await eten.getByLabel('Ma Hilde').check();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await workingAlters(device, mapId)).find((a) => a.id === MA)?.support).toEqual({ emotioneel: 'ontvangt', materieel: 'ontvangt' });
    // The written answers stay with the guide when it is opened again.
    await page.reload();
    await page.locator('.guide .step-list').getByRole('button', { name: 'Wie doet wat' }).click();
    expect(await page.locator('.guide').getByLabel(/^Hoe zeg je het aan iemand/).inputValue()).toBe('Ik stuur mijn mama een berichtje.');
  });

  it('the helpers step asks how the network reacts to the help and to change, "the support worker or me"', async () => {
    await page.locator('.guide .step-list').getByRole('button', { name: 'Hulpverleners en diensten' }).click();
    const aside = page.locator('.guide aside', { has: page.getByRole('heading', { name: 'Als er iets verandert' }) });
    expect(await aside.innerText()).toContain('‘het is de hulpverlener of ik’');
  });

  it('the family\'s data page and its PDF (right of access) show the written answers to the how-questions with their question', async () => {
    await page.goto(`${server.url}/#/gegevens/${caseId}`);
    await page.locator('[data-print-ready="true"]').waitFor();
    const replies = page.locator('.case-data dl.guide-replies');
    await replies.waitFor();
    expect((await replies.locator('dt').allInnerTexts()).map((q) => q.split('?')[0])).toEqual(['Hoe zeg je het aan iemand als je hem nodig hebt', 'Hoe kan je hen vragen om je te helpen']);
    expect(await replies.locator('dd').allInnerTexts()).toEqual(['Ik stuur mijn mama een berichtje.', 'Bellen gaat het best.']);
    const pdf = await page.request.get(`${server.url}/api/cases/${caseId}/export.pdf`);
    expect(pdf.status()).toBe(200);
    const text = pdfText(await pdf.body());
    expect(text).toContain('Ik stuur mijn mama een berichtje.');
    expect(text).toContain('Bellen gaat het best.');
  }, 45_000);

  it('a fixed arrangement is chosen in the edit panel, saved, and shown in the reading as certainty beside the other three needs', async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/persoon`);
    await page.locator(`.map-canvas [data-person="${CLUB}"]`).click();
    await page.getByRole('tab', { name: 'Persoon' }).click();
    await page.locator('.side-panel').getByLabel('Vaste regeling').selectOption({ label: 'Lidmaatschap' });
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await workingAlters(device, mapId)).find((a) => a.id === CLUB)?.fixedArrangement).toBe('lidmaatschap');
    await page.getByRole('tab', { name: 'Lezen' }).click();
    const needs = page.locator('table.four-needs');
    await needs.waitFor();
    const rows = await needs.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\n')[0])).toEqual(['Warmte en aandacht', 'Erbij horen', 'Spullen en praktische hulp', 'Zekerheid']);
    expect(rows[0]).toContain('Ma Hilde');
    expect(rows[1]).toContain('Voetbalclub');
    expect(rows[3]).toContain('Voetbalclub (lidmaatschap)');
    expect(rows[3]).not.toContain('Ma Hilde');
  });

  it('an Eigen Kracht plan: the steps and where to ask, the family\'s agreement first, the coordinator and the date', async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('heading', { name: 'Netwerkplan' }).waitFor();
    await page.getByLabel('Wie maakt het plan?').selectOption({ label: 'Het netwerk zelf (Eigen Kracht-conferentie)' });
    const steps = page.locator('.eigen-kracht-steps');
    await steps.locator('.contact-card [data-contact="default"]').waitFor();
    expect(await steps.innerText()).toContain('Het gezin zegt eerst ja.');
    expect(await steps.innerText()).toContain('Diksmuidelaan 36 A, 2600 Berchem');
    await page.getByLabel('Wie deed mee? (één naam per regel)').fill('Ma Hilde\nBuurman Ahmed');
    await page.getByRole('button', { name: 'Plan starten' }).click();

    const panel = page.locator('section.eigen-kracht');
    await panel.waitFor();
    await panel.getByLabel('Stap 1: het gezin ging akkoord op').fill('2026-02-10');
    await panel.getByLabel('Coördinator (onafhankelijk)').fill('Mireille');
    await panel.getByLabel('Datum van de conferentie').fill('2026-02-01');
    await panel.getByRole('button', { name: 'Conferentie bewaren' }).click();
    await page.getByText('het gezin stemt eerst in').waitFor();
    expect((await device.get(`/api/cases/${caseId}/plan`)).json().plan.eigenKracht.familyAgreedOn).toBeUndefined();

    await panel.getByLabel('Datum van de conferentie').fill('2026-02-20');
    await panel.getByRole('button', { name: 'Conferentie bewaren' }).click();
    await expect.poll(async () => (await device.get(`/api/cases/${caseId}/plan`)).json().plan.eigenKracht).toMatchObject({
      familyAgreedOn: '2026-02-10', coordinator: 'Mireille', conferenceDate: '2026-02-20',
    });
    await page.locator('section.eigen-kracht .contact-card [data-contact="default"]').waitFor();
    expect(await page.locator('section.eigen-kracht .contact-card').innerText()).toContain('03 340 49 15');
    const result = await new AxeBuilder({ page }).include('section.eigen-kracht').analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('[PC6] a conference date without the family\'s agreement day is refused in the panel; a plan kept so from before shows what is missing until the day is filled in', async () => {
    const panel = page.locator('section.eigen-kracht');
    await panel.getByLabel('Stap 1: het gezin ging akkoord op').fill('');
    await panel.getByRole('button', { name: 'Conferentie bewaren' }).click();
    await page.getByText('nog niet de dag waarop het gezin akkoord ging; vul eerst die dag in').first().waitFor();
    expect((await device.get(`/api/cases/${caseId}/plan`)).json().plan.eigenKracht.familyAgreedOn).toBe('2026-02-10');

    // A plan stored before the rule: the conference date without the agreement day.
    const db = server.handle.db;
    const row = await db.selectFrom('plans').select(['id', 'eigen_kracht_enc']).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    const key = await caseCipher(db, server.app.ctx.cipher, caseId);
    const { familyAgreedOn: _dropped, ...before } = JSON.parse(key.decrypt(row.eigen_kracht_enc ?? '', 'plans.eigen_kracht')) as Record<string, unknown>;
    await db.updateTable('plans').set({ eigen_kracht_enc: key.encrypt(JSON.stringify(before), 'plans.eigen_kracht') }).where('id', '=', row.id).execute();
    await page.reload();
    const missing = page.locator('section.eigen-kracht [data-plan-issue="conference_without_agreement"]');
    await missing.waitFor();
    expect(await missing.innerText()).toBe('Er staat een datum voor de conferentie (2026-02-20), maar nog niet de dag waarop het gezin akkoord ging; vul eerst die dag in');
    await panel.getByLabel('Stap 1: het gezin ging akkoord op').fill('2026-02-12');
    await panel.getByRole('button', { name: 'Conferentie bewaren' }).click();
    await expect.poll(async () => (await device.get(`/api/cases/${caseId}/plan`)).json().plan.eigenKracht.familyAgreedOn).toBe('2026-02-12');
    await expect.poll(() => missing.count()).toBe(0);
  });

  it('the network reacting to change: the worker notes it as a barrier held by a person and sees it named; with help on the map, a difficult relation brings suggestion S11 with its text', async () => {
    // Help is in the picture and the relation with an aunt is difficult: S11's condition.
    for (const alter of [
      { id: randomUUID(), name: 'Gezinsbegeleider Tom', sector: 'hulpverlening', ring: 2 },
      { id: TANTE, name: 'Tante Els', sector: 'familie', ring: 2, valence: 'belastend' },
    ]) {
      const added = await device.post(`/api/maps/${mapId}/snapshots/werkversie/alters`, alter, { 'if-match': `"${await mapVersion(device, mapId)}"` });
      expect(added.statusCode, added.body).toBe(201);
    }
    const offered = (await device.get(`/api/maps/${mapId}/snapshots/werkversie/suggestions`)).json<{ suggestions: { id: string; reasonText: string }[] }>().suggestions;
    expect(offered.filter((x) => x.id.startsWith('S11-')).map((x) => x.id)).toEqual([`S11-${TANTE}`]);

    // The page is on this address already: read the case again.
    await page.reload();
    await page.getByRole('heading', { name: 'Ideeën om het netwerk te versterken' }).waitFor();
    const card = page.locator('li.suggestion', { hasText: 'Het contact met Tante Els loopt niet altijd vlot.' });
    await card.waitFor();
    expect(await card.locator('p').first().innerText()).toBe('Het contact met Tante Els loopt niet altijd vlot. Als er hulp komt of als er iets verandert, voelt iemand uit je eigen kring zich soms opzij gezet: ‘de hulpverlener of ik’. Hoe kan Tante Els erbij betrokken worden?');

    const barriers = page.locator('.barriers');
    const form = barriers.locator('form', { has: page.getByRole('button', { name: 'Noteren' }) });
    await form.getByLabel('Wat speelt er?').selectOption('netwerk_reageert_op_verandering');
    await form.getByText('Soms moet het gezin kiezen: ‘de hulpverlener of ik’.', { exact: false }).waitFor();
    await form.getByLabel('Bij wie speelt het?').selectOption({ label: 'Tante Els' });
    await form.getByLabel('Notitie', { exact: true }).fill('Tante Els vindt dat Tom zich moeit');
    await form.getByRole('button', { name: 'Noteren' }).click();
    const noted = barriers.locator('li.card', { hasText: 'Het netwerk reageert op verandering' });
    await noted.waitFor();
    expect(await noted.innerText()).toContain('Speelt bij: Tante Els');
    expect(await noted.innerText()).toContain('Tante Els vindt dat Tom zich moeit');
    const stored = (await device.get(`/api/cases/${caseId}/barriers`)).json<{ barriers: { barrier: { code: string; holder: unknown } }[] }>().barriers;
    expect(stored.map((b) => [b.barrier.code, b.barrier.holder])).toEqual([['netwerk_reageert_op_verandering', { kind: 'netwerklid', alterId: TANTE }]]);
  }, 45_000);

  it('the beheerder sets the organisation\'s own contact for a conference; the worker\'s panel shows it instead of the Steunpunt', async () => {
    const context = await page.context().browser()!.newContext({ viewport: { width: 1400, height: 950 } });
    context.setDefaultTimeout(8_000);
    const admin = await context.newPage();
    try {
      await signIn(admin, server.url);
      await admin.goto(`${server.url}/#/beheer`);
      const form = admin.locator('section.eigen-kracht-contact-form');
      await form.getByLabel('Naam van de dienst').fill('Coördinatiepunt Eigen Kracht Gent');
      await form.getByLabel('Adres').fill('Voorbeeldstraat 1, 9000 Gent');
      await form.getByLabel('Telefoon (meer nummers: scheid ze met een komma)').fill('09 123 45 67, 0470 12 34 56');
      await form.getByLabel('Website').fill('https://voorbeeld.be/eigen-kracht');
      await form.getByRole('button', { name: 'Contact bewaren' }).click();
      await form.getByRole('status').getByText('Bewaard.').waitFor();
      const result = await new AxeBuilder({ page: admin }).include('section.eigen-kracht-contact-form').analyze();
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    } finally {
      await context.close();
    }
    expect((await device.get('/api/organisation/eigen-kracht-contact')).json()).toEqual({ custom: true, contact: {
      organisation: 'Coördinatiepunt Eigen Kracht Gent', address: 'Voorbeeldstraat 1, 9000 Gent', phones: ['09 123 45 67', '0470 12 34 56'], website: 'https://voorbeeld.be/eigen-kracht',
    } });

    try {
      await page.reload();
      const card = page.locator('section.eigen-kracht .contact-card');
      await card.locator('[data-contact="own"]').waitFor();
      const text = await card.innerText();
      expect(text).toContain('Coördinatiepunt Eigen Kracht Gent');
      expect(text).toContain('Dit contact koos je organisatie.');
      expect(text).toContain('09 123 45 67 · 0470 12 34 56');
      expect(text).not.toContain('Diksmuidelaan');
      expect(await card.getByRole('link', { name: 'voorbeeld.be/eigen-kracht' }).getAttribute('href')).toBe('https://voorbeeld.be/eigen-kracht');
      expect(await page.locator('section.eigen-kracht .eigen-kracht-steps').innerText()).toContain('Vraag de conferentie aan bij het contact van je organisatie hieronder.');
    } finally {
      await server.admin.put('/api/organisation/eigen-kracht-contact', { contact: null });
    }
  }, 45_000);
});

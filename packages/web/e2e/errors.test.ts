import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { TestClient } from '../../server/src/testing/fixture.js';
import { chromiumMissing, ensureWebBuilt, launchBrowser, startServer, WORKER_PASSWORD, workerWithMap, type TestServer } from './harness.js';

const skip = chromiumMissing();

interface StoredMap { version: number; map: { snapshots: { id: string; alters: { id: string; name: string; sector: string | null; ring: number }[] }[] } }

describe.skipIf(skip !== null)('when saving goes wrong, the user is told in plain language and loses no edit', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let device: TestClient;
  let mapId = '';
  let caseId = '';

  const addPerson = async (name: string) => {
    // A person just added is selected and their panel open; closing it shows the list again.
    await page.locator('.people-list, .edit-panel').first().waitFor();
    if (await page.locator('.edit-panel').count() > 0) await page.locator('.edit-panel').getByRole('button', { name: 'Sluiten' }).click();
    await page.locator('.people-list').getByLabel('Naam').fill(name);
    await page.locator('.people-list').getByRole('button', { name: 'Toevoegen' }).click();
    await page.locator(`.map-canvas [data-person][aria-label^="${name},"]`).waitFor();
  };
  const stored = async () => (await device.get(`/api/maps/${mapId}`)).json<StoredMap>();
  const workingNames = async () => (await stored()).map.snapshots.find((s) => s.id === 'werkversie')?.alters.map((a) => a.name).sort() ?? [];
  const storedDraft = () => page.evaluate((id) => localStorage.getItem(`netwerkkracht.draft.${id}`), mapId);
  /** Everything this browser keeps for the app, names and values, as one text. */
  const everythingStored = () => page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k) ?? ''}`).join('\n'));
  const SEALED = /^\{"v":1,"iv":"[A-Za-z0-9+/=]+","ciphertext":"[A-Za-z0-9+/=]+"\}$/;

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 }, acceptDownloads: true });
    context.setDefaultTimeout(8_000);
    page = await context.newPage();
    const setup = await workerWithMap(server, page, 'Ilse Begeleider');
    device = setup.device;
    mapId = setup.mapId;
    caseId = setup.caseId;
    await page.goto(`${server.url}/#/dossiers/${setup.caseId}/kaart/${mapId}/persoon`);
    await addPerson('Oma Rita');
    await page.locator('[data-save-state="saved"]').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a 409 conflict is explained, keeps the edit on screen and on the device, and re-applies it on the newest version', async () => {
    // Meanwhile, on another device, someone adds a person and saves.
    const before = await stored();
    const working = before.map.snapshots.find((s) => s.id === 'werkversie');
    const theirs = { ...before.map, snapshots: before.map.snapshots.map((s) => (s.id === 'werkversie' ? { ...s, alters: [...(working?.alters ?? []), { id: 'piet', name: 'Buurman Piet', sector: 'samenleving', ring: 2 }] } : s)) };
    const put = await device.put(`/api/maps/${mapId}/document`, { format: 'netwerkkaart', version: 1, map: theirs }, { 'if-match': `"${before.version}"` });
    expect(put.statusCode).toBe(200);

    await addPerson('Tante Lies');
    const notice = page.locator('.conflict-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Iemand anders heeft deze kaart intussen aangepast.');
    expect(await notice.innerText()).toContain('Jouw wijzigingen zijn niet verloren');
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('failed');
    // The edit is still on the map and in this device's draft, which is sealed: no name in it.
    expect(await page.locator('.map-canvas [data-person][aria-label^="Tante Lies,"]').count()).toBe(1);
    const draft = await storedDraft();
    expect(draft).toMatch(SEALED);
    for (const name of ['Tante Lies', 'Oma Rita', 'Lotte']) expect(draft).not.toContain(name);

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Mijn wijzigingen downloaden' }).click();
    const file = await (await download).path();
    expect(await readFile(file, 'utf8')).toContain('Tante Lies');

    await notice.getByRole('button', { name: 'Nieuwste versie laden en mijn wijzigingen erop zetten' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await workingNames()).toEqual(['Buurman Piet', 'Oma Rita', 'Tante Lies']);
    expect(await page.locator('.map-canvas [data-person][aria-label^="Buurman Piet,"]').count()).toBe(1);
    expect(await storedDraft()).toBeNull();
  });

  it('a server error is explained in plain language with a way to reload, and the edit is saved afterwards', async () => {
    let failures = 0;
    await page.route('**/api/maps/*/document', async (route) => {
      failures += 1;
      await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Er ging iets mis aan onze kant.' } }) });
    });
    await addPerson('Juf An');
    const notice = page.locator('.error-notice', { hasText: 'De server had een probleem' });
    await notice.waitFor();
    expect(failures).toBe(1);
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('failed');
    expect(await workingNames()).not.toContain('Juf An');

    await page.unroute('**/api/maps/*/document');
    await notice.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await workingNames()).toEqual(['Buurman Piet', 'Juf An', 'Oma Rita', 'Tante Lies']);
  });

  it('edits not yet saved when the page closes are back on the map when it opens again', async () => {
    await page.route('**/api/maps/*/document', (route) => route.abort());
    await addPerson('Karim');
    await page.locator('.error-notice').first().waitFor();
    await page.unroute('**/api/maps/*/document');
    // On the device the edit is sealed: the stored text does not hold the name, the reload still brings it back.
    await expect.poll(storedDraft).toMatch(SEALED);
    expect(await everythingStored()).not.toContain('Karim');
    await page.reload();
    await page.locator('.map-canvas [data-person][aria-label^="Karim,"]').waitFor();
    expect(await page.getByText('Wijzigingen die nog niet bewaard waren, staan terug op de kaart.').count()).toBe(1);
    await page.getByRole('button', { name: 'Nu bewaren' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await workingNames()).toContain('Karim');
  });

  it('a draft left in plain text by an older version of the app is removed, not read', async () => {
    const current = await stored();
    const plain = {
      baseVersion: current.version,
      document: {
        format: 'netwerkkaart', version: 1,
        map: { ...current.map, snapshots: current.map.snapshots.map((s) => (s.id === 'werkversie' ? { ...s, alters: [...s.alters, { id: 'oudeopa', name: 'Oude Opa', sector: 'familie', ring: 1 }] } : s)) },
      },
    };
    await page.evaluate(([id, text]) => { localStorage.setItem(`netwerkkracht.draft.${id}`, text); }, [mapId, JSON.stringify(plain)] as const);
    await page.reload();
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.locator('.map-canvas [data-person][aria-label^="Karim,"]').waitFor();
    expect(await page.locator('.map-canvas [data-person][aria-label^="Oude Opa,"]').count()).toBe(0);
    expect(await page.getByText('Wijzigingen die nog niet bewaard waren, staan terug op de kaart.').count()).toBe(0);
    expect(await storedDraft()).toBeNull();
  });

  it('signing out with edits still waiting asks first; signing out anyway leaves nothing on the device that opens, also after signing in again', async () => {
    await page.route('**/api/maps/*/document', (route) => route.abort());
    await addPerson('Nonkel Jef');
    await page.locator('.error-notice').first().waitFor();
    await page.unroute('**/api/maps/*/document');
    await expect.poll(storedDraft).toMatch(SEALED);

    // "No" keeps the worker signed in, with the edits.
    page.once('dialog', (dialog) => { void dialog.dismiss(); });
    await page.getByRole('button', { name: 'Afmelden' }).click();
    expect(await page.locator('.map-canvas [data-person][aria-label^="Nonkel Jef,"]').count()).toBe(1);
    // "Yes": the device key, its wrapped copies and everything sealed with it go (issue 16).
    page.once('dialog', (dialog) => { void dialog.accept(); });
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByLabel('E-mailadres').waitFor();
    const left = await everythingStored();
    expect(left).not.toContain(`netwerkkracht.draft.${mapId}=`);
    expect(left).not.toContain('netwerkkracht.keyring.');
    for (const name of ['Nonkel Jef', 'Karim', 'Tante Lies', 'Oma Rita', 'Lotte', 'Janssens']) expect(left).not.toContain(name);

    const email = (await device.get('/api/auth/session')).json<{ user: { email: string } }>().user.email;
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WORKER_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
    await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/persoon`);
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await page.locator('.map-canvas [data-person][aria-label^="Nonkel Jef,"]').count()).toBe(0);
    expect(await workingNames()).not.toContain('Nonkel Jef');
  });

  it('without the device key nothing is written to the device, and the page says the edits are only kept while it is open', async () => {
    await page.route('**/api/me/device-wrap-key', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Er ging iets mis aan onze kant.' } }) }));
    await page.reload();
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.route('**/api/maps/*/document', (route) => route.abort());
    await addPerson('Buurvrouw Mia');
    const notice = page.locator('.error-notice').first();
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Je werk staat alleen nog op je scherm: laat deze pagina open');
    expect(await page.locator('[data-save-state]').innerText()).toContain('Niet bewaard (alleen zolang deze pagina open is)');
    expect(await storedDraft()).toBeNull();
    // The whole name: a short one like 'Mia' can turn up in base64 ciphertext by chance.
    expect(await everythingStored()).not.toContain('Buurvrouw Mia');

    await page.unroute('**/api/maps/*/document');
    await page.unroute('**/api/me/device-wrap-key');
    await page.getByRole('button', { name: 'Nu bewaren' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await workingNames()).toContain('Buurvrouw Mia');
  });
});

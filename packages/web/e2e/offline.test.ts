import { randomUUID } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, chromiumMissing, DIST, ensureWebBuilt, launchBrowser, mapVersion, snapshotWithAlters, startServer, workerWithMap, WORKER_PASSWORD, type TestServer } from './harness.js';
import { screenPointOfPerson } from './map-geometry.js';
import { login, type TestClient } from '../../server/src/testing/fixture.js';

const skip = chromiumMissing();
const SHOTS = join(tmpdir(), 'netwerkkracht-e2e');
mkdirSync(SHOTS, { recursive: true });

const OMA = randomUUID();
const JOS = randomUUID();
const NEW_PEOPLE = [{ name: 'Tante Mira', ring: 1 }, { name: 'Voetbaltrainer Bram', ring: 3 }, { name: 'Buurvrouw Els', ring: 2 }];

interface StoredAlter { id: string; name: string; ring: number; note?: string }
interface StoredMap { snapshots: { id: string; alters: StoredAlter[]; ties: [string, string][] }[] }
async function working(client: TestClient, mapId: string): Promise<{ alters: StoredAlter[]; ties: [string, string][] }> {
  const map = (await client.get(`/api/maps/${mapId}`)).json<{ map: StoredMap }>().map;
  const snap = map.snapshots.find((s) => s.id === 'werkversie');
  return { alters: snap?.alters ?? [], ties: snap?.ties ?? [] };
}

/** Everything this origin keeps in localStorage, as a script on the device (or a thief with the disk) reads it. */
function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));
}

/**
 * Issue 16 in chromium with the network switched off (Playwright's offline mode): the installable
 * app opens without a connection, a case taken on a visit is worked on offline (three people and
 * a tie through the guide, printed on the device), the edits arrive on the server as operations
 * merged with a colleague's change, a real conflict is chosen on the conflict screen, a new
 * service worker takes over without losing waiting edits, and sign-out leaves nothing readable.
 */
describe.skipIf(skip !== null)('home visits without a connection', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let device: TestClient;
  let coach: TestClient;
  let caseId = '';
  let mapId = '';
  let otherCaseId = '';
  let webRoot = '';

  const personId = async (name: string) => {
    const id = await page.locator(`.map-canvas .map-svg [data-person][aria-label^="${name},"]`).getAttribute('data-person');
    if (!id) throw new Error(`${name} is not on the map`);
    return id;
  };
  /** In the page, as a script would: does this session's wrap key open a stored keyring's session copy? */
  const tryOpen = (stored: string) => page.evaluate(async (text) => {
    const ringJson = JSON.parse(text) as { userId: string; bySession: { iv: string; ct: string } | null };
    const res = await fetch('/api/me/device-wrap-key', { credentials: 'same-origin' });
    if (!res.ok) return `no key (${res.status})`;
    const { key } = await res.json() as { key: string };
    const raw = Uint8Array.from(atob(key.replace(/-/g, '+').replace(/_/g, '/') + '='), (c) => c.charCodeAt(0));
    const wrapKey = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['unwrapKey']);
    const bytes = (b: string) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
    if (!ringJson.bySession) return 'no session copy';
    try {
      await crypto.subtle.unwrapKey('raw', bytes(ringJson.bySession.ct), wrapKey, { name: 'AES-GCM', iv: bytes(ringJson.bySession.iv), additionalData: new TextEncoder().encode(`keyring:session:${ringJson.userId}`) }, 'AES-GCM', false, ['decrypt']);
      return 'opened';
    } catch {
      return 'refused';
    }
  }, stored);
  /** No serious or critical axe violation in `selector` (the whole page when absent), on the laptop and the tablet. */
  const axeClean = async (selector?: string) => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 1366 }]) {
      await page.setViewportSize(viewport);
      const builder = new AxeBuilder({ page });
      const result = await (selector ? builder.include(selector) : builder).analyze();
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), `${selector ?? 'page'} ${viewport.width}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  };
  const takeOnVisit = async () => {
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('button', { name: 'Meenemen op huisbezoek' }).click();
    await page.locator('[data-visit-taken="true"]').waitFor();
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    // A copy of the built app: the last test puts a new service worker in it.
    webRoot = mkdtempSync(join(tmpdir(), 'nk-offline-web-'));
    cpSync(DIST, webRoot, { recursive: true });
    server = await startServer(webRoot);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    ({ device, caseId, mapId } = await workerWithMap(server, page, 'Naima Begeleider'));
    await snapshotWithAlters(device, mapId, { id: 'werkversie', kind: 'is', date: '2026-02-02' }, [
      { id: OMA, name: 'Oma Rita', sector: 'familie', ring: 1 },
      { id: JOS, name: 'Buurman Jos', sector: 'samenleving', ring: 2 },
    ]);
    const plan = await device.post(`/api/cases/${caseId}/plan`, { mapId, startingQuestion: { answer: 'Meer rust in huis na school' } });
    if (plan.statusCode !== 201) throw new Error(`plan: ${plan.body}`);
    const other = await device.post('/api/cases', { name: 'Gezin Vermeulen', members: [{ name: 'Karim', role: 'papa' }] });
    otherCaseId = other.json<{ id: string }>().id;
    // The team's coach works on the same case from the office.
    const made = await server.addWorker('Coach Ward', 'coach');
    const first = await login(server.app, made.email, made.oneTimePassword);
    await first.post('/api/auth/password', { currentPassword: made.oneTimePassword, newPassword: 'het wachtwoord van de coach' });
    coach = await login(server.app, made.email, 'het wachtwoord van de coach');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('opens without a connection once used: the password opens only the case taken on a visit', async () => {
    await takeOnVisit();
    // The worker has the shell in its cache once it is active.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await axeClean('section.take-on-visit');
    await page.evaluate(() => { window.location.hash = '#/dossiers'; });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Geen verbinding' }).waitFor();
    await page.getByLabel('Wachtwoord').fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByText('Met dit wachtwoord gaat er niets open op dit toestel.').waitFor();
    await axeClean();
    await page.getByLabel('Wachtwoord').fill(WORKER_PASSWORD);
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('link', { name: 'Gezin Janssens' }).waitFor();
    expect(await page.getByText('Gezin Vermeulen').count()).toBe(0);
    expect(await page.locator('[data-sync-state="offline"]').count()).toBe(1);
    // The taken case opens with its maps and its plan, from the device.
    await page.getByRole('link', { name: 'Gezin Janssens' }).click();
    await page.getByText('Meer rust in huis na school').waitFor();
    await page.locator('[data-plan-offline="true"]').waitFor();
    await axeClean('section.plan');
    // The case not taken along: nothing of it on the device, and it does not open.
    await page.evaluate((id) => { window.location.hash = `#/dossiers/${id}`; }, otherCaseId);
    await page.locator('[data-not-taken="true"]').waitFor();
    const kept = await storage(page);
    expect(Object.keys(kept).some((k) => k.includes(otherCaseId))).toBe(false);
    expect(Object.values(kept).join('\n')).not.toMatch(/Peeters|Janssens|Oma Rita/);
  });

  it('offline: three people through the guide and a tie, printed on the device', async () => {
    await page.evaluate(([c, m]) => { window.location.hash = `#/dossiers/${c}/kaart/${m}/gesprek`; }, [caseId, mapId]);
    await page.getByRole('button', { name: 'Gesprek starten' }).click();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    for (const person of NEW_PEOPLE) {
      await page.locator('.guide').getByLabel('Naam').fill(person.name);
      await page.locator('.guide').getByLabel('Hoe dichtbij').selectOption(String(person.ring));
      await page.getByRole('button', { name: 'Op de kaart zetten' }).click();
      await page.locator(`.map-canvas [data-person][aria-label^="${person.name},"]`).waitFor();
    }
    await page.getByRole('radio', { name: 'Lijn tussen twee mensen' }).click();
    const from = await screenPointOfPerson(page, await personId('Tante Mira'));
    const to = await screenPointOfPerson(page, await personId('Buurvrouw Els'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await page.mouse.up();
    expect(await page.locator('.map-canvas .ties line.tie').count()).toBe(1);
    await page.getByRole('radio', { name: 'Kiezen en slepen' }).click();
    await page.locator('[data-save-state="offline"]').waitFor();
    await page.locator('[data-sync-state="offlineWaiting"]').waitFor();
    // Meanwhile the coach, at the office, writes a note on another person.
    const note = await coach.put(`/api/maps/${mapId}/snapshots/werkversie/alters/${JOS}`, { name: 'Buurman Jos', sector: 'samenleving', ring: 2, note: 'Helpt met de boodschappen' }, { 'if-match': `"${await mapVersion(coach, mapId)}"` });
    expect(note.statusCode, note.body).toBe(200);
    // The print-out: made on this device from what it keeps, with the edits.
    // The print-out is in the map's "Meer" menu (one toolbar row, issue 14).
    await page.getByRole('button', { name: 'Meer keuzes voor de kaart' }).click();
    await page.getByRole('button', { name: 'PDF voor het gezin' }).click();
    await page.locator('[data-print-ready="true"]').waitFor();
    expect(await page.locator('.print-sheet .map-drawing [data-person]').count()).toBe(5);
    await axeClean('.device-print-bar');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    writeFileSync(join(SHOTS, 'offline-print.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.getByRole('button', { name: 'Terug naar de kaart' }).click();
    await page.locator('.map-canvas').waitFor();
  });

  it('back online: the edits arrive as operations, merged with the colleague\'s change to another person, audited, and the case leaves the device', async () => {
    // The worker has left the map: the edits waiting on the device go by themselves.
    await page.evaluate(() => { window.location.hash = '#/dossiers'; });
    await page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
    await context.setOffline(false);
    // Sent one operation at a time: wait for the last (the tie) to be there.
    await expect.poll(async () => { const w = await working(device, mapId); return [w.alters.length, w.ties.length]; }, { timeout: 20_000 }).toEqual([5, 1]);
    const stored = await working(device, mapId);
    const names = stored.alters.map((a) => a.name).sort();
    expect(names).toEqual(['Buurman Jos', 'Buurvrouw Els', 'Oma Rita', 'Tante Mira', 'Voetbaltrainer Bram']);
    expect(stored.alters.find((a) => a.id === JOS)?.note).toBe('Helpt met de boodschappen');
    const mira = stored.alters.find((a) => a.name === 'Tante Mira')?.id;
    const els = stored.alters.find((a) => a.name === 'Buurvrouw Els')?.id;
    expect(stored.ties.map((t) => [...t].sort())).toEqual([[mira, els].sort()]);
    // Every change the device sent is an operation of the API, audited like any other.
    const audit = await server.handle.db.selectFrom('audit_log').select(['action', 'target']).where('case_id', '=', caseId).execute();
    const newIds = stored.alters.filter((a) => NEW_PEOPLE.some((p) => p.name === a.name)).map((a) => a.id);
    for (const id of newIds) expect(audit.filter((a) => a.action === 'alter.create' && a.target?.endsWith(`/${id}`)), id).toHaveLength(1);
    expect(audit.filter((a) => a.action === 'tie.create')).toHaveLength(1);
    await page.locator('[data-sync-state="synced"]').waitFor();
    await expect.poll(async () => Object.keys(await storage(page)).filter((k) => k.startsWith('netwerkkracht.visit.') || k.startsWith('netwerkkracht.draft.'))).toEqual([]);
  });

  it('the same field changed on both sides: the conflict screen shows both and the worker\'s choice is stored', async () => {
    await takeOnVisit();
    await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/persoon`);
    await page.locator('.map-canvas').waitFor();
    await context.setOffline(true);
    await page.locator('.people-list').getByRole('button', { name: 'Oma Rita' }).click();
    await page.locator('.side-panel').getByLabel('Notitie').fill('Komt elke woensdag');
    await page.locator('.side-panel').getByLabel('Notitie').blur();
    await page.locator('[data-save-state="offline"]').waitFor();
    const theirs = await coach.put(`/api/maps/${mapId}/snapshots/werkversie/alters/${OMA}`, { name: 'Oma Rita', sector: 'familie', ring: 1, note: 'Is verhuisd naar Gent' }, { 'if-match': `"${await mapVersion(coach, mapId)}"` });
    expect(theirs.statusCode, theirs.body).toBe(200);
    await context.setOffline(false);
    const screen = page.locator('[data-conflict-screen="true"]');
    await screen.waitFor({ timeout: 20_000 });
    expect(await screen.innerText()).toContain('Komt elke woensdag');
    expect(await screen.innerText()).toContain('Is verhuisd naar Gent');
    await axeClean('[data-conflict-screen="true"]');
    await screen.getByRole('radio', { name: /Jouw versie/ }).check();
    await screen.getByRole('button', { name: 'Bewaar mijn keuzes' }).click();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    expect((await working(device, mapId)).alters.find((a) => a.id === OMA)?.note).toBe('Komt elke woensdag');
  });

  it('a new service worker takes over without losing edits that still wait on the device', async () => {
    await takeOnVisit();
    await page.goto(`${server.url}/#/dossiers/${caseId}/kaart/${mapId}/persoon`);
    await page.locator('.map-canvas').waitFor();
    // The map routes fail (as without a connection) while the rest of the site answers.
    await page.route('**/api/maps/**', (route) => route.abort('internetdisconnected'));
    await page.locator('.people-list').getByLabel('Naam').fill('Nonkel Fred');
    await page.locator('.people-list').getByRole('button', { name: 'Toevoegen' }).click();
    await page.locator('[data-save-state="failed"]').waitFor();
    await expect.poll(async () => Object.keys(await storage(page)).includes(`netwerkkracht.draft.${mapId}`)).toBe(true);
    // A new version of the app: its worker answers with its version.
    appendFileSync(join(webRoot, 'sw.js'), '\nself.addEventListener("message", (e) => { e.source.postMessage("versie-2"); });\n');
    // A mark on this page: gone once the new worker has taken over and the page reloaded.
    await page.evaluate(() => { (window as unknown as { beforeUpdate?: boolean }).beforeUpdate = true; });
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); }).catch(() => undefined);
    await expect.poll(() => page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate === true).catch(() => true), { timeout: 40_000 }).toBe(false);
    // The worker that answers now is the new one (asked again while it is still activating).
    const versionNow = () => page.evaluate(() => new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('no answer'), 1500);
      navigator.serviceWorker.addEventListener('message', (e) => { clearTimeout(timer); resolve(String(e.data)); }, { once: true });
      void navigator.serviceWorker.ready.then((r) => r.active?.postMessage('welke versie'));
    })).catch(() => 'reloading');
    await expect.poll(versionNow, { timeout: 30_000 }).toBe('versie-2');
    await page.locator('.map-canvas [data-person][aria-label^="Nonkel Fred,"]').waitFor();
    await page.unroute('**/api/maps/**');
    await page.reload();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    expect((await working(device, mapId)).alters.map((a) => a.name)).toContain('Nonkel Fred');
  }, 90_000);

  it('after sign-out nothing kept on the device can be decrypted, not even with a new session\'s key', async () => {
    await takeOnVisit();
    const before = await storage(page);
    const ring = Object.entries(before).find(([k]) => k.startsWith('netwerkkracht.keyring.'));
    expect(ring).toBeDefined();
    const entry = before[`netwerkkracht.visit.${caseId}`];
    expect(entry).toBeDefined();
    // The check can fail: while signed in, this session's key opens the stored device key.
    expect(await tryOpen(ring?.[1] ?? '')).toBe('opened');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
    const after = await storage(page);
    expect(Object.keys(after).filter((k) => k.startsWith('netwerkkracht.keyring.') || k.startsWith('netwerkkracht.visit') || k.startsWith('netwerkkracht.draft.'))).toEqual([]);
    // Signed out: the server hands out no key at all.
    expect(await tryOpen(ring?.[1] ?? '')).toBe('no key (401)');
    // Signed in again (a new session): its key does not open what was stored before.
    const worker = await server.handle.db.selectFrom('users').select('email').where('display_name', '=', 'Naima Begeleider').executeTakeFirstOrThrow();
    await page.getByLabel('E-mailadres').fill(worker.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WORKER_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor();
    expect(await tryOpen(ring?.[1] ?? '')).toBe('refused');
  });

  it('a lost device: the beheerder ends the worker\'s sessions on the Beheer page, and the device\'s copy no longer opens through the server', async () => {
    // The new sign-in's keyring (written once the password's key is derived).
    const ringNow = async () => Object.entries(await storage(page)).find(([k]) => k.startsWith('netwerkkracht.keyring.'))?.[1] ?? '';
    await expect.poll(ringNow).not.toBe('');
    const ring = await ringNow();
    expect(await tryOpen(ring)).toBe('opened');
    const beheerContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const beheer = await beheerContext.newPage();
    await beheer.goto(`${server.url}/#/beheer`);
    await beheer.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await beheer.getByLabel('Wachtwoord', { exact: true }).fill(ADMIN_PASSWORD);
    await beheer.getByRole('button', { name: 'Aanmelden' }).click();
    await beheer.getByRole('button', { name: 'Toestel kwijt van Naima Begeleider: alle sessies beëindigen' }).click();
    await beheer.locator('[data-sessions-ended="true"]').waitFor();
    await beheerContext.close();
    expect(await tryOpen(ring)).toBe('no key (401)');
    const ended = await server.handle.db.selectFrom('audit_log').select('action').where('action', '=', 'user.sessions_ended').execute();
    expect(ended).toHaveLength(1);
  });
});

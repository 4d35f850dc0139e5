import { UndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import yauzl from 'yauzl';
import { readSample } from '../../core/src/test-support/interop-samples.js';
import { ncGraphml } from '../../core/src/test-support/nc-graphml.js';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromiumMissing, endWorkerSession, ensureWebBuilt, firstSignIn, launchBrowser, startServer, startWorkerSession, WORKER_PASSWORD, workerWithMap,
  type TestServer, type WorkerSession,
} from './harness.js';
import { login } from '../../server/src/testing/fixture.js';

const skip = chromiumMissing();

/** The entries of a zip as they are written (bytes decoded without dropping a byte order mark). */
async function unzip(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => { yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))); });
  const files: Record<string, string> = {};
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => { files[entry.fileName] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks)); zip.readEntry(); });
        stream.on('error', reject);
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

/**
 * Each export of the map's "Meer" menu, downloaded with the browser's own session: what the button
 * asks for (the request it opens) and what comes back. Names only when chosen, and the choice
 * goes back to pseudonyms after each download.
 */
async function download(page: Page, button: string, names: boolean): Promise<{ url: URL; type: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Meer keuzes voor de kaart' }).click();
  const group = page.getByRole('group', { name: 'Downloaden voor Gephi, R of Excel' });
  expect(await group.getByLabel('Zonder namen (Persoon 1, Persoon 2 …)').isChecked()).toBe(true);
  if (names) await group.getByLabel('Met namen en notities').check();
  const [request] = await Promise.all([
    page.context().waitForEvent('request', (r) => /\/api\/maps\/.+\/export/.test(r.url())),
    group.getByRole('button', { name: button }).click(),
  ]);
  const response = await page.context().request.get(request.url());
  expect(response.status(), button).toBe(200);
  return { url: new URL(request.url()), type: response.headers()['content-type'] ?? '', body: await response.body() };
}

/** easyNWK's demo as stored (10 people, 5 ties, Strolchi the pet): every export's content. */
async function checkExports(page: Page, mapId: string): Promise<void> {
  const base = `/api/maps/${encodeURIComponent(mapId)}`;
  const version = await download(page, 'GraphML van deze versie', false);
  expect(version.url.pathname).toMatch(new RegExp(`^${base}/snapshots/[^/]+/export\\.graphml$`));
  expect(version.url.searchParams.get('names')).toBe('0');
  const pseudonymous = parseGraphml(UndirectedGraph, version.body.toString('utf8'));
  expect([pseudonymous.order, pseudonymous.size]).toEqual([10, 5]);
  expect(pseudonymous.nodes().map((n) => pseudonymous.getNodeAttribute(n, 'label') as string).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Persoon ${i + 1}`).sort());
  expect(pseudonymous.getAttribute('ego_name')).toBeUndefined();
  expect(version.body.toString('utf8')).not.toContain('Strolchi');

  const named = parseGraphml(UndirectedGraph, (await download(page, 'GraphML van deze versie', true)).body.toString('utf8'));
  expect(named.nodes().map((n) => named.getNodeAttribute(n, 'label'))).toContain('Strolchi');
  expect(named.getAttribute('ego_name')).toBe('Rosa Braunsteigl-Müller');
  expect(typeof named.getNodeAttribute(named.nodes()[0], 'ring')).toBe('number');

  const all = await download(page, 'GraphML van alle versies (.zip)', false);
  expect([all.url.pathname, all.url.searchParams.get('names'), all.type]).toEqual([`${base}/export.graphml.zip`, '0', 'application/zip']);
  const graphmls = await unzip(all.body);
  expect(Object.keys(graphmls)).toHaveLength(1);
  expect(Object.keys(graphmls)[0]).toMatch(new RegExp(`^${mapId}_[^/]+\\.graphml$`));
  expect(parseGraphml(UndirectedGraph, Object.values(graphmls)[0] as string).order).toBe(10);
  expect(JSON.stringify(graphmls)).not.toContain('Strolchi');

  const forR = await download(page, 'egor voor R (komma, .zip)', false);
  expect([forR.url.pathname, forR.url.searchParams.get('dialect'), forR.url.searchParams.get('names'), forR.type]).toEqual([`${base}/export/egor`, 'r', '0', 'application/zip']);
  const r = await unzip(forR.body);
  expect(Object.keys(r).sort()).toEqual(['aaties.csv', 'alters.csv', 'egos.csv']);
  expect(r['egos.csv']?.startsWith('egoID,map_id,')).toBe(true);
  expect(r['alters.csv']?.trimEnd().split('\r\n')).toHaveLength(11);
  expect(r['aaties.csv']?.trimEnd().split('\r\n')).toHaveLength(6);
  expect(JSON.stringify(r)).not.toContain('Strolchi');

  const forExcel = await download(page, 'egor voor Excel (puntkomma, .zip)', true);
  expect([forExcel.url.searchParams.get('dialect'), forExcel.url.searchParams.get('names')]).toEqual(['excel', '1']);
  const excel = await unzip(forExcel.body);
  expect(excel['egos.csv']?.startsWith('\uFEFFegoID;map_id;')).toBe(true);
  expect(excel['alters.csv']?.startsWith('\uFEFFegoID;alterID;name;')).toBe(true);
  expect(excel['alters.csv']).toContain(';Strolchi;');
}
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

  it('[W1] the worker chooses easyNWK\'s demo, sees the report naming the pet and the deceased, confirms, and the map opens; its menu downloads GraphML (this version, all versions) and egor for R and Excel, pseudonyms unless names are chosen', async () => {
    worker = await workerWithMap(server, page, 'Imke Import');
    const { caseId, device } = worker;
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('heading', { name: 'Kaart uit een ander programma' }).waitFor();
    await page.getByLabel('Bestand(en)').setInputFiles({ name: 'Rosa_Braunsteigl-Mueller.json', mimeType: 'application/json', buffer: Buffer.from(rosa as string, 'utf8') });
    await page.getByRole('button', { name: 'Bekijken' }).click();
    const preview = page.getByRole('status').filter({ hasText: /\d+ kaart(en)?,/ });
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('1 kaart, 1 momentopname, 10 personen, 5 banden');
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
    await checkExports(page, mapId);

    // On a portrait tablet in French (the longest texts) the menu's choices fit inside it: nothing cut off.
    await page.setViewportSize({ width: 1024, height: 1366 });
    await page.locator('.language-switch select').selectOption('fr');
    await page.getByRole('button', { name: 'Autres choix pour la carte' }).click();
    const panel = page.locator('.tool-menu-panel');
    await panel.getByRole('group', { name: 'Télécharger pour Gephi, R ou Excel' }).waitFor();
    const overflow = await panel.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('*')].filter((child) => child.getBoundingClientRect().right > box.right + 0.5).map((child) => child.textContent?.slice(0, 40));
    });
    expect(overflow).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.language-switch select').selectOption('nl');
    await page.setViewportSize({ width: 1280, height: 900 });
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

/** A Network Canvas session: two node types, two edge types, one protocol. */
const NC = ncGraphml({
  session: { caseId: 'gezin 7', sessionUUID: '2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', protocolName: 'Steunnetwerk', protocolUID: 'c0ffee00-1b2c-4d3e-8f9a-0b1c2d3e4f51', sessionFinishTime: '2024-12-16T10:00:00.000Z' },
  variables: { relation: 'string', closeness: 'string', emotional: 'boolean' },
  nodes: [
    { uuid: 'aaaa-1', type: 'Person', label: 'Reginald', data: { relation: 'family', closeness: '1', emotional: 'true' } },
    { uuid: 'aaaa-2', type: 'Person', label: 'Wanda', data: { relation: 'work', closeness: '3', emotional: 'false' } },
    { uuid: 'venue-1', type: 'Venue', label: 'Café' },
  ],
  edges: [{ source: 1, target: 2, type: 'Close' }, { source: 1, target: 2, type: 'Conflict' }],
});

describe.skipIf(skip !== null)('import from Network Canvas with a mapping on the case page', () => {
  let session: WorkerSession | undefined;

  beforeAll(async () => {
    session = await startWorkerSession('Nina Canvas', { width: 1280, height: 900 });
  }, 120_000);
  afterAll(() => endWorkerSession(session));

  it('[W3] the worker maps node type, name, sector, ring, support and "know each other", previews, confirms; the choices are kept on the server for the protocol and offered again, also to a colleague on another device', async () => {
    const { server, page, caseId, device } = session as WorkerSession;
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    const choose = async () => {
      await page.getByLabel('Bestand(en)').setInputFiles({ name: 'sessie.graphml', mimeType: 'application/xml', buffer: Buffer.from(NC, 'utf8') });
      await page.getByRole('button', { name: 'Bekijken', exact: true }).click();
      await page.getByRole('group', { name: 'Wat betekenen de gegevens van Network Canvas?' }).waitFor();
    };
    await choose();
    const axe = await new AxeBuilder({ page }).include('.nc-mapping-form').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByLabel('Welke soort zijn de personen?').selectOption('Person');
    await page.getByLabel('Welk gegeven is de naam?').selectOption('label');
    await page.getByLabel('Welk gegeven zegt de sector?').selectOption('relation');
    await page.getByLabel('"family" betekent').selectOption('familie');
    await page.getByLabel('"work" betekent').selectOption('samenleving');
    await page.getByLabel('Welk gegeven zegt hoe dichtbij iemand staat?').selectOption('variable:closeness');
    await page.getByLabel('"1" betekent').selectOption('1');
    await page.getByLabel('"3" betekent').selectOption('3');
    await page.getByLabel('"emotional" is ja: dat is').selectOption('emotioneel');
    await page.getByLabel('Conflict (1)').uncheck();
    expect(await page.getByLabel('Close (1)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Bekijken met deze keuzes' }).click();
    const preview = page.getByRole('status').filter({ hasText: /\d+ kaart(en)?,/ });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('1 kaart, 1 momentopname, 2 personen, 1 band');
    await page.getByRole('button', { name: 'Bewaren in dit dossier' }).click();
    await page.waitForURL(/#\/dossiers\/[^/]+\/kaart\/[^/]+\/persoon$/);
    const mapId = decodeURIComponent(/kaart\/([^/]+)\//.exec(page.url())?.[1] ?? '');
    const stored = (await device.get(`/api/maps/${mapId}`)).json<{ map: { snapshots: { date: string; alters: { name: string; sector?: string; ring: number; support: Record<string, string> }[]; ties: unknown[] }[] } }>().map;
    const snapshot = stored.snapshots[0]!;
    expect(snapshot.date).toBe('2024-12-16');
    expect(snapshot.alters.map((a) => [a.name, a.sector, a.ring, a.support])).toEqual([
      ['Reginald', 'familie', 1, { emotioneel: 'ontvangt' }], ['Wanda', 'samenleving', 3, {}],
    ]);
    expect(snapshot.ties).toHaveLength(1);

    // Next time, a file of the same protocol starts from the choices made.
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await choose();
    await page.getByText('We vullen de keuzes in die de vorige keer gemaakt zijn').waitFor();
    expect(await page.getByLabel('Welk gegeven zegt de sector?').inputValue()).toBe('relation');
    expect(await page.getByLabel('"work" betekent').inputValue()).toBe('samenleving');
    expect(await page.getByLabel('Conflict (1)').isChecked()).toBe(false);

    // Kept on the server for the organisation under the protocol's UID, not in this browser: a
    // colleague on another device starts from the same choices.
    const kept = await device.get('/api/import-mappings/network-canvas?uid=c0ffee00-1b2c-4d3e-8f9a-0b1c2d3e4f51');
    expect(kept.statusCode).toBe(200);
    expect(kept.json<{ mapping: { sector: { variable: string; values: Record<string, string> } } }>().mapping.sector).toEqual({ variable: 'relation', values: { family: 'familie', work: 'samenleving' } });
    const { browser } = session as WorkerSession;
    const colleague = await server.addWorker('Cas Collega');
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    other.setDefaultTimeout(8_000);
    try {
      const otherPage = await other.newPage();
      await firstSignIn(otherPage, server.url, colleague.email, colleague.oneTimePassword);
      const colleagueApi = await login(server.app, colleague.email, WORKER_PASSWORD);
      const ownCase = (await colleagueApi.post('/api/cases', { name: 'Gezin Peeters', members: [{ name: 'Mila', role: 'mama' }] })).json<{ id: string }>().id;
      await colleagueApi.post(`/api/cases/${ownCase}/consents`, { scope: 'registratie', givenBy: 'Mila', givenOn: '2026-01-05' });
      await otherPage.goto(`${server.url}/#/dossiers/${ownCase}`);
      await otherPage.getByLabel('Bestand(en)').setInputFiles({ name: 'sessie.graphml', mimeType: 'application/xml', buffer: Buffer.from(NC, 'utf8') });
      await otherPage.getByRole('button', { name: 'Bekijken', exact: true }).click();
      await otherPage.getByText('We vullen de keuzes in die de vorige keer gemaakt zijn').waitFor();
      expect(await otherPage.getByLabel('"family" betekent').inputValue()).toBe('familie');
    } finally {
      await other.close();
    }
  });

  it('[W4] three CSV files of another program: the worker says what the columns mean (ids, names, sector, ring by bands, support, tie strength), previews and confirms; our own export comes in without questions', async () => {
    const { server, page, caseId, device } = session as WorkerSession;
    const people = ['Tom;fam;1;ja', 'Els;werk;2;nee', 'Jo;fam;3;', 'An;werk;4;ja', 'Bo;fam;5;', 'Cas;werk;6;', 'Dirk;fam;7;', 'Eva;werk;8;', 'Fien;fam;9;', 'Gust;werk;10;', 'Hans;fam;11;', 'Ida;werk;12;', 'Jef;fam;13;'];
    const foreign = [
      { name: 'egos.csv', text: 'respondent;naam\r\nR1;Ilse Vreemd\r\n' },
      { name: 'alters.csv', text: `respondent;persoon;voornaam;soort;nabijheid;luistert\r\n${people.map((p, i) => `R1;p${i + 1};${p}`).join('\r\n')}\r\n` },
      { name: 'aaties.csv', text: 'respondent;van;naar;sterkte\r\nR1;p1;p2;1\r\nR1;p1;p3;3\r\n' },
    ];
    const choose = async (files: readonly { name: string; text: string }[]) => {
      await page.goto(`${server.url}/#/dossiers/${caseId}`);
      await page.getByLabel('Bestand(en)').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text, 'utf8') })));
      await page.getByRole('button', { name: 'Bekijken', exact: true }).click();
    };
    await choose(foreign);
    await page.getByRole('group', { name: 'Wat betekenen de kolommen van deze drie bestanden?' }).waitFor();
    const axe = await new AxeBuilder({ page }).include('.nc-mapping-form').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByLabel('Nummer van de persoon die we bevragen').selectOption('respondent');
    await page.getByLabel('Nummer van elke persoon uit het netwerk').selectOption('persoon');
    await page.getByLabel('Eerste persoon van een band').selectOption('van');
    await page.getByLabel('Tweede persoon van een band').selectOption('naar');
    await page.getByLabel('Welke kolom is de naam van de bevraagde persoon?').selectOption('naam');
    await page.getByLabel('Welke kolom is de naam van een persoon uit het netwerk?').selectOption('voornaam');
    await page.getByLabel('Welke kolom zegt de sector?').selectOption('soort');
    await page.getByLabel('"fam" betekent').selectOption('familie');
    await page.getByLabel('"werk" betekent').selectOption('samenleving');
    // 13 different numbers: too many for a list, so the worker gives bands.
    await page.getByLabel('Welke kolom zegt hoe dichtbij iemand staat?').selectOption('nabijheid');
    await page.getByText('Deze kolom heeft veel getallen (van 1 tot 13)').waitFor();
    await page.getByLabel('Cirkel 1: tot en met').fill('4');
    await page.getByLabel('Cirkel 2: tot en met').fill('8');
    await page.getByLabel('Cirkel 3: tot en met').fill('13');
    await page.getByLabel('"luistert" is ja: dat is').selectOption('emotioneel');
    await page.getByLabel('Welke kolom van de banden zegt hoe sterk de band is?').selectOption('sterkte');
    await page.getByLabel('Een band telt vanaf').fill('2');
    await page.getByRole('button', { name: 'Bekijken met deze keuzes' }).click();
    const preview = page.getByRole('status').filter({ hasText: /\d+ kaart(en)?,/ });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('1 kaart, 1 momentopname, 13 personen, 1 band');
    await page.getByRole('button', { name: 'Bewaren in dit dossier' }).click();
    await page.waitForURL(/#\/dossiers\/[^/]+\/kaart\/[^/]+\/persoon$/);
    const mapId = decodeURIComponent(/kaart\/([^/]+)\//.exec(page.url())?.[1] ?? '');
    type Stored = { ego: { name: string }; snapshots: { alters: { name: string; sector?: string; ring: number; support: Record<string, string> }[]; ties: unknown[] }[] };
    const stored = (await device.get(`/api/maps/${mapId}`)).json<{ map: Stored }>().map;
    expect(stored.ego.name).toBe('Ilse Vreemd');
    const alters = stored.snapshots[0]!.alters;
    expect(alters.slice(0, 2).map((a) => [a.name, a.sector, a.ring, a.support])).toEqual([['Tom', 'familie', 1, { emotioneel: 'ontvangt' }], ['Els', 'samenleving', 1, {}]]);
    expect(alters.map((a) => a.ring)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
    expect(stored.snapshots[0]!.ties).toHaveLength(1);

    // Our own export of that map reads back without a mapping step: straight to the preview.
    const own = (await device.get(`/api/maps/${mapId}/export/egor?names=1`)).json<{ files: Record<string, string> }>().files;
    await choose(Object.entries(own).map(([name, text]) => ({ name, text })));
    await page.getByRole('status').filter({ hasText: /\d+ kaart(en)?,/ }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: /\d+ kaart(en)?,/ }).innerText()).toContain('1 kaart, 1 momentopname, 13 personen, 1 band');
    expect(await page.getByRole('group', { name: 'Wat betekenen de kolommen van deze drie bestanden?' }).count()).toBe(0);
  });

  it('[W5] a Network Canvas categorical given as one yes/no per option is one choice for the sector; with the tick, two sessions of one case become one map', async () => {
    const { server, page, caseId, device } = session as WorkerSession;
    const sessionFile = (uuid: string, finish: string) => ncGraphml({
      session: { caseId: 'gezin 12', sessionUUID: uuid, protocolName: 'Keuzes', sessionFinishTime: finish },
      variables: { relation_family: 'boolean', relation_work: 'boolean' },
      nodes: [
        { uuid: `${uuid}-1`, type: 'Person', label: 'Rita', data: { relation_family: 'true', relation_work: 'false' } },
        { uuid: `${uuid}-2`, type: 'Person', label: 'Walter', data: { relation_family: 'false', relation_work: 'true' } },
      ],
      edges: [],
    });
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByLabel('Bestand(en)').setInputFiles([
      { name: 'a.graphml', mimeType: 'application/xml', buffer: Buffer.from(sessionFile('sessie-a', '2024-12-16T23:30:00.000Z'), 'utf8') },
      { name: 'b.graphml', mimeType: 'application/xml', buffer: Buffer.from(sessionFile('sessie-b', '2025-03-01T10:00:00.000Z'), 'utf8') },
    ]);
    await page.getByRole('button', { name: 'Bekijken', exact: true }).click();
    await page.getByRole('group', { name: 'Wat betekenen de gegevens van Network Canvas?' }).waitFor();
    await page.getByLabel('Welk gegeven zegt de sector?').selectOption({ label: 'relation: één ja/nee per keuze (2 keuzes)' });
    await page.getByLabel('"family" betekent').selectOption('familie');
    await page.getByLabel('"work" betekent').selectOption('samenleving');
    await page.getByRole('button', { name: 'Bekijken met deze keuzes' }).click();
    const preview = page.getByRole('status').filter({ hasText: /\d+ kaart(en)?,/ });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('2 kaarten, 2 momentopnames, 4 personen, 0 banden');
    await page.getByLabel('Maak van de gesprekken van eenzelfde persoon (case) één kaart').check();
    await page.getByRole('button', { name: 'Bekijken met deze keuzes' }).click();
    await preview.filter({ hasText: '1 kaart, 2 momentopnames' }).waitFor();
    await page.getByRole('button', { name: 'Bewaren in dit dossier' }).click();
    await page.waitForURL(/#\/dossiers\/[^/]+\/kaart\/[^/]+\/persoon$/);
    const mapId = decodeURIComponent(/kaart\/([^/]+)\//.exec(page.url())?.[1] ?? '');
    const stored = (await device.get(`/api/maps/${mapId}`)).json<{ map: { snapshots: { date: string; alters: { name: string; sector?: string }[] }[] } }>().map;
    // 23:30 UTC on 16 December is 17 December in Brussels.
    expect(stored.snapshots.map((s) => s.date)).toEqual(['2024-12-17', '2025-03-01']);
    expect(stored.snapshots[0]!.alters.map((a) => [a.name, a.sector])).toEqual([['Rita', 'familie'], ['Walter', 'samenleving']]);
  });
});

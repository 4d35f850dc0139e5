import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readSample } from '../../core/src/test-support/interop-samples.js';
import { ncGraphml } from '../../core/src/test-support/nc-graphml.js';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromiumMissing, endWorkerSession, ensureWebBuilt, launchBrowser, startServer, startWorkerSession, workerWithMap, type TestServer, type WorkerSession,
} from './harness.js';

const skip = chromiumMissing();
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

  it('[W1] the worker chooses easyNWK\'s demo, sees the report naming the pet and the deceased, confirms, and the map opens', async () => {
    worker = await workerWithMap(server, page, 'Imke Import');
    const { caseId, device } = worker;
    await page.goto(`${server.url}/#/dossiers/${caseId}`);
    await page.getByRole('heading', { name: 'Kaart uit een ander programma' }).waitFor();
    await page.getByLabel('Bestand(en)').setInputFiles({ name: 'Rosa_Braunsteigl-Mueller.json', mimeType: 'application/json', buffer: Buffer.from(rosa as string, 'utf8') });
    await page.getByRole('button', { name: 'Bekijken' }).click();
    const preview = page.getByRole('status').filter({ hasText: 'kaart(en)' });
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('1 kaart(en), 1 momentopname(n), 10 personen, 5 banden');
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
    // Export from the map's "Meer" menu: the working version as GraphML, pseudonyms only.
    await page.getByRole('button', { name: 'Meer keuzes voor de kaart' }).click();
    const [request] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url().includes('/export.graphml')),
      page.getByRole('button', { name: 'GraphML (Gephi, R)' }).click(),
    ]);
    const path = new URL(request.url()).pathname;
    expect(decodeURIComponent(path)).toMatch(new RegExp(`^/api/maps/${mapId}/snapshots/[^/]+/export\\.graphml$`));
    const graphml = await device.get(path);
    expect(graphml.statusCode).toBe(200);
    expect(graphml.body).toContain('<graphml');
    expect(graphml.body).not.toContain('Strolchi');
    // And the whole map as egor's three files in one zip.
    await page.getByRole('button', { name: 'Meer keuzes voor de kaart' }).click();
    const [egor] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url().includes('/export/egor')),
      page.getByRole('button', { name: 'egor (R, Excel) als .zip' }).click(),
    ]);
    const egorUrl = new URL(egor.url());
    expect(decodeURIComponent(egorUrl.pathname + egorUrl.search)).toBe(`/api/maps/${mapId}/export/egor?zip=1`);
    const zip = await device.get(egorUrl.pathname + egorUrl.search);
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
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
  session: { caseId: 'gezin 7', sessionUUID: '2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', protocolName: 'Steunnetwerk', sessionFinishTime: '2024-12-16T10:00:00.000Z' },
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

  it('[W3] the worker maps node type, name, sector, ring, support and "know each other", previews, confirms; the choices are offered again for the same protocol', async () => {
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
    const preview = page.getByRole('status').filter({ hasText: 'kaart(en)' });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('1 kaart(en), 1 momentopname(n), 2 personen, 1 banden');
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
    await page.getByText('We vullen de keuzes in die je de vorige keer maakte').waitFor();
    expect(await page.getByLabel('Welk gegeven zegt de sector?').inputValue()).toBe('relation');
    expect(await page.getByLabel('"work" betekent').inputValue()).toBe('samenleving');
    expect(await page.getByLabel('Conflict (1)').isChecked()).toBe(false);
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
    const preview = page.getByRole('status').filter({ hasText: 'kaart(en)' });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('1 kaart(en), 1 momentopname(n), 13 personen, 1 banden');
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
    await page.getByRole('status').filter({ hasText: 'kaart(en)' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'kaart(en)' }).innerText()).toContain('1 kaart(en), 1 momentopname(n), 13 personen, 1 banden');
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
    const preview = page.getByRole('status').filter({ hasText: 'kaart(en)' });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('2 kaart(en), 2 momentopname(n), 4 personen, 0 banden');
    await page.getByLabel('Maak van de gesprekken van eenzelfde persoon (case) één kaart').check();
    await page.getByRole('button', { name: 'Bekijken met deze keuzes' }).click();
    await preview.filter({ hasText: '1 kaart(en), 2 momentopname(n)' }).waitFor();
    await page.getByRole('button', { name: 'Bewaren in dit dossier' }).click();
    await page.waitForURL(/#\/dossiers\/[^/]+\/kaart\/[^/]+\/persoon$/);
    const mapId = decodeURIComponent(/kaart\/([^/]+)\//.exec(page.url())?.[1] ?? '');
    const stored = (await device.get(`/api/maps/${mapId}`)).json<{ map: { snapshots: { date: string; alters: { name: string; sector?: string }[] }[] } }>().map;
    // 23:30 UTC on 16 December is 17 December in Brussels.
    expect(stored.snapshots.map((s) => s.date)).toEqual(['2024-12-17', '2025-03-01']);
    expect(stored.snapshots[0]!.alters.map((a) => [a.name, a.sector])).toEqual([['Rita', 'familie'], ['Walter', 'samenleving']]);
  });
});

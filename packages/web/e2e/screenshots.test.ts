import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, endWorkerSession, snapshotWithAlters, startWorkerSession, WEB_DIR, type WorkerSession } from './harness.js';
import { takeScreenshots } from './screenshots.js';

const skip = chromiumMissing();
/** NK_SCREENSHOTS=docs writes docs/screenshots/ (commit them); otherwise a temporary folder. */
const toDocs = process.env.NK_SCREENSHOTS === 'docs';

describe.skipIf(skip !== null)('screenshots of the main screens at both viewports (issue 14, docs/design.md)', () => {
  let session: WorkerSession | undefined;
  const outDir = toDocs ? resolve(WEB_DIR, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'nk-shots-'));

  beforeAll(async () => {
    session = await startWorkerSession('Sara Begeleider', { width: 1366, height: 768 });
    const people = [
      ['Mama Rosa', 'familie', 1, 'actief', { emotioneel: 'ontvangt' }], ['Oma Rita', 'familie', 2, 'actief', { zorg: 'ontvangt' }],
      ['Nonkel Jef', 'familie', 3, 'ondergesneeuwd', {}], ['Vriendin Lies', 'vrienden_kennissen', 1, 'actief', { gezelschap: 'wederzijds' }],
      ['Vriend Tom', 'vrienden_kennissen', 2, 'verbroken', {}], ['Een maatje', 'vrienden_kennissen', 1, 'gewenst', {}],
      ['Buurman Ali', 'samenleving', 2, 'actief', { praktisch: 'ontvangt' }], ['Juf Ann', 'samenleving', 2, 'actief', { informatie: 'ontvangt' }],
      ['Voetbalclub', 'samenleving', 3, 'actief', { erbij_horen: 'ontvangt' }], ['Dokter Peeters', 'hulpverlening', 2, 'actief', { informatie: 'ontvangt' }],
      ['Gezinsbegeleider Sam', 'hulpverlening', 1, 'actief', { emotioneel: 'ontvangt' }],
    ] as const;
    await snapshotWithAlters(session.device, session.mapId, { id: 'werkversie', kind: 'is', date: '2026-11-10' },
      people.map(([name, sector, ring, status, support]) => ({ id: randomUUID(), name, sector, ring, status, support })));
  }, 120_000);

  afterAll(async () => {
    await endWorkerSession(session);
    if (!toDocs) rmSync(outDir, { recursive: true, force: true });
  });

  it('[D1] the case list, a case, the editor with each panel and the print page are photographed at 1366×768 and on a tablet', async () => {
    if (!session) throw new Error('no session');
    const { caseId, mapId } = session;
    const files = await takeScreenshots(session.browser, session.server.url, await session.page.context().cookies(), [
      { id: 'case-list', hash: '#/dossiers', ready: 'h1' },
      { id: 'case', hash: `#/dossiers/${caseId}`, ready: 'h1' },
      { id: 'map', hash: `#/dossiers/${caseId}/kaart/${mapId}/persoon`, ready: '.map-canvas [data-person]' },
      { id: 'guide', hash: `#/dossiers/${caseId}/kaart/${mapId}/gesprek`, ready: '.guide' },
      { id: 'reading', hash: `#/dossiers/${caseId}/kaart/${mapId}/lezen`, ready: '.map-canvas [data-person]' },
      { id: 'print', hash: `#/afdruk/${mapId}`, ready: '[data-print-ready="true"]' },
    ], outDir);
    expect(files).toHaveLength(12);
    // JPEG files of a real size (a blank page compresses to almost nothing).
    for (const file of files) expect(readFileSync(file).length, file).toBeGreaterThan(8_000);
  }, 120_000);
});

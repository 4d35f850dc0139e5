import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { OFF_LOOP_CHARS } from '../documents/document-parser.js';
import { report, send, watch } from '../testing/event-loop-watch.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { SERVER_ZIP_LIMITS } from '../zip/read-zip.js';
import { writeZip } from '../zip/write-zip.js';

const targets = await databaseTargets();

/** egor's three files for `egos` families of `people` people, each tied to the next `span` (within the map limits). */
function egorFiles(egos: number, people: number, span: number): Record<string, string> {
  const e = ['egoID'];
  const a = ['egoID,alterID'];
  const t = ['egoID,Source,Target'];
  for (let g = 1; g <= egos; g++) {
    e.push(String(g));
    for (let i = 0; i < people; i++) {
      a.push(`${g},${i}`);
      for (let k = 1; k <= span && i + k < people; k++) t.push(`${g},${i},${i + k}`);
    }
  }
  return { 'egos.csv': `${e.join('\n')}\n`, 'alters.csv': `${a.join('\n')}\n`, 'aaties.csv': `${t.join('\n')}\n` };
}

describe.each(targets)('imports of other tools\' files off the event loop on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let base = '';
  let x1: TestClient;
  let caseId = '';

  beforeAll(async () => {
    database = await target.open();
    const world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => '2026-12-02' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    x1 = await login(app, world.users.x1.email);
    caseId = (await createCaseWithMap(x1)).caseId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[Z12] a zip that unpacks to 3 MB of egor CSV (seconds of reading) is read on the worker thread: health is answered many times while it is read', async () => {
    const files = egorFiles(100, 300, 10);
    const chars = Object.values(files).reduce((n, text) => n + text.length, 0);
    expect(chars).toBeGreaterThan(10 * OFF_LOOP_CHARS);
    expect(chars).toBeLessThan(SERVER_ZIP_LIMITS.maxTotalBytes);
    const zip = await writeZip(files);
    const body = JSON.stringify({ files: [{ name: 'egor.zip', zipBase64: zip.toString('base64') }], preview: true });
    const watched = await watch(base, () => send(base, x1, 'POST', `/api/cases/${caseId}/maps/import-foreign`, body));
    report(`${target.name} egor zip ${(chars / 1e6).toFixed(1)} MB`, watched);
    expect(watched.result.status, JSON.stringify(watched.result.error)).toBe(200);
    expect(watched.result.report).toMatchObject({ maps: 100, alters: 30_000 });
    // Read on the event loop (before), the zip held it for seconds and no answer came meanwhile.
    expect(watched.healthMs.length).toBeGreaterThan(10);
  }, 120_000);

  it('[Z12] problems found on the worker come back as for a small import: 400 import_failed with the place, translated', async () => {
    const files = egorFiles(30, 300, 10);
    files['aaties.csv'] += '30,1,999\n';
    const zip = await writeZip(files);
    const answer = await send(base, x1, 'POST', `/api/cases/${caseId}/maps/import-foreign`, JSON.stringify({ files: [{ name: 'egor.zip', zipBase64: zip.toString('base64') }] }), { 'accept-language': 'en' });
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: 'import_failed' });
    expect(JSON.stringify(answer.error)).toContain('person \\"999\\" is not among this ego');
  }, 60_000);
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { ApiError } from '../http/errors.js';
import { createPdfRenderer } from '../print/pdf-renderer.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

// Rendering a real PDF needs the built web app and chromium: packages/web/e2e covers it end to end.
describe.each(targets)('the PDF print-out on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let mapId = '';

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS });
    x1 = await login(app, world.users.x1.email);
    ({ mapId } = await createCaseWithMap(x1));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[pdf] is refused without a session', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/maps/${mapId}/print.pdf` });
    expect(res.statusCode).toBe(401);
  });

  it('[pdf] a map of another team or organisation answers 404, like a map that does not exist', async () => {
    for (const other of [world.users.y1, world.users.b1]) {
      const client = await login(app, other.email);
      const res = await client.get(`/api/maps/${mapId}/print.pdf`);
      expect(res.statusCode).toBe(404);
    }
  });

  it('[pdf] a server that cannot render answers 503 with a message in the reader’s language', async () => {
    // This app has no web app to render (and does not listen): the PDF cannot be made.
    const dutch = await x1.get(`/api/maps/${mapId}/print.pdf`);
    expect(dutch.statusCode).toBe(503);
    expect(dutch.json().error.code).toBe('pdf_unavailable');
    expect(dutch.json().error.message).toContain('Chromium');
    const french = await x1.get(`/api/maps/${mapId}/print.pdf`, { 'accept-language': 'fr' });
    expect(french.json().error.message).toContain('Le PDF ne peut pas être créé');
  });

  it('[pdf] without chromium installed the renderer refuses with pdf_unavailable instead of failing later', async () => {
    const renderer = createPdfRenderer('/nonexistent/chromium');
    const job = { origin: 'http://127.0.0.1:1', path: '/#/afdruk/x', cookie: { name: 'nk_session', value: 'x' }, language: 'nl' };
    await expect(renderer.render(job)).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === 'pdf_unavailable');
  });

  it('[pdf] beyond a few waiting print-outs the renderer asks to try again instead of queueing without end', async () => {
    const renderer = createPdfRenderer('/nonexistent/chromium', 0);
    const job = { origin: 'http://127.0.0.1:1', path: '/#/afdruk/x', cookie: { name: 'nk_session', value: 'x' }, language: 'nl' };
    await expect(renderer.render(job)).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === 'pdf_failed');
  });
});

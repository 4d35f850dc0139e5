import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { DENIED_LINES_PER_WINDOW } from './denied-audit.js';
import { newId } from './ids.js';

const targets = await databaseTargets();

interface Line { action: string; userId: string; caseId: string | null; target: string | null; route: string | null; outcome: string }

describe.each(targets)('refused access to cases in the audit log on $name', (target) => {
  let database: TestDatabase;
  let apps: FastifyInstance[];
  let world: World;
  let admin: TestClient;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    const keyring = createKeyring([generateKey()]);
    // Two servers on one database, as two worker processes would be.
    apps = [
      await buildApp({ db: database.handle.db, keyring, settings: TEST_SETTINGS }),
      await buildApp({ db: database.handle.db, keyring, settings: TEST_SETTINGS }),
    ];
    admin = await login(apps[0] as FastifyInstance, world.users.beheerder.email);
  });
  afterAll(async () => {
    for (const app of apps ?? []) await app.close();
    await database?.close();
  });

  const linesOf = async (userId: string, category = 'denied') =>
    ((await admin.get(`/api/audit?limit=1000&category=${category}&userId=${userId}`)).json().entries as Line[]).reverse();

  it('[denied] a 404 or 403 on a case resource writes an access.denied line with the route template and the organisation\'s own case or map id', async () => {
    const x1 = await login(apps[0] as FastifyInstance, world.users.x1.email);
    const y1 = await login(apps[0] as FastifyInstance, world.users.y1.email);
    const made = await createCaseWithMap(x1);
    expect((await y1.get(`/api/cases/${made.caseId}`)).statusCode).toBe(404);
    expect((await y1.get(`/api/maps/${made.mapId}/snapshots/nu/analysis`)).statusCode).toBe(404);
    expect((await y1.put(`/api/maps/${made.mapId}/snapshots/nu/alters/tante`, { name: 'Tante', ring: 1 }, { 'if-match': '"3"' })).statusCode).toBe(404);
    const lines = await linesOf(world.users.y1.id);
    expect(lines.map((l) => [l.action, l.route, l.caseId, l.target, l.outcome])).toEqual([
      ['access.denied', 'GET /api/cases/:caseId', made.caseId, made.caseId, 'denied'],
      ['access.denied', 'GET /api/maps/:mapId/snapshots/:snapshotId/analysis', made.caseId, made.mapId, 'denied'],
      ['access.denied', 'PUT /api/maps/:mapId/snapshots/:snapshotId/alters/:alterId', made.caseId, made.mapId, 'denied'],
    ]);
    // Neither the family's name nor the alter id (a worker-chosen word) is written.
    expect(JSON.stringify(lines)).not.toMatch(/tante|Testmans/i);
    // A 403 on a case the user sees but may not manage: erasing a case shared with them.
    await x1.post(`/api/cases/${made.caseId}/consents`, { scope: 'delen', givenBy: 'Mama', givenOn: '2026-01-05', partners: ['Team Y'] });
    await x1.post(`/api/cases/${made.caseId}/shares`, { userId: world.users.y1.id });
    expect((await y1.delete(`/api/cases/${made.caseId}`)).statusCode).toBe(403);
    expect((await linesOf(world.users.y1.id)).at(-1)).toMatchObject({ action: 'access.denied', route: 'DELETE /api/cases/:caseId', caseId: made.caseId });
  });

  it('[denied] another organisation\'s id answers byte-identically to a missing one and is written as neither: no target, no case', async () => {
    const x2 = await login(apps[0] as FastifyInstance, world.users.x2.email);
    const b1 = await login(apps[0] as FastifyInstance, world.users.b1.email);
    const foreign = await createCaseWithMap(b1);
    for (const [url, missingUrl] of [[`/api/cases/${foreign.caseId}`, `/api/cases/${newId()}`], [`/api/maps/${foreign.mapId}`, `/api/maps/${newId()}`], ['/api/maps/greet', '/api/maps/mama']] as const) {
      const a = await x2.get(url);
      const b = await x2.get(missingUrl);
      expect(a.statusCode).toBe(404);
      expect(a.body).toBe(b.body);
    }
    const lines = await linesOf(world.users.x2.id);
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => l.target === null && l.caseId === null && l.action === 'access.denied')).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/greet|mama/);
  });

  it('[denied] the lines are limited per user across servers: after the limit one access.denied_limit line, then nothing until the window ends', async () => {
    const coachY = await login(apps[0] as FastifyInstance, world.users.coachY.email);
    const coachYOnOther = await login(apps[1] as FastifyInstance, world.users.coachY.email);
    const total = DENIED_LINES_PER_WINDOW + 15;
    for (let i = 0; i < total; i++) {
      const res = await (i % 2 === 0 ? coachY : coachYOnOther).get(`/api/cases/${newId()}`);
      expect(res.statusCode).toBe(404);
    }
    const lines = await linesOf(world.users.coachY.id);
    expect(lines.filter((l) => l.action === 'access.denied')).toHaveLength(DENIED_LINES_PER_WINDOW);
    expect(lines.filter((l) => l.action === 'access.denied_limit')).toHaveLength(1);
    expect(lines.at(-1)?.action).toBe('access.denied_limit');
  });

  it('[denied] the beheerder\'s own refusals are audited, other roles\' allowed work and refusals outside cases are not; the filter shows only refusals', async () => {
    expect((await admin.get(`/api/cases/${newId()}`)).statusCode).toBe(404);
    expect((await admin.post('/api/cases', { name: 'Gezin' })).statusCode).toBe(403);
    const onderzoeker = await login(apps[0] as FastifyInstance, world.users.onderzoeker.email);
    expect((await onderzoeker.get(`/api/users/${newId()}`)).statusCode).toBe(404);
    expect((await onderzoeker.post('/api/teams', { name: 'T' })).statusCode).toBe(403);
    expect(await linesOf(world.users.onderzoeker.id)).toEqual([]);
    const mine = await linesOf(world.users.beheerder.id);
    expect(mine.map((l) => l.route)).toEqual(['GET /api/cases/:caseId', 'POST /api/cases']);
    const all = (await admin.get('/api/audit?limit=1000&category=denied')).json().entries as Line[];
    expect(all.every((l) => l.action.startsWith('access.denied'))).toBe(true);
  });
});

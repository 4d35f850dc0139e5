/* global window, document, requestAnimationFrame, cancelAnimationFrame -- code passed to page.evaluate runs in the browser */
// UI benchmark: the built web app in Debian's headless chromium, served by the real server.
// Measures what a worker feels: how much JavaScript the first page needs (gzipped, as a compressing
// proxy would send it) and how smoothly a person can be dragged on a map of 150 people.
// Needs `npm run build` (server dist) and `npx vite build` in packages/web (dist).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildApp, createKeyring, generateKey, initOrganisation, openDatabase, runMigrations } from '@netwerkkracht/server';
import { createRandom } from './generate-maps.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'web', 'dist');
const PEOPLE = 150;
const DRAG_MOVES = 240;
const HASHING = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** 150 people spread over the sectors and rings (one in eleven uncategorised), with 120 ties. */
function bigMap(mapId) {
  const random = createRandom(150);
  const sectors = ['familie', 'vrienden_kennissen', 'samenleving', 'hulpverlening'];
  const alters = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `p${i}`, name: `Persoon ${i + 1}`, sector: i % 11 === 10 ? null : sectors[i % 4], ring: (i % 3) + 1,
    support: i % 4 === 0 ? { emotioneel: 'ontvangt' } : {},
  }));
  const ties = new Map();
  while (ties.size < 120) {
    const a = random.int(0, PEOPLE - 1);
    const b = random.int(0, PEOPLE - 1);
    if (a !== b) ties.set(`${Math.min(a, b)}|${Math.max(a, b)}`, [`p${Math.min(a, b)}`, `p${Math.max(a, b)}`]);
  }
  return {
    format: 'netwerkkaart', version: 1,
    map: { id: mapId, ego: { kind: 'persoon', name: 'Ego' }, sectorScheme: 'B', ringCount: 3, snapshots: [{ id: 'werkversie', kind: 'is', date: '2026-01-01', alters, ties: [...ties.values()] }] },
  };
}

async function api(app, method, url, session, body, headers = {}) {
  const res = await app.inject({
    method, url,
    headers: { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { payload: JSON.stringify(body) } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

function sessionOf(res) {
  // The session cookie (a beheerder's login also sets the device cookie).
  const raw = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('nk_session='));
  return { cookie: String(raw).split(';')[0], csrf: res.json().csrfToken };
}

/** A server on a free port with an organisation, a worker, and one case with the 150-person map. */
export async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'nk-bench-ui-'));
  const handle = openDatabase({ sqliteFile: join(dir, 'bench.sqlite') });
  await runMigrations(handle.db);
  await initOrganisation(handle.db, { organisationName: 'Bench', adminEmail: 'beheer@bench.example', adminName: 'Beheer', password: 'bench beheerder wachtwoord', passwordHashing: HASHING });
  const app = await buildApp({ db: handle.db, keyring: createKeyring([generateKey()]), settings: { passwordHashing: HASHING, auditReadDelayMs: 25 }, webRoot: WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const admin = sessionOf(await api(app, 'POST', '/api/auth/login', null, { email: 'beheer@bench.example', password: 'bench beheerder wachtwoord' }));
  const user = (await api(app, 'POST', '/api/users', admin, { email: 'werker@bench.example', displayName: 'Werker', role: 'begeleider' })).json();
  const first = sessionOf(await api(app, 'POST', '/api/auth/login', null, { email: 'werker@bench.example', password: user.oneTimePassword }));
  const worker = sessionOf(await api(app, 'POST', '/api/auth/password', first, { currentPassword: user.oneTimePassword, newPassword: 'bench werker wachtwoord' }));
  const caseId = (await api(app, 'POST', '/api/cases', worker, { name: 'Bench', members: [] })).json().id;
  await api(app, 'POST', `/api/cases/${caseId}/consents`, worker, { scope: 'registratie', givenBy: 'Bench', givenOn: '2026-01-01' });
  const mapId = (await api(app, 'POST', `/api/cases/${caseId}/maps`, worker, { ego: { kind: 'persoon', name: 'Ego' } })).json().map.id;
  await api(app, 'PUT', `/api/maps/${mapId}/document`, worker, bigMap(mapId), { 'if-match': '"1"' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  return {
    url, caseId, mapId, cookie: worker.cookie,
    async close() {
      await app.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every script the page loads until `ready` resolves, gzipped as a server or proxy would send it. */
async function scriptsDuring(page, action, ready) {
  const pending = [];
  const onResponse = (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.body().then((body) => ({ raw: body.length, gzip: gzipSync(body, { level: 9 }).length }), () => ({ raw: 0, gzip: 0 })));
  };
  page.on('response', onResponse);
  await action();
  await ready();
  page.off('response', onResponse);
  const sizes = await Promise.all(pending);
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, files: sum.files + 1 }), { raw: 0, gzip: 0, files: 0 });
}

const LOAD_RUNS = 5;

/**
 * Navigation to a drawn 150-person map, in milliseconds from the navigation's start (the page's
 * own clock) to the last person's mark in the drawing: a full page load of the editor's address,
 * in a fresh browser context each time (nothing cached), the median of LOAD_RUNS runs.
 */
async function mapLoadMs(browser, server) {
  const times = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 1366 }, hasTouch: true, isMobile: true });
    const [name, value] = server.cookie.split('=');
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/dossiers/${server.caseId}/kaart/${server.mapId}/persoon`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('.map-canvas .map-svg [data-person]').length >= 150, null, { polling: 'raf', timeout: 20_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

async function dragFps(page) {
  // The first person of the map (the server renamed `p0` to an opaque id).
  const box = await page.locator('.map-canvas .map-svg [data-person] .mark').first().boundingBox();
  if (!box) throw new Error('the first person is not drawn');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = performance.now();
  for (let i = 1; i <= DRAG_MOVES; i++) {
    // A slow loop around the map, as a hand moves: about 1.5 px per event.
    const angle = (i / DRAG_MOVES) * Math.PI * 2;
    await page.mouse.move(start.x + Math.sin(angle) * 60, start.y - Math.cos(angle) * 60 + 60);
  }
  await page.mouse.up();
  const elapsed = (performance.now() - t0) / 1000;
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return window.__frames; });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const p95 = gaps[Math.floor(gaps.length * 0.95)] ?? 0;
  return { fps: frames.length / elapsed, movesPerSecond: DRAG_MOVES / elapsed, p95FrameMs: p95, worstFrameMs: gaps[gaps.length - 1] ?? 0 };
}

export async function run() {
  const title = 'UI: the built web app in headless chromium (Debian), served by the real server';
  const columns = ['measure', 'value', 'target', 'ratio to target'];
  if (!existsSync(CHROMIUM) || !existsSync(join(WEB_DIST, 'index.html'))) {
    return { title, columns, rows: [], notes: [`skipped: needs ${CHROMIUM} and a built web app (cd packages/web && npx vite build)`] };
  }
  const server = await setUp();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
    const [name, value] = server.cookie.split('=');
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const first = await scriptsDuring(page, () => page.goto(server.url), () => page.getByRole('heading', { name: 'Dossiers', exact: true }).waitFor());
    const editor = await scriptsDuring(page, () => page.goto(`${server.url}/#/dossiers/${server.caseId}/kaart/${server.mapId}/persoon`),
      // The server gives people opaque ids: wait for all 150 marks.
      () => page.waitForFunction(() => document.querySelectorAll('.map-canvas .map-svg [data-person]').length >= 150, null, { timeout: 30_000 }));
    const drawn = await page.locator('.map-canvas .map-svg [data-person]').count();
    await page.waitForTimeout(300);
    const drag = await dragFps(page);
    const load = await mapLoadMs(browser, server);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    return {
      title,
      columns,
      rows: [
        ['JS of the first page, gzipped', `${kb(first.gzip)} (${first.files} files, ${kb(first.raw)} raw)`, '≤ 250 KB', (first.gzip / (250 * 1024)).toFixed(2)],
        ['extra JS when a map opens, gzipped', `${kb(editor.gzip)} (${editor.files} files)`, '', ''],
        ['navigation to a drawn map of 150 people (fresh browser, median of 5)', `${load.median.toFixed(0)} ms (${load.min.toFixed(0)}–${load.max.toFixed(0)})`, '≤ 700 ms', (load.median / 700).toFixed(2)],
        [`frames per second while dragging (${drawn} people)`, drag.fps.toFixed(1), '≥ 50', (drag.fps / 50).toFixed(2)],
        ['pointer moves handled per second', drag.movesPerSecond.toFixed(0), '', ''],
        ['frame time p95 / worst', `${drag.p95FrameMs.toFixed(1)} / ${drag.worstFrameMs.toFixed(1)} ms`, '', ''],
      ],
      notes: ['Frames are counted with requestAnimationFrame during a drag of one person in a loop (240 pointer moves); the display caps it at 60.'],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/* global window */
// Measures how smoothly a person can be dragged on a map of 150 people in headless chromium
// (build and `npx vite preview --port 4173` first). Prints frames per second during the drag and
// whether the person landed in the sector and ring under the pointer. Not part of `npm test`.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const sectors = ['familie', 'vrienden_kennissen', 'samenleving', 'hulpverlening'];
// Uncategorised people are rarer in practice (one in eleven here).
const alters = Array.from({ length: 150 }, (_, i) => ({
  id: `p${i}`, name: `Persoon ${i + 1}`, sector: i % 11 === 10 ? null : sectors[i % 4], ring: (i % 3) + 1,
  support: i % 4 === 0 ? { emotioneel: 'ontvangt' } : {},
}));
const ties = Array.from({ length: 120 }, (_, i) => [`p${i}`, `p${(i * 7 + 3) % 150}`]).filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? [a, b] : [b, a]));
const unique = [...new Map(ties.map((t) => [t.join('|'), t])).values()];
const workspace = {
  version: 1,
  cases: [{
    case: { id: 'bench', name: 'Bench', members: [] },
    maps: [{ map: { id: 'm', ego: { kind: 'persoon', name: 'Ego' }, snapshots: [] }, draft: { id: 'd', kind: 'is', date: '2026-01-01', alters, ties: unique }, guide: null }],
  }],
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  await page.goto(base);
  await page.evaluate((w) => window.localStorage.setItem('netwerkkracht.workspace', JSON.stringify(w)), workspace);
  await page.goto(`${base}#/dossiers/bench/kaart/m/persoon`);
  await page.reload();
  await page.waitForSelector('.map-svg .person');
  await page.waitForTimeout(500);
  const count = await page.locator('.map-svg .person').count();
  const box = await page.locator('.map-svg [data-person="p0"] .mark').boundingBox();
  if (!box) throw new Error('person p0 not drawn');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.evaluate(() => {
    window.__frames = 0;
    const tick = () => { window.__frames += 1; window.__raf = window.requestAnimationFrame(tick); };
    window.__raf = window.requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x - i * 1.2, start.y + i * 1.5);
  }
  await page.mouse.up();
  const elapsed = (Date.now() - t0) / 1000;
  const frames = await page.evaluate(() => { window.cancelAnimationFrame(window.__raf); return window.__frames; });
  const label = await page.locator('.map-svg [data-person="p0"]').getAttribute('aria-label');
  await page.screenshot({ path: '/tmp/map-150.png' });
  console.log(JSON.stringify({ people: count, pointerMoves: steps, seconds: elapsed, fps: Math.round(frames / elapsed), movesPerSecond: Math.round(steps / elapsed), p0: label }));
} finally {
  await browser.close();
}

/* global window */
// Opens the built app in Debian's headless chromium (run `npx vite build` and `npx vite preview
// --port 4173` first), loads the example family, and saves screenshots of the editor, the reading
// view and the print layout to /tmp. Not part of `npm test`: a check by eye while the server is
// not there yet. Usage: node packages/web/scripts/screenshot.mjs [baseUrl]
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const axe = async (name) => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    return { page: name, serious: bad.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')})`), all: result.violations.length };
  };
  const audits = [];
  await page.goto(base);
  audits.push(await axe('cases'));
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.waitForSelector('.map-svg .person');
  await page.screenshot({ path: '/tmp/editor.png' });
  audits.push(await axe('editor'));

  // Tap to add: in the add tool, tap a place up and to the right of the centre (samenleving).
  const checks = {};
  const svgBox = await page.locator('.map-svg').boundingBox();
  const egoBox = await page.locator('.map-svg .ego').boundingBox();
  const cx = egoBox.x + egoBox.width / 2;
  const cy = egoBox.y + egoBox.height / 2;
  const unit = (svgBox.height / (500 * 2.26)); // screen pixels per map unit (the viewBox is 2.26 radii tall)
  await page.getByRole('radio', { name: 'Persoon toevoegen' }).click();
  const before = await page.locator('.map-svg .person').count();
  const at = { x: cx + Math.sin(Math.PI / 4) * 0.55 * 500 * unit, y: cy - Math.cos(Math.PI / 4) * 0.55 * 500 * unit };
  await page.mouse.click(at.x, at.y);
  const added = page.locator('.map-svg .person').nth(before);
  checks.tapAdded = { count: await page.locator('.map-svg .person').count() - before, sector: await added.getAttribute('data-sector'), ring: await added.getAttribute('data-ring') };
  await page.getByLabel('Naam', { exact: true }).fill('Bakker Ali');
  await page.getByLabel('Naam', { exact: true }).press('Enter');
  await page.screenshot({ path: '/tmp/added.png' });

  // Link: drag from Youssef to Juf An with the line tool.
  await page.getByRole('radio', { name: 'Lijn tussen twee mensen' }).click();
  const a = await page.locator('.map-svg [data-person="youssef"] .mark').boundingBox();
  const b = await page.locator('.map-svg [data-person="juf"] .mark').boundingBox();
  const ties = await page.locator('.map-svg .tie').count();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  checks.linked = (await page.locator('.map-svg .tie').count()) - ties;
  await page.getByRole('button', { name: /Ongedaan maken/ }).click();
  checks.undoneLink = (await page.locator('.map-svg .tie').count()) - ties;
  await page.getByRole('radio', { name: 'Kiezen en slepen' }).click();

  // Keyboard: focus a person, pick up, move one ring further, let go.
  await page.locator('.map-svg .person').first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: '/tmp/focus.png', clip: { x: 0, y: 250, width: 950, height: 700 } });
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Wie geeft…' }).selectOption('zorg');
  await page.getByRole('checkbox', { name: 'Toon wie iets geeft en krijgt' }).check();
  await page.screenshot({ path: '/tmp/editor-highlight.png' });

  await page.getByRole('tab', { name: 'Lezen' }).click();
  await page.waitForSelector('.reading');
  await page.screenshot({ path: '/tmp/reading.png', fullPage: true });
  audits.push(await axe('reading'));

  await page.getByRole('tab', { name: 'Gesprek' }).click();
  await page.getByRole('button', { name: 'Gesprek starten' }).click();
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Tante Mia');
  await page.getByRole('button', { name: 'Op de kaart zetten' }).click();
  await page.screenshot({ path: '/tmp/guide.png' });
  audits.push(await axe('guide'));

  await page.getByRole('tab', { name: 'Versies' }).click();
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await page.waitForSelector('.compare');
  await page.screenshot({ path: '/tmp/compare.png', fullPage: true });
  audits.push(await axe('compare'));

  await page.getByRole('combobox', { name: 'Taal' }).selectOption('fr');
  await page.screenshot({ path: '/tmp/french.png' });
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('nl');

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.screenshot({ path: '/tmp/print.png', fullPage: true });
  await page.pdf({ path: '/tmp/print.pdf', format: 'A4' });
  const pages = (await import('node:fs')).readFileSync('/tmp/print.pdf', 'latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  console.log(JSON.stringify({ errors, printPages: pages, checks, audits }, null, 1));
} finally {
  await browser.close();
}

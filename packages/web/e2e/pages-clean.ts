import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumMissing, endWorkerSession, snapshotWithAlters, startWorkerSession, type WorkerSession } from './harness.js';

const skip = chromiumMissing();

export interface CleanViewport {
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly touch: boolean;
}

/** What went wrong while a page was shown: console errors and failed requests, one line each. */
function watch(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`); });
  page.on('requestfailed', (r) => problems.push(`failed ${r.method()} ${new URL(r.url()).pathname}`));
  return { problems };
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Issue 14 item 8 and the acceptance's axe line: at one viewport (pages-clean-wide and
 * pages-clean-tablet), the login page and every main page of a worker show no console error and
 * no failed request (an empty state is an answer, not an error) and have no serious or critical
 * axe violation. A fresh map (no guide saved, no plan, no versions) is the empty state everywhere.
 */
export function describePagesClean(target: CleanViewport): void {
describe.skipIf(skip !== null)(`every page clean at ${target.name}: no console error, no failed request, no serious axe finding`, () => {
  let session: WorkerSession | undefined;
  const pages: { name: string; hash: string; ready: string }[] = [];

  beforeAll(async () => {
    session = await startWorkerSession('Ilse Begeleider', { width: 1366, height: 768 });
    await snapshotWithAlters(session.device, session.mapId, { id: 'werkversie', kind: 'is', date: '2026-11-10' }, [
      { id: randomUUID(), name: 'Oma Rita', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } },
    ]);
    const { caseId, mapId } = session;
    pages.push(
      { name: 'case list', hash: '#/dossiers', ready: 'h1' },
      { name: 'case', hash: `#/dossiers/${caseId}`, ready: 'h1' },
      ...['persoon', 'gesprek', 'lezen', 'versies'].map((tab) => ({ name: `editor ${tab}`, hash: `#/dossiers/${caseId}/kaart/${mapId}/${tab}`, ready: '.map-canvas [data-person]' })),
      { name: 'sociale kaart', hash: '#/sociale-kaart', ready: 'h1' },
      { name: 'print', hash: `#/afdruk/${mapId}`, ready: '[data-print-ready="true"]' },
    );
  }, 120_000);

  afterAll(() => endWorkerSession(session));

  it(`[C1] ${target.name}: the login page and every main page of a worker`, async () => {
    const { viewport, touch } = target;
    if (!session) throw new Error('no session');
    const context: BrowserContext = await session.browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
    try {
      context.setDefaultTimeout(8_000);
      const login = await context.newPage();
      const seen = watch(login);
      await login.goto(session.server.url);
      await login.getByRole('heading', { name: 'Aanmelden' }).waitFor();
      expect(await seriousViolations(login), 'login').toEqual([]);
      expect(seen.problems, 'login').toEqual([]);
      await login.close();

      await context.addCookies(await session.page.context().cookies());
      for (const target of pages) {
        const page = await context.newPage();
        const watched = watch(page);
        await page.goto(`${session.server.url}/${target.hash}`);
        await page.locator(target.ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page), target.name).toEqual([]);
        expect(watched.problems, target.name).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 90_000);
});
}

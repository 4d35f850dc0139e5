import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';

export const SCREEN_VIEWPORTS = [
  { id: 'desktop-1366x768', viewport: { width: 1366, height: 768 }, touch: false },
  { id: 'tablet-1024x1366', viewport: { width: 1024, height: 1366 }, touch: true },
] as const;

export interface ScreenTarget {
  readonly id: string;
  /** The address after the server's origin (a hash route). */
  readonly hash: string;
  /** What shows when the screen is ready. */
  readonly ready: string;
}

/**
 * Screenshots of the main screens at both viewports (docs/design.md points at them): called by
 * e2e/screenshots.test.ts, which writes them to docs/screenshots/ with NK_SCREENSHOTS=docs and to
 * a temporary folder otherwise. `cookies` are a signed-in worker's. Returns the files written.
 */
export async function takeScreenshots(browser: Browser, origin: string, cookies: Parameters<BrowserContext['addCookies']>[0], targets: readonly ScreenTarget[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const { id: size, viewport, touch } of SCREEN_VIEWPORTS) {
    const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1 });
    try {
      await context.addCookies(cookies);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      for (const target of targets) {
        await page.goto(`${origin}/${target.hash}`);
        await page.locator(target.ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        const path = join(outDir, `${target.id}-${size}.jpg`);
        await page.screenshot({ path, type: 'jpeg', quality: 70 });
        written.push(path);
      }
    } finally {
      await context.close();
    }
  }
  return written;
}

import { access, constants } from 'node:fs/promises';
import type { BrowserType } from 'playwright-core';
import { ApiError } from '../http/errors.js';

/** Debian's chromium; the only browser the server starts. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags every headless run uses: no sandbox (it runs as the server's user), no GPU, no phoning home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PrintJob {
  /** Where the server itself answers, e.g. http://127.0.0.1:3000. */
  readonly origin: string;
  /** The page of the web app to print (a path with hash, on `origin`). */
  readonly path: string;
  /** The user's own session cookie: the page reads the map with the user's rights, nobody else's. */
  readonly cookie: { readonly name: string; readonly value: string };
  readonly language: string;
}

export interface PdfRenderer {
  render(job: PrintJob): Promise<Buffer>;
}

/** Longest wait for the print page to be drawn. */
const READY_TIMEOUT_MS = 20_000;

/**
 * Makes PDFs by opening the web app's print page in headless chromium, started on demand and
 * closed after each job. Jobs run one at a time: a browser takes a few hundred megabytes and
 * most of a core, and a print-out is rare next to everything else the server does. The page may
 * reach the server's own origin only; any other request is blocked.
 */
export function createPdfRenderer(executablePath = CHROMIUM_PATH, maxWaiting = 4): PdfRenderer {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  async function renderNow(job: PrintJob): Promise<Buffer> {
    try {
      await access(executablePath, constants.X_OK);
    } catch {
      throw new ApiError('pdf_unavailable');
    }
    // Loaded on demand: a server without the PDF feature starts (and answers 503) without it.
    let chromium: BrowserType;
    try {
      ({ chromium } = await import('playwright-core'));
    } catch {
      throw new ApiError('pdf_unavailable');
    }
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch(() => {
      throw new ApiError('pdf_failed');
    });
    try {
      const context = await browser.newContext({ locale: job.language, javaScriptEnabled: true });
      await context.addCookies([{ name: job.cookie.name, value: job.cookie.value, url: job.origin, httpOnly: true, sameSite: 'Strict' }]);
      // The app reads its language from this device's storage: print in the language of the request.
      await context.addInitScript({ content: `localStorage.setItem('netwerkkracht.language', ${JSON.stringify(job.language)});` });
      const page = await context.newPage();
      await page.route('**/*', (route) => (route.request().url().startsWith(`${job.origin}/`) ? route.continue() : route.abort()));
      await page.goto(`${job.origin}${job.path}`, { waitUntil: 'load' });
      await page.waitForSelector('[data-print-ready="true"], .error-notice', { timeout: READY_TIMEOUT_MS });
      if (await page.$('.error-notice')) throw new ApiError('pdf_failed');
      await page.emulateMedia({ media: 'print' });
      // Tagged (headings, lists, tables and the map's text alternative reach a screen reader) with
      // an outline from the headings; the page's lang and title become the PDF's.
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError('pdf_failed');
    } finally {
      await browser.close().catch(() => undefined);
    }
  }

  return {
    render(job) {
      // A burst of requests must not pile up browsers' worth of work: beyond a few, ask to retry.
      if (waiting >= maxWaiting) return Promise.reject(new ApiError('pdf_failed'));
      waiting += 1;
      const result = queue.then(() => renderNow(job)).finally(() => { waiting -= 1; });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

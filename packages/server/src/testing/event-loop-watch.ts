import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { TestClient } from './fixture.js';

/**
 * Measuring that a request does not hold the event loop: the work runs while /api/health is asked
 * on the real socket every 10 ms and the loop's longest delay is recorded (large-documents.test.ts,
 * routes/interop-off-loop.test.ts).
 */
export interface Watched<T> {
  readonly result: T;
  /** The longest the event loop was held at one time, in ms (monitorEventLoopDelay's max). */
  readonly maxBlockMs: number;
  /** How long each GET /api/health on the listening socket took while the work ran. */
  readonly healthMs: readonly number[];
}

/** Runs `work` while asking /api/health on the real socket every 10 ms and measuring the event loop. */
export async function watch<T>(base: string, work: () => Promise<T>): Promise<Watched<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const healthMs: number[] = [];
  let done = false;
  histogram.enable();
  const prober = (async () => {
    while (!done) {
      const start = performance.now();
      const res = await fetch(`${base}/api/health`);
      if (res.status !== 200) throw new Error(`health answered ${res.status}`);
      await res.arrayBuffer();
      healthMs.push(performance.now() - start);
      await sleep(10);
    }
  })();
  try {
    const result = await work();
    return { result, maxBlockMs: histogram.max / 1e6, healthMs };
  } finally {
    done = true;
    histogram.disable();
    await prober;
  }
}

export interface Answer {
  readonly status: number;
  readonly error: { code: string; issues?: { path: string; code: string; message: string }[] } | null;
  readonly mapId: string | null;
  /** People per snapshot of the map in the answer. */
  readonly people: readonly number[] | null;
  /** The report of an import of other tools' files. */
  readonly report: { readonly maps: number; readonly alters: number; readonly ties: number } | null;
}

// The client side of a big request (sending 11 MB, parsing the 16 MB answer) runs on a thread of
// its own: in this process it would hold the event loop that is being measured.
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const res = await fetch(workerData.url, workerData.init);
  const body = await res.json();
  parentPort.postMessage({
    status: res.status, error: body.error ?? null, mapId: body.map ? body.map.id : null,
    people: body.map ? body.map.snapshots.map((s) => s.alters.length) : null,
    report: body.report ?? null,
  });
})().catch((error) => parentPort.postMessage({ status: 0, error: { code: String(error) }, mapId: null, people: null, report: null }));
`;

/** The same request the web app makes, over the socket, from another thread. */
export function send(base: string, client: TestClient, method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const init = {
    method, ...(body !== undefined ? { body } : {}),
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
  };
  const worker = new Worker(CLIENT, { eval: true, workerData: { url: `${base}${url}`, init } });
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: Answer) => { void worker.terminate(); resolve(answer); });
    worker.once('error', reject);
  });
}

/**
 * The bound for the longest event-loop block: generous, because the test machine's two cores are
 * shared with other test runs (the same import took 6 s one run and 22 s the next; under the full
 * test run a block reached 470 ms) and a major GC of this process, which also builds the test
 * documents, can take 100-200 ms. The design keeps each slice near 8 ms (SLICE_MS); what is not
 * cut (SQLite's commit, a part of a big map, the sort of its rows) stays near 100-200 ms on a quiet
 * machine. Before the change: 11.9 s (import, SQLite), 5.7 s and 1.8 s (read, SQLite and PostgreSQL).
 */
export const MAX_BLOCK_MS = 800;

export const report = (label: string, w: Watched<unknown>) =>
  // The numbers for the report: the longest event-loop block and the slowest health answer.
  console.info(`${label}: event loop held at most ${w.maxBlockMs.toFixed(0)} ms; /api/health ${w.healthMs.length} answers, slowest ${Math.max(0, ...w.healthMs).toFixed(0)} ms`);

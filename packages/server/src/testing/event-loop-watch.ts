import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';

/**
 * Watching a big request on a listening server: while it runs, /api/health (and, when asked, a
 * read of another map) is asked on the real socket every 10 ms, and the event loop's longest
 * delay is recorded. Tests judge only what does not depend on the machine's speed (the other
 * requests were answered while the work ran, the result is right); the times are printed, and
 * measured for the record by bench/documents.js (which imports this module from dist/).
 * Used by documents/large-documents.test.ts and routes/interop-off-loop.test.ts.
 */
export interface Watched<T> {
  readonly result: T;
  /** How long the work took, in ms. */
  readonly workMs: number;
  /** The longest the event loop was held at one time, in ms (monitorEventLoopDelay's max). */
  readonly maxBlockMs: number;
  /** How long each GET /api/health on the listening socket took, for the answers that came before the work ended. */
  readonly healthMs: readonly number[];
  /** The same for the reads of the other map (when one was asked for). */
  readonly otherMapMs: readonly number[];
}

/** A small map read by the same user while the work runs, to see that reads are not held up by it. */
export interface OtherRead {
  readonly path: string;
  readonly cookie: string;
}

/** The user a request is sent as. */
export interface Requester {
  readonly cookie: string;
  readonly csrfToken: string;
}

/**
 * Asks `path` on the real socket every 10 ms until `done()`, recording how long each answer took;
 * an answer that comes after `done()` is not recorded (it did not come while the work ran).
 */
async function probe(base: string, path: string, headers: Record<string, string>, done: () => boolean, times: number[]): Promise<void> {
  while (!done()) {
    const start = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
    if (done()) return;
    times.push(performance.now() - start);
    await sleep(10);
  }
}

/**
 * Runs `work` while asking /api/health (and reading `other`) on the real socket every 10 ms and
 * measuring the event loop (`resolution` in ms: the histogram's sampling interval).
 */
export async function watch<T>(base: string, work: () => Promise<T>, options: { other?: OtherRead; resolution?: number } = {}): Promise<Watched<T>> {
  const histogram = monitorEventLoopDelay({ resolution: options.resolution ?? 1 });
  const healthMs: number[] = [];
  const otherMapMs: number[] = [];
  let done = false;
  const isDone = () => done;
  histogram.enable();
  const probes = Promise.all([
    probe(base, '/api/health', {}, isDone, healthMs),
    options.other ? probe(base, options.other.path, { cookie: options.other.cookie }, isDone, otherMapMs) : undefined,
  ]);
  // A probe that fails (an answer other than 200) fails the watch, after the work.
  void probes.catch(() => undefined);
  const start = performance.now();
  try {
    const result = await work();
    const workMs = performance.now() - start;
    done = true;
    return { result, workMs, maxBlockMs: histogram.max / 1e6, healthMs: [...healthMs], otherMapMs: [...otherMapMs] };
  } finally {
    done = true;
    histogram.disable();
    await probes;
  }
}

export interface Answer {
  readonly status: number;
  readonly error: { code: string; issues?: { path: string; code: string; message: string }[] } | null;
  readonly mapId: string | null;
  /** People per snapshot of the map in the answer. */
  readonly people: readonly number[] | null;
  /** SHA-256 of the answer's body as it came over the socket (hex). */
  readonly sha256: string;
  /** The report of an import of other tools' files. */
  readonly report: { readonly maps: number; readonly alters: number; readonly ties: number } | null;
  /** `exportedAt` of an exported netwerkkaart file. */
  readonly exportedAt: string | null;
}

// The client side of a big request (sending 11 MB, parsing the 16 MB answer) runs on a thread of
// its own: in this process it would hold the event loop that is being watched. The thread is
// started before the watching starts (starting one holds this event loop for 100-200 ms) and
// sends the request when it is told to.
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
parentPort.once('message', () => (async () => {
  const res = await fetch(workerData.url, workerData.init);
  const text = await res.text();
  const body = JSON.parse(text);
  parentPort.postMessage({
    status: res.status, error: body.error ?? null, mapId: body.map ? body.map.id : null,
    people: body.map ? body.map.snapshots.map((s) => s.alters.length) : null,
    sha256: createHash('sha256').update(text).digest('hex'),
    report: body.report ?? null, exportedAt: body.exportedAt ?? null,
  });
})().catch((error) => parentPort.postMessage({ status: 0, error: { code: String(error) }, mapId: null, people: null, sha256: '', report: null, exportedAt: null })));
parentPort.postMessage('ready');
`;

/**
 * The same request the web app makes, over the socket, from another thread: `await` gives a
 * client that is ready, and its `go()` sends the request and gives the answer.
 */
export async function client(base: string, user: Requester, method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<{ go(): Promise<Answer> }> {
  const init = {
    method, ...(body !== undefined ? { body } : {}),
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
  };
  const worker = new Worker(CLIENT, { eval: true, workerData: { url: `${base}${url}`, init } });
  await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  return {
    go: () => new Promise((resolve, reject) => {
      worker.once('message', (answer: Answer) => { void worker.terminate(); resolve(answer); });
      worker.once('error', reject);
      worker.postMessage('go');
    }),
  };
}

/** One request from a client thread. */
export async function send(base: string, user: Requester, method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return (await client(base, user, method, url, body, headers)).go();
}

const slowest = (times: readonly number[]) => Math.max(0, ...times);

/** Prints the numbers of a watched job (for the record, never judged). */
export const report = (label: string, w: Watched<unknown>) =>
  console.info(`${label}: ${w.workMs.toFixed(0)} ms; event loop held at most ${w.maxBlockMs.toFixed(0)} ms; /api/health ${w.healthMs.length} answers, slowest ${slowest(w.healthMs).toFixed(0)} ms`
    + (w.otherMapMs.length > 0 ? `; another map read ${w.otherMapMs.length} times, slowest ${slowest(w.otherMapMs).toFixed(0)} ms` : ''));

import { Worker } from 'node:worker_threads';
import { canonicalAlter, notJsonIssue, parseMapDocument, type Issue, type MapDocument, type MapLimits, type NetworkMap, type Snapshot } from '@netwerkkracht/core';
import { ApiError } from '../http/errors.js';
import { invalid } from '../http/validate.js';
import type { DocumentJob, DocumentJobResult } from './document-worker.js';
import { JsonText } from './json-text.js';
import { createSlicer } from './slices.js';

/**
 * Map documents (import, "save all") are parsed and checked on a worker thread when their text is
 * longer than this: below it the work takes a few milliseconds and a thread hop would cost more.
 */
export const OFF_LOOP_CHARS = 256 * 1024;

/** A checked document, or the problems that refuse it (thrown as 400 invalid_input / malformed_json). */
export interface ParsedDocument {
  readonly document: MapDocument;
  readonly warnings: readonly Issue[];
}

/**
 * The body of a document route as a checked map document, within the limits. A big text is parsed
 * on the worker thread and its snapshots are rebuilt here in slices; a small one (or a body that
 * is already a value) is parsed here at once. Never blocks the event loop for long either way.
 */
export async function parseDocumentBody(body: unknown, limits: MapLimits): Promise<ParsedDocument> {
  if (!(body instanceof JsonText)) return checked(parseMapDocument(body, { limits }));
  if (body.text.length < OFF_LOOP_CHARS) {
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      throw new ApiError('malformed_json', { issues: [notJsonIssue(body.text)] });
    }
    return checked(parseMapDocument(json, { limits }));
  }
  const result = await documentWorkers.run({ text: body.text, limits });
  if (!result.ok) {
    if (result.notJson) throw new ApiError('malformed_json', { issues: result.issues });
    invalid(result.issues);
  }
  const head = JSON.parse(result.head) as MapDocument;
  const slicer = createSlicer();
  const snapshots: Snapshot[] = [];
  const utf8 = new TextDecoder();
  for (const [i, end] of result.ends.entries()) {
    const snapshot = JSON.parse(utf8.decode(result.snapshots.subarray(i === 0 ? 0 : result.ends[i - 1], end))) as Snapshot;
    // The same object shape for every alter as the parser gives (see canonicalAlter): JSON left out the undefined fields.
    snapshots.push({ ...snapshot, alters: snapshot.alters.map((a) => canonicalAlter(a as Parameters<typeof canonicalAlter>[0])) });
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  return { document: { ...head, map: { ...head.map, snapshots } as NetworkMap }, warnings: result.warnings };
}

function checked(parsed: ReturnType<typeof parseMapDocument>): ParsedDocument {
  if (!parsed.ok) invalid(parsed.issues);
  return { document: parsed.value, warnings: parsed.warnings };
}

/**
 * One worker thread per process, made on first use and kept (unref'd: it never keeps the process
 * alive). Jobs run one at a time in arrival order; a second big import waits for the first, which
 * bounds the memory two of them could take. A worker that dies fails its jobs (500) and is
 * replaced on the next job.
 */
class DocumentWorkers {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (r: DocumentJobResult) => void; reject: (e: Error) => void }>();

  run(job: Omit<DocumentJob, 'id'>): Promise<DocumentJobResult> {
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) worker.ref();
      worker.postMessage({ ...job, id } satisfies DocumentJob);
    });
  }

  #start(): Worker {
    const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    worker.unref();
    worker.on('message', (result: DocumentJobResult) => {
      const job = this.#pending.get(result.id);
      this.#pending.delete(result.id);
      if (this.#pending.size === 0) worker.unref();
      job?.resolve(result);
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const job of this.#pending.values()) job.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the document worker stopped (exit ${code})`)));
    this.#worker = worker;
    return worker;
  }
}

/**
 * The compiled worker: next to this file in dist/, and dist/ of this package when the sources run
 * under vitest (a worker thread cannot load TypeScript; `npx tsc -b` builds it).
 */
function workerFile(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/documents/document-worker.js', here) : new URL('./document-worker.js', here);
}

const documentWorkers = new DocumentWorkers();

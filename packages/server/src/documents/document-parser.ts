import { Worker } from 'node:worker_threads';
import {
  canonicalAlter, importFiles, importMappingTemplate, notJsonIssue, parseMapDocument, type InteropImport, type ImportRequest, type Issue, type MapDocument, type MapLimits,
  type NetworkMap, type Snapshot,
} from '@netwerkkracht/core';
import { ApiError } from '../http/errors.js';
import { invalid } from '../http/validate.js';
import type { DocumentJob, DocumentJobResult } from './document-worker.js';
import type { ImportJob, ImportJobResult, TemplateJob, TemplateJobResult } from './import-job.js';
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
  const result = await documentWorkers.run({ kind: 'document', text: body.text, limits });
  if (!result.ok) {
    if (result.notJson) throw new ApiError('malformed_json', { issues: result.issues });
    invalid(result.issues);
  }
  const head = JSON.parse(result.head) as MapDocument;
  // The worker handed the snapshots over as UTF-8 in one transferred buffer, `ends` marking each.
  const utf8 = new TextDecoder();
  const { snapshots: bytes, ends } = result;
  const texts = ends.map((end, i) => () => utf8.decode(bytes.subarray(i === 0 ? 0 : ends[i - 1], end)));
  const snapshots = await snapshotsFromText(texts, createSlicer());
  return { document: { ...head, map: { ...head.map, snapshots } as NetworkMap }, warnings: result.warnings };
}

/** Snapshots sent back by the worker as JSON text (or a function decoding it), rebuilt in slices. */
async function snapshotsFromText(texts: readonly (string | (() => string))[], slicer: ReturnType<typeof createSlicer>): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  for (const text of texts) {
    const snapshot = JSON.parse(typeof text === 'string' ? text : text()) as Snapshot;
    // The same object shape for every alter as the parser gives (see canonicalAlter): JSON left out the undefined fields.
    snapshots.push({ ...snapshot, alters: snapshot.alters.map((a) => canonicalAlter(a as Parameters<typeof canonicalAlter>[0])) });
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  return snapshots;
}

function isShort(request: Pick<ImportRequest, 'files'>): boolean {
  return request.files.reduce((n, f) => n + f.text.length, 0) < OFF_LOOP_CHARS;
}

/** `importMappingTemplate` the same way: read at once when short, else on the worker thread. */
export async function importTemplateOffLoop(request: Pick<ImportRequest, 'files' | 'format'>): Promise<ReturnType<typeof importMappingTemplate>> {
  if (isShort(request)) return importMappingTemplate(request.files, request.format);
  const { id: _id, ...result } = await documentWorkers.run({ kind: 'template', request });
  return result as ReturnType<typeof importMappingTemplate>;
}

/**
 * `importFiles` (other tools' formats) without holding the event loop: at once when the files are
 * short, on the worker thread when together they reach OFF_LOOP_CHARS (a zip can unpack to
 * megabytes of CSV: seconds of work), the maps rebuilt here in slices.
 */
export async function importFilesOffLoop(request: ImportRequest): Promise<InteropImport> {
  if (isShort(request)) return importFiles(request);
  const result = await documentWorkers.run({ kind: 'import', request });
  if (!result.ok) return result;
  const slicer = createSlicer();
  const maps: NetworkMap[] = [];
  for (const map of result.maps) maps.push({ ...(JSON.parse(map.head) as NetworkMap), snapshots: await snapshotsFromText(map.snapshots, slicer) });
  return { ok: true, maps, report: result.report };
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
type WorkerJob = Omit<DocumentJob, 'id'> | Omit<ImportJob, 'id'> | Omit<TemplateJob, 'id'>;
type AnyResult = DocumentJobResult | ImportJobResult | TemplateJobResult;
type WorkerResult<J extends WorkerJob> = J extends Omit<ImportJob, 'id'> ? ImportJobResult : J extends Omit<TemplateJob, 'id'> ? TemplateJobResult : DocumentJobResult;

class DocumentWorkers {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (r: AnyResult) => void; reject: (e: Error) => void }>();

  run<J extends WorkerJob>(job: J): Promise<WorkerResult<J>> {
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (r: AnyResult) => void, reject });
      if (this.#pending.size === 1) worker.ref();
      worker.postMessage({ ...job, id } satisfies DocumentJob | ImportJob | TemplateJob);
    });
  }

  #start(): Worker {
    const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    worker.unref();
    worker.on('message', (result: AnyResult) => {
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

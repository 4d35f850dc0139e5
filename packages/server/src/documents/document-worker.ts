import { parentPort } from 'node:worker_threads';
import { notJsonIssue, parseMapDocument, type Issue, type MapLimits } from '@netwerkkracht/core';
import { runImportJob, runTemplateJob, type ImportJob, type TemplateJob } from './import-job.js';

/**
 * The worker thread of document-parser.ts: parses and checks one map document (or one import of
 * other tools' files, import-job.ts) at a time, so the
 * seconds a big document can take never hold up the server's event loop. The checked map goes
 * back with each snapshot as JSON text, all of them UTF-8 in one buffer that is handed over
 * (transferred, not copied): the object graph of 30,000 people would be cloned as slowly as it
 * was parsed (measured: 360 ms), and 16 MB of strings took 30-60 ms to copy in on the event loop.
 */
export interface DocumentJob {
  readonly kind: 'document';
  readonly id: number;
  readonly text: string;
  readonly limits: MapLimits;
}

export type DocumentJobResult =
  | { readonly id: number; readonly ok: false; readonly notJson: boolean; readonly issues: readonly Issue[] }
  | {
    readonly id: number;
    readonly ok: true;
    /** The map without its snapshots, and the document's other fields, as JSON. */
    readonly head: string;
    /** The snapshots' JSON texts, one after the other, as UTF-8. */
    readonly snapshots: Uint8Array;
    /** Where each snapshot's text ends in `snapshots` (the next one starts there). */
    readonly ends: readonly number[];
    readonly warnings: readonly Issue[];
  };

export function runDocumentJob(job: DocumentJob): DocumentJobResult {
  let json: unknown;
  try {
    json = JSON.parse(job.text);
  } catch {
    return { id: job.id, ok: false, notJson: true, issues: [notJsonIssue(job.text)] };
  }
  const parsed = parseMapDocument(json, { limits: job.limits });
  if (!parsed.ok) return { id: job.id, ok: false, notJson: false, issues: parsed.issues };
  const { snapshots, ...map } = parsed.value.map;
  const texts = snapshots.map((s) => Buffer.from(JSON.stringify(s)));
  const ends: number[] = [];
  let end = 0;
  for (const text of texts) ends.push(end += text.length);
  // A buffer of its own (not Node's shared pool), so it can be transferred.
  const bytes = new Uint8Array(new ArrayBuffer(end));
  for (const [i, text] of texts.entries()) bytes.set(text, i === 0 ? 0 : ends[i - 1]);
  return { id: job.id, ok: true, head: JSON.stringify({ ...parsed.value, map }), snapshots: bytes, ends, warnings: parsed.warnings };
}

parentPort?.on('message', (job: DocumentJob | ImportJob | TemplateJob) => {
  if (job.kind !== 'document') {
    parentPort?.postMessage(job.kind === 'import' ? runImportJob(job) : runTemplateJob(job));
    return;
  }
  const result = runDocumentJob(job);
  parentPort?.postMessage(result, result.ok ? [result.snapshots.buffer as ArrayBuffer] : []);
});

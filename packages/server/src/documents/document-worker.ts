import { parentPort } from 'node:worker_threads';
import { notJsonIssue, parseMapDocument, type Issue, type MapLimits } from '@netwerkkracht/core';
import { runImportJob, runTemplateJob, type ImportJob, type TemplateJob } from './import-job.js';

/**
 * The worker thread of document-parser.ts: parses and checks one map document (or one import of
 * other tools' files, import-job.ts) at a time, so the
 * seconds a big document can take never hold up the server's event loop. The checked map goes
 * back with each snapshot as JSON text: a string crosses between threads as one copy, where the
 * object graph of 30,000 people would be cloned as slowly as it was parsed (measured: 360 ms).
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
    readonly snapshots: readonly string[];
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
  return {
    id: job.id,
    ok: true,
    head: JSON.stringify({ ...parsed.value, map }),
    snapshots: snapshots.map((s) => JSON.stringify(s)),
    warnings: parsed.warnings,
  };
}

parentPort?.on('message', (job: DocumentJob | ImportJob | TemplateJob) => {
  parentPort?.postMessage(job.kind === 'import' ? runImportJob(job) : job.kind === 'template' ? runTemplateJob(job) : runDocumentJob(job));
});

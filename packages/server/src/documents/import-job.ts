import { importFiles, importMappingTemplate, type ImportReport, type ImportRequest, type InteropProblem } from '@netwerkkracht/core';

/**
 * An import of other tools' files (routes/interop.ts) as a job for the document worker: the
 * detection, reading and checking of a few megabytes of CSV or XML takes seconds, which must not
 * hold up the event loop. Each map comes back as its head and its snapshots as JSON text, like a
 * map document (document-worker.ts says why).
 */
export interface ImportJob {
  readonly kind: 'import';
  readonly id: number;
  readonly request: ImportRequest;
}

export type ImportJobResult =
  | { readonly id: number; readonly ok: false; readonly problems: readonly InteropProblem[] }
  | {
    readonly id: number;
    readonly ok: true;
    readonly maps: readonly { readonly head: string; readonly snapshots: readonly string[] }[];
    readonly report: ImportReport;
  };

export function runImportJob(job: ImportJob): ImportJobResult {
  const result = importFiles(job.request);
  if (!result.ok) return { id: job.id, ok: false, problems: result.problems };
  return {
    id: job.id,
    ok: true,
    maps: result.maps.map(({ snapshots, ...head }) => ({ head: JSON.stringify(head), snapshots: snapshots.map((s) => JSON.stringify(s)) })),
    report: result.report,
  };
}

/** The mapping template of Network Canvas files (the web app's mapping step): as slow to read as an import. */
export interface TemplateJob {
  readonly kind: 'template';
  readonly id: number;
  readonly request: Pick<ImportRequest, 'files' | 'format'>;
}

export type TemplateJobResult = ReturnType<typeof importMappingTemplate> & { readonly id: number };

export function runTemplateJob(job: TemplateJob): TemplateJobResult {
  return { ...importMappingTemplate(job.request.files, job.request.format), id: job.id };
}

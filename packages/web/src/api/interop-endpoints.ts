import {
  CURRENT_MAP_FORMAT_VERSION, MAP_FORMAT, parseMapDocument, type ImportReport, type NetworkMap,
} from '@netwerkkracht/core';
import { api } from './client.js';
import { fail, isRecord, readServerMap, type ServerMap } from './endpoints.js';

/** A file chosen for import: its name and its text. */
export interface ChosenFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportPreview {
  readonly maps: readonly NetworkMap[];
  readonly report: ImportReport;
}

function readReport(body: Record<string, unknown>): ImportReport {
  const report = body.report;
  if (!isRecord(report) || !Array.isArray(report.fields) || !Array.isArray(report.people) || typeof report.format !== 'string') fail('report');
  return report as unknown as ImportReport;
}

function readPreview(body: unknown): ImportPreview {
  if (!isRecord(body) || !Array.isArray(body.maps)) fail('preview');
  const maps = body.maps.map((map: unknown) => {
    const parsed = parseMapDocument({ format: MAP_FORMAT, version: CURRENT_MAP_FORMAT_VERSION, map });
    return parsed.ok ? parsed.value.map : fail('preview map');
  });
  return { maps, report: readReport(body) };
}

function readImported(body: unknown): { maps: readonly ServerMap[]; report: ImportReport } {
  if (!isRecord(body) || !Array.isArray(body.maps)) fail('import');
  return { maps: body.maps.map(readServerMap), report: readReport(body) };
}

/** Maps from easyNWK, egor's three files or Network Canvas into a case (server: routes/interop.ts). */
export const interop = {
  preview: (caseId: string, files: readonly ChosenFile[]) =>
    api.send('POST', `/cases/${encodeURIComponent(caseId)}/maps/import-foreign`, { files, preview: true }, readPreview),
  store: (caseId: string, files: readonly ChosenFile[]) =>
    api.send('POST', `/cases/${encodeURIComponent(caseId)}/maps/import-foreign`, { files }, readImported),
  graphmlUrl: (mapId: string, snapshotId: string) =>
    `/api/maps/${encodeURIComponent(mapId)}/snapshots/${encodeURIComponent(snapshotId)}/export.graphml`,
};

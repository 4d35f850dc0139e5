import {
  CURRENT_MAP_FORMAT_VERSION, MAP_FORMAT, NcMappingSchema, parseMapDocument, type EgorTemplate, type ImportMappingInput, type ImportReport, type NcMapping,
  type NcProtocolRef, type NcTemplate, type NetworkMap,
} from '@netwerkkracht/core';
import { api } from './client.js';
import { fail, isRecord, readServerMap, type ServerMap } from './endpoints.js';

/** A file chosen for import: its name and its text, or a zip as base64 (the server unpacks it). */
export type ChosenFile = { readonly name: string; readonly text: string } | { readonly name: string; readonly zipBase64: string };

/** A file from the file picker: a zip (told by its first bytes) as base64, anything else as text. */
export async function readChosenFile(file: Blob & { readonly name: string }): Promise<ChosenFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name: file.name, zipBase64: btoa(binary) };
  }
  return { name: file.name, text: new TextDecoder().decode(bytes) };
}

/** What the files hold when they need a mapping (Network Canvas, three CSV files of another program), else `needed: false`. */
export type ImportTemplate =
  | { readonly needed: false }
  | { readonly needed: true; readonly format: 'nc-graphml' | 'nc-csv'; readonly template: NcTemplate }
  | { readonly needed: true; readonly format: 'egor'; readonly template: EgorTemplate };

function readTemplate(body: unknown): ImportTemplate {
  if (!isRecord(body) || typeof body.needed !== 'boolean') fail('template');
  if (!body.needed) return { needed: false };
  const template = body.template;
  if (body.format === 'egor') {
    const has = (file: unknown) => isRecord(file) && Array.isArray(file.columns);
    if (!isRecord(template) || !has(template.egos) || !has(template.alters) || !has(template.aaties) || !isRecord(template.mapping)) fail('template');
    return body as unknown as ImportTemplate;
  }
  if (!isRecord(template) || !Array.isArray(template.nodeTypes) || !Array.isArray(template.edgeTypes) || !Array.isArray(template.protocols)) fail('template');
  return body as unknown as ImportTemplate;
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

function readSavedMapping(body: unknown): NcMapping {
  if (!isRecord(body)) fail('mapping');
  const parsed = NcMappingSchema.safeParse(body.mapping);
  return parsed.success ? parsed.data : fail('mapping');
}

function protocolQuery(ref: NcProtocolRef): string {
  const query = new URLSearchParams();
  if (ref.uid) query.set('uid', ref.uid);
  if (ref.name) query.set('name', ref.name);
  return query.toString();
}

/** The egor export's dialect: comma for R, semicolon with byte order mark for Excel. */
export type EgorDialect = 'r' | 'excel';

/** Maps from easyNWK, egor's three files or Network Canvas into a case (server: routes/interop.ts). */
export const interop = {
  template: (caseId: string, files: readonly ChosenFile[]) =>
    api.send('POST', `/cases/${encodeURIComponent(caseId)}/maps/import-foreign`, { files, template: true }, readTemplate),
  preview: (caseId: string, files: readonly ChosenFile[], mapping?: ImportMappingInput) =>
    api.send('POST', `/cases/${encodeURIComponent(caseId)}/maps/import-foreign`, { files, preview: true, ...(mapping ? { mapping } : {}) }, readPreview),
  store: (caseId: string, files: readonly ChosenFile[], mapping?: ImportMappingInput) =>
    api.send('POST', `/cases/${encodeURIComponent(caseId)}/maps/import-foreign`, { files, ...(mapping ? { mapping } : {}) }, readImported),
  /** The organisation's Network Canvas mapping of a protocol (routes/import-mappings.ts): always from the server, never from the device. */
  savedMapping: (ref: NcProtocolRef) => api.get(`/import-mappings/network-canvas?${protocolQuery(ref)}`, readSavedMapping, { fresh: true }),
  saveMapping: (ref: NcProtocolRef, mapping: NcMapping) =>
    api.send('PUT', '/import-mappings/network-canvas', { protocol: ref, mapping }, readSavedMapping),
  /** egor's three files of the whole map in one zip; names only when asked for (pseudonyms otherwise). */
  egorZipUrl: (mapId: string, dialect: EgorDialect = 'r', names = false) =>
    `/api/maps/${encodeURIComponent(mapId)}/export/egor?zip=1&dialect=${dialect}&names=${names ? 1 : 0}`,
  graphmlUrl: (mapId: string, snapshotId: string, names = false) =>
    `/api/maps/${encodeURIComponent(mapId)}/snapshots/${encodeURIComponent(snapshotId)}/export.graphml?names=${names ? 1 : 0}`,
  /** Every snapshot of the map as GraphML, one file each, in one zip. */
  graphmlZipUrl: (mapId: string, names = false) => `/api/maps/${encodeURIComponent(mapId)}/export.graphml.zip?names=${names ? 1 : 0}`,
};

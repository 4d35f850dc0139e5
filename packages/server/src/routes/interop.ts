import {
  describeInteropProblem, EGOR_FILE_NAMES, exportEgorFiles, exportGraphml, graphmlFileName, ImportMappingSchema, problem,
  type ImportFile, type ImportReport, type Language, type NetworkMap,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { findCaseWithCipher, findMap } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import { importFilesOffLoop, importTemplateOffLoop } from '../documents/document-parser.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId } from '../store/ids.js';
import { insertMap, readMap } from '../store/map-store.js';
import { requireRegistrationConsent } from '../store/map-write.js';
import { mapWithOpaqueIdsInSlices } from '../store/opaque-ids.js';
import { importMappingRoutes } from './import-mappings.js';
import { isZip, readZip, SERVER_ZIP_LIMITS, type ZipRead } from '../zip/read-zip.js';
import { writeZip } from '../zip/write-zip.js';

/**
 * The largest upload this route parses in the request's own turn of the event loop. Real files are
 * kilobytes (easyNWK's demo 5 KB, egor's 32-ego example 52 KB). Measured (docs/interop.md): 1.2 MB
 * of egor CSV (two snapshots of 1000 people, 58,000 ties) takes 0.8-1.0 s, 1 MB of GraphML 0.2 s;
 * so 1 MB bounds how long one import takes. Files that together reach 256 KB (OFF_LOOP_CHARS; a
 * zip may unpack to 4 MB, SERVER_ZIP_LIMITS) are read on the document worker thread, so other
 * requests are answered meanwhile.
 */
export const INTEROP_IMPORT_BODY_LIMIT = 1024 * 1024;

const FileName = z.string().min(1).max(255);
const ImportBody = z.strictObject({
  format: z.enum(['easynwk', 'egor', 'nc-graphml', 'nc-csv']).optional(),
  /** Each file as text, or a zip (Network Canvas's export, egor's three files) as base64, unpacked here. */
  files: z.array(z.union([
    z.strictObject({ name: FileName, text: z.string() }),
    z.strictObject({ name: FileName, zipBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64') }),
  ])).min(1).max(20),
  mapping: ImportMappingSchema.optional(),
  /** true: read and report, store nothing (the preview before the worker confirms). */
  preview: z.boolean().default(false),
  /** true: only what the files hold, to choose a mapping (Network Canvas): { needed, format?, template? }. */
  template: z.boolean().default(false),
});
const CaseParams = idParams('caseId');
const SnapshotParams = z.strictObject({ mapId: idParams('mapId').shape.mapId, sid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const ExportQuery = z.strictObject({ names: z.enum(['0', '1']).default('0') });
const EgorQuery = z.strictObject({
  names: z.enum(['0', '1']).default('0'), dialect: z.enum(['r', 'excel']).default('r'), snapshot: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  /** 1: the three files as one zip download instead of JSON. */
  zip: z.enum(['0', '1']).default('0'),
});

/** The files of a request as text: zips (base64) unpacked within SERVER_ZIP_LIMITS, or the first problem. */
async function unpackFiles(files: z.output<typeof ImportBody>['files']): Promise<ZipRead> {
  const out: ImportFile[] = [];
  for (const file of files) {
    if ('text' in file) {
      out.push(file);
      continue;
    }
    const bytes = Buffer.from(file.zipBase64, 'base64');
    if (!isZip(bytes)) return { ok: false, problems: [problem('zip_broken', { file: file.name }, { reason: 'no zip signature' })] };
    const unpacked = await readZip(bytes, file.name, SERVER_ZIP_LIMITS);
    if (!unpacked.ok) return unpacked;
    out.push(...unpacked.files);
  }
  return { ok: true, files: out };
}

function importFailed(problems: readonly Parameters<typeof describeInteropProblem>[0][], lang: Language): never {
  throw new ApiError('import_failed', {
    importProblems: problems.map((p) => ({ file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, path: p.path ?? null, code: p.code, message: describeInteropProblem(p, lang) })),
  });
}

async function sendZip(reply: FastifyReply, fileName: string, files: Readonly<Record<string, string>>): Promise<Buffer> {
  const zip = await writeZip(files);
  void reply.header('content-type', 'application/zip');
  void reply.header('content-disposition', `attachment; filename="${fileName}"`);
  return zip;
}

/**
 * Maps from other tools (easyNWK, egor's three files) into a case, and a map out as GraphML or as
 * egor's three files. Access as every case route (findCase/findMap: 404 for a case the user may
 * not see), consent as the netwerkkaart import; all maps of one import in one transaction, so a
 * failure stores nothing. Audit lines carry the action and the new map's server-made id only.
 */
export const interopRoutes: FastifyPluginAsync<{ today: Today }> = async (app, { today }) => {
  const { ctx } = app;
  const { db, cipher, readAudit } = ctx;
  await app.register(importMappingRoutes);

  app.post('/cases/:caseId/maps/import-foreign', {
    bodyLimit: INTEROP_IMPORT_BODY_LIMIT,
    schema: { tags: ['maps'], description: 'easyNWK JSON, egor\'s three CSV files or Network Canvas GraphML/CSV (as text, or a zip as base64), with an optional mapping; preview: true reads without storing; template: true answers what the files hold to choose a Network Canvas mapping.', body: openApiSchema(ImportBody) },
  }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(ImportBody, request.body);
    const unpacked = await unpackFiles(body.files);
    if (!unpacked.ok) importFailed(unpacked.problems, request.lang);
    if (body.template) {
      const template = await importTemplateOffLoop({ files: unpacked.files, ...(body.format ? { format: body.format } : {}) });
      if (!template.ok) importFailed(template.problems, request.lang);
      const { ok: _ok, ...answer } = template;
      return answer;
    }
    const result = await importFilesOffLoop({ files: unpacked.files, limits: ctx.settings.mapLimits, ...(body.format ? { format: body.format } : {}), ...(body.mapping ? { mapping: body.mapping } : {}), today: today() });
    if (!result.ok) importFailed([...result.problems], request.lang);
    const report: ImportReport = result.report;
    if (body.preview) return { preview: true, maps: result.maps, report };
    // Ids in a file are not unique across cases: every map gets a server-made id, and its people,
    // versions and members opaque ones (a file's ids may be names: store/opaque-ids.ts).
    const maps: NetworkMap[] = [];
    // A snapshot at a time with turns for the event loop: an egor zip can hold 30,000 people.
    for (const m of result.maps) maps.push(await mapWithOpaqueIdsInSlices({ ...m, id: newId() } as NetworkMap));
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      for (const map of maps) {
        await insertMap(trx, caseCipher, caseId, map);
        await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'map.import', caseId, target: map.id });
      }
    });
    return reply.status(201).send({ maps: maps.map((map) => ({ version: 1, map })), report });
  });

  app.get('/maps/:mapId/snapshots/:sid/export.graphml', { schema: { tags: ['maps'], description: 'One snapshot as GraphML (names only with names=1).' } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId, sid } = parseInput(SnapshotParams, request.params);
    const { names } = parseInput(ExportQuery, request.query);
    const { map: row, caseId, caseKey } = await findMap(db, user, mapId);
    const map = await readMap(db, caseCipherFrom(cipher, caseKey), row);
    const snapshot = map.snapshots.find((s) => s.id === sid);
    if (!snapshot) throw new ApiError('not_found');
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.export_graphml', caseId, target: mapId });
    void reply.header('content-type', 'application/graphml+xml; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="${graphmlFileName(map, snapshot)}"`);
    return exportGraphml(map, snapshot, { names: names === '1' });
  });

  app.get('/maps/:mapId/export.graphml.zip', { schema: { tags: ['maps'], description: 'Every snapshot as GraphML, one file per snapshot, in one zip (names only with names=1).' } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(idParams('mapId'), request.params);
    const { names } = parseInput(ExportQuery, request.query);
    const { map: row, caseId, caseKey } = await findMap(db, user, mapId);
    const map = await readMap(db, caseCipherFrom(cipher, caseKey), row);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.export_graphml', caseId, target: mapId });
    return sendZip(reply, `${map.id}_graphml.zip`, Object.fromEntries(map.snapshots.map((s) => [graphmlFileName(map, s), exportGraphml(map, s, { names: names === '1' })])));
  });

  app.get('/maps/:mapId/export/egor', { schema: { tags: ['maps'], description: 'The map as egor\'s three CSV files, as JSON { files: { "egos.csv": text, ... } }, or with zip=1 as one zip download.' } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(idParams('mapId'), request.params);
    const query = parseInput(EgorQuery, request.query);
    const { map: row, caseId, caseKey } = await findMap(db, user, mapId);
    const map = await readMap(db, caseCipherFrom(cipher, caseKey), row);
    if (query.snapshot !== undefined && !map.snapshots.some((s) => s.id === query.snapshot)) throw new ApiError('not_found');
    const files = exportEgorFiles([map], { dialect: query.dialect, names: query.names === '1', ...(query.snapshot ? { snapshotId: query.snapshot } : {}) });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.export_egor', caseId, target: mapId });
    const named = { [EGOR_FILE_NAMES.egos]: files.egos, [EGOR_FILE_NAMES.alters]: files.alters, [EGOR_FILE_NAMES.aaties]: files.aaties };
    if (query.zip === '0') return { files: named };
    return sendZip(reply, `${map.id}_egor.zip`, named);
  });
};

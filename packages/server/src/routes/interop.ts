import {
  describeInteropProblem, EGOR_FILE_NAMES, exportEgorFiles, exportGraphml, graphmlFileName, importFiles, ImportMappingSchema,
  type ImportReport, type Language, type NetworkMap,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findCaseWithCipher, findMap } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId } from '../store/ids.js';
import { insertMap, readMap } from '../store/map-store.js';
import { requireRegistrationConsent } from '../store/map-write.js';
import { mapWithOpaqueIds } from '../store/opaque-ids.js';

/**
 * The largest upload this route parses in the request's own turn of the event loop. Real files are
 * kilobytes (easyNWK's demo 5 KB, egor's 32-ego example 52 KB). Measured (docs/interop.md): 1.2 MB
 * of egor CSV (two snapshots of 1000 people, 58,000 ties) takes 0.8-1.0 s, 1 MB of GraphML 0.2 s;
 * so 1 MB bounds how long other requests wait. Bigger imports belong on a worker thread.
 */
export const INTEROP_IMPORT_BODY_LIMIT = 1024 * 1024;

const ImportBody = z.strictObject({
  format: z.enum(['easynwk', 'egor', 'nc-graphml', 'nc-csv']).optional(),
  files: z.array(z.strictObject({ name: z.string().min(1).max(255), text: z.string() })).min(1).max(20),
  mapping: ImportMappingSchema.optional(),
  /** true: read and report, store nothing (the preview before the worker confirms). */
  preview: z.boolean().default(false),
});
const CaseParams = idParams('caseId');
const SnapshotParams = z.strictObject({ mapId: idParams('mapId').shape.mapId, sid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const ExportQuery = z.strictObject({ names: z.enum(['0', '1']).default('0') });
const EgorQuery = z.strictObject({ names: z.enum(['0', '1']).default('0'), dialect: z.enum(['r', 'excel']).default('r'), snapshot: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional() });

function importFailed(problems: Parameters<typeof describeInteropProblem>[0][], lang: Language): never {
  throw new ApiError('import_failed', {
    importProblems: problems.map((p) => ({ file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, path: p.path ?? null, code: p.code, message: describeInteropProblem(p, lang) })),
  });
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

  app.post('/cases/:caseId/maps/import-foreign', {
    bodyLimit: INTEROP_IMPORT_BODY_LIMIT,
    schema: { tags: ['maps'], description: 'easyNWK JSON or egor\'s three CSV files (as text), with an optional mapping; preview: true reads without storing.', body: openApiSchema(ImportBody) },
  }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(ImportBody, request.body);
    const result = importFiles({ files: body.files, ...(body.format ? { format: body.format } : {}), ...(body.mapping ? { mapping: body.mapping } : {}), today: today() });
    if (!result.ok) importFailed([...result.problems], request.lang);
    const report: ImportReport = result.report;
    if (body.preview) return { preview: true, maps: result.maps, report };
    // Ids in a file are not unique across cases: every map gets a server-made id, and its people,
    // versions and members opaque ones (a file's ids may be names: store/opaque-ids.ts).
    const maps = result.maps.map((m) => mapWithOpaqueIds({ ...m, id: newId() } as NetworkMap));
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

  app.get('/maps/:mapId/export/egor', { schema: { tags: ['maps'], description: 'The map as egor\'s three CSV files, as JSON { files: { "egos.csv": text, ... } }.' } }, async (request) => {
    const user = userOf(request);
    const { mapId } = parseInput(idParams('mapId'), request.params);
    const query = parseInput(EgorQuery, request.query);
    const { map: row, caseId, caseKey } = await findMap(db, user, mapId);
    const map = await readMap(db, caseCipherFrom(cipher, caseKey), row);
    if (query.snapshot !== undefined && !map.snapshots.some((s) => s.id === query.snapshot)) throw new ApiError('not_found');
    const files = exportEgorFiles([map], { dialect: query.dialect, names: query.names === '1', ...(query.snapshot ? { snapshotId: query.snapshot } : {}) });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.export_egor', caseId, target: mapId });
    return { files: { [EGOR_FILE_NAMES.egos]: files.egos, [EGOR_FILE_NAMES.alters]: files.alters, [EGOR_FILE_NAMES.aaties]: files.aaties } };
  });
};

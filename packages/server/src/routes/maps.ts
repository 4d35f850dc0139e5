import { forgetSummaries } from '../store/summary-rows.js';
import {
  EgoSchema, mapRuleIssues, MAX_RING_COUNT, MIN_RING_COUNT, NetworkMapSchema, normaliseMap,
  SECTOR_SCHEME_CODES, toMapDocument, type Issue, type MapLimits, type NetworkMap,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findCaseWithCipher, findMap, findMapForAnswer } from '../access/case-access.js';
import { parseDocumentBody } from '../documents/document-parser.js';
import { sendMapAnswer } from '../documents/map-answer.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { expectedVersion, idParams, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId } from '../store/ids.js';
import { mapHeaderColumns } from '../store/map-rows.js';
import { egoWithOpaqueIds, IdRenamer, mapWithOpaqueIdsInSlices } from '../store/opaque-ids.js';
import { claimVersion, insertMap, insertSnapshots, readMap } from '../store/map-store.js';
import { requireRegistrationConsent, writeMap } from '../store/map-write.js';

const MapCreate = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  ego: EgoSchema,
  sectorScheme: z.enum(SECTOR_SCHEME_CODES).default('B'),
  ringCount: z.number().int().min(MIN_RING_COUNT).max(MAX_RING_COUNT).default(3),
});
const MapPatch = z.strictObject({
  title: z.string().trim().min(1).max(200).nullable().optional(),
  ego: EgoSchema.optional(),
  sectorScheme: z.enum(SECTOR_SCHEME_CODES).optional(),
  ringCount: z.number().int().min(MIN_RING_COUNT).max(MAX_RING_COUNT).optional(),
});
const CaseParams = idParams('caseId');
const MapParams = idParams('mapId');
/** `generator` of an exported file. */
export const GENERATOR = 'netwerkkracht-server 0.1.0';

/**
 * A parsed document's map under a new, server-made id (ids in a file are not unique across cases),
 * with opaque ids for its people, versions and household members (see store/opaque-ids.ts).
 * Within the server's map limits; a big document is parsed off the event loop.
 */
async function documentMap(body: unknown, id: string, limits: MapLimits): Promise<{ map: NetworkMap; warnings: readonly Issue[] }> {
  const { document, warnings } = await parseDocumentBody(body, limits);
  return { map: await mapWithOpaqueIdsInSlices({ ...document.map, id } as NetworkMap), warnings };
}

/**
 * Maps of a case: create, import and export in the netwerkkaart JSON format, read, change the
 * header (title, ego, scheme, rings), replace the whole content, delete. Every change of a map
 * carries If-Match with the version it is based on; a stale one gets 409 and the current version.
 */
export const mapRoutes: FastifyPluginAsync = async (app) => {
  const { ctx } = app;
  const { db, cipher, readAudit, settings } = ctx;

  app.post('/cases/:caseId/maps', { schema: { tags: ['maps'], body: openApiSchema(MapCreate) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(MapCreate, request.body);
    const map = normaliseMap(NetworkMapSchema.parse({ id: newId(), ...body, ego: egoWithOpaqueIds(body.ego, new IdRenamer()), snapshots: [] }));
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await insertMap(trx, caseCipher, caseId, map);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'map.create', caseId, target: map.id });
    });
    void reply.header('etag', '"1"');
    return reply.status(201).send({ version: 1, map });
  });

  app.post('/cases/:caseId/maps/import', { bodyLimit: settings.importBodyLimit, config: { documentBody: true }, schema: { tags: ['maps'], description: 'A netwerkkaart JSON document.' } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const { map, warnings } = await documentMap(request.body, newId(), settings.mapLimits);
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await insertMap(trx, caseCipher, caseId, map);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'map.import', caseId, target: map.id });
    });
    void reply.header('etag', '"1"').status(201);
    return sendMapAnswer(reply, { version: 1, map, warnings: warnings.map((w) => ({ path: w.path, code: w.code, params: w.params })) });
  });

  app.get('/maps/:mapId', { schema: { tags: ['maps'] } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    const { map, row, caseId } = await findMapForAnswer(db, user, mapId, cipher);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.read', caseId, target: mapId });
    void reply.header('etag', `"${row.version}"`);
    return sendMapAnswer(reply, { version: row.version, caseId, map });
  });

  app.get('/maps/:mapId/export', { schema: { tags: ['maps'] } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    // The access check and the content in one query, as the read: a big map's snapshots are made
    // a part at a time while the file is sent (documents/streamed-map.ts).
    const { map, caseId } = await findMapForAnswer(db, user, mapId, cipher);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.export', caseId, target: mapId });
    void reply.header('content-disposition', `attachment; filename="netwerkkaart-${mapId}.json"`);
    return sendMapAnswer(reply, toMapDocument(map, { exportedAt: new Date().toISOString(), generator: GENERATOR }));
  });

  app.patch('/maps/:mapId', { schema: { tags: ['maps'], body: openApiSchema(MapPatch) } }, async (request, reply) => {
    const { mapId } = parseInput(MapParams, request.params);
    const body = parseInput(MapPatch, request.body);
    const { result, version } = await writeMap(ctx, request, reply, mapId, { action: 'map.update' }, async ({ trx, map: row, cipher: caseCipher }) => {
      const current = await readMap(trx, caseCipher, row);
      const { title: _title, ...rest } = current;
      const next = {
        ...rest,
        ...(body.title === undefined ? (current.title !== undefined ? { title: current.title } : {}) : body.title === null ? {} : { title: body.title }),
        ...(body.ego ? { ego: egoWithOpaqueIds(body.ego, new IdRenamer()) } : {}),
        ...(body.sectorScheme ? { sectorScheme: body.sectorScheme } : {}),
        ...(body.ringCount ? { ringCount: body.ringCount } : {}),
      } as NetworkMap;
      // A smaller ring count or another scheme must still fit every alter of every snapshot.
      const problems = mapRuleIssues(next, []).filter((i) => i.severity === 'error');
      if (problems.length > 0) invalid(problems);
      await trx.updateTable('maps').set(mapHeaderColumns(caseCipher, next)).where('id', '=', mapId).execute();
      return next;
    });
    return { version, map: result };
  });

  /** Replaces the whole content of a map with a document (the editor's "save all"). */
  app.put('/maps/:mapId/document', { bodyLimit: settings.importBodyLimit, config: { documentBody: true }, schema: { tags: ['maps'], description: 'A netwerkkaart JSON document.' } }, async (request, reply) => {
    const { mapId } = parseInput(MapParams, request.params);
    const { map } = await documentMap(request.body, mapId, settings.mapLimits);
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'map.replace' }, async ({ trx, cipher: caseCipher }) => {
      await trx.updateTable('maps').set(mapHeaderColumns(caseCipher, map)).where('id', '=', mapId).execute();
      await trx.deleteFrom('snapshots').where('map_id', '=', mapId).execute();
      await insertSnapshots(trx, caseCipher, mapId, map.snapshots);
    });
    return sendMapAnswer(reply, { version, map });
  });

  app.delete('/maps/:mapId', { schema: { tags: ['maps'] } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    const { caseId } = await findMap(db, user, mapId);
    // Like every other change of a map: deleting one that changed since it was last seen would
    // throw away work its author has not seen.
    const expected = expectedVersion(request);
    await db.transaction().execute(async (trx) => {
      await claimVersion(trx, mapId, expected);
      await forgetSummaries(trx, [mapId], user.organisationId);
      const result = await trx.deleteFrom('maps').where('id', '=', mapId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      // The targets name the map's versions and people (opaque ids, but the map's own): they leave the log with it.
      await trx.updateTable('audit_log').set({ target: null }).where('case_id', '=', caseId)
        .where((eb) => eb.or([eb('target', '=', mapId), eb('target', 'like', `${mapId}/%`)])).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'map.delete', caseId });
    });
    return reply.status(204).send();
  });
};

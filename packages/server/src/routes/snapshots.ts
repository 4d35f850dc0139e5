import {
  APPRAISALS, IsoDateSchema, SNAPSHOT_KINDS, SnapshotIdSchema, type Snapshot,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findMap } from '../access/case-access.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, IdParam, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { snapshotRow } from '../store/map-rows.js';
import { insertSnapshotContent, readMap } from '../store/map-store.js';
import { writeMap } from '../store/map-write.js';
import { isOpaqueSnapshotId, newOpaqueId } from '../store/opaque-ids.js';

const SnapshotCreate = z.strictObject({
  id: SnapshotIdSchema.optional(),
  kind: z.enum(SNAPSHOT_KINDS),
  date: IsoDateSchema,
  label: z.string().trim().min(1).max(120).optional(),
  appraisal: z.enum(APPRAISALS).nullable().default(null),
  note: z.string().max(4000).optional(),
  /** Start from a copy of another snapshot's alters and ties (same alter ids, so they compare). */
  copyFrom: IdParam.optional(),
});
const SnapshotPatch = z.strictObject({
  kind: z.enum(SNAPSHOT_KINDS).optional(),
  date: IsoDateSchema.optional(),
  label: z.string().trim().min(1).max(120).nullable().optional(),
  appraisal: z.enum(APPRAISALS).nullable().optional(),
  note: z.string().max(4000).nullable().optional(),
});
const MapParams = idParams('mapId');
const SnapshotParams = idParams('mapId', 'snapshotId');

/** Snapshots (versies) of a map: was, is, wens at a date. */
export const snapshotRoutes: FastifyPluginAsync = async (app) => {
  const { ctx } = app;
  const { db, cipher, readAudit } = ctx;

  app.get('/maps/:mapId/snapshots/:snapshotId', { schema: { tags: ['snapshots'] } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const { map: row, caseId, caseKey } = await findMap(db, user, mapId);
    const map = await readMap(db, caseCipherFrom(cipher, caseKey), row);
    const snapshot = map.snapshots.find((s) => s.id === snapshotId);
    if (!snapshot) throw new ApiError('not_found');
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'snapshot.read', caseId, target: `${mapId}/${snapshotId}` });
    void reply.header('etag', `"${row.version}"`);
    return { version: row.version, snapshot };
  });

  app.post('/maps/:mapId/snapshots', { schema: { tags: ['snapshots'], body: openApiSchema(SnapshotCreate) } }, async (request, reply) => {
    const { mapId } = parseInput(MapParams, request.params);
    const { copyFrom, ...body } = parseInput(SnapshotCreate, request.body);
    // A name-like id ("bij-oma") is replaced by an opaque one: the answer carries the id kept.
    const id = body.id !== undefined && isOpaqueSnapshotId(body.id) ? body.id : newOpaqueId();
    const { result, version } = await writeMap(ctx, request, reply, mapId, { action: 'snapshot.create', target: `${mapId}/${id}` }, async ({ trx, map: row, cipher: caseCipher }) => {
      const map = await readMap(trx, caseCipher, row);
      if (map.snapshots.some((s) => s.id === id)) throw new ApiError('already_exists', { issues: [{ severity: 'error', path: ['id'], code: 'duplicate_id', params: { id } }] });
      const source = copyFrom === undefined ? undefined : map.snapshots.find((s) => s.id === copyFrom);
      if (copyFrom !== undefined && !source) throw new ApiError('invalid_input', { issues: [{ severity: 'error', path: ['copyFrom'], code: 'unknown_snapshot', params: { id: copyFrom } }] });
      const snapshot = { ...body, id, alters: source?.alters ?? [], ties: source?.ties ?? [] } as Snapshot;
      const max = ctx.settings.mapLimits.maxSnapshots;
      if (map.snapshots.length >= max) invalid([{ severity: 'error', path: ['snapshots'], code: 'too_many', params: { max } }]);
      const last = await trx.selectFrom('snapshots').select((eb) => eb.fn.max('seq').as('seq')).where('map_id', '=', mapId).executeTakeFirst();
      const seq = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
      await trx.insertInto('snapshots').values(snapshotRow(caseCipher, mapId, seq, snapshot)).execute();
      await insertSnapshotContent(trx, caseCipher, mapId, id, snapshot.alters, snapshot.ties);
      return snapshot;
    });
    return reply.status(201).send({ version, snapshot: result });
  });

  app.patch('/maps/:mapId/snapshots/:snapshotId', { schema: { tags: ['snapshots'], body: openApiSchema(SnapshotPatch) } }, async (request, reply) => {
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const body = parseInput(SnapshotPatch, request.body);
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'snapshot.update', target: `${mapId}/${snapshotId}` }, async ({ trx, cipher: caseCipher }) => {
      const changes = {
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.date !== undefined ? { date: body.date } : {}),
        ...(body.label !== undefined ? { label_enc: body.label === null ? null : caseCipher.encrypt(body.label, 'snapshots.label') } : {}),
        ...(body.appraisal !== undefined ? { appraisal: body.appraisal } : {}),
        ...(body.note !== undefined ? { note_enc: body.note === null ? null : caseCipher.encrypt(body.note, 'snapshots.note') } : {}),
      };
      const found = Object.keys(changes).length === 0
        ? await trx.selectFrom('snapshots').select('id').where('map_id', '=', mapId).where('id', '=', snapshotId).executeTakeFirst() !== undefined
        : Number((await trx.updateTable('snapshots').set(changes).where('map_id', '=', mapId).where('id', '=', snapshotId).executeTakeFirst()).numUpdatedRows) > 0;
      if (!found) throw new ApiError('not_found');
    });
    return { version };
  });

  app.delete('/maps/:mapId/snapshots/:snapshotId', { schema: { tags: ['snapshots'] } }, async (request, reply) => {
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'snapshot.delete', target: `${mapId}/${snapshotId}` }, async ({ trx }) => {
      const result = await trx.deleteFrom('snapshots').where('map_id', '=', mapId).where('id', '=', snapshotId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
    });
    return { version };
  });
};

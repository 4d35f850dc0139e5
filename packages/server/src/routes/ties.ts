import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AlterIdSchema, type Issue } from '@netwerkkracht/core';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { writeMap } from '../store/map-write.js';

const TieBody = z.strictObject({ a: AlterIdSchema, b: AlterIdSchema });
const SnapshotParams = idParams('mapId', 'snapshotId');
const TieParams = idParams('mapId', 'snapshotId', 'a', 'b');

/** Alter–alter ties ("they know each other"): undirected, stored once with the smaller id first. */
export const tieRoutes: FastifyPluginAsync = async (app) => {
  const { ctx } = app;

  app.post('/maps/:mapId/snapshots/:snapshotId/ties', { schema: { tags: ['ties'], body: openApiSchema(TieBody) } }, async (request, reply) => {
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const body = parseInput(TieBody, request.body);
    const [a, b] = body.a < body.b ? [body.a, body.b] : [body.b, body.a];
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'tie.create', target: `${mapId}/${snapshotId}` }, async ({ trx }) => {
      const snapshot = await trx.selectFrom('snapshots').select('id').where('map_id', '=', mapId).where('id', '=', snapshotId).executeTakeFirst();
      if (!snapshot) throw new ApiError('not_found');
      const known = await trx.selectFrom('alters').select('id').where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('id', 'in', [a, b]).execute();
      const issues: Issue[] = [];
      for (const field of ['a', 'b'] as const) {
        if (!known.some((k) => k.id === body[field])) issues.push({ severity: 'error', path: [field], code: 'unknown_alter', params: { id: body[field] } });
      }
      if (a === b) issues.push({ severity: 'error', path: ['b'], code: 'self_tie', params: { id: a } });
      if (issues.length > 0) invalid(issues);
      const existing = await trx.selectFrom('ties').select('seq').where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('a', '=', a).where('b', '=', b).executeTakeFirst();
      if (existing) throw new ApiError('already_exists', { issues: [{ severity: 'error', path: [], code: 'duplicate_tie', params: { a, b } }] });
      const last = await trx.selectFrom('ties').select((eb) => [eb.fn.max('seq').as('seq'), eb.fn.countAll<number>().as('n')])
        .where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).executeTakeFirst();
      const max = ctx.settings.mapLimits.maxTiesPerSnapshot;
      if (Number(last?.n ?? 0) >= max) invalid([{ severity: 'error', path: ['snapshots', snapshotId, 'ties'], code: 'too_many', params: { max } }]);
      const seq = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
      await trx.insertInto('ties').values({ map_id: mapId, snapshot_id: snapshotId, seq, a, b }).execute();
    });
    return reply.status(201).send({ version, tie: [a, b] });
  });

  app.delete('/maps/:mapId/snapshots/:snapshotId/ties/:a/:b', { schema: { tags: ['ties'] } }, async (request, reply) => {
    const params = parseInput(TieParams, request.params);
    const [a, b] = params.a < params.b ? [params.a, params.b] : [params.b, params.a];
    const { version } = await writeMap(ctx, request, reply, params.mapId, { action: 'tie.delete', target: `${params.mapId}/${params.snapshotId}` }, async ({ trx }) => {
      const result = await trx.deleteFrom('ties').where('map_id', '=', params.mapId).where('snapshot_id', '=', params.snapshotId).where('a', '=', a).where('b', '=', b).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
    });
    return { version };
  });
};

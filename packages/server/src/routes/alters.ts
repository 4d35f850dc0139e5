import {
  AlterIdSchema, AlterSchema, isFormalByDefault, sectorCodesOf, type Alter, type Issue, type SectorSchemeCode,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import type { Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database, MapsTable } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { alterRow, supportRows } from '../store/map-rows.js';
import { writeMap } from '../store/map-write.js';
import { alterWithOpaqueIds, IdRenamer, newOpaqueId } from '../store/opaque-ids.js';

const AlterCreate = AlterSchema.extend({ id: AlterIdSchema.optional() });
const AlterReplace = AlterSchema.omit({ id: true });
const SnapshotParams = idParams('mapId', 'snapshotId');
const AlterParams = idParams('mapId', 'snapshotId', 'alterId');

/** The whole-map rules for one alter: its ring within the map's rings, its sector in the map's scheme. */
function alterRuleIssues(alter: Pick<Alter, 'ring' | 'sector'>, map: Selectable<MapsTable>): Issue[] {
  const issues: Issue[] = [];
  if (alter.ring > map.ring_count) issues.push({ severity: 'error', path: ['ring'], code: 'ring_out_of_range', params: { max: map.ring_count, got: alter.ring } });
  const allowed: readonly string[] = sectorCodesOf(map.sector_scheme as SectorSchemeCode);
  if (alter.sector !== null && !allowed.includes(alter.sector)) {
    issues.push({ severity: 'error', path: ['sector'], code: 'sector_not_in_scheme', params: { scheme: map.sector_scheme, allowed: allowed.join(', '), got: alter.sector } });
  }
  return issues;
}

function resolve(alter: z.output<typeof AlterSchema>): Alter {
  return { ...alter, formal: alter.formal ?? isFormalByDefault(alter.sector) } as Alter;
}

async function snapshotExists(trx: Transaction<Database>, mapId: string, snapshotId: string): Promise<void> {
  const found = await trx.selectFrom('snapshots').select('id').where('map_id', '=', mapId).where('id', '=', snapshotId).executeTakeFirst();
  if (!found) throw new ApiError('not_found');
}

/**
 * Alters of a snapshot: add, replace, remove. The body is the alter record of the map format,
 * checked by the core schema; removing an alter removes its ties too.
 */
export const alterRoutes: FastifyPluginAsync = async (app) => {
  const { ctx } = app;

  app.post('/maps/:mapId/snapshots/:snapshotId/alters', { schema: { tags: ['alters'], body: openApiSchema(AlterCreate) } }, async (request, reply) => {
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const body = parseInput(AlterCreate, request.body);
    // A name-like id (or person id) is replaced by an opaque one: the answer carries the ids kept.
    const alter = alterWithOpaqueIds(resolve({ ...body, id: body.id ?? AlterIdSchema.parse(newOpaqueId()) }), { alters: new IdRenamer(), persons: new IdRenamer() });
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'alter.create', target: `${mapId}/${snapshotId}/${alter.id}` }, async ({ trx, map, cipher }) => {
      await snapshotExists(trx, mapId, snapshotId);
      const problems = alterRuleIssues(alter, map);
      if (problems.length > 0) invalid(problems);
      const existing = await trx.selectFrom('alters').select((eb) => [eb.fn.max('seq').as('seq'), eb.fn.countAll<number>().as('n')])
        .where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).executeTakeFirstOrThrow();
      const max = ctx.settings.mapLimits.maxPeoplePerSnapshot;
      if (Number(existing.n) >= max) invalid([{ severity: 'error', path: ['snapshots', snapshotId, 'alters'], code: 'too_many', params: { max } }]);
      const clash = await trx.selectFrom('alters').select('id').where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('id', '=', alter.id).executeTakeFirst();
      if (clash) throw new ApiError('already_exists', { issues: [{ severity: 'error', path: ['id'], code: 'duplicate_id', params: { id: alter.id } }] });
      const seq = existing.seq === null ? 0 : Number(existing.seq) + 1;
      await trx.insertInto('alters').values(alterRow(cipher, mapId, snapshotId, seq, alter)).execute();
      const support = supportRows(mapId, snapshotId, alter);
      if (support.length > 0) await trx.insertInto('alter_support').values(support).execute();
    });
    return reply.status(201).send({ version, alter });
  });

  app.put('/maps/:mapId/snapshots/:snapshotId/alters/:alterId', { schema: { tags: ['alters'], body: openApiSchema(AlterReplace) } }, async (request, reply) => {
    const { mapId, snapshotId, alterId } = parseInput(AlterParams, request.params);
    const body = parseInput(AlterReplace, request.body);
    const alter = { ...resolve({ ...body, id: AlterIdSchema.parse(alterId) }), ...(body.personId !== undefined ? { personId: new IdRenamer().id(body.personId) } : {}) };
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'alter.update', target: `${mapId}/${snapshotId}/${alterId}` }, async ({ trx, map, cipher }) => {
      const problems = alterRuleIssues(alter, map);
      if (problems.length > 0) invalid(problems);
      const current = await trx.selectFrom('alters').select('seq').where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('id', '=', alterId).executeTakeFirst();
      if (!current) throw new ApiError('not_found');
      // Update in place (never delete and re-insert): the ties of this alter must survive.
      const { map_id: _m, snapshot_id: _s, id: _i, seq: _q, ...columns } = alterRow(cipher, mapId, snapshotId, current.seq, alter);
      await trx.updateTable('alters').set(columns).where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('id', '=', alterId).execute();
      await trx.deleteFrom('alter_support').where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('alter_id', '=', alterId).execute();
      const support = supportRows(mapId, snapshotId, alter);
      if (support.length > 0) await trx.insertInto('alter_support').values(support).execute();
    });
    return { version, alter };
  });

  app.delete('/maps/:mapId/snapshots/:snapshotId/alters/:alterId', { schema: { tags: ['alters'] } }, async (request, reply) => {
    const { mapId, snapshotId, alterId } = parseInput(AlterParams, request.params);
    const { version } = await writeMap(ctx, request, reply, mapId, { action: 'alter.delete', target: `${mapId}/${snapshotId}/${alterId}` }, async ({ trx }) => {
      const result = await trx.deleteFrom('alters').where('map_id', '=', mapId).where('snapshot_id', '=', snapshotId).where('id', '=', alterId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
    });
    return { version };
  });
};

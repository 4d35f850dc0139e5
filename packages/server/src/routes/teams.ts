import { nameTextSchema } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId, nowIso } from '../store/ids.js';

const TeamBody = z.strictObject({ name: nameTextSchema(120) });
const TeamParams = idParams('teamId');

/** Teams of the organisation: every role may list them, only the beheerder changes them. */
export const teamRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.ctx;

  app.get('/', { schema: { tags: ['teams'] } }, async (request) => {
    const user = userOf(request);
    const rows = await db.selectFrom('teams').select(['id', 'name']).where('organisation_id', '=', user.organisationId).orderBy('name').execute();
    return { teams: rows };
  });

  app.post('/', { schema: { tags: ['teams'], body: openApiSchema(TeamBody) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const body = parseInput(TeamBody, request.body);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id, organisation_id: user.organisationId, name: body.name, created_at: nowIso() }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'team.create', target: id });
    });
    return reply.status(201).send({ id, name: body.name });
  });

  app.patch('/:teamId', { schema: { tags: ['teams'], body: openApiSchema(TeamBody) } }, async (request) => {
    const user = userOf(request);
    const { teamId } = parseInput(TeamParams, request.params);
    requireRole(user, ['beheerder']);
    const body = parseInput(TeamBody, request.body);
    await db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('teams').set({ name: body.name })
        .where('id', '=', teamId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'team.update', target: teamId });
    });
    return { id: teamId, name: body.name };
  });

  app.delete('/:teamId', { schema: { tags: ['teams'] } }, async (request, reply) => {
    const user = userOf(request);
    const { teamId } = parseInput(TeamParams, request.params);
    requireRole(user, ['beheerder']);
    await db.transaction().execute(async (trx) => {
      const team = await trx.selectFrom('teams').select('id').where('id', '=', teamId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
      if (!team) throw new ApiError('not_found');
      // A team that still has people or cases keeps them together; move them first.
      const inUse = await trx.selectFrom('users').select('id').where('team_id', '=', teamId).limit(1).executeTakeFirst()
        ?? await trx.selectFrom('cases').select('id').where('team_id', '=', teamId).limit(1).executeTakeFirst();
      if (inUse) throw new ApiError('in_use');
      await trx.deleteFrom('teams').where('id', '=', teamId).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'team.delete', target: teamId });
    });
    return reply.status(204).send();
  });
};

import { ncProtocolKey, NcProtocolRefSchema, SavedNcMappingSchema, type NcProtocolKey } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Role } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { nowIso } from '../store/ids.js';

/** Who imports maps, or helps to: workers, coaches and the beheerder (not the onderzoeker). */
export const MAPPING_ROLES: readonly Role[] = ['begeleider', 'coach', 'beheerder'];

const FORMAT = 'nc';
const ProtocolQuery = NcProtocolRefSchema;
const MappingBody = z.strictObject({ protocol: NcProtocolRefSchema, mapping: SavedNcMappingSchema });

function keyOf(ref: z.output<typeof NcProtocolRefSchema>): NcProtocolKey {
  // The schema asks for a UID or a name, so there is always a key.
  return ncProtocolKey(ref) as NcProtocolKey;
}

/**
 * Network Canvas mappings kept per organisation and protocol (docs/interop.md): the choices a
 * worker made for a protocol (which node type, which variable is the name, sector and ring value
 * tables, support, edge types) are offered to everyone of the organisation who imports a file of
 * the same protocol. Key: the protocol's UID when the file names one, else its name. Scoped to
 * the user's organisation: another organisation's mapping answers 404 like a missing one. Audit
 * lines carry the UID (an id) as target, never a protocol name.
 */
export const importMappingRoutes: FastifyPluginAsync = async (app) => {
  const { db, readAudit } = app.ctx;

  const find = async (organisationId: string, key: NcProtocolKey) => db.selectFrom('import_mappings').select(['mapping', 'updated_at'])
    .where('organisation_id', '=', organisationId).where('format', '=', FORMAT).where('key_kind', '=', key.kind).where('protocol_key', '=', key.value)
    .executeTakeFirst();

  app.get('/import-mappings/network-canvas', {
    schema: { tags: ['maps'], description: 'The Network Canvas mapping saved for a protocol (uid, else name), or 404.', querystring: openApiSchema(ProtocolQuery) },
  }, async (request) => {
    const user = userOf(request);
    requireRole(user, MAPPING_ROLES);
    const key = keyOf(parseInput(ProtocolQuery, request.query));
    const row = await find(user.organisationId, key);
    if (!row) throw new ApiError('not_found');
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'import_mapping.read', target: key.kind === 'uid' ? key.value : null });
    // Parsed again: a row is only ever written through the schema, but what is sent must fit it.
    const mapping = SavedNcMappingSchema.safeParse(JSON.parse(row.mapping));
    if (!mapping.success) throw new ApiError('not_found');
    return { protocol: key, mapping: mapping.data, updatedAt: row.updated_at };
  });

  app.put('/import-mappings/network-canvas', {
    schema: { tags: ['maps'], description: 'Saves the Network Canvas mapping of a protocol for the organisation: { protocol: { uid?, name? }, mapping }.', body: openApiSchema(MappingBody) },
  }, async (request) => {
    const user = userOf(request);
    requireRole(user, MAPPING_ROLES);
    const body = parseInput(MappingBody, request.body);
    const key = keyOf(body.protocol);
    const now = nowIso();
    const mapping = JSON.stringify(body.mapping);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('import_mappings').values({
        organisation_id: user.organisationId, format: FORMAT, key_kind: key.kind, protocol_key: key.value, mapping, updated_by: user.id, updated_at: now,
      }).onConflict((oc) => oc.columns(['organisation_id', 'format', 'key_kind', 'protocol_key']).doUpdateSet({ mapping, updated_by: user.id, updated_at: now }))
        .execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'import_mapping.save', target: key.kind === 'uid' ? key.value : null });
    });
    return { protocol: key, mapping: body.mapping, updatedAt: now };
  });

  app.delete('/import-mappings/network-canvas', {
    schema: { tags: ['maps'], description: 'Forgets the Network Canvas mapping of a protocol (uid, else name).', querystring: openApiSchema(ProtocolQuery) },
  }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, MAPPING_ROLES);
    const key = keyOf(parseInput(ProtocolQuery, request.query));
    await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('import_mappings').where('organisation_id', '=', user.organisationId).where('format', '=', FORMAT)
        .where('key_kind', '=', key.kind).where('protocol_key', '=', key.value).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'import_mapping.delete', target: key.kind === 'uid' ? key.value : null });
    });
    return reply.status(204).send();
  });
};

import {
  describeCsvIssue, exportLocalServicesCsv, importLocalServicesCsv, LocalServiceFieldsSchema, LocalServiceQuerySchema, LocalServiceSchema,
  searchLocalServices, type CsvIssue, type Language, type LocalService,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId } from '../store/ids.js';
import { findLocalService, listLocalServices, upsertLocalServices } from '../store/local-service-store.js';

const ServiceParams = idParams('serviceId');
const CsvJsonBody = z.strictObject({ csv: z.string().min(1).max(16 * 1024 * 1024) });
const ExportQuery = z.strictObject({ bom: z.enum(['0', '1', 'true', 'false']).optional() });

function csvInvalid(issues: readonly CsvIssue[], lang: Language): never {
  throw new ApiError('invalid_input', {
    csvIssues: issues.map((i) => ({ line: i.line, column: i.column, field: i.field, code: i.code, message: describeCsvIssue(i, lang) })),
  });
}

/**
 * The organisation's sociale kaart (docs/plan-rules.md §4): local services and initiatives. Not
 * personal data of families, so everyone of the organisation may search it (a researcher too), but
 * only the beheerder changes it. Every query is scoped to the user's organisation: another
 * organisation's ids answer 404 like missing ones.
 */
export const socialMapRoutes: FastifyPluginAsync = async (app) => {
  const { db, settings } = app.ctx;

  // A spreadsheet's CSV comes as bytes: decoded here strictly (K6), so broken encoding is named.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: settings.importBodyLimit }, (_request, body, done) => { done(null, body); });

  app.get('/services', { schema: { tags: ['social-map'], querystring: openApiSchema(LocalServiceQuerySchema) } }, async (request) => {
    const user = userOf(request);
    const query = parseInput(LocalServiceQuerySchema, request.query);
    return { services: searchLocalServices(await listLocalServices(db, user.organisationId), query) };
  });

  app.get('/services/:serviceId', { schema: { tags: ['social-map'] } }, async (request) => {
    const user = userOf(request);
    const { serviceId } = parseInput(ServiceParams, request.params);
    const service = await findLocalService(db, user.organisationId, serviceId);
    if (!service) throw new ApiError('not_found');
    return service;
  });

  app.post('/services', { schema: { tags: ['social-map'], body: openApiSchema(LocalServiceFieldsSchema) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const fields = parseInput(LocalServiceFieldsSchema, request.body);
    const service = LocalServiceSchema.parse({ ...fields, id: newId() }) as LocalService;
    await db.transaction().execute(async (trx) => {
      await upsertLocalServices(trx, user.organisationId, [service]);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'social_map.create', target: service.id });
    });
    return reply.status(201).send(service);
  });

  app.put('/services/:serviceId', { schema: { tags: ['social-map'], body: openApiSchema(LocalServiceFieldsSchema) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const { serviceId } = parseInput(ServiceParams, request.params);
    const fields = parseInput(LocalServiceFieldsSchema, request.body);
    const service = LocalServiceSchema.parse({ ...fields, id: serviceId }) as LocalService;
    await db.transaction().execute(async (trx) => {
      if (!(await findLocalService(trx, user.organisationId, serviceId))) throw new ApiError('not_found');
      await upsertLocalServices(trx, user.organisationId, [service]);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'social_map.update', target: serviceId });
    });
    return service;
  });

  app.delete('/services/:serviceId', { schema: { tags: ['social-map'] } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const { serviceId } = parseInput(ServiceParams, request.params);
    await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('local_services').where('organisation_id', '=', user.organisationId).where('id', '=', serviceId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'social_map.delete', target: serviceId });
    });
    return reply.status(204).send();
  });

  /**
   * K6–K13: all or nothing. Lines with an id replace that entry, lines without one are added; a
   * single problem anywhere refuses the whole file with every problem's line and column.
   */
  app.post('/import', {
    bodyLimit: settings.importBodyLimit,
    schema: { tags: ['social-map'], description: 'The sociale kaart as CSV: a text/csv body (UTF-8), or JSON { "csv": "..." }.' },
  }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const input = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : parseInput(CsvJsonBody, request.body).csv;
    const imported = importLocalServicesCsv(input);
    if (!imported.ok) csvInvalid(imported.issues, request.lang);
    const services = imported.records.map(({ line: _line, id, ...fields }) => LocalServiceSchema.parse({ ...fields, id: id ?? newId() }) as LocalService);
    const counts = await db.transaction().execute(async (trx) => {
      const result = await upsertLocalServices(trx, user.organisationId, services);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'social_map.import' });
      return result;
    });
    return { ...counts, ids: services.map((s) => s.id) };
  });

  app.get('/export', { schema: { tags: ['social-map'], querystring: openApiSchema(ExportQuery) } }, async (request, reply) => {
    const user = userOf(request);
    const { bom } = parseInput(ExportQuery, request.query);
    const csv = exportLocalServicesCsv(await listLocalServices(db, user.organisationId), { bom: bom === '1' || bom === 'true' });
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="sociale-kaart.csv"');
    return reply.send(csv);
  });
};

import {
  BasicRightsListSchema, indexHistory, indexResult, KANSARMOEDE_CRITERIA, KansarmoedeCheckInputSchema, KansarmoedeCheckSchema,
  KansarmoedeSettingsSchema, measurementIssues, RightsMeasurementInputSchema, RightsMeasurementSchema, type KansarmoedeCheck,
  type RightsMeasurement,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findCase, findCaseWithCipher } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import {
  basicRights, insertKansarmoedeCheck, insertRightsMeasurement, kansarmoedeSettings, listKansarmoedeChecks, listRightsMeasurements,
} from '../store/family-support-store.js';
import { newId } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';

const CaseParams = idParams('caseId');
const CheckParams = idParams('caseId', 'checkId');
const MeasurementParams = idParams('caseId', 'measurementId');
const CheckBody = KansarmoedeCheckInputSchema.extend({ checkedOn: KansarmoedeCheckInputSchema.shape.checkedOn.optional() });
const MeasurementBody = RightsMeasurementInputSchema.extend({ measuredOn: RightsMeasurementInputSchema.shape.measuredOn.optional() });
/** The beheerder's list of rights; null goes back to the default list. */
const BasicRightsBody = z.strictObject({ rights: BasicRightsListSchema.nullable() });

/**
 * The kansarmoede-index and the grondrechtenmeting (issue 12, items 1 and 2; docs/family-support.md).
 * The organisation's rule and list of rights are read by every role and changed by the beheerder;
 * a family's checks and measurements go through the case's access check (findCaseWithCipher), so
 * only the case's worker and coach see them, and another organisation's case answers like a
 * missing one. The index is an entry check for the worker: its result is only in these answers,
 * never on a family's page or print-out.
 */
export const familySupportRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/kansarmoede/settings', { schema: { tags: ['family-support'] } }, async (request) => {
    const user = userOf(request);
    return { settings: await kansarmoedeSettings(db, user.organisationId), criteria: KANSARMOEDE_CRITERIA };
  });

  app.put('/kansarmoede/settings', { schema: { tags: ['family-support'], body: openApiSchema(KansarmoedeSettingsSchema) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const settings = parseInput(KansarmoedeSettingsSchema, request.body);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set({ kansarmoede_settings: JSON.stringify(settings) }).where('id', '=', user.organisationId).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'kansarmoede.settings_update' });
    });
    return { settings, criteria: KANSARMOEDE_CRITERIA };
  });

  app.get('/cases/:caseId/kansarmoede', { schema: { tags: ['family-support'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const [checks, settings] = await Promise.all([listKansarmoedeChecks(db, caseCipher, caseId), kansarmoedeSettings(db, user.organisationId)]);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'kansarmoede.list', caseId });
    return { settings, checks: indexHistory(checks).map((check) => ({ ...check, result: indexResult(check, settings) })) };
  });

  app.post('/cases/:caseId/kansarmoede', { schema: { tags: ['family-support'], body: openApiSchema(CheckBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(CheckBody, request.body);
    // In the criteria's own order, so every check reads the same way.
    const judgements = KANSARMOEDE_CRITERIA.map((c) => body.judgements.find((j) => j.criterion === c));
    const check = KansarmoedeCheckSchema.parse({ id: newId(), checkedOn: body.checkedOn ?? options.today(), judgements }) as KansarmoedeCheck;
    const settings = await kansarmoedeSettings(db, user.organisationId);
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await insertKansarmoedeCheck(trx, caseCipher, caseId, check);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'kansarmoede.create', caseId, target: check.id });
    });
    return reply.status(201).send({ ...check, result: indexResult(check, settings) });
  });

  /** A check entered by mistake goes; the history keeps the others. */
  app.delete('/cases/:caseId/kansarmoede/:checkId', { schema: { tags: ['family-support'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, checkId } = parseInput(CheckParams, request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('kansarmoede_checks').where('case_id', '=', caseId).where('id', '=', checkId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'kansarmoede.delete', caseId, target: checkId });
    });
    return reply.status(204).send();
  });

  app.get('/basic-rights', { schema: { tags: ['family-support'] } }, async (request) => {
    const user = userOf(request);
    return basicRights(db, user.organisationId, request.lang);
  });

  app.put('/basic-rights', { schema: { tags: ['family-support'], body: openApiSchema(BasicRightsBody) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const { rights } = parseInput(BasicRightsBody, request.body);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set({ basic_rights: rights === null ? null : JSON.stringify(rights) }).where('id', '=', user.organisationId).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'basic_rights.update' });
    });
    return basicRights(db, user.organisationId, request.lang);
  });

  app.get('/cases/:caseId/rights-measurements', { schema: { tags: ['family-support'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const [measurements, list] = await Promise.all([listRightsMeasurements(db, caseCipher, caseId), basicRights(db, user.organisationId, request.lang)]);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'rights_measurement.list', caseId });
    const ordered = [...measurements].sort((a, b) => (a.measuredOn < b.measuredOn ? -1 : a.measuredOn > b.measuredOn ? 1 : 0));
    return { rights: list.rights, measurements: ordered };
  });

  app.post('/cases/:caseId/rights-measurements', { schema: { tags: ['family-support'], body: openApiSchema(MeasurementBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(MeasurementBody, request.body);
    const { rights } = await basicRights(db, user.organisationId, request.lang);
    const problems = measurementIssues({ ...body, measuredOn: body.measuredOn ?? options.today() }, rights.map((r) => r.id));
    if (problems.length > 0) invalid(problems);
    const measurement = RightsMeasurementSchema.parse({ ...body, id: newId(), measuredOn: body.measuredOn ?? options.today() }) as RightsMeasurement;
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await insertRightsMeasurement(trx, caseCipher, caseId, measurement);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'rights_measurement.create', caseId, target: measurement.id });
    });
    return reply.status(201).send(measurement);
  });

  /** A measurement entered by mistake goes; the history of every right then skips it. */
  app.delete('/cases/:caseId/rights-measurements/:measurementId', { schema: { tags: ['family-support'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, measurementId } = parseInput(MeasurementParams, request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('rights_measurements').where('case_id', '=', caseId).where('id', '=', measurementId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'rights_measurement.delete', caseId, target: measurementId });
    });
    return reply.status(204).send();
  });
};

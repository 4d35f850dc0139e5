import { caseload, CasePartnerInputSchema, CasusoverlegInputSchema, ContactInputSchema, IsoDateSchema, issue } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { AuthUser } from '../auth/sessions.js';
import { findCase, findCaseWithCipher } from '../access/case-access.js';
import type { Today } from '../clock.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { caseloadLimit, casusoverlegWarningsOf, coordinationSettings, readCoordination } from '../store/coordination-store.js';
import { newId, nowIso } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';

const CaseParams = idParams('caseId');
const PartnerParams = idParams('caseId', 'partnerId');
const MeetingParams = idParams('caseId', 'meetingId');
const ContactParams = idParams('caseId', 'contactId');

const CoordinationBody = z.strictObject({
  /** One coordinator per family: an account (begeleider or coach) of the organisation; null = none. */
  coordinatorId: z.string().min(1).max(64).nullable(),
  startedOn: IsoDateSchema,
});
const SettingsBody = z.strictObject({
  caseloadLimit: z.number().int().min(1).max(200).optional(),
  /** The organisation's small-cell rule for signals; null = the server's. Below the server's it has no effect. */
  smallCellThreshold: z.number().int().min(1).max(100).nullable().optional(),
});

/** A worker of the organisation who may coordinate or have a contact: begeleider or coach, not disabled. */
async function requireWorker(trx: Transaction<Database>, user: AuthUser, userId: string, path: string[]): Promise<void> {
  const found = await trx.selectFrom('users').select('id').where('id', '=', userId).where('organisation_id', '=', user.organisationId)
    .where('disabled', '=', 0).where('role', 'in', ['begeleider', 'coach']).executeTakeFirst();
  if (!found) invalid([issue('not_allowed', path, { got: userId, allowed: '' })]);
}

/**
 * Case coordination (issue 12, item 6; docs/coordination.md CC1–CC2, CL1–CL3): the family's
 * coordinator and start date, the partner organisations with their roles, the casusoverleggen and
 * the contact log, each part of the case (who may see the case may see these; every read and
 * change audited); the caseload of workers and teams against the organisation's limit.
 */
export const coordinationRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, cipher, readAudit, settings } = app.ctx;

  app.get('/cases/:caseId/coordination', { schema: { tags: ['coordination'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { row, cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const view = await readCoordination(db, caseCipher, caseId, row.created_at);
    const warnings = (await casusoverlegWarningsOf(db, [row], options.today())).get(caseId) ?? [];
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'coordination.read', caseId });
    return { ...view, warnings };
  });

  app.put('/cases/:caseId/coordination', { schema: { tags: ['coordination'], body: openApiSchema(CoordinationBody) } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    await findCase(db, user, caseId);
    const body = parseInput(CoordinationBody, request.body);
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      if (body.coordinatorId !== null) await requireWorker(trx, user, body.coordinatorId, ['coordinatorId']);
      await trx.insertInto('case_coordination').values({ case_id: caseId, coordinator_id: body.coordinatorId, started_on: body.startedOn, updated_at: nowIso() })
        .onConflict((oc) => oc.column('case_id').doUpdateSet({ coordinator_id: body.coordinatorId, started_on: body.startedOn, updated_at: nowIso() })).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.update', caseId, target: body.coordinatorId });
    });
    return { coordinatorId: body.coordinatorId, startedOn: body.startedOn };
  });

  app.post('/cases/:caseId/partners', { schema: { tags: ['coordination'], body: openApiSchema(CasePartnerInputSchema) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(CasePartnerInputSchema, request.body);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await trx.insertInto('case_partners').values({
        id, case_id: caseId, organisation_enc: caseCipher.encrypt(body.organisation, 'case_partners.organisation'),
        role_enc: caseCipher.encrypt(body.role, 'case_partners.role'), created_at: nowIso(),
      }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.partner_add', caseId, target: id });
    });
    return reply.status(201).send({ partner: { id, ...body } });
  });

  app.delete('/cases/:caseId/partners/:partnerId', { schema: { tags: ['coordination'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, partnerId } = parseInput(PartnerParams, request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const removed = await trx.deleteFrom('case_partners').where('id', '=', partnerId).where('case_id', '=', caseId).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.partner_remove', caseId, target: partnerId });
    });
    return reply.status(204).send();
  });

  app.post('/cases/:caseId/casusoverleggen', { schema: { tags: ['coordination'], body: openApiSchema(CasusoverlegInputSchema) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(CasusoverlegInputSchema, request.body);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await trx.insertInto('casusoverleggen').values({
        id, case_id: caseId, held_on: body.heldOn, parents_present: body.parentsPresent ? 1 : 0,
        note_enc: body.note === '' ? null : caseCipher.encrypt(body.note, 'casusoverleggen.note'), created_by: user.id, created_at: nowIso(),
      }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.casusoverleg_add', caseId, target: id });
    });
    return reply.status(201).send({ casusoverleg: { id, ...body } });
  });

  app.delete('/cases/:caseId/casusoverleggen/:meetingId', { schema: { tags: ['coordination'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, meetingId } = parseInput(MeetingParams, request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const removed = await trx.deleteFrom('casusoverleggen').where('id', '=', meetingId).where('case_id', '=', caseId).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.casusoverleg_remove', caseId, target: meetingId });
    });
    return reply.status(204).send();
  });

  app.post('/cases/:caseId/contacts', { schema: { tags: ['coordination'], body: openApiSchema(ContactInputSchema) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(ContactInputSchema, request.body);
    const id = newId();
    const withUserId = body.withUserId ?? user.id;
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      if (body.withUserId !== undefined) await requireWorker(trx, user, body.withUserId, ['withUserId']);
      await trx.insertInto('contact_log').values({
        id, case_id: caseId, channel: body.channel, contact_on: body.date, with_user_id: withUserId,
        note_enc: body.note === '' ? null : caseCipher.encrypt(body.note, 'contact_log.note'), recorded_by: user.id, created_at: nowIso(),
      }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.contact_add', caseId, target: id });
    });
    return reply.status(201).send({ contact: { id, channel: body.channel, date: body.date, withUserId, note: body.note } });
  });

  app.delete('/cases/:caseId/contacts/:contactId', { schema: { tags: ['coordination'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, contactId } = parseInput(ContactParams, request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const removed = await trx.deleteFrom('contact_log').where('id', '=', contactId).where('case_id', '=', caseId).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'coordination.contact_remove', caseId, target: contactId });
    });
    return reply.status(204).send();
  });

  /**
   * The caseload (CL1–CL3): a begeleider sees their own line, a coach their team's workers, the
   * beheerder every worker; numbers only, never a family. The onderzoeker has no caseload view.
   */
  app.get('/caseload', { schema: { tags: ['coordination'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['begeleider', 'coach', 'beheerder']);
    let workersQuery = db.selectFrom('users').select(['id', 'display_name', 'team_id', 'role'])
      .where('organisation_id', '=', user.organisationId).where('disabled', '=', 0).where('role', 'in', ['begeleider', 'coach']);
    if (user.role === 'begeleider') workersQuery = workersQuery.where('id', '=', user.id);
    if (user.role === 'coach') workersQuery = user.teamId === null ? workersQuery.where('id', '=', user.id) : workersQuery.where('team_id', '=', user.teamId);
    const workers = await workersQuery.orderBy('display_name').orderBy('id').execute();
    const ids = workers.map((w) => w.id);
    const cases = ids.length === 0 ? [] : await db.selectFrom('cases').leftJoin('case_coordination', 'case_coordination.case_id', 'cases.id')
      .select(['cases.owner_id', 'case_coordination.coordinator_id']).where('cases.organisation_id', '=', user.organisationId).execute();
    const limit = await caseloadLimit(db, user.organisationId);
    const load = caseload(workers.map((w) => ({ id: w.id, teamId: w.team_id })), cases.map((c) => ({ coordinatorId: c.coordinator_id ?? c.owner_id })), limit);
    const teams = await db.selectFrom('teams').select(['id', 'name']).where('organisation_id', '=', user.organisationId).execute();
    const teamName = new Map(teams.map((t) => [t.id, t.name]));
    const name = new Map(workers.map((w) => [w.id, w.display_name]));
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'caseload.read' });
    return {
      limit,
      workers: load.workers.map((w) => ({ ...w, displayName: name.get(w.workerId) ?? '', teamName: w.teamId === null ? null : teamName.get(w.teamId) ?? null })),
      teams: load.teams.map((t) => ({ ...t, teamName: t.teamId === null ? null : teamName.get(t.teamId) ?? null })),
    };
  });

  app.get('/coordination-settings', { schema: { tags: ['coordination'] } }, async (request) => {
    const user = userOf(request);
    const found = await coordinationSettings(db, user.organisationId, settings.smallCellThreshold);
    return { caseloadLimit: found.caseloadLimit, smallCellThreshold: found.organisationSmallCell, smallCellMinimum: settings.smallCellThreshold, smallCellApplied: found.smallCellThreshold };
  });

  app.put('/coordination-settings', { schema: { tags: ['coordination'], body: openApiSchema(SettingsBody) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const body = parseInput(SettingsBody, request.body);
    await db.transaction().execute(async (trx) => {
      const current = await coordinationSettings(trx, user.organisationId, settings.smallCellThreshold);
      const next = {
        caseload_limit: body.caseloadLimit ?? current.caseloadLimit,
        small_cell_threshold: body.smallCellThreshold === undefined ? current.organisationSmallCell : body.smallCellThreshold,
      };
      await trx.insertInto('coordination_settings').values({ organisation_id: user.organisationId, ...next })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(next)).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'organisation.update', target: 'coordination_settings' });
    });
    const found = await coordinationSettings(db, user.organisationId, settings.smallCellThreshold);
    return { caseloadLimit: found.caseloadLimit, smallCellThreshold: found.organisationSmallCell, smallCellMinimum: settings.smallCellThreshold, smallCellApplied: found.smallCellThreshold };
  });
};

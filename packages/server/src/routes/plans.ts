import {
  ACTION_KINDS, ACTION_STATUSES, ActionLinkSchema, ActionSchema, addAction, addReviewNote, familyVersion, GoalIdSchema, IsoDateSchema,
  NetworkPlanSchema, OwnerSchema, parseNetworkPlan, planAttention, planIssue, planFollowUp, PromisedHelpSchema, removeAction, ReviewNoteSchema,
  setActionStatus, type Action, type NetworkPlan,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findCase, findCaseWithCipher } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { expectedVersion, idParams, IdParam, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId } from '../store/ids.js';
import { readMap } from '../store/map-store.js';
import { requireRegistrationConsent } from '../store/map-write.js';
import { organisationIndicatorSettings } from '../store/organisation-settings.js';
import { claimPlanVersion, findPlanRow, insertPlan, readPlan } from '../store/plan-store.js';
import { editedPlan, planInvalid, planMap, requireValidPlan, writePlan } from '../store/plan-write.js';

const CaseParams = idParams('caseId');
const ActionParams = idParams('caseId', 'actionId');
const FollowUpQuery = z.strictObject({ from: IdParam, to: IdParam });
/** A new action: the server makes its id unless the client gives one (for links from barriers). */
const ActionCreate = ActionSchema.extend({ id: ActionSchema.shape.id.optional() });
const ActionPatch = z.strictObject({
  what: z.string().trim().min(1).max(1000).optional(),
  goalId: GoalIdSchema.nullable().optional(),
  link: ActionLinkSchema.nullable().optional(),
  owner: OwnerSchema.optional(),
  kind: z.enum(ACTION_KINDS).optional(),
  due: IsoDateSchema.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  /** The promised help and its follow-up (deadline, fallback); null removes it. */
  promise: PromisedHelpSchema.nullable().optional(),
});

/** For the API document only: the plan as a client sends it, without the server's ids. */
const PlanBodyDocument = z.discriminatedUnion('madeBy', [
  NetworkPlanSchema.options[0].omit({ id: true, caseId: true }).extend({ madeBy: NetworkPlanSchema.options[0].shape.madeBy.optional() }),
  NetworkPlanSchema.options[1].omit({ id: true, caseId: true }),
]);

/**
 * The body as a plan of this case: id and caseId are the server's, whatever the body says, and a
 * plan is the family's (`madeBy: gezin`) unless the body says the network made it.
 */
function planFromBody(body: unknown, ids: { id: string; caseId: string }): NetworkPlan {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) invalid([{ severity: 'error', path: [], code: 'not_an_object', params: {} }]);
  const parsed = parseNetworkPlan({ madeBy: 'gezin', ...body, ...ids });
  if (!parsed.ok) invalid(parsed.issues);
  return parsed.value;
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The network plan of a case (docs/plan-rules.md §1): one per case, built on one of its maps.
 * Reading it also gives what needs attention today; every change carries If-Match with the plan
 * version, like a map change. A plan with `madeBy: netwerk` is an Eigen Kracht plan.
 */
export const planRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { ctx } = app;
  const { db, cipher, readAudit } = ctx;
  const { today } = options;

  async function visiblePlan(userId: Parameters<typeof findCase>[1], caseId: string) {
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, userId, caseId);
    const row = await findPlanRow(db, caseId);
    if (!row) throw new ApiError('not_found');
    return { row, plan: await readPlan(db, caseCipher, row) };
  }

  app.get('/cases/:caseId/plan', { schema: { tags: ['plans'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const row = await findPlanRow(db, caseId);
    // A case without a plan yet is an expected state, not an error: no plan, version 0 (issue 14).
    if (!row) {
      await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.read', caseId });
      return { version: 0, plan: null, attention: [] };
    }
    const plan = await readPlan(db, caseCipher, row);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.read', caseId, target: row.id });
    void reply.header('etag', `"${row.version}"`);
    return { version: row.version, plan, attention: planAttention(plan, today()) };
  });

  app.post('/cases/:caseId/plan', { schema: { tags: ['plans'], body: openApiSchema(PlanBodyDocument), description: 'A network plan; its id and caseId are the server\'s, madeBy is gezin unless given.' } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const plan = planFromBody(request.body, { id: newId(), caseId });
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      if (await findPlanRow(trx, caseId)) throw new ApiError('already_exists');
      requireValidPlan(plan, await planMap(trx, caseId, plan.mapId, request.lang), request.lang);
      await insertPlan(trx, caseCipher, plan);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'plan.create', caseId, target: plan.id });
    });
    void reply.header('etag', '"1"');
    return reply.status(201).send({ version: 1, plan });
  });

  /** Replaces the whole plan (the editor's save, switching to or from an Eigen Kracht plan). */
  app.put('/cases/:caseId/plan', { schema: { tags: ['plans'], body: openApiSchema(PlanBodyDocument) } }, async (request, reply) => {
    const { caseId } = parseInput(CaseParams, request.params);
    const { plan, version } = await writePlan(ctx, request, reply, caseId, 'plan.update', ({ plan: current }) => ({
      plan: planFromBody(request.body, { id: current.id, caseId }),
      result: null,
    }));
    return { version, plan };
  });

  app.delete('/cases/:caseId/plan', { schema: { tags: ['plans'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    await findCase(db, user, caseId);
    // Deleting needs the version too: a plan changed meanwhile is not thrown away unseen.
    const expected = expectedVersion(request);
    await db.transaction().execute(async (trx) => {
      const row = await findPlanRow(trx, caseId);
      if (!row) throw new ApiError('not_found');
      await claimPlanVersion(trx, row.id, expected);
      await trx.deleteFrom('plans').where('id', '=', row.id).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'plan.delete', caseId, target: row.id });
    });
    return reply.status(204).send();
  });

  /** The family's copy (seed 001): their own words, without the worker's notes on goals. */
  app.get('/cases/:caseId/plan/family-version', { schema: { tags: ['plans'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { row, plan } = await visiblePlan(user, caseId);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.family_version', caseId, target: row.id });
    return familyVersion(plan);
  });

  app.post('/cases/:caseId/plan/actions', { schema: { tags: ['plans'], body: openApiSchema(ActionCreate) } }, async (request, reply) => {
    const { caseId } = parseInput(CaseParams, request.params);
    const body = parseInput(ActionCreate, request.body);
    const input = { ...body, id: body.id ?? newId() };
    const { version, result } = await writePlan(ctx, request, reply, caseId, 'plan.action.create', ({ plan }) => {
      const next = editedPlan(addAction(plan, input), request.lang, { goalId: input.goalId });
      return { plan: next, result: next.actions.find((a) => a.id === input.id) as Action };
    });
    return reply.status(201).send({ version, action: result });
  });

  app.patch('/cases/:caseId/plan/actions/:actionId', { schema: { tags: ['plans'], body: openApiSchema(ActionPatch) } }, async (request, reply) => {
    const { caseId, actionId } = parseInput(ActionParams, request.params);
    const body = parseInput(ActionPatch, request.body);
    const { version, result } = await writePlan(ctx, request, reply, caseId, 'plan.action.update', ({ plan }) => {
      const current = plan.actions.find((a) => a.id === actionId);
      if (!current) throw new ApiError('not_found');
      const { status, goalId, promise, ...fields } = body;
      const { goalId: _goalId, promise: _promise, ...rest } = current;
      const merged = ActionSchema.parse({
        ...rest,
        ...withoutUndefined(fields),
        ...(goalId === undefined ? (current.goalId !== undefined ? { goalId: current.goalId } : {}) : goalId === null ? {} : { goalId }),
        ...(promise === undefined ? (current.promise ? { promise: current.promise } : {}) : promise === null ? {} : { promise }),
      }) as Action;
      let next: NetworkPlan = { ...plan, actions: plan.actions.map((a) => (a.id === actionId ? merged : a)) };
      if (merged.goalId !== undefined && !plan.goals.some((g) => g.id === merged.goalId)) planInvalid([planIssue('unknown_goal', ['goalId'], { id: merged.goalId })], request.lang);
      // PL17: only a change of status moves doneOn; saving other fields keeps the day it was done.
      if (status !== undefined && status !== current.status) next = editedPlan(setActionStatus(next, actionId, status, today()), request.lang);
      return { plan: next, result: next.actions.find((a) => a.id === actionId) as Action };
    });
    return { version, action: result };
  });

  app.delete('/cases/:caseId/plan/actions/:actionId', { schema: { tags: ['plans'] } }, async (request, reply) => {
    const { caseId, actionId } = parseInput(ActionParams, request.params);
    const { version } = await writePlan(ctx, request, reply, caseId, 'plan.action.delete', ({ plan }) => ({
      plan: editedPlan(removeAction(plan, actionId), request.lang),
      result: null,
    }));
    return { version };
  });

  app.post('/cases/:caseId/plan/actions/:actionId/reviews', { schema: { tags: ['plans'], body: openApiSchema(ReviewNoteSchema) } }, async (request, reply) => {
    const { caseId, actionId } = parseInput(ActionParams, request.params);
    const note = parseInput(ReviewNoteSchema, request.body);
    const { version, result } = await writePlan(ctx, request, reply, caseId, 'plan.review.create', ({ plan }) => {
      const next = editedPlan(addReviewNote(plan, actionId, note), request.lang);
      return { plan: next, result: next.actions.find((a) => a.id === actionId) as Action };
    });
    return reply.status(201).send({ version, action: result });
  });

  /**
   * PL13: which plan actions are linked to changes between two snapshots of the plan's map (a gap
   * now covered informally, a wished-for person realised, a dormant one active again).
   */
  app.get('/cases/:caseId/plan/follow-up', { schema: { tags: ['plans'], querystring: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } }, required: ['from', 'to'] } } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const query = parseInput(FollowUpQuery, request.query);
    const { row, plan } = await visiblePlan(user, caseId);
    const mapRow = await db.selectFrom('maps').selectAll().where('id', '=', plan.mapId).where('case_id', '=', caseId).executeTakeFirst();
    if (!mapRow) throw new ApiError('not_found');
    // The changes are about statuses and coverage: no name of the map is needed for them.
    const map = await readMap(db, null, mapRow, [query.from, query.to]);
    const before = map.snapshots.find((s) => s.id === query.from);
    const after = map.snapshots.find((s) => s.id === query.to);
    if (!before || !after) {
      invalid([
        ...(before ? [] : [{ severity: 'error' as const, path: ['from'], code: 'unknown_snapshot' as const, params: { id: query.from } }]),
        ...(after ? [] : [{ severity: 'error' as const, path: ['to'], code: 'unknown_snapshot' as const, params: { id: query.to } }]),
      ]);
    }
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'plan.follow_up', caseId, target: row.id });
    const settings = await organisationIndicatorSettings(db, user.organisationId);
    return { version: row.version, from: query.from, to: query.to, changes: planFollowUp(plan, before, after, map, settings) };
  });
};

import {
  BarrierRecordSchema, barriersWithActions, issue, unaddressedBarriers, type BarrierRecord, type Issue, type NetworkPlan,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import type { Transaction } from 'kysely';
import { findCase, findCaseWithCipher } from '../access/case-access.js';
import type { Today } from '../clock.js';
import type { Database } from '../db/schema.js';
import { openApiSchema } from '../http/openapi.js';
import { expectedVersion, idParams, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { barrierColumns, barrierFromRow, claimBarrierVersion, insertBarrier, listBarrierRows } from '../store/barrier-store.js';
import { newId } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';
import { findPlanRow, readPlan } from '../store/plan-store.js';

const CaseParams = idParams('caseId');
const BarrierParams = idParams('caseId', 'barrierId');
/** The record without its id (the server's); `notedOn` defaults to today. */
const BarrierBody = BarrierRecordSchema.omit({ id: true }).extend({ notedOn: BarrierRecordSchema.shape.notedOn.optional() });

/** A barrier's actions must be actions of the case's plan when it is written (B2 reports the ones removed later). */
async function requireKnownActions(trx: Transaction<Database>, caseId: string, actionIds: readonly string[]): Promise<void> {
  if (actionIds.length === 0) return;
  const row = await findPlanRow(trx, caseId);
  const known = new Set(row ? (await trx.selectFrom('plan_actions').select('id').where('plan_id', '=', row.id).execute()).map((a) => a.id) : []);
  const problems: Issue[] = [];
  actionIds.forEach((id, i) => { if (!known.has(id)) problems.push(issue('not_allowed', ['actionIds', i], { got: id, allowed: [...known].join(', ') })); });
  if (problems.length > 0) invalid(problems);
}

/** A barrier of someone of the network names a person on one of the case's maps (in any snapshot). */
async function requireKnownHolder(trx: Transaction<Database>, caseId: string, barrier: BarrierRecord): Promise<void> {
  if (barrier.holder.kind !== 'netwerklid') return;
  const found = await trx.selectFrom('alters').innerJoin('maps', 'maps.id', 'alters.map_id').select('alters.id')
    .where('maps.case_id', '=', caseId).where('alters.id', '=', barrier.holder.alterId).limit(1).executeTakeFirst();
  if (!found) invalid([issue('unknown_alter', ['holder', 'alterId'], { id: barrier.holder.alterId })]);
}

/**
 * Barriers of a case (docs/plan-rules.md §2): vraagverlegenheid and its kin, thresholds, and what
 * stands in the way of broadening a network, each with notes and the plan actions that address it.
 * Each barrier has its own version: changes carry If-Match, like maps and plans.
 */
export const barrierRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/cases/:caseId/barriers', { schema: { tags: ['barriers'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const [rows, planRow] = await Promise.all([listBarrierRows(db, caseId), findPlanRow(db, caseId)]);
    const records = rows.map((r) => barrierFromRow(caseCipher, r));
    const plan: NetworkPlan | null = planRow ? await readPlan(db, caseCipher, planRow) : null;
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'barrier.list', caseId });
    const linked = plan ? barriersWithActions(records, plan) : records.map((barrier) => ({ barrier, actions: [], missingActionIds: barrier.actionIds }));
    const open = plan ? unaddressedBarriers(records, plan) : records.filter((b) => b.status !== 'weg');
    return {
      barriers: linked.map((entry, i) => ({ version: (rows[i] as { version: number }).version, ...entry })),
      unaddressed: open.map((b) => b.id),
    };
  });

  app.post('/cases/:caseId/barriers', { schema: { tags: ['barriers'], body: openApiSchema(BarrierBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(BarrierBody, request.body);
    const barrier = BarrierRecordSchema.parse({ ...body, notedOn: body.notedOn ?? options.today(), id: newId() }) as BarrierRecord;
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      await requireKnownActions(trx, caseId, barrier.actionIds);
      await requireKnownHolder(trx, caseId, barrier);
      await insertBarrier(trx, caseCipher, caseId, barrier);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'barrier.create', caseId, target: barrier.id });
    });
    void reply.header('etag', '"1"');
    return reply.status(201).send({ version: 1, barrier });
  });

  app.put('/cases/:caseId/barriers/:barrierId', { schema: { tags: ['barriers'], body: openApiSchema(BarrierBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, barrierId } = parseInput(BarrierParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const expected = expectedVersion(request);
    const body = parseInput(BarrierBody, request.body);
    const { barrier, version } = await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      const next = await claimBarrierVersion(trx, caseId, barrierId, expected);
      const stored = await trx.selectFrom('barriers').select('noted_on').where('id', '=', barrierId).executeTakeFirstOrThrow();
      const record = BarrierRecordSchema.parse({ ...body, notedOn: body.notedOn ?? stored.noted_on, id: barrierId }) as BarrierRecord;
      await requireKnownActions(trx, caseId, record.actionIds);
      await requireKnownHolder(trx, caseId, record);
      await trx.updateTable('barriers').set(barrierColumns(caseCipher, record)).where('id', '=', barrierId).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'barrier.update', caseId, target: barrierId });
      return { barrier: record, version: next };
    });
    void reply.header('etag', `"${version}"`);
    return { version, barrier };
  });

  app.delete('/cases/:caseId/barriers/:barrierId', { schema: { tags: ['barriers'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, barrierId } = parseInput(BarrierParams, request.params);
    await findCase(db, user, caseId);
    const expected = expectedVersion(request);
    await db.transaction().execute(async (trx) => {
      await claimBarrierVersion(trx, caseId, barrierId, expected);
      await trx.deleteFrom('barriers').where('id', '=', barrierId).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'barrier.delete', caseId, target: barrierId });
    });
    return reply.status(204).send();
  });
};

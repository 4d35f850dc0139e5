import type { NetworkPlan } from '@netwerkkracht/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Database, PlanActionsTable, PlanGoalsTable, PlanReviewsTable, PlansTable } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { nowIso } from './ids.js';
import { actionRows, goalRows, planFromRows, planHeaderColumns, reviewRows } from './plan-rows.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function findPlanRow(db: Db, caseId: string): Promise<Selectable<PlansTable> | undefined> {
  return db.selectFrom('plans').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

function groupBy<R extends { plan_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(r.plan_id);
    if (list) list.push(r);
    else out.set(r.plan_id, [r]);
  }
  return out;
}

/**
 * The plans of these rows, decrypted, in the order of the rows (one query per table, not per plan).
 * `cipherOf` gives the cipher of each plan's case.
 */
export async function readPlans(db: Db, cipherOf: (header: Selectable<PlansTable>) => CaseCipher, headers: readonly Selectable<PlansTable>[]): Promise<NetworkPlan[]> {
  if (headers.length === 0) return [];
  const ids = headers.map((h) => h.id);
  const goals: Selectable<PlanGoalsTable>[] = [];
  const actions: Selectable<PlanActionsTable>[] = [];
  const reviews: Selectable<PlanReviewsTable>[] = [];
  // Chunked so a worker with many cases stays under the databases' parameter limits.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [g, a, r] = await Promise.all([
      db.selectFrom('plan_goals').selectAll().where('plan_id', 'in', chunk).execute(),
      db.selectFrom('plan_actions').selectAll().where('plan_id', 'in', chunk).execute(),
      db.selectFrom('plan_reviews').selectAll().where('plan_id', 'in', chunk).execute(),
    ]);
    goals.push(...g);
    actions.push(...a);
    reviews.push(...r);
  }
  const goalsOf = groupBy(goals);
  const actionsOf = groupBy(actions);
  const reviewsOf = groupBy(reviews);
  return headers.map((h) => planFromRows(cipherOf(h), h, goalsOf.get(h.id) ?? [], actionsOf.get(h.id) ?? [], reviewsOf.get(h.id) ?? []));
}

export async function readPlan(db: Db, cipher: CaseCipher, header: Selectable<PlansTable>): Promise<NetworkPlan> {
  const [plan] = await readPlans(db, () => cipher, [header]);
  return plan as NetworkPlan;
}

async function insertContent(trx: Transaction<Database>, cipher: CaseCipher, plan: NetworkPlan): Promise<void> {
  const goals = goalRows(cipher, plan.id, plan.goals);
  const actions = actionRows(cipher, plan.id, plan.actions);
  const reviews = reviewRows(cipher, plan.id, plan.actions);
  for (let i = 0; i < goals.length; i += 200) await trx.insertInto('plan_goals').values(goals.slice(i, i + 200)).execute();
  for (let i = 0; i < actions.length; i += 200) await trx.insertInto('plan_actions').values(actions.slice(i, i + 200)).execute();
  for (let i = 0; i < reviews.length; i += 200) await trx.insertInto('plan_reviews').values(reviews.slice(i, i + 200)).execute();
}

/** Stores a new plan at version 1 (the caller has checked there is none for the case yet). */
export async function insertPlan(trx: Transaction<Database>, cipher: CaseCipher, plan: NetworkPlan): Promise<void> {
  const now = nowIso();
  await trx.insertInto('plans').values({ ...planHeaderColumns(cipher, plan), version: 1, created_at: now, updated_at: now }).execute();
  await insertContent(trx, cipher, plan);
}

/**
 * Replaces a plan's content. A plan is small (at most 60 goals and 500 actions) and changed by one
 * person at a time, so rewriting its rows is simpler and as safe as diffing them; the version
 * claimed before this keeps concurrent changes out.
 */
export async function replacePlan(trx: Transaction<Database>, cipher: CaseCipher, plan: NetworkPlan): Promise<void> {
  const { id: _id, case_id: _caseId, ...header } = planHeaderColumns(cipher, plan);
  await trx.updateTable('plans').set(header).where('id', '=', plan.id).execute();
  await trx.deleteFrom('plan_actions').where('plan_id', '=', plan.id).execute();
  await trx.deleteFrom('plan_goals').where('plan_id', '=', plan.id).execute();
  await insertContent(trx, cipher, plan);
}

/** Compare-and-set of the plan version, as `claimVersion` does for maps: 409 with the current one. */
export async function claimPlanVersion(trx: Transaction<Database>, planId: string, expected: number): Promise<number> {
  const result = await trx.updateTable('plans')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() }))
    .where('id', '=', planId).where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expected + 1;
  const current = await trx.selectFrom('plans').select('version').where('id', '=', planId).executeTakeFirst();
  throw new ApiError(current ? 'stale_version' : 'not_found', current ? { currentVersion: current.version } : {});
}

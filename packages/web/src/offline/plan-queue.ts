import type { ApiError, ApiResult } from '../api/api-error.js';
import { plans, type PlanAnswer } from '../api/plan-endpoints.js';
import { today } from '../app/ids.js';
import { PLAN_CHANGES_PREFIX, readSealed, removeSealed, writeSealed } from '../device/device-storage.js';
import { parseJsonObject } from '../device/sealed-text.js';
import { meetServer, parsePlanChanges, withChanges, type PlanChange, type PlanChoices, type PlanConflict } from './plan-changes.js';
import { isTakenOnVisit } from './visit-store.js';

/**
 * The plan changes of a case taken on a visit, made without a connection (issue 16): kept in
 * order, sealed with the device key like a map's draft (`planchanges:<caseId>`), shown on the
 * plan at once (../offline/plan-changes.ts `withChanges`) and sent as the plan API's own requests
 * with the plan version (If-Match) once the connection is back. A change the server's plan no
 * longer fits waits for the worker's choice; nothing is dropped unseen.
 */
const entryName = (caseId: string) => `${PLAN_CHANGES_PREFIX}${caseId}`;
const entryContext = (caseId: string) => `planchanges:${caseId}`;

export async function waitingPlanChanges(caseId: string): Promise<PlanChange[]> {
  const json = parseJsonObject(await readSealed(entryName(caseId), entryContext(caseId)));
  return parsePlanChanges(json?.changes);
}

async function writeChanges(caseId: string, changes: readonly PlanChange[]): Promise<boolean> {
  if (changes.length === 0) {
    await removeSealed(entryName(caseId));
    return true;
  }
  return writeSealed(entryName(caseId), entryContext(caseId), JSON.stringify({ changes }));
}

/**
 * Whether a plan change made now waits on the device instead of going to the server: offline on a
 * case taken on a visit, or while earlier changes still wait (they go first, in order).
 */
export function keepsPlanChangesOffline(caseId: string): boolean {
  return (!navigator.onLine && isTakenOnVisit(caseId)) || casesWithPlanChanges().includes(caseId);
}

/** False when nothing could be kept (no device key): the change is then not saved. */
export async function keepPlanChange(caseId: string, change: PlanChange): Promise<boolean> {
  return writeChanges(caseId, [...(await waitingPlanChanges(caseId)), change]);
}

/** The plan answer with the changes still waiting on the device on top (online and offline alike). */
export async function planAsOnDevice(caseId: string): Promise<ApiResult<PlanAnswer | null>> {
  const answer = await plans.get(caseId);
  if (!answer.ok || answer.value === null) return answer;
  const waiting = await waitingPlanChanges(caseId);
  return waiting.length === 0 ? answer : { ok: true, value: { ...answer.value, plan: withChanges(answer.value.plan, waiting, today()) } };
}

export type PlanSendOutcome =
  | { readonly status: 'sent' }
  | { readonly status: 'offline' }
  /** The first waiting change meets the server's plan with these lines to decide. */
  | { readonly status: 'conflict'; readonly change: PlanChange; readonly conflicts: readonly PlanConflict[] }
  /** The server refused the first waiting change for another reason: shown, kept until the worker discards it. */
  | { readonly status: 'refused'; readonly change: PlanChange; readonly error: ApiError };

export function planRequest(caseId: string, version: number, change: PlanChange): Promise<ApiResult<unknown>> {
  switch (change.kind) {
    case 'save': return plans.replace(caseId, version, change.after);
    case 'addAction': return plans.addAction(caseId, version, change.action);
    case 'patchAction': return plans.patchAction(caseId, version, change.actionId, change.patch);
    case 'addReview': return plans.addReview(caseId, version, change.actionId, change.note);
    case 'removeAction': return plans.removeAction(caseId, version, change.actionId);
  }
}

const sending = new Map<string, Promise<PlanSendOutcome>>();

/**
 * Sends the waiting changes in order: each is checked against the server's plan read fresh, then
 * goes with that plan's version; someone saving in between (409) makes it read and try again.
 * `choices` decide the lines of the first change (from the conflict screen).
 */
export function sendPlanChanges(caseId: string, choices?: PlanChoices): Promise<PlanSendOutcome> {
  const running = sending.get(caseId);
  if (running && !choices) return running;
  const run = (running ?? Promise.resolve()).then(() => sendInOrder(caseId, choices));
  const settled = run.finally(() => { if (sending.get(caseId) === settled) sending.delete(caseId); });
  sending.set(caseId, settled);
  return settled;
}

async function sendInOrder(caseId: string, choices: PlanChoices | undefined): Promise<PlanSendOutcome> {
  let decided = choices;
  for (let tries = 0; tries < 20;) {
    const [first, ...rest] = await waitingPlanChanges(caseId);
    if (!first) return { status: 'sent' };
    // Read fresh for syncing: a kept copy never stands in for the server's plan.
    const fresh = await plans.getFresh(caseId);
    if (!fresh.ok) return fresh.error.kind === 'network' ? { status: 'offline' } : { status: 'refused', change: first, error: fresh.error };
    // The plan is gone on the server (the case's plan was removed meanwhile): shown, never dropped unseen.
    if (fresh.value === null) return { status: 'refused', change: first, error: { kind: 'not_found', status: 404, code: 'not_found', message: '', issues: [], currentVersion: null } };
    const met = meetServer(fresh.value.plan, first, today(), decided ?? {});
    // A line nobody decided (also one that appeared since the choice) is asked, never settled unseen.
    if (met.conflicts.some((c) => decided?.[c.key] === undefined)) return { status: 'conflict', change: first, conflicts: met.conflicts };
    decided = undefined;
    if (met.change) {
      const result = await planRequest(caseId, fresh.value.version, met.change);
      if (!result.ok && result.error.kind === 'network') return { status: 'offline' };
      if (!result.ok && result.error.kind === 'conflict') { tries++; await writeChanges(caseId, [met.change, ...rest]); continue; }
      if (!result.ok) {
        await writeChanges(caseId, [met.change, ...rest]);
        return { status: 'refused', change: met.change, error: result.error };
      }
    }
    await writeChanges(caseId, rest);
  }
  return { status: 'offline' };
}

/** The worker leaves the first waiting change out (conflict screen, or after a refusal); the rest goes on. */
export async function discardThenSend(caseId: string): Promise<PlanSendOutcome> {
  const [, ...rest] = await waitingPlanChanges(caseId);
  await writeChanges(caseId, rest);
  return sendPlanChanges(caseId);
}

/** The cases with plan changes waiting on the device (no key needed: the names are opaque ids). */
export function casesWithPlanChanges(): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(PLAN_CHANGES_PREFIX)) ids.push(name.slice(PLAN_CHANGES_PREFIX.length));
    }
  } catch {
    // Storage off: nothing waits.
  }
  return ids;
}

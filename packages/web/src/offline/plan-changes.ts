import { addAction, addReviewNote, setActionStatus, type Action, type ActionInput, type NetworkPlan, type ReviewNote } from '@netwerkkracht/core';
import type { ActionPatch, PlanBody } from '../api/plan-endpoints.js';

/**
 * Plan changes made without a connection (issue 16), as data: each is one of the plan API's own
 * requests, kept on the device and sent in order when the connection is back. Pure rules PQ1–PQ6
 * (docs/offline.md): how a change shows on the device, and how it meets the server's plan.
 */
export type PlanChange =
  /** PUT /plan: the whole plan as the worker saw it before and after (goals, starting question, Eigen Kracht). */
  | { readonly kind: 'save'; readonly before: PlanBody; readonly after: PlanBody }
  /** POST /plan/actions, with the id made on the device. */
  | { readonly kind: 'addAction'; readonly action: ActionInput & { readonly id: string } }
  /** PATCH /plan/actions/:id; `before` is the action as the worker saw it. */
  | { readonly kind: 'patchAction'; readonly actionId: string; readonly patch: ActionPatch; readonly before: Action }
  /** POST /plan/actions/:id/reviews. */
  | { readonly kind: 'addReview'; readonly actionId: string; readonly note: ReviewNote; readonly before: Action }
  /** DELETE /plan/actions/:id; `before` is the action as the worker saw it. */
  | { readonly kind: 'removeAction'; readonly actionId: string; readonly before: Action };

/** One line the worker decides: `field` '*' is the whole goal or action (one side removed it). */
export interface PlanConflict {
  readonly key: string;
  readonly item: 'plan' | 'goal' | 'action';
  /** The goal's words or the action's text, to recognise it by. */
  readonly label: string;
  readonly field: string;
  readonly mine: unknown;
  readonly theirs: unknown;
  /** False where the worker's side cannot be kept (an action for a goal that is gone). */
  readonly mineOffered: boolean;
}

export type PlanChoice = 'mine' | 'theirs';
export type PlanChoices = Readonly<Record<string, PlanChoice>>;

/** Equal as data: the order of an object's fields does not count, a missing field equals null. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value ?? null;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

type Item = Readonly<Record<string, unknown>> & { readonly id: string };
const labelOf = (item: Item | undefined) => String(item?.words ?? item?.what ?? '');

/** Without a choice, a conflict keeps the server's side: nothing is overwritten unseen. */
function merged<T>(conflict: PlanConflict, mine: T, theirs: T, choices: PlanChoices, out: PlanConflict[]): T {
  out.push(conflict);
  return choices[conflict.key] === 'mine' && conflict.mineOffered ? mine : theirs;
}

/** PQ2: goals or actions by id, field by field, on the server's list (as the map's rules TW1–TW4). */
function mergeList(kind: 'goal' | 'action', base: readonly Item[], mine: readonly Item[], theirs: readonly Item[], choices: PlanChoices, out: PlanConflict[]): Item[] {
  const byId = (list: readonly Item[]) => new Map(list.map((i) => [i.id, i]));
  const b = byId(base);
  const m = byId(mine);
  const result = new Map(theirs.map((i) => [i.id, i] as [string, Item | undefined]));
  for (const id of new Set([...b.keys(), ...m.keys()])) {
    const was = b.get(id);
    const now = m.get(id);
    const server = result.get(id);
    if (same(was, now)) continue;
    const key = `${kind}:${id}:*`;
    if (!now) {
      // Removed by the worker: gone unless the other side changed it meanwhile.
      if (!server || same(server, was)) result.delete(id);
      else result.set(id, merged({ key, item: kind, label: labelOf(server), field: '*', mine: undefined, theirs: server, mineOffered: true }, undefined, server, choices, out));
      continue;
    }
    if (!server) {
      // Added by the worker, or changed by the worker and removed on the server.
      result.set(id, was ? merged({ key, item: kind, label: labelOf(now), field: '*', mine: now, theirs: undefined, mineOffered: true }, now, undefined, choices, out) : now);
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const field of new Set([...Object.keys(was ?? {}), ...Object.keys(now), ...Object.keys(server)])) {
      const [w, n, s] = [was?.[field], now[field], server[field]];
      const value = same(n, w) || same(s, n) ? s
        : same(s, w) ? n
          : merged({ key: `${kind}:${id}:${field}`, item: kind, label: labelOf(server), field, mine: n, theirs: s, mineOffered: true }, n, s, choices, out);
      if (value !== undefined) fields[field] = value;
    }
    result.set(id, { ...fields, id });
  }
  return [...result.values()].filter((i): i is Item => i !== undefined);
}

/** PQ1 + PQ2: the worker's save on top of the server's plan; fields only one side changed merge. */
export function mergeSave(server: PlanBody, before: PlanBody, after: PlanBody, choices: PlanChoices = {}): { body: PlanBody; conflicts: PlanConflict[] } {
  const out: PlanConflict[] = [];
  const s = server as unknown as Record<string, unknown>;
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(s), ...Object.keys(b), ...Object.keys(a)])) {
    if (field === 'goals' || field === 'actions') {
      const list = (r: Record<string, unknown>) => (Array.isArray(r[field]) ? r[field] as Item[] : []);
      body[field] = mergeList(field === 'goals' ? 'goal' : 'action', list(b), list(a), list(s), choices, out);
      continue;
    }
    const value = same(a[field], b[field]) || same(s[field], a[field]) ? s[field]
      : same(s[field], b[field]) ? a[field]
        : merged({ key: `plan::${field}`, item: 'plan', label: '', field, mine: a[field], theirs: s[field], mineOffered: true }, a[field], s[field], choices, out);
    if (value !== undefined) body[field] = value;
  }
  return { body: body as unknown as PlanBody, conflicts: out };
}

/** The action after a PATCH, as the server builds it (null removes goalId/promise; PL17 for status). */
export function patchedAction(action: Action, patch: ActionPatch, today: string): Action {
  const next: Record<string, unknown> = { ...action };
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'status' || value === undefined) continue;
    if (value === null) delete next[field];
    else next[field] = value;
  }
  const plain = next as unknown as Action;
  if (patch.status === undefined || patch.status === action.status) return plain;
  const moved = setActionStatus({ actions: [plain], goals: [] } as unknown as NetworkPlan, action.id, patch.status, today);
  return moved.ok ? (moved.plan.actions[0] as Action) : plain;
}

/**
 * PQ3–PQ5: what the change meets on the server's plan. `change` is what is left to send after the
 * worker's choices (null: nothing), `conflicts` the lines to decide (empty: send as it is).
 */
export function meetServer(server: NetworkPlan, change: PlanChange, today: string, choices: PlanChoices = {}): { change: PlanChange | null; conflicts: PlanConflict[] } {
  const current = server.actions.find((a) => 'actionId' in change && a.id === change.actionId);
  switch (change.kind) {
    case 'save': {
      const serverBody = planBodyOf(server);
      const { body, conflicts } = mergeSave(serverBody, change.before, change.after, choices);
      return { change: same(body, serverBody) ? null : { kind: 'save', before: serverBody, after: body }, conflicts };
    }
    case 'addAction': {
      const goalId = change.action.goalId;
      if (goalId === undefined || server.goals.some((g) => g.id === goalId)) return { change, conflicts: [] };
      // PQ4: the goal it belongs to was removed meanwhile: added without it, or not at all.
      const { goalId: _gone, ...rest } = change.action;
      const conflict: PlanConflict = { key: `action:${change.action.id}:goalId`, item: 'action', label: change.action.what, field: 'goalId', mine: goalId, theirs: undefined, mineOffered: false };
      return { change: { kind: 'addAction', action: rest }, conflicts: [conflict] };
    }
    case 'removeAction': {
      // PQ5: removed on both sides is no conflict; nothing is left to send.
      if (!current || same(current, change.before)) return { change: current ? change : null, conflicts: [] };
      // PQ3: removed on the device, changed meanwhile: the worker decides.
      const key = `action:${change.actionId}:*`;
      const conflict: PlanConflict = { key, item: 'action', label: current.what, field: '*', mine: undefined, theirs: current, mineOffered: true };
      return { change: choices[key] === 'mine' ? change : null, conflicts: [conflict] };
    }
    case 'addReview':
    case 'patchAction': {
      const mineWhole = change.kind === 'addReview'
        ? { ...change.before, reviews: [...change.before.reviews, change.note] }
        : patchedAction(change.before, change.patch, today);
      if (!current) {
        // PQ3: the action was removed meanwhile: added again as the worker has it, or left out.
        const key = `action:${change.actionId}:*`;
        const conflict: PlanConflict = { key, item: 'action', label: change.before.what, field: '*', mine: mineWhole, theirs: undefined, mineOffered: true };
        const again: PlanChange = { kind: 'addAction', action: mineWhole as unknown as ActionInput & { id: string } };
        return { change: choices[key] === 'mine' ? again : null, conflicts: [conflict] };
      }
      if (change.kind === 'addReview') return { change, conflicts: [] };
      // PQ2 for one action: a field the other side changed to something else is the worker's choice.
      const conflicts: PlanConflict[] = [];
      const patch: Record<string, unknown> = {};
      const was = change.before as unknown as Record<string, unknown>;
      const now = current as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(change.patch)) {
        if (value === undefined) continue;
        if (same(now[field], was[field]) || same(now[field], value)) { patch[field] = value; continue; }
        const key = `action:${change.actionId}:${field}`;
        conflicts.push({ key, item: 'action', label: current.what, field, mine: value, theirs: now[field], mineOffered: true });
        if (choices[key] === 'mine') patch[field] = value;
      }
      const left: PlanChange | null = Object.keys(patch).length === 0 ? null : { ...change, patch: patch as ActionPatch, before: current };
      return { change: left, conflicts };
    }
  }
}

export function planBodyOf(plan: NetworkPlan): PlanBody {
  const { id: _id, caseId: _caseId, ...body } = plan;
  return structuredClone(body) as unknown as PlanBody;
}

/**
 * PQ6: the plan as the device shows it: the kept (or server's) plan with every waiting change on
 * top, the worker's side wherever it clashes (the clash itself is asked when sending).
 */
export function withChanges(plan: NetworkPlan, changes: readonly PlanChange[], today: string): NetworkPlan {
  return changes.reduce((p, change) => applyChange(p, change, today), plan);
}

function applyChange(plan: NetworkPlan, change: PlanChange, today: string): NetworkPlan {
  switch (change.kind) {
    case 'save': {
      const { body } = mergeSave(planBodyOf(plan), change.before, change.after, allMine);
      return { ...body, id: plan.id, caseId: plan.caseId } as unknown as NetworkPlan;
    }
    case 'addAction': {
      const added = addAction(plan, change.action);
      if (added.ok) return added.plan;
      if (added.refusal !== 'unknown_goal') return plan;
      const { goalId: _gone, ...rest } = change.action;
      const again = addAction(plan, rest);
      return again.ok ? again.plan : plan;
    }
    case 'patchAction':
      return { ...plan, actions: plan.actions.map((a) => (a.id === change.actionId ? patchedAction(a, change.patch, today) : a)) };
    case 'addReview': {
      const noted = addReviewNote(plan, change.actionId, change.note);
      return noted.ok ? noted.plan : plan;
    }
    case 'removeAction':
      return { ...plan, actions: plan.actions.filter((a) => a.id !== change.actionId) };
  }
}

/** Every line decided for the worker's side: how the device shows its own changes. */
const allMine: PlanChoices = new Proxy({}, { get: () => 'mine' });

/** Reads a stored list of changes back; anything not shaped like a change is left out. */
export function parsePlanChanges(value: unknown): PlanChange[] {
  if (!Array.isArray(value)) return [];
  const kinds = new Set(['save', 'addAction', 'patchAction', 'addReview', 'removeAction']);
  return value.filter((c): c is PlanChange => typeof c === 'object' && c !== null && kinds.has((c as { kind?: unknown }).kind as string));
}

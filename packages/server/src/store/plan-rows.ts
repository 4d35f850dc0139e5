import { NETWORK_PLAN_VERSION, parseNetworkPlan, type Action, type Goal, type NetworkPlan } from '@netwerkkracht/core';
import type { Insertable, Selectable } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { PlanActionsTable, PlanGoalsTable, PlanReviewsTable, PlansTable } from '../db/schema.js';

/**
 * A network plan ↔ its rows. What the family or the worker wrote (the answer to the starting
 * question, goals, action texts, review notes) and every name (owners, who promised, Eigen Kracht
 * participants) is encrypted; codes, dates, statuses and ids stay clear, so the attention lists
 * and research aggregates can be computed on what is clear and nothing personal leaks from them.
 */

/** The people of an action: everything of owner and promise that is not a code or a date. */
interface ActionPeople {
  readonly owner: Record<string, unknown>;
  readonly promise?: { readonly by: unknown; readonly fallback?: string; readonly fallbackOwner?: unknown };
}

type PlanHeader = Omit<Insertable<PlansTable>, 'version' | 'created_at' | 'updated_at'>;

export function planHeaderColumns(cipher: CaseCipher, plan: NetworkPlan): PlanHeader {
  const { answer, language, answeredOn, thinkingAlong } = plan.startingQuestion;
  let eigenKracht: string | null = null;
  let conferenceDate: string | null = null;
  if (plan.madeBy === 'netwerk') {
    const { conferenceDate: date, ...rest } = plan.eigenKracht;
    conferenceDate = date ?? null;
    eigenKracht = cipher.encrypt(JSON.stringify(rest), 'plans.eigen_kracht');
  }
  return {
    id: plan.id,
    case_id: plan.caseId,
    map_id: plan.mapId,
    made_by: plan.madeBy,
    format_version: NETWORK_PLAN_VERSION,
    starting_answer_enc: answer === null ? null : cipher.encrypt(answer, 'plans.starting_answer'),
    starting_language: language ?? null,
    answered_on: answeredOn ?? null,
    thinking_along: JSON.stringify(thinkingAlong),
    conference_date: conferenceDate,
    eigen_kracht_enc: eigenKracht,
  };
}

export function goalRows(cipher: CaseCipher, planId: string, goals: readonly Goal[]): Insertable<PlanGoalsTable>[] {
  return goals.map((goal, seq) => ({
    plan_id: planId,
    id: goal.id,
    seq,
    domain: goal.domain,
    status: goal.status,
    language: goal.language ?? null,
    words_enc: cipher.encrypt(goal.words, 'plan_goals.words'),
    worker_note_enc: goal.workerNote === undefined ? null : cipher.encrypt(goal.workerNote, 'plan_goals.worker_note'),
  }));
}

export function actionRows(cipher: CaseCipher, planId: string, actions: readonly Action[]): Insertable<PlanActionsTable>[] {
  return actions.map((action, seq) => {
    const { kind: ownerKind, ...owner } = action.owner;
    const promise = action.promise;
    const people: ActionPeople = {
      owner,
      ...(promise ? { promise: { by: promise.by, ...(promise.fallback !== undefined ? { fallback: promise.fallback } : {}), ...(promise.fallbackOwner ? { fallbackOwner: promise.fallbackOwner } : {}) } } : {}),
    };
    const link = action.link;
    return {
      plan_id: planId,
      id: action.id,
      seq,
      goal_id: action.goalId ?? null,
      kind: action.kind,
      status: action.status,
      due: action.due,
      done_on: action.doneOn ?? null,
      link_kind: link?.kind ?? null,
      link_target: link === null ? null : link.kind === 'gat' ? link.function : link.alterId,
      owner_kind: ownerKind,
      promised_on: promise?.promisedOn ?? null,
      follow_up_by: promise?.followUpBy ?? null,
      origin_rule: action.origin?.rule ?? null,
      origin_model: action.origin?.model ?? null,
      origin_initiative: action.origin?.initiativeId ?? null,
      origin_local_service: action.origin?.localServiceId ?? null,
      what_enc: cipher.encrypt(action.what, 'plan_actions.what'),
      people_enc: cipher.encrypt(JSON.stringify(people), 'plan_actions.people'),
    };
  });
}

export function reviewRows(cipher: CaseCipher, planId: string, actions: readonly Action[]): Insertable<PlanReviewsTable>[] {
  return actions.flatMap((action) => action.reviews.map((note, seq) => ({
    plan_id: planId,
    action_id: action.id,
    seq,
    date: note.date,
    author: note.by ?? null,
    text_enc: cipher.encrypt(note.text, 'plan_reviews.text'),
  })));
}

const defined = <T extends Record<string, unknown>>(record: T): Partial<T> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;

/**
 * Rebuilds the plan and parses it with the core schema: a row edited by hand that no longer makes
 * a valid plan is a bug on our side (500), never silently passed on.
 */
export function planFromRows(
  cipher: CaseCipher,
  header: Selectable<PlansTable>,
  goals: readonly Selectable<PlanGoalsTable>[],
  actions: readonly Selectable<PlanActionsTable>[],
  reviews: readonly Selectable<PlanReviewsTable>[],
): NetworkPlan {
  const reviewsOf = new Map<string, Selectable<PlanReviewsTable>[]>();
  for (const r of reviews) {
    const list = reviewsOf.get(r.action_id);
    if (list) list.push(r);
    else reviewsOf.set(r.action_id, [r]);
  }
  const input = {
    version: header.format_version,
    id: header.id,
    caseId: header.case_id,
    mapId: header.map_id,
    madeBy: header.made_by,
    startingQuestion: {
      answer: header.starting_answer_enc === null ? null : cipher.decrypt(header.starting_answer_enc, 'plans.starting_answer'),
      ...defined({ language: header.starting_language, answeredOn: header.answered_on }),
      thinkingAlong: JSON.parse(header.thinking_along) as unknown,
    },
    goals: [...goals].sort((a, b) => a.seq - b.seq).map((g) => ({
      id: g.id,
      domain: g.domain,
      words: cipher.decrypt(g.words_enc, 'plan_goals.words'),
      status: g.status,
      ...defined({ language: g.language, workerNote: g.worker_note_enc === null ? null : cipher.decrypt(g.worker_note_enc, 'plan_goals.worker_note') }),
    })),
    actions: [...actions].sort((a, b) => a.seq - b.seq).map((a) => {
      const people = JSON.parse(cipher.decrypt(a.people_enc, 'plan_actions.people')) as ActionPeople;
      const origin = a.origin_rule === null ? undefined : {
        rule: a.origin_rule,
        ...defined({ model: a.origin_model, initiativeId: a.origin_initiative, localServiceId: a.origin_local_service }),
      };
      return {
        id: a.id,
        what: cipher.decrypt(a.what_enc, 'plan_actions.what'),
        ...defined({ goalId: a.goal_id, doneOn: a.done_on }),
        link: a.link_kind === null ? null : a.link_kind === 'gat' ? { kind: 'gat', function: a.link_target } : { kind: a.link_kind, alterId: a.link_target },
        owner: { kind: a.owner_kind, ...people.owner },
        kind: a.kind,
        due: a.due,
        status: a.status,
        reviews: (reviewsOf.get(a.id) ?? []).sort((x, y) => x.seq - y.seq).map((r) => ({
          date: r.date,
          text: cipher.decrypt(r.text_enc, 'plan_reviews.text'),
          ...defined({ by: r.author }),
        })),
        ...(people.promise ? { promise: { ...people.promise, ...defined({ promisedOn: a.promised_on, followUpBy: a.follow_up_by }) } } : {}),
        ...(origin ? { origin } : {}),
      };
    }),
    ...(header.made_by === 'netwerk' && header.eigen_kracht_enc !== null
      ? { eigenKracht: { ...(JSON.parse(cipher.decrypt(header.eigen_kracht_enc, 'plans.eigen_kracht')) as object), ...defined({ conferenceDate: header.conference_date }) } }
      : {}),
  };
  const parsed = parseNetworkPlan(input);
  if (!parsed.ok) throw new Error(`stored plan ${header.id} does not parse: ${parsed.issues.map((i) => i.code).join(', ')}`);
  return parsed.value;
}

import { LIFE_DOMAINS, type GoalStatus, type LifeDomain } from '@netwerkkracht/core';
import type { PlanBody } from '../api/plan-endpoints.js';

/**
 * Changing and removing goals in the plan body that is saved whole (PUT, with the plan version).
 * Pure: the server refuses an action whose goalId names no goal, so removing a goal unlinks its
 * actions in the same save.
 */
export interface GoalChanges {
  readonly domain?: LifeDomain;
  /** The family's words; empty text keeps the words that were there. */
  readonly words?: string;
  readonly status?: GoalStatus;
  /** The worker's own note (never in the family version); empty text or null removes it. */
  readonly workerNote?: string | null;
}

export function withGoalChanged(plan: PlanBody, goalId: string, changes: GoalChanges): PlanBody {
  const goals = (plan.goals ?? []).map((goal) => {
    if (goal.id !== goalId) return goal;
    const { workerNote, ...rest } = goal;
    const note = (changes.workerNote === undefined ? workerNote : changes.workerNote)?.trim() ?? '';
    const words = changes.words?.trim() ?? '';
    return {
      ...rest,
      ...(changes.domain ? { domain: changes.domain } : {}),
      ...(words !== '' ? { words: words.slice(0, 2000) } : {}),
      ...(changes.status ? { status: changes.status } : {}),
      ...(note !== '' ? { workerNote: note.slice(0, 4000) } : {}),
    };
  });
  return { ...plan, goals };
}

/** The goal is gone; its actions stay in the plan, belonging to no goal. */
export function withoutGoal(plan: PlanBody, goalId: string): PlanBody {
  return {
    ...plan,
    goals: (plan.goals ?? []).filter((g) => g.id !== goalId),
    actions: (plan.actions ?? []).map((action) => {
      if (action.goalId !== goalId) return action;
      const { goalId: _goalId, ...rest } = action;
      return rest;
    }),
  };
}

/** Goals in VONK's order of life domains, goals of one domain in the order they were added. */
export function goalsInDomainOrder<G extends { readonly domain: LifeDomain }>(goals: readonly G[]): readonly G[] {
  return goals
    .map((goal, order) => ({ goal, order, rank: LIFE_DOMAINS.indexOf(goal.domain) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ goal }) => goal);
}

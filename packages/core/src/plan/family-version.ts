import { LIFE_DOMAINS, type LifeDomain } from '../vocabularies/index.js';
import type { Action } from './action.js';
import type { EigenKracht } from './eigen-kracht.js';
import type { Goal } from './goal.js';
import type { NetworkPlan, PlanAuthor } from './network-plan.js';
import type { StartingQuestion } from './starting-question.js';

export interface FamilyGoal {
  readonly goal: Omit<Goal, 'workerNote'>;
  readonly actions: readonly Action[];
}

/**
 * The family's version of the plan (seed 001: a goal plan in two versions, one for the family in
 * their own words and language), for printing or keeping. It holds the goals as the family wrote
 * them, grouped by life domain in VONK's order, each with its actions; the worker's own notes on
 * goals are left out. Actions without a goal are listed apart.
 */
export interface FamilyPlanVersion {
  readonly madeBy: PlanAuthor;
  readonly startingQuestion: StartingQuestion;
  readonly domains: readonly { readonly domain: LifeDomain; readonly goals: readonly FamilyGoal[] }[];
  readonly otherActions: readonly Action[];
  readonly eigenKracht: EigenKracht | null;
}

export function familyVersion(plan: NetworkPlan): FamilyPlanVersion {
  const domains = LIFE_DOMAINS.map((domain) => ({
    domain,
    goals: plan.goals
      .filter((goal) => goal.domain === domain)
      .map((goal): FamilyGoal => {
        const { workerNote: _workerNote, ...shared } = goal;
        return { goal: shared, actions: plan.actions.filter((a) => a.goalId === goal.id) };
      }),
  })).filter((d) => d.goals.length > 0);
  const goalIds = new Set<string>(plan.goals.map((g) => g.id));
  return {
    madeBy: plan.madeBy,
    startingQuestion: plan.startingQuestion,
    domains,
    otherActions: plan.actions.filter((a) => a.goalId === undefined || !goalIds.has(a.goalId)),
    eigenKracht: plan.madeBy === 'netwerk' ? plan.eigenKracht : null,
  };
}

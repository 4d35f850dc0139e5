import { LIFE_DOMAINS, type LifeDomain } from '../vocabularies/index.js';
import type { NetworkPlan } from '../plan/network-plan.js';
import type { GoalStatus } from '../plan/goal.js';

/** The two versions of VONK's goal plan: the family's own and the worker's. */
export const DOELENPLAN_VIEWS = ['gezin', 'begeleider'] as const;
export type DoelenplanView = (typeof DOELENPLAN_VIEWS)[number];

export interface DoelenplanGoal {
  readonly id: string;
  readonly words: string;
  readonly language?: string;
  readonly status: GoalStatus;
  /** Worker's version only. */
  readonly workerNote?: string;
  /** Worker's version only: how many plan actions serve this goal. */
  readonly actionCount?: number;
}

/**
 * [DP1] The doelenplan per life domain is a view on the network plan's goals, not a second list:
 * all nine VONK domains in their order (empty ones too, so the family sees where it could set a
 * goal), each with the goals in the parents' words and language. The family's version never
 * carries the worker's note or the count of actions; the worker's version does.
 */
export function doelenplan(plan: Pick<NetworkPlan, 'goals' | 'actions'>, view: DoelenplanView): { readonly domain: LifeDomain; readonly goals: readonly DoelenplanGoal[] }[] {
  return LIFE_DOMAINS.map((domain) => ({
    domain,
    goals: plan.goals.filter((g) => g.domain === domain).map((g): DoelenplanGoal => ({
      id: g.id,
      words: g.words,
      ...(g.language !== undefined ? { language: g.language } : {}),
      status: g.status,
      ...(view === 'begeleider' && g.workerNote !== undefined ? { workerNote: g.workerNote } : {}),
      ...(view === 'begeleider' ? { actionCount: plan.actions.filter((a) => a.goalId === g.id).length } : {}),
    })),
  }));
}

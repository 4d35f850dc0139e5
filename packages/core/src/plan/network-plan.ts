import { z } from 'zod';
import { CaseIdSchema, MapIdSchema, type DeepReadonly } from '../records/index.js';
import { ActionSchema } from './action.js';
import { EigenKrachtSchema } from './eigen-kracht.js';
import { GoalSchema } from './goal.js';
import { PlanIdSchema } from './plan-ids.js';
import { StartingQuestionSchema } from './starting-question.js';

/** Version of the saved plan format; bump it with a migration when the shape changes. */
export const NETWORK_PLAN_VERSION = 1;

const common = {
  version: z.literal(NETWORK_PLAN_VERSION).default(NETWORK_PLAN_VERSION),
  id: PlanIdSchema,
  caseId: CaseIdSchema,
  /** The map whose alter ids the plan refers to. */
  mapId: MapIdSchema,
  startingQuestion: StartingQuestionSchema.default({ answer: null, thinkingAlong: [] }),
  goals: z.array(GoalSchema).max(60).default([]),
  actions: z.array(ActionSchema).max(500).default([]),
};

/**
 * The network plan of a case (domain.md §6). `madeBy` marks the authorship: `gezin` a plan the
 * family makes with its worker; `netwerk` a plan the network made itself in an Eigen
 * Kracht-conferentie, which then must record the conference (who took part, own strengths,
 * professional help asked). One schema, reused for stored plans and API bodies.
 */
export const NetworkPlanSchema = z.discriminatedUnion('madeBy', [
  z.strictObject({ ...common, madeBy: z.literal('gezin') }),
  z.strictObject({ ...common, madeBy: z.literal('netwerk'), eigenKracht: EigenKrachtSchema }),
]);

export const PLAN_AUTHORS = ['gezin', 'netwerk'] as const;
export type PlanAuthor = (typeof PLAN_AUTHORS)[number];

export type NetworkPlan = DeepReadonly<z.output<typeof NetworkPlanSchema>>;
export type NetworkPlanInput = z.input<typeof NetworkPlanSchema>;

/** An empty plan for a case, made with the family (the server passes the ids in). */
export function createNetworkPlan(ids: { id: string; caseId: string; mapId: string }): NetworkPlan {
  return NetworkPlanSchema.parse({ madeBy: 'gezin', ...ids });
}

/** True when the network made the plan itself (Eigen Kracht): the plan is theirs to change. */
export function isNetworkAuthored(plan: NetworkPlan): plan is Extract<NetworkPlan, { madeBy: 'netwerk' }> {
  return plan.madeBy === 'netwerk';
}

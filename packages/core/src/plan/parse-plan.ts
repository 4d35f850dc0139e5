import { fromZodIssues, type Issue } from '../format/issues.js';
import { NetworkPlanSchema, type NetworkPlan } from './network-plan.js';

export type ParsePlanResult = { readonly ok: true; readonly value: NetworkPlan } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Parses a plan from untrusted input (an API body, a stored row). Never throws: problems come back
 * as issues with their path, in the map format's catalogue of messages.
 */
export function parseNetworkPlan(input: unknown): ParsePlanResult {
  const result = NetworkPlanSchema.safeParse(input);
  if (!result.success) return { ok: false, issues: fromZodIssues(result.error.issues) };
  return { ok: true, value: result.data as NetworkPlan };
}

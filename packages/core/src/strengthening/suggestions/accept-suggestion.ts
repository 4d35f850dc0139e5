import type { Action } from '../../plan/action.js';
import type { ActionLink } from '../../plan/action-link.js';
import type { NetworkPlan } from '../../plan/network-plan.js';
import { ActionSchema } from '../../plan/action.js';
import type { Suggestion, SuggestionChoice } from './suggestion.js';

/** Why a choice cannot be accepted: expected failures (a stale or tampered request), typed. */
export const ACCEPT_REFUSALS = [
  'wrong_suggestion',
  'model_not_offered',
  'initiative_not_offered',
  'local_service_not_offered',
  'person_not_in_suggestion',
  'unknown_goal',
  'duplicate_action_id',
] as const;
export type AcceptRefusal = (typeof ACCEPT_REFUSALS)[number];

export type AcceptResult = { readonly ok: true; readonly plan: NetworkPlan; readonly action: Action } | { readonly ok: false; readonly refusal: AcceptRefusal };

/**
 * SA1–SA4: the family accepted a suggestion; it becomes a plan action. Returns a new plan (the old
 * one is not changed) with the action appended, linked as the suggestion says (SA2: a gap, a
 * person, a wished-for person; for a suggestion about several people, the person chosen), with its
 * origin recorded (SA3: rule and chosen model, initiative or local service). SA4: a choice the
 * suggestion did not offer is refused, never widened; `ids.actionId` must be new in the plan.
 */
export function acceptSuggestion(
  plan: NetworkPlan,
  suggestion: Suggestion,
  choice: SuggestionChoice,
  ids: { readonly actionId: string },
): AcceptResult {
  if (choice.suggestionId !== suggestion.id) return { ok: false, refusal: 'wrong_suggestion' };
  if (choice.model !== undefined && !suggestion.models.includes(choice.model)) return { ok: false, refusal: 'model_not_offered' };
  if (choice.initiativeId !== undefined && !suggestion.initiatives.includes(choice.initiativeId)) return { ok: false, refusal: 'initiative_not_offered' };
  if (choice.localServiceId !== undefined && !suggestion.localServices.includes(choice.localServiceId)) return { ok: false, refusal: 'local_service_not_offered' };
  if (choice.goalId !== undefined && !plan.goals.some((g) => g.id === choice.goalId)) return { ok: false, refusal: 'unknown_goal' };
  if (plan.actions.some((a) => a.id === ids.actionId)) return { ok: false, refusal: 'duplicate_action_id' };

  let link: ActionLink | null = suggestion.link;
  if (choice.alterId !== undefined) {
    if (!suggestion.alterIds.includes(choice.alterId)) return { ok: false, refusal: 'person_not_in_suggestion' };
    if (link === null) link = { kind: 'persoon', alterId: choice.alterId };
  }

  const action = ActionSchema.parse({
    id: ids.actionId,
    what: choice.what,
    ...(choice.goalId !== undefined ? { goalId: choice.goalId } : {}),
    link,
    owner: choice.owner,
    kind: choice.kind,
    due: choice.due,
    status: 'open',
    origin: {
      rule: suggestion.rule,
      ...(choice.model !== undefined ? { model: choice.model } : {}),
      ...(choice.initiativeId !== undefined ? { initiativeId: choice.initiativeId } : {}),
      ...(choice.localServiceId !== undefined ? { localServiceId: choice.localServiceId } : {}),
    },
  }) as Action;
  return { ok: true, plan: { ...plan, actions: [...plan.actions, action] }, action };
}

/** The suggestion with this id, or undefined (the server recomputes suggestions and looks up the client's choice). */
export function findSuggestion(suggestions: readonly Suggestion[], id: string): Suggestion | undefined {
  return suggestions.find((s) => s.id === id);
}

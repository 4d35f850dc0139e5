import { z } from 'zod';
import { AlterIdSchema, type AlterId } from '../../records/index.js';
import type { SupportFunction } from '../../vocabularies/index.js';
import type { WorkingModelCode } from '../../catalogue/types.js';
import { GoalIdSchema } from '../../plan/plan-ids.js';
import { ACTION_KINDS } from '../../plan/action.js';
import type { ActionLink } from '../../plan/action-link.js';
import { OwnerSchema } from '../../plan/owner.js';
import { IsoDateSchema } from '../../records/index.js';
import { WORKING_MODEL_CODES } from '../../catalogue/types.js';
import { LocalServiceIdSchema, type LocalServiceId } from '../sociale-kaart/local-service-id.js';
import type { SuggestionRuleId } from './rule-ids.js';

/** Why a suggestion is made: a stable code and the values its translated text needs. */
export const SUGGESTION_REASON_CODES = [
  'no_informal_emotional_support',
  'gap_none',
  'gap_formal_only',
  'small_network',
  'key_person',
  'possibly_overloaded',
  'key_person_possibly_overloaded',
  'high_professional_dependence',
  'dormant_person',
  'wished_person',
  'few_bridging_ties',
  'low_reciprocity',
  'isolated_people',
  'network_reacts_to_change',
] as const;
export type SuggestionReasonCode = (typeof SUGGESTION_REASON_CODES)[number];

export interface SuggestionReason {
  readonly code: SuggestionReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * A suggestion: one rule that fired, with its reason, what an accepted action would be linked to,
 * and the options the family may choose from. Options are in catalogue order (working models in
 * the order of seed 003, initiatives in catalogue order, local services in the order of the
 * sociale kaart) and carry no score: models are never ranked against each other.
 */
export interface Suggestion {
  /** Stable for the same snapshot: the rule id, with the function or alter it is about. */
  readonly id: string;
  readonly rule: SuggestionRuleId;
  readonly reason: SuggestionReason;
  readonly link: ActionLink | null;
  /** The people it is about (key person, dormant, wished-for, isolated), in map order. */
  readonly alterIds: readonly AlterId[];
  /** The support functions it is about, in settings order. */
  readonly functions: readonly SupportFunction[];
  readonly models: readonly WorkingModelCode[];
  /** Ids of catalogue initiatives (INITIATIVES). */
  readonly initiatives: readonly string[];
  readonly localServices: readonly LocalServiceId[];
}

/**
 * What the family chose when accepting a suggestion, and the action it becomes. One schema for the
 * API body and the core: the server recomputes the suggestions and looks `suggestionId` up, so a
 * client cannot make up a suggestion. The new action's id is not part of the choice: the server
 * makes it.
 */
export const SuggestionChoiceSchema = z.strictObject({
  suggestionId: z.string().min(1).max(200),
  what: z.string().trim().min(1).max(1000),
  owner: OwnerSchema,
  kind: z.enum(ACTION_KINDS),
  due: IsoDateSchema.nullable().default(null),
  goalId: GoalIdSchema.optional(),
  model: z.enum(WORKING_MODEL_CODES).optional(),
  initiativeId: z.string().regex(/^[a-z0-9-]{1,80}$/).optional(),
  localServiceId: LocalServiceIdSchema.optional(),
  /** For a suggestion about several people: the one this action is about. */
  alterId: AlterIdSchema.optional(),
});
export type SuggestionChoice = z.output<typeof SuggestionChoiceSchema>;

import { z } from 'zod';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';
import { WORKING_MODEL_CODES } from '../catalogue/types.js';
import { SUGGESTION_RULE_IDS } from '../strengthening/suggestions/rule-ids.js';
import { LocalServiceIdSchema } from '../strengthening/sociale-kaart/local-service-id.js';
import { ActionLinkSchema } from './action-link.js';
import { OwnerSchema } from './owner.js';
import { ActionIdSchema, GoalIdSchema } from './plan-ids.js';
import { PromisedHelpSchema } from './promise.js';
import { ReviewNoteSchema } from './review-note.js';

/** meedenken: someone thinks along; doen: someone does something. */
export const ACTION_KINDS = ['meedenken', 'doen'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * open: not started; bezig: under way; gedaan: done; gestopt: no longer wanted or needed (the
 * family may drop an action; it then no longer asks for attention).
 */
export const ACTION_STATUSES = ['open', 'bezig', 'gedaan', 'gestopt'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Where an action came from when it was an accepted suggestion: the rule, and what the family
 * chose (a working model, a catalogue initiative or a local service of the sociale kaart).
 */
export const ActionOriginSchema = z.strictObject({
  rule: z.enum(SUGGESTION_RULE_IDS),
  model: z.enum(WORKING_MODEL_CODES).optional(),
  initiativeId: z.string().regex(/^[a-z0-9-]{1,80}$/).optional(),
  localServiceId: LocalServiceIdSchema.optional(),
});

export const ActionSchema = z.strictObject({
  id: ActionIdSchema,
  /** What will happen, preferably in the family's words. */
  what: z.string().trim().min(1).max(1000),
  goalId: GoalIdSchema.optional(),
  link: ActionLinkSchema.nullable().default(null),
  owner: OwnerSchema,
  kind: z.enum(ACTION_KINDS),
  /** Null: no date agreed (often for thinking along). */
  due: IsoDateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
  /** The day it was marked done, to relate it to the snapshots around it. */
  doneOn: IsoDateSchema.optional(),
  reviews: z.array(ReviewNoteSchema).max(200).default([]),
  promise: PromisedHelpSchema.optional(),
  origin: ActionOriginSchema.optional(),
});

export type ActionOrigin = DeepReadonly<z.output<typeof ActionOriginSchema>>;
export type Action = DeepReadonly<z.output<typeof ActionSchema>>;
export type ActionInput = z.input<typeof ActionSchema>;

/** PL1: an action asks for work while it is open or under way. */
export function isOpenAction(action: Pick<Action, 'status'>): boolean {
  return action.status === 'open' || action.status === 'bezig';
}

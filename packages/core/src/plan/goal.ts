import { z } from 'zod';
import type { DeepReadonly } from '../records/index.js';
import { LIFE_DOMAINS } from '../vocabularies/index.js';
import { FamilyTextSchema, LanguageTagSchema } from './family-text.js';
import { GoalIdSchema } from './plan-ids.js';

export const GOAL_STATUSES = ['lopend', 'bereikt', 'losgelaten'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * A goal on one of VONK's nine life domains (seed 001: a goal plan per domain, in two versions; the
 * parents write their goals in their own version, in their own language). `words` is the family's
 * own wording and is what the family version shows; `workerNote` is only in the worker's version.
 */
export const GoalSchema = z.strictObject({
  id: GoalIdSchema,
  domain: z.enum(LIFE_DOMAINS),
  words: FamilyTextSchema,
  language: LanguageTagSchema.optional(),
  status: z.enum(GOAL_STATUSES).default('lopend'),
  workerNote: z.string().trim().min(1).max(4000).optional(),
});

export type Goal = DeepReadonly<z.output<typeof GoalSchema>>;

import type { z } from 'zod';
import { idSchema } from '../records/ids.js';

/**
 * Identifiers of plan records, branded like the map's ids (same pattern: letters, digits, '-' and
 * '_', at most 64) so that an action id cannot be passed where a goal id is expected. The core
 * makes no ids itself (it has no randomness): callers pass them in.
 */

export const PlanIdSchema = idSchema('PlanId');
export const GoalIdSchema = idSchema('GoalId');
export const ActionIdSchema = idSchema('ActionId');

export type PlanId = z.output<typeof PlanIdSchema>;
export type GoalId = z.output<typeof GoalIdSchema>;
export type ActionId = z.output<typeof ActionIdSchema>;

export const planId = (value: string): PlanId => PlanIdSchema.parse(value);
export const goalId = (value: string): GoalId => GoalIdSchema.parse(value);
export const actionId = (value: string): ActionId => ActionIdSchema.parse(value);

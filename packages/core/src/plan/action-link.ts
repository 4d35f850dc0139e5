import { z } from 'zod';
import { AlterIdSchema, SupportFunctionSchema, type DeepReadonly } from '../records/index.js';

/**
 * What an action is about (domain.md §6): a person on the map, a gap (a support function without an
 * informal provider) or a wished-for person (an alter with status gewenst). Null on the action when
 * it is about the network as a whole (for example: join a group).
 */
export const ActionLinkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('persoon'), alterId: AlterIdSchema }),
  z.strictObject({ kind: z.literal('gat'), function: SupportFunctionSchema }),
  z.strictObject({ kind: z.literal('gewenst'), alterId: AlterIdSchema }),
]);

export type ActionLink = DeepReadonly<z.output<typeof ActionLinkSchema>>;
export const ACTION_LINK_KINDS = ['persoon', 'gat', 'gewenst'] as const;
export type ActionLinkKind = (typeof ACTION_LINK_KINDS)[number];

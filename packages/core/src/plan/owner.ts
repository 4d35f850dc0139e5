import { z } from 'zod';
import { AlterIdSchema, nameTextSchema, PersonIdSchema, type DeepReadonly } from '../records/index.js';

const name = nameTextSchema(120);

/**
 * Who takes an action up (domain.md §6): the person (or a member of the household, by personId), a
 * network member on the map, the worker, or a volunteer (who need not be on the map yet).
 */
export const OwnerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('persoon'), personId: PersonIdSchema.optional() }),
  z.strictObject({ kind: z.literal('netwerklid'), alterId: AlterIdSchema }),
  z.strictObject({ kind: z.literal('begeleider'), name: name.optional() }),
  z.strictObject({ kind: z.literal('vrijwilliger'), name: name.optional(), alterId: AlterIdSchema.optional() }),
]);

export type Owner = DeepReadonly<z.output<typeof OwnerSchema>>;
export const OWNER_KINDS = ['persoon', 'netwerklid', 'begeleider', 'vrijwilliger'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/**
 * Someone named in a plan who may or may not be on the map: who promised help, who took part in an
 * Eigen Kracht-conferentie. A name alone is allowed because the map is the family's choice: not
 * everyone who helps has to be drawn on it.
 */
export const PersonRefSchema = z.union([
  z.strictObject({ alterId: AlterIdSchema }),
  z.strictObject({ name }),
]);
export type PersonRef = DeepReadonly<z.output<typeof PersonRefSchema>>;

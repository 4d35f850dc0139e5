import { z } from 'zod';
import { CaseIdSchema, PersonIdSchema, type DeepReadonly } from './ids.js';
import { nameTextSchema } from './name-text.js';

/**
 * A case (dossier) is a household with members. Each member may have a map and the household may
 * have one; a person who appears on several maps of one case keeps one identity (personId).
 */
export const CaseMemberSchema = z.strictObject({
  personId: PersonIdSchema,
  name: nameTextSchema(120),
  /** Role in the household, e.g. "mama", "oudste zoon". */
  role: z.string().trim().min(1).max(80).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
});

export const CaseSchema = z.strictObject({
  id: CaseIdSchema,
  /** How the household is called, e.g. "Gezin Peeters". */
  name: nameTextSchema(200),
  members: z.array(CaseMemberSchema).max(30).default([]),
});

export type CaseMember = DeepReadonly<z.output<typeof CaseMemberSchema>>;
export type Case = DeepReadonly<z.output<typeof CaseSchema>>;

import { z } from 'zod';
import { AlterIdSchema, IsoDateSchema, type DeepReadonly } from '../records/index.js';
import { FamilyTextSchema, LanguageTagSchema } from './family-text.js';

/**
 * The question a plan starts from (domain.md §6): not "what is your problem" but "waar wil je
 * naartoe en wie kan alvast meedenken?". The answer is kept in the family's words; the people who
 * can already think along are people on the map.
 */
export const STARTING_QUESTION: { readonly nl: string; readonly fr: string; readonly en: string } = {
  nl: 'Waar wil je naartoe, en wie kan alvast meedenken?',
  fr: 'Où voulez-vous aller, et qui peut déjà réfléchir avec vous ?',
  en: 'Where do you want to go, and who can already think along with you?',
};

export const StartingQuestionSchema = z.strictObject({
  /** Null until the family has answered. */
  answer: FamilyTextSchema.nullable().default(null),
  language: LanguageTagSchema.optional(),
  answeredOn: IsoDateSchema.optional(),
  thinkingAlong: z.array(AlterIdSchema).max(50).default([]),
});

export type StartingQuestion = DeepReadonly<z.output<typeof StartingQuestionSchema>>;

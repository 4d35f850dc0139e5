import { z } from 'zod';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';

/** Who wrote a review note: the family, someone of the network, or the worker. */
export const REVIEW_AUTHORS = ['gezin', 'netwerk', 'begeleider'] as const;
export type ReviewAuthor = (typeof REVIEW_AUTHORS)[number];

/** A dated note from a review of an action ("evaluatie"): what happened, what is next. */
export const ReviewNoteSchema = z.strictObject({
  date: IsoDateSchema,
  text: z.string().trim().min(1).max(4000),
  by: z.enum(REVIEW_AUTHORS).optional(),
});

export type ReviewNote = DeepReadonly<z.output<typeof ReviewNoteSchema>>;

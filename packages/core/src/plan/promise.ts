import { z } from 'zod';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';
import { OwnerSchema, PersonRefSchema } from './owner.js';

/**
 * Help someone promised (seed 000, "geen woorden maar ook daden?": the uncle who would repair the
 * heating and after three weeks had not come). The worker may take the awkward call off the
 * family's hands, set a deadline and agree a fallback (another repairer, and how to pay for it).
 */
export const PromisedHelpSchema = z.strictObject({
  by: PersonRefSchema,
  promisedOn: IsoDateSchema.optional(),
  /** The deadline agreed for the promised help; after it the fallback comes into play. */
  followUpBy: IsoDateSchema.optional(),
  /** What happens if the help does not come, e.g. "een andere hersteller; betalen via OCMW". */
  fallback: z.string().trim().min(1).max(1000).optional(),
  fallbackOwner: OwnerSchema.optional(),
});

export type PromisedHelp = DeepReadonly<z.output<typeof PromisedHelpSchema>>;

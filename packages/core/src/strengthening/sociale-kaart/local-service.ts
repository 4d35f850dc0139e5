import { z } from 'zod';
import { WORKING_MODEL_CODES } from '../../catalogue/types.js';
import { LIFE_DOMAINS, SUPPORT_FUNCTIONS } from '../../vocabularies/index.js';
import type { DeepReadonly } from '../../records/index.js';
import { COST_CODES } from './cost.js';
import { LocalServiceIdSchema } from './local-service-id.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * A local service or initiative on an organisation's sociale kaart (issue 5, item 5): added by the
 * beheerder, suggested alongside the catalogue when it gives the support a family misses. Lists use
 * the core's codes (support functions, VONK life domains, working models), so search and
 * suggestions work on codes, never on display text.
 */
export const LocalServiceFieldsSchema = z.strictObject({
  name: text(200),
  organisation: optionalText(200),
  /** Municipality or region as the organisation speaks of it ("Hasselt", "Limburg", "Gent-Noord"). */
  region: text(120),
  /** Phone, e-mail, address or website, as free text. */
  contact: optionalText(500),
  cost: z.enum(COST_CODES).default('onbekend'),
  /** How easy it is to get in: opening hours, wheelchair access, language, no appointment needed. */
  accessibility: optionalText(1000),
  targetGroup: optionalText(500),
  supportFunctions: z.array(z.enum(SUPPORT_FUNCTIONS)).max(SUPPORT_FUNCTIONS.length).default([]),
  domains: z.array(z.enum(LIFE_DOMAINS)).max(LIFE_DOMAINS.length).default([]),
  models: z.array(z.enum(WORKING_MODEL_CODES)).max(WORKING_MODEL_CODES.length).default([]),
  online: z.boolean().default(false),
});

export const LocalServiceSchema = LocalServiceFieldsSchema.extend({ id: LocalServiceIdSchema });

export type LocalServiceFields = DeepReadonly<z.output<typeof LocalServiceFieldsSchema>>;
export type LocalService = DeepReadonly<z.output<typeof LocalServiceSchema>>;
export type LocalServiceInput = z.input<typeof LocalServiceSchema>;

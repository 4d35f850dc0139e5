import { z } from 'zod';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';
import { LIFE_DOMAINS, type LifeDomain } from '../vocabularies/index.js';

/** An explorer right's id, like a sociale kaart entry's: opaque letters, digits, - and _. */
export const ExplorerRightIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id' });

const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * One Flemish or local right in the organisation's rechtenverkenner (seed 001: VONK's overview of
 * rights per life domain, the basis of the rights research with each family): what it is, for
 * whom, how, where and when to ask, and a link or contact. Not about any family: stored in clear.
 */
export const ExplorerRightFieldsSchema = z.strictObject({
  domain: z.enum(LIFE_DOMAINS),
  name: z.string().trim().min(1).max(200),
  what: optionalText(1000),
  forWhom: optionalText(500),
  how: optionalText(1000),
  where: optionalText(500),
  when: optionalText(500),
  /** A web address, phone number or office, as free text. */
  contact: optionalText(500),
});
export const ExplorerRightSchema = ExplorerRightFieldsSchema.extend({ id: ExplorerRightIdSchema });
export type ExplorerRightFields = DeepReadonly<z.output<typeof ExplorerRightFieldsSchema>>;
export type ExplorerRight = DeepReadonly<z.output<typeof ExplorerRightSchema>>;

/** Where a right stands for one family. */
export const RIGHT_STATUSES = ['te_doen', 'aangevraagd', 'gerealiseerd', 'niet_van_toepassing'] as const;
export type RightStatus = (typeof RIGHT_STATUSES)[number];

/** A change of a right's status for a family; `on` is the day it happened (default: today). */
export const RightStatusChangeSchema = z.strictObject({
  status: z.enum(RIGHT_STATUSES),
  on: IsoDateSchema.optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type RightStatusChange = z.output<typeof RightStatusChangeSchema>;

export const CaseRightStatusSchema = z.strictObject({
  rightId: ExplorerRightIdSchema,
  status: z.enum(RIGHT_STATUSES),
  /** The day the current status was set. */
  statusOn: IsoDateSchema,
  /** The first day it was asked for, kept when it is later realised. */
  askedOn: IsoDateSchema.optional(),
  realisedOn: IsoDateSchema.optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type CaseRightStatus = DeepReadonly<z.output<typeof CaseRightStatusSchema>>;

/**
 * [RV1] A right's new standing for a family: the status and its day; asking keeps the first day it
 * was asked, realising records its day and keeps the asking day; going back to "te doen" or "niet
 * van toepassing" keeps the earlier days as history.
 */
export function applyRightStatus(previous: CaseRightStatus | undefined, rightId: string, change: RightStatusChange, today: string): CaseRightStatus {
  const on = change.on ?? today;
  const askedOn = change.status === 'aangevraagd' ? (previous?.askedOn ?? on) : previous?.askedOn;
  const realisedOn = change.status === 'gerealiseerd' ? on : previous?.realisedOn;
  const note = change.note ?? previous?.note;
  return CaseRightStatusSchema.parse({
    rightId, status: change.status, statusOn: on,
    ...(askedOn !== undefined ? { askedOn } : {}),
    ...(realisedOn !== undefined ? { realisedOn } : {}),
    ...(note !== undefined ? { note } : {}),
  }) as CaseRightStatus;
}

export interface FamilySchemaEntry {
  readonly right: ExplorerRight;
  readonly status: CaseRightStatus;
}

/**
 * [RV2] The family's own schema of rights per life domain (seed 001: so the family can realise its
 * rights without depending on the worker): every right marked for this family except the ones not
 * applicable, grouped by VONK's domains in their order, each with how, where and when to ask. Only
 * domains with a right appear; statuses of rights no longer on the list are left out.
 */
export function familyRightsSchema(rights: readonly ExplorerRight[], statuses: readonly CaseRightStatus[]): { readonly domain: LifeDomain; readonly entries: readonly FamilySchemaEntry[] }[] {
  const byId = new Map(statuses.map((s) => [s.rightId, s]));
  return LIFE_DOMAINS.map((domain) => ({
    domain,
    entries: rights.filter((r) => r.domain === domain).flatMap((right) => {
      const status = byId.get(right.id);
      return status && status.status !== 'niet_van_toepassing' ? [{ right, status }] : [];
    }),
  })).filter((d) => d.entries.length > 0);
}

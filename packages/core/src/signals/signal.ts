import { z } from 'zod';
import { IsoDateSchema } from '../records/index.js';
import { LIFE_DOMAINS } from '../vocabularies/life-domains.js';
import type { Vocabulary } from '../vocabularies/vocabulary.js';
import { SEVEN_BS } from './seven-bs.js';

/** Where a signal stands (seed 001: TOOM and KOALA's signalenbundel at the network meeting). */
export const SIGNAL_STATUSES = ['open', 'actieplan', 'doorgegeven', 'opgelost'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

const toom = { seed: '001', where: 'TOOM en KOALA: signalenbundel' } as const;
export const SIGNAL_STATUS_VOCABULARY: Vocabulary<SignalStatus> = [
  { code: 'open', labels: { nl: 'Open', fr: 'Ouvert', en: 'Open' }, explanation: { nl: 'Nog niemand werkt eraan.', fr: 'Personne ne s’en occupe encore.', en: 'Nobody is working on it yet.' }, sources: [toom] },
  { code: 'actieplan', labels: { nl: 'Actieplan', fr: 'Plan d’action', en: 'Action plan' }, explanation: { nl: 'De partners van het netwerk pakken het zelf aan.', fr: 'Les partenaires du réseau s’en chargent eux-mêmes.', en: 'The network’s partners take it on themselves.' }, sources: [toom] },
  { code: 'doorgegeven', labels: { nl: 'Doorgegeven', fr: 'Transmis', en: 'Passed on' }, explanation: { nl: 'Doorgegeven aan de organisatie of overheid die erover beslist.', fr: 'Transmis à l’organisation ou à l’autorité qui en décide.', en: 'Passed on to the organisation or government that decides on it.' }, sources: [toom] },
  { code: 'opgelost', labels: { nl: 'Opgelost', fr: 'Résolu', en: 'Solved' }, sources: [toom] },
];

export const SIGNAL_OWNER_KINDS = ['netwerkpartner', 'bevoegde_instantie'] as const;
export type SignalOwnerKind = (typeof SIGNAL_OWNER_KINDS)[number];

export const SignalOwnerSchema = z.strictObject({
  kind: z.enum(SIGNAL_OWNER_KINDS),
  name: z.string().trim().min(1).max(200),
});

/** A new signal: what families run into, in the life domain where it happens. */
export const SignalInputSchema = z.strictObject({
  text: z.string().trim().min(3).max(1000),
  lifeDomain: z.enum(LIFE_DOMAINS),
});

/** A change of state, usually decided at a network meeting (then `meetingId`). */
export const SignalStatusChangeSchema = z.strictObject({
  status: z.enum(SIGNAL_STATUSES),
  owner: SignalOwnerSchema.nullable().optional(),
  meetingId: z.string().min(1).max(64).optional(),
  note: z.string().trim().max(1000).default(''),
});

export const NetworkMeetingInputSchema = z.strictObject({
  heldOn: IsoDateSchema,
  title: z.string().trim().min(1).max(200),
});

/**
 * What in the case the contribution comes from. Only its kind is kept with the signal; the id of
 * the barrier or note stays in the case (it is checked, then forgotten).
 */
export const ContributionSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('drempel'), barrierId: z.string().min(1).max(64) }),
  z.strictObject({ kind: z.literal('zeven_b'), noteId: z.string().min(1).max(64), b: z.enum(SEVEN_BS) }),
  z.strictObject({ kind: z.literal('levensdomein'), lifeDomain: z.enum(LIFE_DOMAINS), text: z.string().trim().min(3).max(1000) }),
]);

/** A contribution: to an existing signal, or to a new one made with it. */
export const ContributionInputSchema = z.strictObject({
  source: ContributionSourceSchema,
  signalId: z.string().min(1).max(64).optional(),
  newSignal: SignalInputSchema.optional(),
}).refine((v) => (v.signalId === undefined) !== (v.newSignal === undefined), { error: 'signal_or_new', path: ['signalId'] });

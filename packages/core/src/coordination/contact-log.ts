import { z } from 'zod';
import { IsoDateSchema } from '../records/index.js';
import type { Vocabulary } from '../vocabularies/vocabulary.js';

/** The ways a worker and a family are in touch (seed 001: VONK at home, at the office and digital). */
export const CONTACT_CHANNELS = ['huisbezoek', 'bureau', 'telefoon', 'sms', 'whatsapp', 'mail'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

const vonk = { seed: '001', where: 'VONK: contact thuis, op kantoor en digitaal' } as const;
export const CONTACT_CHANNEL_VOCABULARY: Vocabulary<ContactChannel> = [
  { code: 'huisbezoek', labels: { nl: 'Huisbezoek', fr: 'Visite à domicile', en: 'Home visit' }, sources: [vonk] },
  { code: 'bureau', labels: { nl: 'Op kantoor', fr: 'Au bureau', en: 'At the office' }, sources: [vonk] },
  { code: 'telefoon', labels: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' }, sources: [vonk] },
  { code: 'sms', labels: { nl: 'Sms', fr: 'SMS', en: 'Text message' }, sources: [vonk] },
  { code: 'whatsapp', labels: { nl: 'WhatsApp', fr: 'WhatsApp', en: 'WhatsApp' }, sources: [vonk] },
  { code: 'mail', labels: { nl: 'E-mail', fr: 'E-mail', en: 'Email' }, sources: [vonk] },
];

/** A contact as the worker enters it; the server adds id and who recorded it. */
export const ContactInputSchema = z.strictObject({
  channel: z.enum(CONTACT_CHANNELS),
  date: IsoDateSchema,
  /** Who had the contact: an account of the organisation; the one who records it when left out. */
  withUserId: z.string().min(1).max(64).optional(),
  note: z.string().trim().max(1000).default(''),
});

/** A casusoverleg as entered. */
export const CasusoverlegInputSchema = z.strictObject({
  heldOn: IsoDateSchema,
  parentsPresent: z.boolean(),
  note: z.string().trim().max(2000).default(''),
});

/** A partner organisation around the family with its role (VONK's partners each had theirs). */
export const CasePartnerInputSchema = z.strictObject({
  organisation: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(300),
});

import { z } from 'zod';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';
import type { SourceRef } from '../labels.js';
import { PersonRefSchema } from './owner.js';

const text = z.string().trim().min(1).max(1000);

/**
 * An Eigen Kracht-conferentie (seed 000): family and friends meet, with an independent coordinator,
 * to make a plan to support the family. The plan says which own strengths the family and its
 * circle will use and for what they will (possibly) call on professional help. The plan belongs to
 * them: a network-made plan records who took part and is marked as authored by the network.
 */
export const OwnStrengthSchema = z.strictObject({
  what: text,
  by: PersonRefSchema,
});

export const ProfessionalHelpAskSchema = z.strictObject({
  what: text,
  /** A service or professional, when the network named one. */
  from: z.string().trim().min(1).max(200).optional(),
});

export const EigenKrachtSchema = z.strictObject({
  /**
   * The first step: the day the family agreed that troubles with people of its network are talked
   * about and that support is looked for in its own circle (seed 000). The conference comes after
   * (PC6).
   */
  familyAgreedOn: IsoDateSchema.optional(),
  conferenceDate: IsoDateSchema.optional(),
  /** The independent coordinator (not the family's own worker). */
  coordinator: z.string().trim().min(1).max(120).optional(),
  participants: z.array(PersonRefSchema).min(1).max(100),
  ownStrengths: z.array(OwnStrengthSchema).max(200).default([]),
  professionalHelp: z.array(ProfessionalHelpAskSchema).max(100).default([]),
});

export type OwnStrength = DeepReadonly<z.output<typeof OwnStrengthSchema>>;
export type ProfessionalHelpAsk = DeepReadonly<z.output<typeof ProfessionalHelpAskSchema>>;
export type EigenKracht = DeepReadonly<z.output<typeof EigenKrachtSchema>>;

/**
 * Where a conference is asked for (seed 000, contact details at the end of the chapter): the
 * Steunpunt Algemeen Welzijnswerk appoints an independent coordinator who prepares the conference
 * with the family. Facts only; the texts around them are the web app's.
 */
export const EIGEN_KRACHT_REQUEST = {
  organisation: 'Steunpunt Algemeen Welzijnswerk – Eigen Kracht Conferenties',
  address: 'Diksmuidelaan 36 A, 2600 Berchem',
  phones: ['03 340 49 15', '0492 73 54 27'],
  website: 'http://www.steunpunt.be/onderwerpen/eigen_kracht_conferenties',
  sources: [{ seed: '000', where: '4. een Eigen Kracht Conferentie kan kansen bieden; contactgegevens' }] as readonly SourceRef[],
} as const;

/**
 * Where an organisation's workers ask for a conference: its own coordination contact, set by the
 * beheerder (the region's coordination sits elsewhere in every region), or `EIGEN_KRACHT_REQUEST`.
 * The website is http(s) only: the web app makes a link of it.
 */
export const EigenKrachtContactSchema = z.strictObject({
  organisation: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(200).optional(),
  phones: z.array(z.string().trim().regex(/^\+?[0-9][0-9 ./()-]{4,23}$/)).max(3).default([]),
  email: z.email().max(200).optional(),
  website: z.url({ protocol: /^https?$/ }).max(300).optional(),
});

export type EigenKrachtContact = DeepReadonly<z.output<typeof EigenKrachtContactSchema>>;

/** The contact when the organisation set none: seed 000's, without its source note. */
export const DEFAULT_EIGEN_KRACHT_CONTACT: EigenKrachtContact = {
  organisation: EIGEN_KRACHT_REQUEST.organisation,
  address: EIGEN_KRACHT_REQUEST.address,
  phones: EIGEN_KRACHT_REQUEST.phones,
  website: EIGEN_KRACHT_REQUEST.website,
};

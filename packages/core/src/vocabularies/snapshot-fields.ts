import type { Vocabulary } from './vocabulary.js';

export const SNAPSHOT_KINDS = ['was', 'is', 'wens'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
const s004Time = { seed: '004', where: 'hoe het was, hoe het is, hoe het zou moeten zijn' } as const;
export const SNAPSHOT_KIND_VOCABULARY: Vocabulary<SnapshotKind> = [
  { code: 'was', labels: { nl: 'Hoe het was', fr: 'Comment c’était', en: 'How it was' }, sources: [s004Time] },
  { code: 'is', labels: { nl: 'Hoe het nu is', fr: 'Comment c’est maintenant', en: 'How it is now' }, sources: [s004Time] },
  { code: 'wens', labels: { nl: 'Hoe ik het wil', fr: 'Comment je le souhaite', en: 'How I would like it' }, sources: [s004Time] },
];

/** The person's own appraisal of the network as a whole: recorded as their answer, never computed. */
export const APPRAISALS = ['versterkend', 'belastend'] as const;
export type Appraisal = (typeof APPRAISALS)[number];
const s004Machielse = { seed: '004', where: 'Machielse (2003): perceptie van het netwerk' } as const;
export const APPRAISAL_VOCABULARY: Vocabulary<Appraisal> = [
  { code: 'versterkend', labels: { nl: 'Mijn netwerk geeft me kracht', fr: 'Mon réseau me renforce', en: 'My network strengthens me' }, sources: [s004Machielse] },
  { code: 'belastend', labels: { nl: 'Mijn netwerk weegt op me', fr: 'Mon réseau me pèse', en: 'My network weighs on me' }, sources: [s004Machielse] },
];

export const EGO_KINDS = ['persoon', 'huishouden'] as const;
export type EgoKind = (typeof EGO_KINDS)[number];
export const EGO_KIND_VOCABULARY: Vocabulary<EgoKind> = [
  { code: 'persoon', labels: { nl: 'Eén persoon', fr: 'Une personne', en: 'One person' }, sources: [{ seed: '004', where: 'netwerkkaart rond de cliënt' }] },
  { code: 'huishouden', labels: { nl: 'Het hele gezin', fr: 'Tout le ménage', en: 'The whole household' }, sources: [{ seed: '000', where: 'het netwerk van het gezin' }] },
];

/** The quadrants of Machielse's 2x2 (seed 004): a reflection question, never a label on a person. */
export const QUADRANTS = ['sociaal_weerbaar', 'eenzaam', 'contactarm', 'sociaal_geisoleerd'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const QUADRANT_VOCABULARY: Vocabulary<Quadrant> = [
  { code: 'sociaal_weerbaar', labels: { nl: 'Sociaal weerbaar', fr: 'Socialement résilient', en: 'Socially resilient' }, sources: [s004Machielse] },
  { code: 'eenzaam', labels: { nl: 'Eenzaam', fr: 'Seul malgré l’entourage', en: 'Lonely' }, sources: [s004Machielse] },
  { code: 'contactarm', labels: { nl: 'Contactarm', fr: 'Peu de contacts', en: 'Few contacts' }, sources: [s004Machielse] },
  { code: 'sociaal_geisoleerd', labels: { nl: 'Sociaal geïsoleerd', fr: 'Socialement isolé', en: 'Socially isolated' }, sources: [s004Machielse] },
];

export const COVERAGES = ['informeel', 'alleen_formeel', 'geen'] as const;
export type Coverage = (typeof COVERAGES)[number];
export const COVERAGE_VOCABULARY: Vocabulary<Coverage> = [
  { code: 'informeel', labels: { nl: 'Iemand uit je eigen kring helpt', fr: 'Quelqu’un de votre entourage aide', en: 'Someone from your own circle helps' }, sources: [{ seed: '000', where: 'formele en informele zorg vullen elkaar aan' }] },
  { code: 'alleen_formeel', labels: { nl: 'Alleen hulpverleners helpen', fr: 'Seuls des professionnels aident', en: 'Only professionals help' }, sources: [{ seed: '000', where: 'verafhankelijking van professionelen' }] },
  { code: 'geen', labels: { nl: 'Nog niemand', fr: 'Personne pour l’instant', en: 'Nobody yet' }, sources: [{ seed: '000', where: 'de vier functies van een netwerk' }] },
];

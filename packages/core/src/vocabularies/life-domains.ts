import type { Vocabulary } from './vocabulary.js';

/** VONK's nine life domains (seed 001), for the goals of a network plan. */
export const LIFE_DOMAINS = [
  'werk', 'inkomen', 'huisvesting', 'gezondheid', 'welbevinden', 'onderwijs', 'kinderopvang', 'opvoeding', 'vrije_tijd',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

const vonk = { seed: '001', where: 'VONK: negen levensdomeinen' } as const;
export const LIFE_DOMAIN_VOCABULARY: Vocabulary<LifeDomain> = [
  { code: 'werk', labels: { nl: 'Werk', fr: 'Travail', en: 'Work' }, sources: [vonk] },
  { code: 'inkomen', labels: { nl: 'Inkomen', fr: 'Revenus', en: 'Income' }, sources: [vonk] },
  { code: 'huisvesting', labels: { nl: 'Wonen', fr: 'Logement', en: 'Housing' }, sources: [vonk] },
  { code: 'gezondheid', labels: { nl: 'Gezondheid', fr: 'Santé', en: 'Health' }, sources: [vonk] },
  { code: 'welbevinden', labels: { nl: 'Je goed voelen', fr: 'Bien-être', en: 'Well-being' }, sources: [vonk] },
  { code: 'onderwijs', labels: { nl: 'School en leren', fr: 'École et formation', en: 'School and learning' }, sources: [vonk] },
  { code: 'kinderopvang', labels: { nl: 'Kinderopvang', fr: 'Accueil des enfants', en: 'Childcare' }, sources: [vonk] },
  { code: 'opvoeding', labels: { nl: 'Opvoeding', fr: 'Éducation des enfants', en: 'Parenting' }, sources: [vonk] },
  { code: 'vrije_tijd', labels: { nl: 'Vrije tijd', fr: 'Loisirs', en: 'Leisure' }, sources: [vonk] },
];

import type { Vocabulary } from '../../vocabularies/vocabulary.js';

/**
 * What taking part costs (seed 000: cost is a first barrier to broadening; some clubs have social
 * rates and the OCMW may contribute). `onbekend` when the beheerder does not know.
 */
export const COST_CODES = ['gratis', 'kleine_bijdrage', 'sociaal_tarief', 'betalend', 'onbekend'] as const;
export type CostCode = (typeof COST_CODES)[number];

const src = [{ seed: '000', where: '5. sociaal-culturele verenigingen en sportclubs' }] as const;
export const COST_VOCABULARY: Vocabulary<CostCode> = [
  { code: 'gratis', labels: { nl: 'Gratis', fr: 'Gratuit', en: 'Free' }, sources: src },
  { code: 'kleine_bijdrage', labels: { nl: 'Kleine bijdrage', fr: 'Petite participation', en: 'Small contribution' }, sources: src },
  { code: 'sociaal_tarief', labels: { nl: 'Sociaal tarief mogelijk', fr: 'Tarif social possible', en: 'Social rate possible' },
    explanation: { nl: 'Minder betalen met een laag inkomen of via het OCMW.', fr: 'Payer moins avec un petit revenu ou via le CPAS.', en: 'Pay less on a low income or through the social welfare office.' }, sources: src },
  { code: 'betalend', labels: { nl: 'Betalend', fr: 'Payant', en: 'Paid' }, sources: src },
  { code: 'onbekend', labels: { nl: 'Niet bekend', fr: 'Inconnu', en: 'Unknown' }, sources: src },
];

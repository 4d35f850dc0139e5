import type { Messages } from './nl.js';

/** French texts of the map at the kitchen table (see field.nl.ts). */
export const fieldFr: Pick<Messages, 'field'> = {
  field: {
    toolShort: { select: 'Choisir', add: 'Ajouter', link: 'Trait' },
    guideFromMap: 'Ce que la carte dit déjà est coché. Cochez ou décochez pour modifier la carte.',
    attentionCalm: 'Rien d’urgent',
    onThisPage: 'Sur cette page',
    planSection: 'Plan du réseau',
    pdfWithPlan: 'PDF avec le plan de la famille',
    more: 'Plus',
    moreLabel: 'Autres choix pour la carte',
    linkStart: '{{name}} choisi·e. Touchez maintenant la deuxième personne.',
    linkKeyStart: '{{name}} choisi·e pour un trait. Allez avec les flèches à la deuxième personne et appuyez sur Entrée. Échap arrête.',
    linkMade: 'Trait tracé entre {{a}} et {{b}}.',
    linkRemoved: 'Trait entre {{a}} et {{b}} enlevé.',
    linkCancelled: 'Aucun trait tracé.',
    ringsFewer: 'Moins de cercles : les personnes placées plus loin que le nouveau cercle extérieur passent dans ce cercle extérieur.',
    ringsMore: 'Plus de cercles : chacun reste dans son cercle, les cercles deviennent plus étroits.',
    ringsChanged_one: 'Maintenant {{rings}} cercles. {{count}} personne est passée au cercle {{rings}}.',
    ringsChanged_other: 'Maintenant {{rings}} cercles. {{count}} personnes sont passées au cercle {{rings}}.',
    ringsChangedNone: 'Maintenant {{rings}} cercles. Chacun reste dans son cercle.',
  },
};

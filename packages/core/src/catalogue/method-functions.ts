import type { MethodFunction } from './types.js';

const where = { seed: '003', where: 'hoofdstuk 4.2, functies van methoden' } as const;

/**
 * The six functions a method for network strengthening can serve (seed 003, 4.2). A method is not
 * limited to one function. The source names two models that lean on one function in particular:
 * personal skills on the educational function, community building on the community-forming one.
 */
export const METHOD_FUNCTIONS: readonly MethodFunction[] = [
  {
    code: 'educatief',
    labels: {
      nl: 'Educatieve functie (informatie)',
      fr: 'Fonction éducative (information)',
      en: 'Educational function (information)',
    },
    explanation: {
      nl: 'Mensen krijgen kaders en hulpmiddelen om meer te weten, meer te kunnen en anders naar dingen te kijken.',
      fr: 'Les personnes reçoivent des repères et des outils pour en savoir plus, savoir faire plus et voir les choses autrement.',
      en: 'People get frameworks and tools to know more, to be able to do more and to look at things differently.',
    },
    emphasisedBy: ['persoonlijke_competentieversterking'],
    source: where,
  },
  {
    code: 'psychosociaal',
    labels: { nl: 'Psychosociale functie', fr: 'Fonction psychosociale', en: 'Psychosocial function' },
    explanation: {
      nl: 'Emotionele steun geven, er echt zijn voor iemand en het welzijn van mensen bevorderen.',
      fr: 'Donner un soutien émotionnel, être vraiment présent pour quelqu’un et favoriser le bien-être.',
      en: 'Giving emotional support, really being there for someone and promoting people’s well-being.',
    },
    emphasisedBy: [],
    source: where,
  },
  {
    code: 'gemeenschapsvormend',
    labels: {
      nl: 'Gemeenschapsvormende functie',
      fr: 'Fonction de création de communauté',
      en: 'Community-building function',
    },
    explanation: {
      nl: 'De band tussen mensen en tussen groepen sterker maken, vaak in een wijk. Zo ontstaan bruggen tussen verschillende groepen.',
      fr: 'Renforcer les liens entre personnes et entre groupes, souvent dans un quartier. Des ponts se créent ainsi entre groupes différents.',
      en: 'Making the ties between people and between groups stronger, often in a neighbourhood. This builds bridges between different groups.',
    },
    emphasisedBy: ['netwerk_via_regio_of_locatie'],
    source: where,
  },
  {
    code: 'cultureel',
    labels: { nl: 'Culturele functie', fr: 'Fonction culturelle', en: 'Cultural function' },
    explanation: {
      nl: 'Meer mensen laten deelnemen aan cultuur.',
      fr: 'Permettre à plus de personnes de participer à la culture.',
      en: 'Helping more people take part in culture.',
    },
    emphasisedBy: [],
    source: where,
  },
  {
    code: 'opvoedingsondersteunend',
    labels: { nl: 'Opvoedingsondersteuning', fr: 'Soutien à la parentalité', en: 'Parenting support' },
    explanation: {
      nl: 'Ouders en andere opvoeders steunen in hun rol en hun taak.',
      fr: 'Soutenir les parents et les autres éducateurs dans leur rôle et leur tâche.',
      en: 'Supporting parents and other carers of children in their role and their task.',
    },
    emphasisedBy: [],
    source: where,
  },
  {
    code: 'activerend',
    labels: { nl: 'Activerende functie', fr: 'Fonction d’activation', en: 'Activating function' },
    explanation: {
      nl: 'Mensen zetten zich in voor de samenleving: als vrijwilliger, met betaald werk of door te zorgen voor een naaste.',
      fr: 'Les personnes s’engagent dans la société : comme bénévole, par un travail rémunéré ou en prenant soin d’un proche.',
      en: 'People take part in society: as a volunteer, through paid work or by caring for someone close.',
    },
    emphasisedBy: [],
    source: where,
  },
];

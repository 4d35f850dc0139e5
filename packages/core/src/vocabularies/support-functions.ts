import type { VocabularyEntry } from './vocabulary.js';

/**
 * Support functions (steunfuncties): what a network gives. The default vocabulary merges the
 * overlapping lists of the sources (seed 000: Baartman; 002; 003; 004). Each has a pictogram name
 * (an icon of the web app) and a plain-language explanation.
 */
export const SUPPORT_FUNCTIONS = [
  'emotioneel',
  'praktisch',
  'zorg',
  'informatie',
  'materieel',
  'gezelschap',
  'erbij_horen',
  'voorbeeld',
] as const;
export type SupportFunction = (typeof SUPPORT_FUNCTIONS)[number];

export interface SupportFunctionEntry extends VocabularyEntry<SupportFunction> {
  readonly pictogram: string;
}

export const SUPPORT_FUNCTION_VOCABULARY: readonly SupportFunctionEntry[] = [
  {
    code: 'emotioneel',
    pictogram: 'heart',
    labels: { nl: 'Emotionele steun', fr: 'Soutien émotionnel', en: 'Emotional support' },
    explanation: {
      nl: 'Iemand die luistert, bij wie je je hart kan luchten, die je troost of waardeert.',
      fr: 'Quelqu’un qui écoute, à qui vous pouvez vous confier, qui vous console ou vous apprécie.',
      en: 'Someone who listens, who you can open up to, who comforts or values you.',
    },
    sources: [
      { seed: '000', where: 'de vier functies van een netwerk (sociaal-emotioneel)' },
      { seed: '002', where: 'vormen van zorg en steun' },
      { seed: '003', where: 'steunfuncties (emotioneel)' },
    ],
  },
  {
    code: 'praktisch',
    pictogram: 'hand',
    labels: { nl: 'Praktische hulp', fr: 'Aide pratique', en: 'Practical help' },
    explanation: {
      nl: 'Hulp bij klusjes, boodschappen, vervoer of een herstelling; iets lenen zoals een ladder.',
      fr: 'De l’aide pour des petits travaux, les courses, un trajet ou une réparation ; prêter une échelle.',
      en: 'Help with chores, errands, a lift or a repair; lending something like a ladder.',
    },
    sources: [
      { seed: '000', where: 'de vier functies van een netwerk (praktisch)' },
      { seed: '002', where: 'vormen van zorg en steun (praktische hulp)' },
      { seed: '003', where: 'steunfuncties (praktisch)' },
    ],
  },
  {
    code: 'zorg',
    pictogram: 'stroller',
    labels: { nl: 'Zorg en oppas', fr: 'Soins et garde', en: 'Care and childminding' },
    explanation: {
      nl: 'Op de kinderen passen, zorgen voor kinderen of ouderen, eenvoudige verzorging.',
      fr: 'Garder les enfants, s’occuper d’enfants ou de personnes âgées, des soins simples.',
      en: 'Looking after the children, caring for children or older people, simple care.',
    },
    sources: [{ seed: '002', where: 'vormen van zorg en steun (zorg voor kinderen of ouderen, eenvoudige medische zorg)' }],
  },
  {
    code: 'informatie',
    pictogram: 'lightbulb',
    labels: { nl: 'Informatie en advies', fr: 'Information et conseils', en: 'Information and advice' },
    explanation: {
      nl: 'Raad en tips, weten hoe iets werkt, een tip voor werk.',
      fr: 'Des conseils et des astuces, savoir comment les choses fonctionnent, une piste d’emploi.',
      en: 'Advice and tips, knowing how things work, a lead for a job.',
    },
    sources: [
      { seed: '001', where: 'vormen van steun (informatief)' },
      { seed: '003', where: 'steunfuncties (advies en informatie)' },
    ],
  },
  {
    code: 'materieel',
    pictogram: 'coins',
    labels: { nl: 'Materiële steun', fr: 'Soutien matériel', en: 'Material support' },
    explanation: {
      nl: 'Geld, spullen, eten of een slaapplaats; dingen uitlenen.',
      fr: 'De l’argent, des objets, de la nourriture ou un logement ; prêter des choses.',
      en: 'Money, goods, food or a place to stay; lending things.',
    },
    sources: [
      { seed: '001', where: 'vormen van steun (materieel)' },
      { seed: '004', where: 'vier behoeften: materiële steun' },
    ],
  },
  {
    code: 'gezelschap',
    pictogram: 'smile',
    labels: { nl: 'Gezelschap en plezier', fr: 'Compagnie et plaisir', en: 'Company and fun' },
    explanation: {
      nl: 'Samen iets doen, plezier maken, niet alleen zijn.',
      fr: 'Faire des choses ensemble, s’amuser, ne pas être seul.',
      en: 'Doing things together, having fun, not being alone.',
    },
    sources: [
      { seed: '002', where: 'vormen van zorg en steun (gezelschap en sociaal contact)' },
      { seed: '003', where: 'steunfuncties (sociaal contact)' },
    ],
  },
  {
    code: 'erbij_horen',
    pictogram: 'people',
    labels: { nl: 'Erbij horen', fr: 'Avoir sa place', en: 'Belonging' },
    explanation: {
      nl: 'Voelen dat je ergens bij hoort, dat je telt en er mag zijn.',
      fr: 'Sentir que vous faites partie d’un groupe, que vous comptez et avez votre place.',
      en: 'Feeling that you belong somewhere, that you matter and are welcome.',
    },
    sources: [
      { seed: '000', where: 'de vier functies van een netwerk (erbij horen)' },
      { seed: '004', where: 'vier behoeften: erbij horen' },
    ],
  },
  {
    code: 'voorbeeld',
    pictogram: 'compass',
    labels: { nl: 'Voorbeeld en richting', fr: 'Exemple et repères', en: 'Example and direction' },
    explanation: {
      nl: 'Iemand die het goede voorbeeld geeft, die helpt om op het goede spoor te blijven.',
      fr: 'Quelqu’un qui montre l’exemple et aide à rester sur la bonne voie.',
      en: 'Someone who sets an example and helps you stay on track.',
    },
    sources: [
      { seed: '000', where: 'de vier functies van een netwerk (normatief)' },
      { seed: '003', where: 'steunfuncties (normatief)' },
    ],
  },
];

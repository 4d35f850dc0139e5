import { z } from 'zod';
import type { Labels } from '../labels.js';
import { IsoDateSchema } from '../records/index.js';
import type { Vocabulary } from '../vocabularies/vocabulary.js';

/**
 * The 7 B's of accessibility (seed 001: five B's from Bouverne-De Bie and Roose, extended with
 * betrouwbaar and bekend). A frame for talking with the family about why a service does or does not
 * work for them, never a score: a note records which B's get in the way, in the family's words.
 */
export const SEVEN_BS = ['beschikbaar', 'betaalbaar', 'bruikbaar', 'bereikbaar', 'begrijpbaar', 'betrouwbaar', 'bekend'] as const;
export type SevenB = (typeof SEVEN_BS)[number];

const source = { seed: '001', where: 'Toegankelijkheid: de 7 B’s' } as const;

export const SEVEN_B_VOCABULARY: Vocabulary<SevenB> = [
  { code: 'beschikbaar', labels: { nl: 'Beschikbaar', fr: 'Disponible', en: 'Available' }, sources: [source] },
  { code: 'betaalbaar', labels: { nl: 'Betaalbaar', fr: 'Abordable', en: 'Affordable' }, sources: [source] },
  { code: 'bruikbaar', labels: { nl: 'Bruikbaar', fr: 'Utile', en: 'Useful' }, sources: [source] },
  { code: 'bereikbaar', labels: { nl: 'Bereikbaar', fr: 'Accessible', en: 'Reachable' }, sources: [source] },
  { code: 'begrijpbaar', labels: { nl: 'Begrijpbaar', fr: 'Compréhensible', en: 'Understandable' }, sources: [source] },
  { code: 'betrouwbaar', labels: { nl: 'Betrouwbaar', fr: 'Fiable', en: 'Trustworthy' }, sources: [source] },
  { code: 'bekend', labels: { nl: 'Bekend', fr: 'Connu', en: 'Known' }, sources: [source] },
];

/** Questions to ask together with the family, in plain words (our own), two per B. */
export const SEVEN_B_PROMPTS: Readonly<Record<SevenB, readonly Labels[]>> = {
  beschikbaar: [
    { nl: 'Is er plaats, of staat u op een wachtlijst?', fr: 'Y a-t-il de la place, ou êtes-vous sur une liste d’attente ?', en: 'Is there room, or are you on a waiting list?' },
    { nl: 'Zijn ze open op een moment dat voor u past?', fr: 'Est-ce ouvert à un moment qui vous convient ?', en: 'Are they open at a time that suits you?' },
  ],
  betaalbaar: [
    { nl: 'Kost het geld, ook voor kleren, vervoer of materiaal?', fr: 'Est-ce que cela coûte, aussi en vêtements, transport ou matériel ?', en: 'Does it cost money, also for clothes, travel or materials?' },
    { nl: 'Moet u veel van uzelf vertellen of opgeven om erbij te mogen?', fr: 'Devez-vous raconter ou céder beaucoup de vous-même pour y avoir droit ?', en: 'Do you have to tell or give up a lot about yourself to get in?' },
  ],
  bruikbaar: [
    { nl: 'Helpt het u echt met wat u nodig hebt?', fr: 'Est-ce que cela vous aide vraiment pour ce dont vous avez besoin ?', en: 'Does it really help with what you need?' },
    { nl: 'Wat haalt u er zelf uit, en wat mist u?', fr: 'Qu’est-ce que vous en retirez, et qu’est-ce qui vous manque ?', en: 'What do you get out of it yourself, and what is missing?' },
  ],
  bereikbaar: [
    { nl: 'Raakt u er makkelijk, met de bus, te voet of met de fiets?', fr: 'Pouvez-vous y aller facilement, en bus, à pied ou à vélo ?', en: 'Can you get there easily, by bus, on foot or by bike?' },
    { nl: 'Voelt het als een plek voor mensen zoals u?', fr: 'Avez-vous l’impression que c’est un endroit pour des gens comme vous ?', en: 'Does it feel like a place for people like you?' },
  ],
  begrijpbaar: [
    { nl: 'Snapt u de brieven, formulieren en uitleg?', fr: 'Comprenez-vous les lettres, les formulaires et les explications ?', en: 'Do you understand the letters, forms and explanations?' },
    { nl: 'Kunt u er in uw eigen taal terecht, of met een tolk?', fr: 'Pouvez-vous y être aidé dans votre langue, ou avec un interprète ?', en: 'Can you be helped there in your own language, or with an interpreter?' },
  ],
  betrouwbaar: [
    { nl: 'Voelt u zich veilig met uw vragen daar?', fr: 'Vous sentez-vous en sécurité avec vos questions là-bas ?', en: 'Do you feel safe bringing your questions there?' },
    { nl: 'Doen ze wat ze beloven?', fr: 'Font-ils ce qu’ils promettent ?', en: 'Do they do what they promise?' },
  ],
  bekend: [
    { nl: 'Wist u dat dit bestaat, en wat u er mag vragen?', fr: 'Saviez-vous que cela existe, et ce que vous pouvez y demander ?', en: 'Did you know this exists, and what you may ask for there?' },
    { nl: 'Hebt u er al eens mogen kijken of proberen?', fr: 'Avez-vous déjà pu aller voir ou essayer ?', en: 'Have you been able to have a look or give it a try?' },
  ],
};

/** What a 7 B's conversation is about: a service of the sociale kaart or an action of the plan. */
export const SevenBSubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dienst'), serviceId: z.string().min(1).max(64) }),
  z.strictObject({ kind: z.literal('actie'), actionId: z.string().min(1).max(64) }),
]);

/** One B that gets in the way, with what the family said about it. */
export const SevenBItemSchema = z.strictObject({
  b: z.enum(SEVEN_BS),
  note: z.string().trim().max(1000).default(''),
});

export const SevenBNoteInputSchema = z.strictObject({
  subject: SevenBSubjectSchema,
  notedOn: IsoDateSchema.optional(),
  items: z.array(SevenBItemSchema).min(1).max(7)
    .refine((items) => new Set(items.map((i) => i.b)).size === items.length, { error: 'duplicate_b' }),
});

import { z } from 'zod';
import type { Language } from '../labels.js';
import { LIFE_DOMAIN_VOCABULARY } from '../vocabularies/index.js';

/** Scores of the grondrechtenmeting: 0 (nothing of this right is realised) to 10 (fully). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
export const SCORE_COUNT = SCORE_MAX - SCORE_MIN + 1;
export const ScoreSchema = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

/** A right's id: a short code, stable across edits of its name (measurements refer to it). */
export const BasicRightIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}$/, { error: 'id' });

/**
 * One basic right of the organisation's grondrechtenmeting, with a written definition for every
 * score (seed 001: scoring against fixed anchors replaced separate, too subjective estimates).
 * `definitions[s]` describes score s.
 */
export const BasicRightSchema = z.strictObject({
  id: BasicRightIdSchema,
  label: z.string().trim().min(1).max(120),
  definitions: z.array(z.string().trim().min(1).max(600)).length(SCORE_COUNT),
});
export type BasicRight = z.output<typeof BasicRightSchema>;

export const BasicRightsListSchema = z.array(BasicRightSchema).min(1).max(30)
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, { error: 'each id once' });

/**
 * The default anchor texts, the same scale for every right (our own words, plain language). An
 * organisation rewrites them per right when it knows better what each step means locally.
 */
export const DEFAULT_SCORE_DEFINITIONS: Readonly<Record<Language, readonly string[]>> = {
  nl: [
    'Niets van dit recht is in orde. Het gezin weet niet welke steun er is en krijgt er geen.',
    'Bijna niets is in orde. Er is een eerste vraag, maar nog geen hulp.',
    'Het gezin kent een paar rechten, maar heeft er nog geen aangevraagd.',
    'Een eerste aanvraag loopt, maar er is nog niets geregeld.',
    'Een klein deel is geregeld. Voor het grootste deel zijn er nog zorgen.',
    'Ongeveer de helft is in orde. Er zijn nog grote gaten.',
    'Meer dan de helft is in orde. Een paar belangrijke dingen ontbreken nog.',
    'Het meeste is geregeld. Er blijven kleinere zorgen.',
    'Bijna alles is in orde. Soms is er nog hulp nodig om het zo te houden.',
    'Alles is in orde. Het gezin regelt het bijna helemaal zelf.',
    'Dit recht is helemaal in orde en het gezin houdt het zelf zo.',
  ],
  fr: [
    'Rien de ce droit n’est en ordre. La famille ne sait pas quelle aide existe et n’en reçoit pas.',
    'Presque rien n’est en ordre. Une première question est posée, mais sans aide encore.',
    'La famille connaît quelques droits, mais n’en a encore demandé aucun.',
    'Une première demande est en cours, mais rien n’est encore réglé.',
    'Une petite partie est réglée. Pour l’essentiel, il reste des soucis.',
    'Environ la moitié est en ordre. Il reste de grands manques.',
    'Plus de la moitié est en ordre. Quelques choses importantes manquent encore.',
    'La plupart est réglée. De petits soucis restent.',
    'Presque tout est en ordre. Parfois une aide reste utile pour que cela tienne.',
    'Tout est en ordre. La famille s’en occupe presque seule.',
    'Ce droit est entièrement en ordre et la famille le garde ainsi elle-même.',
  ],
  en: [
    'Nothing of this right is in place. The family does not know what help exists and gets none.',
    'Almost nothing is in place. A first question was asked, but there is no help yet.',
    'The family knows a few rights but has not applied for any yet.',
    'A first application is under way, but nothing is arranged yet.',
    'A small part is arranged. Most of it is still a worry.',
    'About half is in place. There are still big gaps.',
    'More than half is in place. A few important things are still missing.',
    'Most of it is arranged. Smaller worries remain.',
    'Almost everything is in place. Now and then help is needed to keep it so.',
    'Everything is in place. The family arranges it almost entirely itself.',
    'This right is fully in place and the family keeps it so itself.',
  ],
};

/** The default list: VONK's nine life domains, ids = the domain codes, definitions in `lang`. */
export function defaultBasicRights(lang: Language): BasicRight[] {
  return LIFE_DOMAIN_VOCABULARY.map((entry) => ({ id: entry.code, label: entry.labels[lang], definitions: [...DEFAULT_SCORE_DEFINITIONS[lang]] }));
}

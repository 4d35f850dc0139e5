import { z } from 'zod';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';
import type { Vocabulary } from '../vocabularies/vocabulary.js';

/**
 * The six criteria of Kind & Gezin's kansarmoede-index (seed 001, instruments §1). The seed names
 * them but gives no thresholds: each is a worker's judgement "weak or not", with a note.
 */
export const KANSARMOEDE_CRITERIA = [
  'maandinkomen', 'opleiding_ouders', 'stimulatie_kinderen', 'arbeidssituatie_ouders', 'huisvesting', 'gezondheid',
] as const;
export type KansarmoedeCriterion = (typeof KANSARMOEDE_CRITERIA)[number];

const kg = { seed: '001', where: 'Kansarmoede-index van Kind & Gezin: zes criteria' } as const;
export const KANSARMOEDE_CRITERION_VOCABULARY: Vocabulary<KansarmoedeCriterion> = [
  { code: 'maandinkomen', labels: { nl: 'Inkomen per maand', fr: 'Revenu mensuel', en: 'Monthly income' }, sources: [kg] },
  { code: 'opleiding_ouders', labels: { nl: 'Opleiding van de ouders', fr: 'Formation des parents', en: 'Parents’ education' }, sources: [kg] },
  { code: 'stimulatie_kinderen', labels: { nl: 'Hoeveel de kinderen gestimuleerd worden', fr: 'Stimulation des enfants', en: 'How much the children are stimulated' }, sources: [kg] },
  { code: 'arbeidssituatie_ouders', labels: { nl: 'Werk van de ouders', fr: 'Situation de travail des parents', en: 'Parents’ work situation' }, sources: [kg] },
  { code: 'huisvesting', labels: { nl: 'Wonen', fr: 'Logement', en: 'Housing' }, sources: [kg] },
  { code: 'gezondheid', labels: { nl: 'Gezondheid', fr: 'Santé', en: 'Health' }, sources: [kg] },
];

/** [KI3] The rule of the index as an organisation setting: weak on `minWeak` or more criteria (default 3). */
export const KansarmoedeSettingsSchema = z.strictObject({
  minWeak: z.number().int().min(1).max(KANSARMOEDE_CRITERIA.length).default(3),
});
export type KansarmoedeSettings = z.output<typeof KansarmoedeSettingsSchema>;
export const DEFAULT_KANSARMOEDE_SETTINGS: KansarmoedeSettings = { minWeak: 3 };

export const KansarmoedeJudgementSchema = z.strictObject({
  criterion: z.enum(KANSARMOEDE_CRITERIA),
  weak: z.boolean(),
  note: z.string().trim().min(1).max(2000).optional(),
});

/**
 * One check of the index for a family: a judgement on each of the six criteria, once each, on a
 * date. What the check gives is computed (indexResult), never stored with it.
 */
export const KansarmoedeCheckInputSchema = z.strictObject({
  checkedOn: IsoDateSchema,
  judgements: z.array(KansarmoedeJudgementSchema).length(KANSARMOEDE_CRITERIA.length)
    .refine((list) => new Set(list.map((j) => j.criterion)).size === list.length, { error: 'each criterion once' }),
});
export const KansarmoedeCheckSchema = KansarmoedeCheckInputSchema.extend({ id: z.string().min(1).max(64) });

export type KansarmoedeJudgement = DeepReadonly<z.output<typeof KansarmoedeJudgementSchema>>;
export type KansarmoedeCheck = DeepReadonly<z.output<typeof KansarmoedeCheckSchema>>;

export interface KansarmoedeResult {
  /** [KI1] How many of the six criteria were judged weak. */
  readonly weakCount: number;
  /** [KI2] True when weakCount reaches the organisation's rule (`minWeak`). */
  readonly meetsRule: boolean;
  readonly minWeak: number;
}

/** The outcome of one check under the organisation's rule: an entry check for the worker, not a label. */
export function indexResult(check: Pick<KansarmoedeCheck, 'judgements'>, settings: KansarmoedeSettings = DEFAULT_KANSARMOEDE_SETTINGS): KansarmoedeResult {
  const weakCount = check.judgements.filter((j) => j.weak).length;
  return { weakCount, meetsRule: weakCount >= settings.minWeak, minWeak: settings.minWeak };
}

/** [KI4] A family's checks, newest first (same day: the later one in the list first). */
export function indexHistory<C extends Pick<KansarmoedeCheck, 'checkedOn'>>(checks: readonly C[]): C[] {
  return checks.map((check, i) => ({ check, i }))
    .sort((a, b) => (a.check.checkedOn === b.check.checkedOn ? b.i - a.i : a.check.checkedOn < b.check.checkedOn ? 1 : -1))
    .map((x) => x.check);
}

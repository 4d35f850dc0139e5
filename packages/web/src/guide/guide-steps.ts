import type { AlterFlag, AlterStatus, SectorB, SupportFunction } from '@netwerkkracht/core';

/**
 * The conversation guide (domain.md section 4) as data: the steps in the order the sources give
 * (what the network already does, family first, then wider, deeper, who does what, the contacts
 * people forget, the past for very small networks, and the person's own appraisal). The texts are
 * in the locale files under guide.steps / guide.questions / guide.weakPrompts.
 */
export type StepId =
  | 'intake' | 'familie' | 'vrienden' | 'samenleving' | 'hulpverlening' | 'verdieping' | 'functies'
  | 'zwakke_banden' | 'levensloop' | 'waardering';

/** Questions answered by naming people on the map. */
export type QuestionId = 'bezig' | 'moeilijk' | 'plezier' | 'nood' | 'oppas' | 'winkel' | 'zorgen' | 'raad' | 'eten' | 'teruggeven';
/** Questions answered in the person's own words (how, not who): the answer is a note. */
export type OpenQuestionId = 'laten_weten' | 'beroep_doen';
export type AsideId = 'verandering';
export type WeakPromptId = 'telefoon' | 'online' | 'kaartje' | 'exburen' | 'klas' | 'straat' | 'lenen' | 'ouders' | 'viavia';

export interface FunctionQuestion {
  readonly kind: 'people';
  readonly id: QuestionId;
  /** The function the answer gives; null for a question that only marks a go-to person. */
  readonly fn: SupportFunction | null;
  /** ontvangt: the person receives from them; geeft: the person gives to them. */
  readonly direction: 'ontvangt' | 'geeft';
  readonly flag?: AlterFlag;
}

export interface OpenQuestion {
  readonly kind: 'open';
  readonly id: OpenQuestionId;
}

export type GuideQuestion = FunctionQuestion | OpenQuestion;

export type StepKind =
  | { readonly kind: 'note' }
  | { readonly kind: 'add'; readonly sector: SectorB | null; readonly status: AlterStatus; readonly prompts?: readonly WeakPromptId[] }
  | { readonly kind: 'annotate' }
  | { readonly kind: 'functions'; readonly questions: readonly GuideQuestion[] }
  | { readonly kind: 'appraisal' };

export interface GuideStep {
  readonly id: StepId;
  readonly answer: StepKind;
  /** An extra question to raise in this step, with its own heading (guide.asides). */
  readonly aside?: AsideId;
}

/**
 * Seed 000's eleven mapping questions, in its order, plus "who do you ask for advice" (seed 003's
 * information function). Two of them ask how, not who: how the person lets people know they need
 * them, and how they call on them; those get a written answer instead of names.
 */
export const GUIDE_QUESTIONS: readonly GuideQuestion[] = [
  { kind: 'people', id: 'bezig', fn: 'emotioneel', direction: 'ontvangt' },
  { kind: 'people', id: 'moeilijk', fn: 'emotioneel', direction: 'ontvangt', flag: 'aanspreekfiguur' },
  { kind: 'people', id: 'plezier', fn: 'gezelschap', direction: 'ontvangt' },
  { kind: 'people', id: 'nood', fn: null, direction: 'ontvangt', flag: 'aanspreekfiguur' },
  { kind: 'people', id: 'oppas', fn: 'zorg', direction: 'ontvangt' },
  { kind: 'people', id: 'winkel', fn: 'praktisch', direction: 'ontvangt' },
  { kind: 'open', id: 'laten_weten' },
  { kind: 'people', id: 'zorgen', fn: 'emotioneel', direction: 'ontvangt' },
  { kind: 'people', id: 'raad', fn: 'informatie', direction: 'ontvangt' },
  { kind: 'open', id: 'beroep_doen' },
  // A meal at the parents' (or someone else's) is food: material support (domain.md section 3).
  { kind: 'people', id: 'eten', fn: 'materieel', direction: 'ontvangt' },
  { kind: 'people', id: 'teruggeven', fn: 'praktisch', direction: 'geeft' },
];

export const FUNCTION_QUESTIONS: readonly FunctionQuestion[] = GUIDE_QUESTIONS.filter((q): q is FunctionQuestion => q.kind === 'people');
export const OPEN_QUESTIONS: readonly OpenQuestion[] = GUIDE_QUESTIONS.filter((q): q is OpenQuestion => q.kind === 'open');

export const WEAK_PROMPTS: readonly WeakPromptId[] = ['telefoon', 'online', 'kaartje', 'exburen', 'klas', 'straat', 'lenen', 'ouders', 'viavia'];

export const GUIDE_STEPS: readonly GuideStep[] = [
  { id: 'intake', answer: { kind: 'note' } },
  { id: 'familie', answer: { kind: 'add', sector: 'familie', status: 'actief' } },
  { id: 'vrienden', answer: { kind: 'add', sector: 'vrienden_kennissen', status: 'actief' } },
  { id: 'samenleving', answer: { kind: 'add', sector: 'samenleving', status: 'actief' } },
  // Seed 000: when the family gets help or changes, people around them may resent it.
  { id: 'hulpverlening', answer: { kind: 'add', sector: 'hulpverlening', status: 'actief' }, aside: 'verandering' },
  { id: 'verdieping', answer: { kind: 'annotate' } },
  { id: 'functies', answer: { kind: 'functions', questions: GUIDE_QUESTIONS } },
  { id: 'zwakke_banden', answer: { kind: 'add', sector: 'samenleving', status: 'actief', prompts: WEAK_PROMPTS } },
  { id: 'levensloop', answer: { kind: 'add', sector: null, status: 'ondergesneeuwd' } },
  { id: 'waardering', answer: { kind: 'appraisal' } },
];

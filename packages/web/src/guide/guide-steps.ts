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

export type QuestionId = 'bezig' | 'moeilijk' | 'plezier' | 'nood' | 'oppas' | 'winkel' | 'zorgen' | 'raad' | 'teruggeven';
export type WeakPromptId = 'telefoon' | 'online' | 'kaartje' | 'exburen' | 'klas' | 'straat' | 'lenen' | 'ouders' | 'viavia';

export interface FunctionQuestion {
  readonly id: QuestionId;
  /** The function the answer gives; null for a question that only marks a go-to person. */
  readonly fn: SupportFunction | null;
  /** ontvangt: the person receives from them; geeft: the person gives to them. */
  readonly direction: 'ontvangt' | 'geeft';
  readonly flag?: AlterFlag;
}

export type StepKind =
  | { readonly kind: 'note' }
  | { readonly kind: 'add'; readonly sector: SectorB | null; readonly status: AlterStatus; readonly prompts?: readonly WeakPromptId[] }
  | { readonly kind: 'annotate' }
  | { readonly kind: 'functions'; readonly questions: readonly FunctionQuestion[] }
  | { readonly kind: 'appraisal' };

export interface GuideStep {
  readonly id: StepId;
  readonly answer: StepKind;
}

export const FUNCTION_QUESTIONS: readonly FunctionQuestion[] = [
  { id: 'bezig', fn: 'emotioneel', direction: 'ontvangt' },
  { id: 'moeilijk', fn: 'emotioneel', direction: 'ontvangt', flag: 'aanspreekfiguur' },
  { id: 'plezier', fn: 'gezelschap', direction: 'ontvangt' },
  { id: 'nood', fn: null, direction: 'ontvangt', flag: 'aanspreekfiguur' },
  { id: 'oppas', fn: 'zorg', direction: 'ontvangt' },
  { id: 'winkel', fn: 'praktisch', direction: 'ontvangt' },
  { id: 'zorgen', fn: 'emotioneel', direction: 'ontvangt' },
  { id: 'raad', fn: 'informatie', direction: 'ontvangt' },
  { id: 'teruggeven', fn: 'praktisch', direction: 'geeft' },
];

export const WEAK_PROMPTS: readonly WeakPromptId[] = ['telefoon', 'online', 'kaartje', 'exburen', 'klas', 'straat', 'lenen', 'ouders', 'viavia'];

export const GUIDE_STEPS: readonly GuideStep[] = [
  { id: 'intake', answer: { kind: 'note' } },
  { id: 'familie', answer: { kind: 'add', sector: 'familie', status: 'actief' } },
  { id: 'vrienden', answer: { kind: 'add', sector: 'vrienden_kennissen', status: 'actief' } },
  { id: 'samenleving', answer: { kind: 'add', sector: 'samenleving', status: 'actief' } },
  { id: 'hulpverlening', answer: { kind: 'add', sector: 'hulpverlening', status: 'actief' } },
  { id: 'verdieping', answer: { kind: 'annotate' } },
  { id: 'functies', answer: { kind: 'functions', questions: FUNCTION_QUESTIONS } },
  { id: 'zwakke_banden', answer: { kind: 'add', sector: 'samenleving', status: 'actief', prompts: WEAK_PROMPTS } },
  { id: 'levensloop', answer: { kind: 'add', sector: null, status: 'ondergesneeuwd' } },
  { id: 'waardering', answer: { kind: 'appraisal' } },
];

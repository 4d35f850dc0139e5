import type { AlterId } from '@netwerkkracht/core';
import { FUNCTION_QUESTIONS, GUIDE_STEPS, OPEN_QUESTIONS, type OpenQuestionId, type QuestionId, type StepId } from './guide-steps.js';

/**
 * Where a conversation is: the step, notes per step, who was put on the map in which step and
 * who was named for each function question. Plain data, so it can be saved, paused and picked up
 * again later (parseGuideState checks it when read back).
 */
export type GuideStatus = 'not_started' | 'active' | 'paused' | 'finished';

export interface GuideState {
  readonly version: 1;
  readonly status: GuideStatus;
  readonly step: number;
  readonly notes: Readonly<Partial<Record<StepId, string>>>;
  readonly added: Readonly<Partial<Record<StepId, readonly AlterId[]>>>;
  readonly answers: Readonly<Partial<Record<QuestionId, readonly AlterId[]>>>;
  /** The written answers to the how-questions (absent in guides saved before they existed). */
  readonly replies: Readonly<Partial<Record<OpenQuestionId, string>>>;
}

export const INITIAL_GUIDE: GuideState = { version: 1, status: 'not_started', step: 0, notes: {}, added: {}, answers: {}, replies: {} };

export type GuideEvent =
  | { readonly type: 'start' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goto'; readonly step: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'finish' }
  | { readonly type: 'restart' }
  | { readonly type: 'note'; readonly step: StepId; readonly text: string }
  | { readonly type: 'added'; readonly step: StepId; readonly id: AlterId }
  | { readonly type: 'answer'; readonly question: QuestionId; readonly ids: readonly AlterId[] }
  | { readonly type: 'reply'; readonly question: OpenQuestionId; readonly text: string }
  /** The server's guide merged with this one after a conflict (guide-merge.ts): taken as it is. */
  | { readonly type: 'merged'; readonly state: GuideState };

const LAST = GUIDE_STEPS.length - 1;
const clampStep = (n: number) => Math.max(0, Math.min(LAST, Math.trunc(n)));

export function guideReducer(state: GuideState, event: GuideEvent): GuideState {
  switch (event.type) {
    case 'start':
      return state.status === 'not_started' ? { ...state, status: 'active', step: 0 } : state;
    case 'next':
      return state.status === 'active' && state.step < LAST ? { ...state, step: state.step + 1 } : state;
    case 'back':
      return state.status === 'active' && state.step > 0 ? { ...state, step: state.step - 1 } : state;
    case 'goto':
      // Opening a step of a finished conversation takes it up again.
      return state.status === 'not_started' ? state : { ...state, status: 'active', step: clampStep(event.step) };
    case 'pause':
      return state.status === 'active' ? { ...state, status: 'paused' } : state;
    case 'resume':
      return state.status === 'paused' ? { ...state, status: 'active' } : state;
    case 'finish':
      return state.status === 'active' ? { ...state, status: 'finished' } : state;
    case 'restart':
      return { ...INITIAL_GUIDE, status: 'active' };
    case 'note':
      return { ...state, notes: { ...state.notes, [event.step]: event.text } };
    case 'added':
      return { ...state, added: { ...state.added, [event.step]: [...(state.added[event.step] ?? []), event.id] } };
    case 'answer':
      return { ...state, answers: { ...state.answers, [event.question]: [...event.ids] } };
    case 'reply':
      return { ...state, replies: { ...state.replies, [event.question]: event.text } };
    case 'merged':
      return event.state;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const STATUSES: readonly GuideStatus[] = ['not_started', 'active', 'paused', 'finished'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function idLists<K extends string>(value: unknown, keys: readonly K[]): Partial<Record<K, AlterId[]>> {
  const out: Partial<Record<K, AlterId[]>> = {};
  if (!isRecord(value)) return out;
  for (const key of keys) {
    const list = value[key];
    if (Array.isArray(list)) out[key] = list.filter((x): x is string => typeof x === 'string' && ID.test(x)) as AlterId[];
  }
  return out;
}

function texts<K extends string>(value: unknown, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  if (!isRecord(value)) return out;
  for (const key of keys) {
    const text = value[key];
    // As the server keeps them: up to two 4,000-character texts joined by a merge (guide-merge.ts).
    if (typeof text === 'string') out[key] = text.slice(0, 8_100);
  }
  return out;
}

/**
 * Reads a saved conversation back. Anything unknown or damaged is left out (a resumed guide
 * with a missing note is better than no guide); a state that is not a guide at all starts anew.
 */
export function parseGuideState(value: unknown): GuideState {
  if (!isRecord(value) || value.version !== 1) return INITIAL_GUIDE;
  const stepIds = GUIDE_STEPS.map((s) => s.id);
  const questions = FUNCTION_QUESTIONS.map((q) => q.id);
  return {
    version: 1,
    status: STATUSES.includes(value.status as GuideStatus) ? (value.status as GuideStatus) : 'not_started',
    step: typeof value.step === 'number' && Number.isFinite(value.step) ? clampStep(value.step) : 0,
    notes: texts(value.notes, stepIds),
    added: idLists(value.added, stepIds),
    answers: idLists(value.answers, questions),
    replies: texts(value.replies, OPEN_QUESTIONS.map((q) => q.id)),
  };
}

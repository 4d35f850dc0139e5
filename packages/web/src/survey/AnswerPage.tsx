import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_LABELS, COLUMN_LABELS, LANGUAGES, SURVEY_COLUMN_KINDS, type Language, type SurveyColumn } from '@netwerkkracht/core';
import { surveys, type Answers } from '../api/survey-endpoints.js';
import { rememberLanguage } from '../i18n/i18n.js';
import { useLanguage } from '../i18n/use-language.js';
import { AnswerPictogram, CirclePictogram } from './Pictograms.js';
import { CIRCLE_OF, QUESTION_COLUMNS, answerValue, choicesOf } from './survey-questions.js';

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { nl: 'Nederlands', fr: 'Français', en: 'English' };
const SPEECH_LANG: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The words of an answer, for the screen and for reading aloud. */
export function answerLabel(code: string, lang: Language): string {
  return CODE_LABELS[code]?.[lang] ?? code;
}

/** Reads a text aloud with the browser's speech synthesis, in the respondent's language; nothing when the browser has none. */
function speak(text: string, lang: Language): void {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = SPEECH_LANG[lang];
  synth.speak(utterance);
}

type Step = { readonly kind: 'language' } | { readonly kind: 'question'; readonly index: number } | { readonly kind: 'review' } | { readonly kind: 'sent' } | { readonly kind: 'closed' };

/**
 * Self-completion on a tablet, without an account (docs/survey.md): the respondent chooses the
 * language, then one question per screen with large buttons and pictograms, each question read
 * aloud on request; at the end the answers go to the server with the link's token, and nothing
 * comes back. The next person starts again from the language choice.
 */
export default function AnswerPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const [step, setStep] = useState<Step>({ kind: 'language' });
  const [answers, setAnswers] = useState<Answers>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const numberId = useId();

  // Each new screen starts at its heading, for screen readers and keyboards.
  useEffect(() => { headingRef.current?.focus(); }, [step]);

  const choose = (next: Language) => {
    void i18n.changeLanguage(next);
    rememberLanguage(next);
    setStep({ kind: 'question', index: 0 });
  };
  const forward = (index: number) => setStep(index + 1 < QUESTION_COLUMNS.length ? { kind: 'question', index: index + 1 } : { kind: 'review' });
  const set = (column: SurveyColumn, value: string | number | undefined) => setAnswers((a) => {
    const next = { ...a } as Record<string, unknown>;
    if (value === undefined) delete next[column];
    else next[column] = value;
    return next as Answers;
  });
  const send = async () => {
    setBusy(true);
    setFailed(false);
    const result = await surveys.answer(token, answers);
    setBusy(false);
    if (result.ok) setStep({ kind: 'sent' });
    else if (result.error.status === 404) setStep({ kind: 'closed' });
    else setFailed(true);
  };
  const again = () => { setAnswers({}); setStep({ kind: 'language' }); };

  if (step.kind === 'language') {
    return (
      <section className="answer-page" aria-labelledby="answer-heading">
        <h1 id="answer-heading" ref={headingRef} tabIndex={-1}>{LANGUAGES.map((l) => ({ nl: 'Kies uw taal', fr: 'Choisissez votre langue', en: 'Choose your language' }[l])).join(' · ')}</h1>
        <div className="answer-choices">
          {LANGUAGES.map((l) => <button key={l} type="button" lang={l} className="answer-choice" onClick={() => choose(l)}>{LANGUAGE_NAMES[l]}</button>)}
        </div>
      </section>
    );
  }
  if (step.kind === 'sent' || step.kind === 'closed') {
    return (
      <section className="answer-page" aria-labelledby="answer-heading">
        <h1 id="answer-heading" ref={headingRef} tabIndex={-1}>{step.kind === 'sent' ? t('survey.answer.thanks') : t('survey.answer.closed')}</h1>
        {step.kind === 'sent' ? <button type="button" className="answer-choice primary" onClick={again}>{t('survey.answer.again')}</button> : null}
      </section>
    );
  }
  if (step.kind === 'review') {
    const n = Object.keys(answers).length;
    return (
      <section className="answer-page" aria-labelledby="answer-heading">
        <h1 id="answer-heading" ref={headingRef} tabIndex={-1}>{t('survey.answer.reviewTitle')}</h1>
        <p className="answer-text">{t('survey.answer.reviewText', { n, total: QUESTION_COLUMNS.length })}</p>
        <p className="hint">{t('survey.answer.privacy')}</p>
        {failed ? <p role="alert">{t('survey.answer.failed')}</p> : null}
        <div className="answer-nav">
          <button type="button" className="answer-nav-button" onClick={() => setStep({ kind: 'question', index: QUESTION_COLUMNS.length - 1 })}>{t('survey.answer.back')}</button>
          <button type="button" className="answer-nav-button primary" disabled={busy} onClick={() => { void send(); }}>{t('survey.answer.send')}</button>
        </div>
      </section>
    );
  }

  const { index } = step;
  const column = QUESTION_COLUMNS[index] as SurveyColumn;
  const question = COLUMN_LABELS[column][lang];
  const choices = choicesOf(column);
  const circle = CIRCLE_OF[column];
  const current = (answers as Record<string, unknown>)[column];
  const kind = SURVEY_COLUMN_KINDS[column];
  const spoken = choices ? `${question} ${choices.map((c) => answerLabel(c, lang)).join(', ')}.` : question;
  return (
    <section className="answer-page" aria-labelledby="answer-heading">
      <p className="answer-progress">{t('survey.answer.question', { n: index + 1, total: QUESTION_COLUMNS.length })}</p>
      {circle ? <div className="answer-circle"><CirclePictogram circle={circle} /><span>{t(`survey.circles.${circle}`)}</span></div> : null}
      <h1 id="answer-heading" ref={headingRef} tabIndex={-1} className="answer-question">{question}</h1>
      <button type="button" className="answer-read" onClick={() => speak(spoken, lang)}>{t('survey.answer.readAloud')}</button>
      {choices ? (
        <div className="answer-choices" role="radiogroup" aria-labelledby="answer-heading">
          {choices.map((code) => {
            const value = answerValue(column, code);
            const checked = current === value;
            return (
              <button key={code} type="button" role="radio" aria-checked={checked} className="answer-choice"
                onClick={() => { set(column, value); forward(index); }}>
                <AnswerPictogram code={code} /><span>{column === 'vertrouwen' ? code : answerLabel(code, lang)}</span>
              </button>
            );
          })}
        </div>
      ) : kind.kind === 'integer' ? (
        <div className="answer-number">
          <label htmlFor={numberId}>{t('survey.answer.number')}</label>
          <div className="answer-number-row">
            <button type="button" className="answer-step" aria-label={t('survey.answer.less')} onClick={() => set(column, Math.max(kind.min, (typeof current === 'number' ? current : 1) - 1))}>−</button>
            <input id={numberId} type="number" inputMode="numeric" min={kind.min} max={kind.max} value={typeof current === 'number' ? current : ''}
              onChange={(e) => { const v = e.target.value; set(column, v === '' ? undefined : Math.min(kind.max, Math.max(kind.min, Math.trunc(Number(v))))); }} />
            <button type="button" className="answer-step" aria-label={t('survey.answer.more')} onClick={() => set(column, Math.min(kind.max, (typeof current === 'number' ? current : -1) + 1))}>+</button>
          </div>
        </div>
      ) : null}
      <div className="answer-nav">
        <button type="button" className="answer-nav-button" onClick={() => setStep(index === 0 ? { kind: 'language' } : { kind: 'question', index: index - 1 })}>{t('survey.answer.back')}</button>
        {choices ? <button type="button" className="answer-nav-button" onClick={() => { set(column, undefined); forward(index); }}>{t('survey.answer.skip')}</button> : null}
        {!choices ? <button type="button" className="answer-nav-button primary" onClick={() => forward(index)}>{t('survey.answer.next')}</button> : null}
      </div>
    </section>
  );
}

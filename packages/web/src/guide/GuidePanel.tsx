import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  APPRAISAL_VOCABULARY, FREQUENCY_VOCABULARY, STATUS_VOCABULARY, SUPPORT_FUNCTION_VOCABULARY, VALENCE_VOCABULARY,
  type Alter, type AlterId, type AlterStatus, type Appraisal, type SupportFunction,
} from '@netwerkkracht/core';
import type { EditorDoc } from '../editor/editor-doc.js';
import type { EditorCommand } from '../editor/editor-state.js';
import { useLanguage } from '../i18n/use-language.js';
import { ringLabel } from '../i18n/vocab.js';
import { newId } from '../app/ids.js';
import { addPersonCall, functionAnswerCalls, mapAnswer } from './guide-answers.js';
import { mergeText } from './guide-merge.js';
import type { GuideEvent, GuideState } from './guide-state.js';
import { GUIDE_STEPS, type AsideId, type FunctionQuestion, type GuideQuestion, type OpenQuestion, type StepKind } from './guide-steps.js';

interface Props {
  readonly guide: GuideState;
  readonly send: (event: GuideEvent) => void;
  readonly doc: EditorDoc;
  readonly run: (command: EditorCommand) => void;
}

/** The conversation guide beside the live map: one step at a time, pausable. */
export function GuidePanel({ guide, send, doc, run }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const step = GUIDE_STEPS[guide.step] ?? GUIDE_STEPS[0]!;
  const total = GUIDE_STEPS.length;

  if (guide.status === 'not_started' || guide.status === 'paused' || guide.status === 'finished') {
    return (
      <section className="guide" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('guide.title')}</h2>
        <p className="intro">{guide.status === 'paused' ? t('guide.paused') : guide.status === 'finished' ? t('guide.finished') : t('guide.intro')}</p>
        {guide.status === 'not_started' ? <button type="button" onClick={() => send({ type: 'start' })}>{t('guide.start')}</button> : null}
        {guide.status === 'paused' ? <button type="button" onClick={() => send({ type: 'resume' })}>{t('guide.resume')}</button> : null}
        {guide.status !== 'not_started' ? <StepList guide={guide} send={send} /> : null}
        {guide.status === 'finished' ? <button type="button" className="quiet" onClick={() => send({ type: 'restart' })}>{t('guide.restart')}</button> : null}
      </section>
    );
  }

  const added = (guide.added[step.id] ?? []).map((id) => doc.snapshot.alters.find((a) => a.id === id)?.name).filter(Boolean);
  return (
    <section className="guide" aria-labelledby={headingId}>
      <p className="step-count">{t('guide.step', { n: guide.step + 1, total })}</p>
      <h2 id={headingId}>{t(`guide.steps.${step.id}.title`)}</h2>
      <p className="prompt">{t(`guide.steps.${step.id}.prompt`)}</p>
      <p className="hint">{t(`guide.steps.${step.id}.hint`)}</p>
      {step.aside ? <StepAside aside={step.aside} /> : null}
      <StepAnswer key={step.id} answer={step.answer} guide={guide} send={send} doc={doc} run={run} stepId={step.id} />
      {added.length > 0 ? <p className="added">{t('guide.addedHere', { names: added.join(', ') })}</p> : null}
      <NoteField key={`note-${step.id}`} value={guide.notes[step.id] ?? ''} onCommit={(text) => send({ type: 'note', step: step.id, text })} />
      <div className="guide-nav">
        <button type="button" onClick={() => send({ type: 'back' })} disabled={guide.step === 0}>{t('guide.back')}</button>
        {guide.step < total - 1
          ? <button type="button" className="primary" onClick={() => send({ type: 'next' })}>{t('guide.next')}</button>
          : <button type="button" className="primary" onClick={() => send({ type: 'finish' })}>{t('guide.finish')}</button>}
        <button type="button" className="quiet" onClick={() => send({ type: 'pause' })}>{t('guide.pause')}</button>
      </div>
      <StepList guide={guide} send={send} />
    </section>
  );
}

function StepList({ guide, send }: { guide: GuideState; send: (event: GuideEvent) => void }) {
  const { t } = useTranslation();
  return (
    <ol className="step-list">
      {GUIDE_STEPS.map((s, i) => (
        <li key={s.id}>
          <button type="button" className="link" aria-current={guide.status === 'active' && i === guide.step ? 'step' : undefined}
            onClick={() => send({ type: 'goto', step: i })}>{t(`guide.steps.${s.id}.title`)}</button>
        </li>
      ))}
    </ol>
  );
}

function StepAside({ aside }: { aside: AsideId }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <aside className="guide-aside" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`guide.asides.${aside}.title`)}</h3>
      <p>{t(`guide.asides.${aside}.prompt`)}</p>
      <p className="hint">{t(`guide.asides.${aside}.hint`)}</p>
    </aside>
  );
}

function NoteField({ value, onCommit, label }: { value: string; onCommit: (text: string) => void; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  // The text can change from outside: a colleague's, merged in after a conflict (guide-merge.ts).
  // Untouched, the field shows it; half-typed, both are kept, so nothing typed here is lost.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(draft === shown ? value : mergeText(value, draft) ?? '');
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('guide.answerNote')}</label>
      <textarea id={id} rows={2} value={draft} maxLength={4000} onChange={(e) => setDraft(e.target.value)} onBlur={() => { if (draft !== value) onCommit(draft); }} />
    </div>
  );
}

interface AnswerProps extends Props {
  readonly answer: StepKind;
  readonly stepId: (typeof GUIDE_STEPS)[number]['id'];
}

function StepAnswer(props: AnswerProps) {
  switch (props.answer.kind) {
    case 'note':
      return null;
    case 'add':
      return <AddPeople {...props} answer={props.answer} />;
    case 'annotate':
      return <Annotate doc={props.doc} run={props.run} />;
    case 'functions':
      return <FunctionQuestions {...props} questions={props.answer.questions} />;
    case 'appraisal':
      return <AppraisalAnswer doc={props.doc} run={props.run} />;
  }
}

function AddPeople({ answer, doc, run, send, stepId }: AnswerProps & { answer: Extract<StepKind, { kind: 'add' }> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { name: useId(), ring: useId(), status: useId() };
  const [name, setName] = useState('');
  const [ring, setRing] = useState(Math.min(2, doc.ringCount));
  const [status, setStatus] = useState<AlterStatus>(answer.status);
  const add = () => {
    if (name.trim() === '') return;
    const id = newId() as AlterId;
    run(addPersonCall(answer, doc, { id, name, ring, status }));
    send({ type: 'added', step: stepId, id });
    setName('');
  };
  return (
    <form className="guide-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
      {answer.prompts ? <ul className="weak-prompts">{answer.prompts.map((p) => <li key={p}>{t(`guide.weakPrompts.${p}`)}</li>)}</ul> : null}
      <div className="field">
        <label htmlFor={ids.name}>{t('guide.addName')}</label>
        <input id={ids.name} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={ids.ring}>{t('guide.ringChoice')}</label>
        <select id={ids.ring} value={ring} onChange={(e) => setRing(Number(e.target.value))}>
          {Array.from({ length: doc.ringCount }, (_, i) => <option key={i} value={i + 1}>{ringLabel(i + 1, doc.ringCount, lang, (n) => t('editor.ring', { n }))}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.status}>{t('guide.statusChoice')}</label>
        <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as AlterStatus)}>
          {STATUS_VOCABULARY.map((s) => <option key={s.code} value={s.code}>{s.labels[lang]}</option>)}
        </select>
      </div>
      <button type="submit" disabled={name.trim() === ''}>{t('guide.addButton')}</button>
    </form>
  );
}

function Annotate({ doc, run }: { doc: EditorDoc; run: (command: EditorCommand) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { who: useId(), status: useId(), freq: useId(), valence: useId() };
  const [who, setWho] = useState<string>('');
  const alter = doc.snapshot.alters.find((a) => a.id === who);
  if (doc.snapshot.alters.length === 0) return <p>{t('guide.noPeopleYet')}</p>;
  const update = (patch: Partial<Alter>) => alter && run({ action: 'updatePerson', input: { id: alter.id, patch } });
  return (
    <div className="guide-annotate">
      <div className="field">
        <label htmlFor={ids.who}>{t('guide.pickPeople')}</label>
        <select id={ids.who} value={who} onChange={(e) => setWho(e.target.value)}>
          <option value="">—</option>
          {doc.snapshot.alters.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </div>
      {alter ? (
        <>
          <div className="field">
            <label htmlFor={ids.status}>{t('panel.status')}</label>
            <select id={ids.status} value={alter.status} onChange={(e) => update({ status: e.target.value as AlterStatus })}>
              {STATUS_VOCABULARY.map((s) => <option key={s.code} value={s.code}>{s.labels[lang]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.freq}>{t('panel.frequency')}</label>
            <select id={ids.freq} value={alter.frequency ?? ''} onChange={(e) => update({ frequency: (e.target.value || undefined) as Alter['frequency'] })}>
              <option value="">{t('panel.notSet')}</option>
              {FREQUENCY_VOCABULARY.map((s) => <option key={s.code} value={s.code}>{s.labels[lang]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.valence}>{t('panel.valence')}</label>
            <select id={ids.valence} value={alter.valence ?? ''} onChange={(e) => update({ valence: (e.target.value || undefined) as Alter['valence'] })}>
              <option value="">{t('panel.notSet')}</option>
              {VALENCE_VOCABULARY.map((s) => <option key={s.code} value={s.code}>{s.labels[lang]}</option>)}
            </select>
          </div>
        </>
      ) : null}
    </div>
  );
}

function OpenAnswer({ question, guide, send }: { question: OpenQuestion; guide: GuideState; send: (event: GuideEvent) => void }) {
  const { t } = useTranslation();
  return (
    <div className="group open-question">
      <NoteField label={t(`guide.questions.${question.id}`)} value={guide.replies[question.id] ?? ''}
        onCommit={(text) => send({ type: 'reply', question: question.id, text })} />
    </div>
  );
}

function FunctionQuestions({ questions, guide, send, doc, run }: AnswerProps & { questions: readonly GuideQuestion[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const giveId = useId();
  const [giveFn, setGiveFn] = useState<SupportFunction>('praktisch');
  if (doc.snapshot.alters.length === 0) return <p>{t('guide.noPeopleYet')}</p>;
  const fnOf = (q: FunctionQuestion) => (q.id === 'teruggeven' ? giveFn : q.fn);
  const toggle = (q: FunctionQuestion, id: AlterId, on: boolean) => {
    // What the map holds is the answer so far: ticking adds to it, unticking takes it away.
    const before = mapAnswer(q, doc, fnOf(q));
    const after = on ? [...before, id] : before.filter((x) => x !== id);
    for (const call of functionAnswerCalls(q, doc, before, after, fnOf(q))) run(call);
    send({ type: 'answer', question: q.id, ids: after });
  };
  return (
    <div className="guide-functions">
      <p className="hint">{t('field.guideFromMap')}</p>
      {questions.map((q) => {
        if (q.kind === 'open') return <OpenAnswer key={q.id} question={q} guide={guide} send={send} />;
        const chosen = mapAnswer(q, doc, fnOf(q));
        return (
          <fieldset key={q.id} className="group">
            <legend>{t(`guide.questions.${q.id}`)}</legend>
            {q.id === 'teruggeven' ? (
              <div className="field">
                <label htmlFor={giveId}>{t('guide.function')}</label>
                <select id={giveId} value={giveFn} disabled={(guide.answers[q.id] ?? []).length > 0} onChange={(e) => setGiveFn(e.target.value as SupportFunction)}>
                  {SUPPORT_FUNCTION_VOCABULARY.map((f) => <option key={f.code} value={f.code}>{f.labels[lang]}</option>)}
                </select>
              </div>
            ) : null}
            <div className="people-checks">
              {doc.snapshot.alters.map((a) => (
                <label key={a.id} className="choice">
                  <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(q, a.id, e.target.checked)} />
                  <span>{a.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

function AppraisalAnswer({ doc, run }: { doc: EditorDoc; run: (command: EditorCommand) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <fieldset className="group">
      <legend>{t('guide.appraisal')}</legend>
      {APPRAISAL_VOCABULARY.map((a) => (
        <label key={a.code} className="choice">
          <input type="radio" name="appraisal" checked={doc.snapshot.appraisal === a.code}
            onChange={() => run({ action: 'setAppraisal', input: { appraisal: a.code as Appraisal } })} />
          <span>{a.labels[lang]}</span>
        </label>
      ))}
    </fieldset>
  );
}

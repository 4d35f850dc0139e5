import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, initiativeById, labelOf, LIFE_DOMAIN_VOCABULARY, workingModel, type Action, type ActionStatus, type Language } from '@netwerkkracht/core';
import { formatRoute } from '../app/route.js';
import type { AttentionEntry } from '../api/plan-endpoints.js';
import { today } from '../app/ids.js';
import { useToggleFocus } from '../app/use-toggle-focus.js';
import { useLanguage } from '../i18n/use-language.js';
import { ActionForm } from './ActionForm.js';
import { linkSentence, ownerSentence, promiseSentence } from './action-text.js';
import { ConfirmRemove } from './ConfirmRemove.js';
import type { PlanContext } from './plan-context.js';
import { cleanNote, orderActions, type MapPerson } from './plan-view.js';

/** The plan's actions: open ones first by due date; late ones marked; each with its review notes. */
export function ActionList({ ctx, people, attention }: { ctx: PlanContext; people: readonly MapPerson[]; attention: readonly AttentionEntry[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const late = new Set(attention.map((a) => a.action.id));
  return (
    <section aria-labelledby={headingId} className="plan-part">
      {/* A removed action's card is gone: focus lands on the list's heading instead of the page's start. */}
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>{t('plan.actions.title')}</h3>
      {ctx.plan.actions.length === 0 ? <p>{t('plan.actions.none')}</p> : (
        <ul className="card-list actions">
          {orderActions(ctx.plan.actions).map((a) => (
            <ActionCard key={a.id} ctx={ctx} action={a} people={people} late={late.has(a.id)} onRemoved={() => headingRef.current?.focus()} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ActionCard({ ctx, action, people, late, onRemoved }: { ctx: PlanContext; action: Action; people: readonly MapPerson[]; late: boolean; onRemoved: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { status: useId(), note: useId(), title: useId() };
  const [note, setNote] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const [editing, edit] = useToggleFocus(null, editRef);
  const link = linkSentence(action, people, t, lang);
  const promise = promiseSentence(action, people, t);
  const goal = action.goalId === undefined ? undefined : ctx.plan.goals.find((g) => g.id === action.goalId);
  const setStatus = (status: ActionStatus) => ctx.apply({ kind: 'patchAction', actionId: action.id, patch: { status }, before: action });
  const addNote = async () => {
    const text = cleanNote(note);
    if (text === null) return;
    if (await ctx.apply({ kind: 'addReview', actionId: action.id, note: { date: today(), text, by: 'begeleider' }, before: action })) setNote('');
  };
  const remove = async () => {
    const ok = await ctx.apply({ kind: 'removeAction', actionId: action.id, before: action });
    if (ok) onRemoved();
    return ok;
  };
  return (
    <li className={`card action action-${action.status}${late ? ' action-late' : ''}`} aria-labelledby={ids.title}>
      <p id={ids.title}><strong>{action.what}</strong>{late ? <span className="late-badge"> {t('plan.actions.late')}</span> : null}</p>
      {editing ? <ActionForm ctx={ctx} people={people} initial={action} onDone={() => edit(false)} /> : (
        <>
          <ul className="facts">
            {goal ? <li>{t('plan.actions.forGoal', { words: goal.words, domain: labelOf(LIFE_DOMAIN_VOCABULARY, goal.domain, lang) })}</li> : null}
            <li>{t('plan.actions.kind')}: {t(`plan.kind.${action.kind}`)}</li>
            <li>{t('plan.actions.owner')}: {ownerSentence(action, people, t)}</li>
            {link ? <li>{link}</li> : null}
            <li>{t('plan.actions.due')}: {action.due ?? t('plan.actions.noDue')}</li>
            {promise ? <li>{promise}</li> : null}
            {action.origin ? <li>{t('plan.actions.fromSuggestion')}<ChosenIdea origin={action.origin} lang={lang} /></li> : null}
          </ul>
          <div className="field inline"><label htmlFor={ids.status}>{t('plan.actions.status')}</label>
            <select id={ids.status} value={action.status} disabled={ctx.busy} onChange={(e) => { void setStatus(e.target.value as ActionStatus); }}>
              {ACTION_STATUSES.map((s) => <option key={s} value={s}>{t(`plan.status.${s}`)}</option>)}
            </select>
            {action.status !== 'gedaan' ? <button type="button" disabled={ctx.busy} onClick={() => { void setStatus('gedaan'); }}>{t('plan.actions.markDone', { what: action.what })}</button> : null}
          </div>
          <div className="card-buttons">
            <button ref={editRef} type="button" onClick={() => edit(true)}>{t('plan.actions.edit')}<span className="visually-hidden">: {action.what}</span></button>
            <ConfirmRemove what={action.what} busy={ctx.busy} onConfirm={remove} />
          </div>
          {action.reviews.length > 0 ? (
            <ul className="reviews">
              {action.reviews.map((r, i) => <li key={i}><time dateTime={r.date}>{r.date}</time>: {r.text}</li>)}
            </ul>
          ) : null}
          <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void addNote(); }}>
            <div className="field"><label htmlFor={ids.note}>{t('plan.actions.review')}</label>
              <input id={ids.note} type="text" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} /></div>
            <button type="submit" disabled={ctx.busy || note.trim() === ''}>{t('plan.actions.addReview')}</button>
          </form>
        </>
      )}
    </li>
  );
}

/** What the family chose from the idea, with its page in the catalogue: it stays visible on the action. */
function ChosenIdea({ origin, lang }: { origin: NonNullable<Action['origin']>; lang: Language }) {
  const initiative = origin.initiativeId ? initiativeById(origin.initiativeId) : undefined;
  if (initiative) return <>: <a href={formatRoute({ page: 'initiative', id: initiative.id })}>{initiative.name}</a></>;
  if (origin.model) return <>: <a href={formatRoute({ page: 'workingModel', code: origin.model })}>{workingModel(origin.model).labels[lang]}</a></>;
  return null;
}

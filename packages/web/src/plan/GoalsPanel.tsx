import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, type Goal, type GoalStatus, type LifeDomain } from '@netwerkkracht/core';
import { newId } from '../app/ids.js';
import { formatRoute } from '../app/route.js';
import { useToggleFocus } from '../app/use-toggle-focus.js';
import { useLanguage } from '../i18n/use-language.js';
import { ConfirmRemove } from './ConfirmRemove.js';
import { languageTag } from './language-tag.js';
import { withGoalChanged, withoutGoal, type GoalChanges } from './goal-edit.js';
import type { PlanContext } from './plan-context.js';
import { editablePlan } from './plan-view.js';

function DomainOptions() {
  const lang = useLanguage();
  return <>{LIFE_DOMAINS.map((d) => <option key={d} value={d}>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</option>)}</>;
}

/**
 * Goals per life domain, in the family's own words (VONK's domains, in their order): each with
 * how it stands, the worker's own note (never in the family version) and a way to change or
 * remove it. Every change saves the whole plan with its version.
 */
export function GoalsPanel({ ctx }: { ctx: PlanContext }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), domain: useId(), words: useId(), language: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [domain, setDomain] = useState<LifeDomain>(LIFE_DOMAINS[0]);
  const [words, setWords] = useState('');
  const [language, setLanguage] = useState('');
  const goals = ctx.plan.goals;
  const tag = languageTag(language);

  const add = async () => {
    const next = editablePlan(ctx.plan);
    next.goals = [...(next.goals ?? []), { id: newId(), domain, words: words.trim().slice(0, 2000), ...(tag ? { language: tag } : {}) }];
    if (await ctx.save(next)) { setWords(''); setLanguage(''); }
  };

  return (
    <section aria-labelledby={ids.heading} className="plan-part goals">
      {/* A removed goal's card is gone: focus lands on the heading instead of the page's start. */}
      <h3 id={ids.heading} ref={headingRef} tabIndex={-1}>{t('plan.goals.title')}</h3>
      {goals.length === 0 ? <p>{t('plan.goals.none')}</p> : (
        LIFE_DOMAINS.filter((d) => goals.some((g) => g.domain === d)).map((d) => (
          <div key={d} className="goal-domain">
            <h4>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</h4>
            <ul className="card-list">
              {goals.filter((g) => g.domain === d).map((g) => <GoalCard key={g.id} ctx={ctx} goal={g} onRemoved={() => headingRef.current?.focus()} />)}
            </ul>
          </div>
        ))
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.domain}>{t('plan.goals.domain')}</label>
          <select id={ids.domain} value={domain} onChange={(e) => setDomain(e.target.value as LifeDomain)}><DomainOptions /></select></div>
        <div className="field"><label htmlFor={ids.words}>{t('plan.goals.words')}</label>
          <input id={ids.words} type="text" dir="auto" lang={tag} value={words} maxLength={2000} onChange={(e) => setWords(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.language}>{t('plan.goals.language')}</label>
          <input id={ids.language} type="text" value={language} maxLength={20} aria-describedby={`${ids.language}-hint`} aria-invalid={language.trim() !== '' && !tag}
            onChange={(e) => setLanguage(e.target.value)} />
          <span id={`${ids.language}-hint`} className="hint">{t('plan.goals.languageHint')}</span></div>
        <button type="submit" disabled={ctx.busy || words.trim() === '' || (language.trim() !== '' && !tag)}>{t('plan.goals.add')}</button>
      </form>
      <p><a href={formatRoute({ page: 'doelenplan', caseId: ctx.caseId })}>{t('family.goals.link')}</a></p>
    </section>
  );
}

function GoalCard({ ctx, goal, onRemoved }: { ctx: PlanContext; goal: Goal; onRemoved: () => void }) {
  const { t } = useTranslation();
  const ids = { title: useId(), status: useId(), domain: useId(), words: useId(), note: useId(), form: useId() };
  const [domain, setDomain] = useState<LifeDomain>(goal.domain);
  const [words, setWords] = useState(goal.words);
  const [note, setNote] = useState(goal.workerNote ?? '');
  const editRef = useRef<HTMLButtonElement>(null);
  const wordsRef = useRef<HTMLInputElement>(null);
  const [editing, toggleEditing] = useToggleFocus(wordsRef, editRef);
  const edit = (on: boolean) => {
    if (on) { setDomain(goal.domain); setWords(goal.words); setNote(goal.workerNote ?? ''); }
    toggleEditing(on);
  };
  const linked = ctx.plan.actions.filter((a) => a.goalId === goal.id).length;

  const change = (changes: GoalChanges) => ctx.save(withGoalChanged(editablePlan(ctx.plan), goal.id, changes));
  const save = async () => {
    if (await change({ domain, words, workerNote: note })) edit(false);
  };
  const remove = async () => {
    const ok = await ctx.save(withoutGoal(editablePlan(ctx.plan), goal.id));
    if (ok) onRemoved();
    return ok;
  };

  return (
    <li className={`card goal goal-${goal.status}`} aria-labelledby={ids.title}>
      <p id={ids.title} className="family-words" dir="auto" lang={goal.language}>{goal.words}</p>
      {editing ? (
        <form className="stack-form" aria-labelledby={ids.form} onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <h5 id={ids.form}>{t('plan.goals.editTitle')}</h5>
          <div className="field"><label htmlFor={ids.domain}>{t('plan.goals.domain')}</label>
            <select id={ids.domain} value={domain} onChange={(e) => setDomain(e.target.value as LifeDomain)}><DomainOptions /></select></div>
          <div className="field"><label htmlFor={ids.words}>{t('plan.goals.words')}</label>
            <input ref={wordsRef} id={ids.words} type="text" dir="auto" lang={goal.language} value={words} maxLength={2000} onChange={(e) => setWords(e.target.value)} /></div>
          <div className="field"><label htmlFor={ids.note}>{t('plan.goals.workerNote')}</label>
            <textarea id={ids.note} rows={2} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} /></div>
          <p className="card-buttons">
            <button type="submit" className="primary" disabled={ctx.busy || words.trim() === ''}>{t('plan.goals.save')}</button>
            <button type="button" onClick={() => edit(false)}>{t('plan.goals.cancel')}</button>
          </p>
        </form>
      ) : (
        <>
          {goal.workerNote ? <p className="worker-note">{t('plan.goals.workerNoteShown')} {goal.workerNote}</p> : null}
          <div className="field inline"><label htmlFor={ids.status}>{t('plan.goals.status')}</label>
            <select id={ids.status} value={goal.status} disabled={ctx.busy} aria-describedby={ids.title}
              onChange={(e) => { void change({ status: e.target.value as GoalStatus }); }}>
              {GOAL_STATUSES.map((s) => <option key={s} value={s}>{t(`plan.goals.statuses.${s}`)}</option>)}
            </select>
          </div>
          <div className="card-buttons">
            <button ref={editRef} type="button" onClick={() => edit(true)}>{t('plan.goals.edit')}<span className="visually-hidden">: {goal.words}</span></button>
            <ConfirmRemove what={goal.words} busy={ctx.busy} onConfirm={remove}
              warning={linked > 0 ? t('plan.goals.keepsActions', { count: linked }) : null} />
          </div>
        </>
      )}
    </li>
  );
}

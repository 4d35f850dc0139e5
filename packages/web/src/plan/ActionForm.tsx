import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePickable } from './use-pickable.js';
import { ACTION_KINDS, labelOf, LIFE_DOMAIN_VOCABULARY, SUPPORT_FUNCTIONS, type Action, type ActionKind } from '@netwerkkracht/core';
import { newId } from '../app/ids.js';
import { functionLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';
import { actionFormComplete, actionFormValues, actionPatch, EMPTY_ACTION_FORM, newActionInput, type ActionFormValues } from './action-form-values.js';
import { linkSentence, ownerSentence } from './action-text.js';
import { goalsInDomainOrder } from './goal-edit.js';
import type { PlanContext } from './plan-context.js';
import { refName, type MapPerson } from './plan-view.js';

/** An option for a value the stored action has but the list no longer offers (a wish since realised). */
export interface KeptOption {
  readonly value: string;
  readonly label: string;
}

export function Kept({ option, offered }: { option: KeptOption | null; offered: readonly string[] }) {
  return option && option.value !== '' && !offered.includes(option.value) ? <option value={option.value}>{option.label}</option> : null;
}

/**
 * Options for who carries an action: the family, the worker, or someone of the map; `current`
 * keeps the stored owner selectable when the list does not offer it (a volunteer).
 */
export function OwnerOptions({ people, current = null }: { people: readonly MapPerson[]; current?: KeptOption | null }) {
  const { t } = useTranslation();
  const listed = usePickable(people);
  return (
    <>
      <option value="persoon">{t('plan.owner.persoon')}</option>
      <option value="begeleider">{t('plan.owner.begeleider')}</option>
      {listed.map((p) => <option key={p.id} value={`netwerklid:${p.id}`}>{p.name}</option>)}
      <Kept option={current} offered={['persoon', 'begeleider', ...listed.map((p) => `netwerklid:${p.id}`)]} />
    </>
  );
}

/**
 * A new action, or (with `initial`) an action being changed: linked to a person of the map, a gap
 * or a wished-for person, belonging to a goal, with promised help. Adding sends POST; changing
 * sends a PATCH with only the fields that changed, then calls `onDone` (also on Annuleren).
 */
export function ActionForm({ ctx, people, initial, onDone }: { ctx: PlanContext; people: readonly MapPerson[]; initial?: Action; onDone?: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = {
    heading: useId(), what: useId(), kind: useId(), goal: useId(), link: useId(), owner: useId(), due: useId(), by: useId(), followUp: useId(), fallback: useId(),
  };
  const [values, setValues] = useState<ActionFormValues>(() => (initial ? actionFormValues(initial) : EMPTY_ACTION_FORM));
  const set = <K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const whatRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (initial) whatRef.current?.focus();
    // Only when the form opens for an action: a new action's form is always on the page.
  }, []);

  const active = usePickable(people);
  // Wished-for people of the current map (a link to someone the family would like to have).
  const wished = people.filter((p) => p.status === 'gewenst' && p.onMap);
  const goals = goalsInDomainOrder(ctx.plan.goals);
  const unknown = t('plan.unknownPerson');
  // What the stored action has that the lists may no longer offer stays selectable.
  const start = initial ? actionFormValues(initial) : null;
  const keptLink = initial && start ? { value: start.link, label: linkSentence(initial, people, t, lang) ?? start.link } : null;
  const keptOwner = initial && start ? { value: start.owner, label: ownerSentence(initial, people, t) } : null;
  const keptBy = initial?.promise && start ? { value: start.by, label: refName(initial.promise.by, people, unknown) } : null;

  const submit = async () => {
    if (!initial) {
      const input = newActionInput(values);
      if (input && await ctx.apply({ kind: 'addAction', action: { ...input, id: newId() } })) setValues({ ...EMPTY_ACTION_FORM, kind: values.kind, owner: values.owner });
      return;
    }
    const patch = actionPatch(initial, values);
    if (patch === null) return;
    if (Object.keys(patch).length === 0 || await ctx.apply({ kind: 'patchAction', actionId: initial.id, patch, before: initial })) onDone?.();
  };

  const Heading = initial ? 'h4' : 'h3';
  return (
    <section aria-labelledby={ids.heading} className={initial ? 'action-edit' : 'plan-part'}>
      <Heading id={ids.heading}>{t(initial ? 'plan.newAction.editTitle' : 'plan.newAction.title')}</Heading>
      <form className="stack-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="field"><label htmlFor={ids.what}>{t('plan.newAction.what')}</label>
          <input ref={whatRef} id={ids.what} type="text" value={values.what} maxLength={1000} onChange={(e) => set('what', e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.kind}>{t('plan.actions.kind')}</label>
          <select id={ids.kind} value={values.kind} onChange={(e) => set('kind', e.target.value as ActionKind)}>
            {ACTION_KINDS.map((k) => <option key={k} value={k}>{t(`plan.kind.${k}`)}</option>)}
          </select></div>
        {goals.length > 0 ? (
          <div className="field"><label htmlFor={ids.goal}>{t('plan.newAction.goal')}</label>
            <select id={ids.goal} value={values.goalId} onChange={(e) => set('goalId', e.target.value)}>
              <option value="">{t('plan.newAction.noGoal')}</option>
              {goals.map((g) => <option key={g.id} value={g.id}>{labelOf(LIFE_DOMAIN_VOCABULARY, g.domain, lang)}: {g.words}</option>)}
            </select></div>
        ) : null}
        <div className="field"><label htmlFor={ids.link}>{t('plan.newAction.link')}</label>
          <select id={ids.link} value={values.link} onChange={(e) => set('link', e.target.value)}>
            <option value="">{t('plan.newAction.noLink')}</option>
            <Kept option={keptLink} offered={[...active.map((p) => `persoon:${p.id}`), ...SUPPORT_FUNCTIONS.map((f) => `gat:${f}`), ...wished.map((p) => `gewenst:${p.id}`)]} />
            <optgroup label={t('plan.newAction.linkPerson')}>
              {active.map((p) => <option key={p.id} value={`persoon:${p.id}`}>{p.name}</option>)}
            </optgroup>
            <optgroup label={t('plan.newAction.linkGap')}>
              {SUPPORT_FUNCTIONS.map((f) => <option key={f} value={`gat:${f}`}>{functionLabel(f, lang)}</option>)}
            </optgroup>
            <optgroup label={t('plan.newAction.linkWished')}>
              {wished.map((p) => <option key={p.id} value={`gewenst:${p.id}`}>{p.name}</option>)}
            </optgroup>
          </select></div>
        <div className="field"><label htmlFor={ids.owner}>{t('plan.actions.owner')}</label>
          <select id={ids.owner} value={values.owner} onChange={(e) => set('owner', e.target.value)}><OwnerOptions people={people} current={keptOwner} /></select></div>
        <div className="field"><label htmlFor={ids.due}>{t('plan.actions.due')}</label>
          <input id={ids.due} type="date" value={values.due} onChange={(e) => set('due', e.target.value)} /></div>
        <label className="check"><input type="checkbox" checked={values.promised} onChange={(e) => set('promised', e.target.checked)} /> {t('plan.promise.promised')}</label>
        {values.promised ? (
          <fieldset>
            <legend>{t('plan.promise.title')}</legend>
            <div className="field"><label htmlFor={ids.by}>{t('plan.promise.who')}</label>
              <select id={ids.by} value={values.by} onChange={(e) => set('by', e.target.value)}>
                <option value="">{t('plan.promise.choose')}</option>
                {active.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                <Kept option={keptBy} offered={active.map((p) => p.id)} />
              </select></div>
            <div className="field"><label htmlFor={ids.followUp}>{t('plan.promise.followUpLabel')}</label>
              <input id={ids.followUp} type="date" value={values.followUpBy} onChange={(e) => set('followUpBy', e.target.value)} /></div>
            <div className="field"><label htmlFor={ids.fallback}>{t('plan.promise.fallbackLabel')}</label>
              <input id={ids.fallback} type="text" value={values.fallback} maxLength={1000} onChange={(e) => set('fallback', e.target.value)} /></div>
          </fieldset>
        ) : null}
        {initial ? (
          <p className="card-buttons">
            <button type="submit" className="primary" disabled={ctx.busy || !actionFormComplete(values)}>{t('plan.newAction.save')}</button>
            <button type="button" onClick={() => onDone?.()}>{t('plan.newAction.cancel')}</button>
          </p>
        ) : <button type="submit" className="primary" disabled={ctx.busy || !actionFormComplete(values)}>{t('plan.newAction.add')}</button>}
      </form>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, SUPPORT_FUNCTIONS, type ActionKind } from '@netwerkkracht/core';
import { plans } from '../api/plan-endpoints.js';
import { functionLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';
import { linkFromChoice, ownerFromChoice } from './link-choice.js';
import type { PlanContext } from './PlanSection.js';
import type { MapPerson } from './plan-view.js';

/** Options for who carries an action: the family, the worker, or someone of the map. */
export function OwnerOptions({ people }: { people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="persoon">{t('plan.owner.persoon')}</option>
      <option value="begeleider">{t('plan.owner.begeleider')}</option>
      {people.filter((p) => p.status !== 'gewenst').map((p) => <option key={p.id} value={`netwerklid:${p.id}`}>{p.name}</option>)}
    </>
  );
}

/** A new action, linked to a person of the map, a gap or a wished-for person, with promised help. */
export function ActionForm({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), what: useId(), kind: useId(), link: useId(), owner: useId(), due: useId(), promised: useId(), by: useId(), followUp: useId(), fallback: useId() };
  const [what, setWhat] = useState('');
  const [kind, setKind] = useState<ActionKind>('doen');
  const [link, setLink] = useState('');
  const [owner, setOwner] = useState('persoon');
  const [due, setDue] = useState('');
  const [promised, setPromised] = useState(false);
  const [by, setBy] = useState('');
  const [followUpBy, setFollowUpBy] = useState('');
  const [fallback, setFallback] = useState('');
  const active = people.filter((p) => p.status !== 'gewenst');

  const add = async () => {
    const chosenOwner = ownerFromChoice(owner);
    if (!chosenOwner || what.trim() === '') return;
    const promise = promised && by !== ''
      ? { by: { alterId: by }, ...(followUpBy ? { followUpBy } : {}), ...(fallback.trim() ? { fallback: fallback.trim().slice(0, 1000) } : {}) }
      : undefined;
    const ok = await ctx.change((v) => plans.addAction(ctx.caseId, v, {
      what: what.trim().slice(0, 1000), kind, owner: chosenOwner, link: linkFromChoice(link), due: due === '' ? null : due,
      ...(promise ? { promise } : {}),
    }));
    if (ok) {
      setWhat(''); setLink(''); setDue(''); setPromised(false); setBy(''); setFollowUpBy(''); setFallback('');
    }
  };

  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h3 id={ids.heading}>{t('plan.newAction.title')}</h3>
      <form className="stack-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.what}>{t('plan.newAction.what')}</label>
          <input id={ids.what} type="text" value={what} maxLength={1000} onChange={(e) => setWhat(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.kind}>{t('plan.actions.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as ActionKind)}>
            {ACTION_KINDS.map((k) => <option key={k} value={k}>{t(`plan.kind.${k}`)}</option>)}
          </select></div>
        <div className="field"><label htmlFor={ids.link}>{t('plan.newAction.link')}</label>
          <select id={ids.link} value={link} onChange={(e) => setLink(e.target.value)}>
            <option value="">{t('plan.newAction.noLink')}</option>
            <optgroup label={t('plan.newAction.linkPerson')}>
              {active.map((p) => <option key={p.id} value={`persoon:${p.id}`}>{p.name}</option>)}
            </optgroup>
            <optgroup label={t('plan.newAction.linkGap')}>
              {SUPPORT_FUNCTIONS.map((f) => <option key={f} value={`gat:${f}`}>{functionLabel(f, lang)}</option>)}
            </optgroup>
            <optgroup label={t('plan.newAction.linkWished')}>
              {people.filter((p) => p.status === 'gewenst').map((p) => <option key={p.id} value={`gewenst:${p.id}`}>{p.name}</option>)}
            </optgroup>
          </select></div>
        <div className="field"><label htmlFor={ids.owner}>{t('plan.actions.owner')}</label>
          <select id={ids.owner} value={owner} onChange={(e) => setOwner(e.target.value)}><OwnerOptions people={people} /></select></div>
        <div className="field"><label htmlFor={ids.due}>{t('plan.actions.due')}</label>
          <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} /></div>
        <label className="check"><input type="checkbox" checked={promised} onChange={(e) => setPromised(e.target.checked)} /> {t('plan.promise.promised')}</label>
        {promised ? (
          <fieldset>
            <legend>{t('plan.promise.title')}</legend>
            <div className="field"><label htmlFor={ids.by}>{t('plan.promise.who')}</label>
              <select id={ids.by} value={by} onChange={(e) => setBy(e.target.value)}>
                <option value="">{t('plan.promise.choose')}</option>
                {active.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select></div>
            <div className="field"><label htmlFor={ids.followUp}>{t('plan.promise.followUpLabel')}</label>
              <input id={ids.followUp} type="date" value={followUpBy} onChange={(e) => setFollowUpBy(e.target.value)} /></div>
            <div className="field"><label htmlFor={ids.fallback}>{t('plan.promise.fallbackLabel')}</label>
              <input id={ids.fallback} type="text" value={fallback} maxLength={1000} onChange={(e) => setFallback(e.target.value)} /></div>
          </fieldset>
        ) : null}
        <button type="submit" className="primary" disabled={ctx.busy || what.trim() === '' || (promised && by === '')}>{t('plan.newAction.add')}</button>
      </form>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, initiativeById, LocalServiceIdSchema, workingModel, type ActionKind, type Language, type LocalService, type WorkingModelCode } from '@netwerkkracht/core';
import { suggestionsApi, type SuggestionWithReason } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useLanguage } from '../i18n/use-language.js';
import { OwnerOptions } from './ActionForm.js';
import { ownerFromChoice } from './link-choice.js';
import type { PlanContext } from './plan-context.js';
import { currentSnapshot, type MapPerson } from './plan-view.js';
import { suggestionOptions, type SuggestionOption } from './suggestion-options.js';

/**
 * Ideas from the map's current version, each with the reason in plain words. The working models
 * are listed by name, never ranked; the family chooses, and their choice becomes a plan action.
 */
export function SuggestionsPanel({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const regionId = useId();
  const [typed, setTyped] = useState('');
  const [region, setRegion] = useState('');
  const snapshot = currentSnapshot(ctx.map);
  const snapshotId = snapshot?.id ?? '';
  const { loaded, reload } = useLoad(
    () => (snapshotId === '' ? Promise.resolve({ ok: true as const, value: { suggestions: [], localServices: [] } }) : suggestionsApi.list(ctx.map.id, snapshotId, region)),
    [ctx.map.id, snapshotId, region, ctx.version],
    ctx.map.id,
  );
  return (
    <section aria-labelledby={headingId} className="plan-part">
      <h3 id={headingId}>{t('plan.suggest.title')}</h3>
      <p className="hint">{t('plan.suggest.familyChooses')}</p>
      {snapshot ? <p className="hint">{t('plan.suggest.basedOn', { date: snapshot.date })}</p> : null}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); setRegion(typed.trim()); }}>
        <div className="field"><label htmlFor={regionId}>{t('plan.suggest.region')}</label>
          <input id={regionId} type="text" value={typed} maxLength={120} onChange={(e) => setTyped(e.target.value)} /></div>
        <button type="submit">{t('plan.suggest.showNearby')}</button>
      </form>
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        loaded.value.suggestions.length === 0 ? <p>{t('plan.suggest.none')}</p> : (
          <ul className="card-list suggestions">
            {loaded.value.suggestions.map((s) => (
              <SuggestionCard key={s.id} ctx={ctx} snapshotId={snapshotId} region={region} suggestion={s} services={loaded.value.localServices} people={people} />
            ))}
          </ul>
        )
      )}
    </section>
  );
}

function optionLabel(option: Omit<SuggestionOption, 'label'>, services: readonly LocalService[], lang: Language): string {
  switch (option.kind) {
    case 'model': return workingModel(option.id as WorkingModelCode).labels[lang];
    case 'initiative': return initiativeById(option.id)?.name ?? option.id;
    case 'service': return services.find((s) => s.id === option.id)?.name ?? option.id;
  }
}

function SuggestionCard({ ctx, snapshotId, region, suggestion, services, people }: {
  ctx: PlanContext; snapshotId: string; region: string; suggestion: SuggestionWithReason; services: readonly LocalService[]; people: readonly MapPerson[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { title: useId(), what: useId(), owner: useId(), kind: useId(), due: useId(), option: useId() };
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('persoon');
  const [kind, setKind] = useState<ActionKind>('doen');
  const [due, setDue] = useState('');
  const options = suggestionOptions(suggestion, (o) => optionLabel(o, services, lang));

  const accept = async () => {
    const chosenOwner = ownerFromChoice(owner);
    if (!chosenOwner || what.trim() === '') return;
    const picked = options.find((o) => `${o.kind}:${o.id}` === choice);
    const ok = await ctx.change((v) => suggestionsApi.accept(ctx.map.id, snapshotId, region, v, {
      suggestionId: suggestion.id, what: what.trim().slice(0, 1000), owner: chosenOwner, kind, due: due === '' ? null : due,
      ...(picked?.kind === 'model' ? { model: picked.id as WorkingModelCode } : {}),
      ...(picked?.kind === 'initiative' ? { initiativeId: picked.id } : {}),
      ...(picked?.kind === 'service' ? { localServiceId: LocalServiceIdSchema.parse(picked.id) } : {}),
    }));
    if (ok) setOpen(false);
  };

  return (
    <li className="card suggestion" aria-labelledby={ids.title}>
      <p id={ids.title}>{suggestion.reasonText}</p>
      {options.length > 0 ? <p className="hint">{t('plan.suggest.options', { n: options.length })}</p> : null}
      {options.some((o) => o.kind !== 'service') ? (
        // What each idea is, with its page in the catalogue (opens beside the plan).
        <ul className="suggestion-options">
          {options.filter((o) => o.kind !== 'service').map((o) => (
            <li key={`${o.kind}:${o.id}`}>
              <a href={formatRoute(o.kind === 'model' ? { page: 'workingModel', code: o.id } : { page: 'initiative', id: o.id })} target="_blank" rel="noopener"
                aria-label={t('catalogue.readMore', { name: o.label })}>{o.label}</a>
              {' '}<span className="hint">({t(`plan.suggest.optionKind.${o.kind}`)})</span>
              <br /><span>{o.kind === 'model' ? workingModel(o.id as WorkingModelCode).summary[lang] : initiativeById(o.id)?.aim[lang] ?? ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {!open ? <button type="button" onClick={() => setOpen(true)}>{t('plan.suggest.choose')}</button> : (
        <form className="stack-form" onSubmit={(e) => { e.preventDefault(); void accept(); }}>
          {options.length > 0 ? (
            <fieldset>
              <legend>{t('plan.suggest.whichOption')}</legend>
              <label className="check"><input type="radio" name={ids.option} value="" checked={choice === ''} onChange={() => setChoice('')} /> {t('plan.suggest.ownWay')}</label>
              {options.map((o) => (
                <label key={`${o.kind}:${o.id}`} className="check">
                  <input type="radio" name={ids.option} value={`${o.kind}:${o.id}`} checked={choice === `${o.kind}:${o.id}`} onChange={() => setChoice(`${o.kind}:${o.id}`)} />
                  {' '}{o.label} <span className="hint">({t(`plan.suggest.optionKind.${o.kind}`)})</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="field"><label htmlFor={ids.what}>{t('plan.suggest.what')}</label>
            <input id={ids.what} type="text" value={what} maxLength={1000} onChange={(e) => setWhat(e.target.value)} /></div>
          <div className="field"><label htmlFor={ids.owner}>{t('plan.actions.owner')}</label>
            <select id={ids.owner} value={owner} onChange={(e) => setOwner(e.target.value)}><OwnerOptions people={people} /></select></div>
          <div className="field"><label htmlFor={ids.kind}>{t('plan.actions.kind')}</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as ActionKind)}>
              {ACTION_KINDS.map((k) => <option key={k} value={k}>{t(`plan.kind.${k}`)}</option>)}
            </select></div>
          <div className="field"><label htmlFor={ids.due}>{t('plan.actions.due')}</label>
            <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} /></div>
          <button type="submit" className="primary" disabled={ctx.busy || what.trim() === ''}>{t('plan.suggest.accept')}</button>
          <button type="button" onClick={() => setOpen(false)}>{t('plan.suggest.cancel')}</button>
        </form>
      )}
    </li>
  );
}

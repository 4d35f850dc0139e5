import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePickable } from './use-pickable.js';
import {
  BARRIER_GROUP_LABELS, BARRIER_GROUPS, BARRIER_STATUSES, BARRIER_VOCABULARY, barrierEntry,
  type BarrierCode, type BarrierHolder, type BarrierRecord, type BarrierStatus,
} from '@netwerkkracht/core';
import { barriersApi, type BarrierBody, type BarrierEntry } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import type { ApiResult } from '../api/api-error.js';
import { Kept, type KeptOption } from './ActionForm.js';
import { holderChoice, holderFromChoice } from './link-choice.js';
import type { PlanContext } from './plan-context.js';
import { cleanNote, personName, type MapPerson } from './plan-view.js';

function bodyOf(b: BarrierRecord): BarrierBody {
  const { id: _id, ...rest } = structuredClone(b);
  return rest as BarrierBody;
}

/** Who a barrier is with, as a plain phrase: the family, the worker, or the person of the map by name. */
function useHolderName(people: readonly MapPerson[]): (holder: BarrierHolder) => string {
  const { t } = useTranslation();
  return (holder) => (holder.kind === 'netwerklid' ? personName(people, holder.alterId, t('plan.unknownPerson')) : t(`plan.barriers.holders.${holder.kind}`));
}

/**
 * Options for whose barrier it is: the family, the worker, or anyone of the map (handelingsverlegenheid
 * is often the network's). `current` keeps a stored holder selectable when the map no longer shows them.
 */
function HolderOptions({ people: everyone, current = null }: { people: readonly MapPerson[]; current?: KeptOption | null }) {
  const { t } = useTranslation();
  const people = usePickable(everyone);
  return (
    <>
      <option value="gezin">{t('plan.barriers.holders.gezin')}</option>
      <option value="begeleider">{t('plan.barriers.holders.begeleider')}</option>
      <Kept option={current} offered={['gezin', 'begeleider', ...people.map((p) => `netwerklid:${p.id}`)]} />
      {people.length > 0 ? (
        <optgroup label={t('plan.barriers.network')}>
          {people.map((p) => <option key={p.id} value={`netwerklid:${p.id}`}>{p.name}</option>)}
        </optgroup>
      ) : null}
    </>
  );
}

/** What holds the family or the network back, from the barrier list with its plain explanation. */
export function BarriersPanel({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), code: useId(), holder: useId(), holderHint: useId(), note: useId() };
  const { loaded, reload } = useLoad(() => barriersApi.list(ctx.caseId), [ctx.caseId, ctx.version], ctx.caseId);
  const [code, setCode] = useState<BarrierCode>(BARRIER_VOCABULARY[0]?.code ?? 'vraagverlegenheid');
  const [holder, setHolder] = useState('gezin');
  const [note, setNote] = useState('');
  const [actionIds, setActionIds] = useState<readonly string[]>([]);
  const request = useRequest();
  const { busy, error } = request;
  const run = async (step: () => Promise<ApiResult<unknown>>) => {
    const result = await request.run(step);
    reload();
    return result.ok;
  };
  const add = async () => {
    const text = cleanNote(note);
    const chosen = holderFromChoice(holder) ?? { kind: 'gezin' };
    const ok = await run(() => barriersApi.add(ctx.caseId, { code, holder: chosen, notes: text ? [{ date: today(), text }] : [], actionIds: [...actionIds] }));
    if (ok) { setNote(''); setActionIds([]); setHolder('gezin'); }
  };
  const explanation = barrierEntry(code);
  const holderHint = code === 'handelingsverlegenheid' && holder === 'gezin';

  return (
    <section aria-labelledby={ids.heading} className="plan-part barriers">
      <h3 id={ids.heading}>{t('plan.barriers.title')}</h3>
      {error ? <ErrorNotice error={error} onReload={reload} /> : null}
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        loaded.value.barriers.length === 0 ? <p>{t('plan.barriers.none')}</p> : (
          <ul className="card-list">
            {loaded.value.barriers.map((entry) => (
              <BarrierCard key={entry.barrier.id} entry={entry} people={people} busy={busy} unaddressed={loaded.value.unaddressed.includes(entry.barrier.id)}
                onChange={(body) => run(() => barriersApi.replace(ctx.caseId, entry.barrier.id, entry.version, body))}
                onRemove={() => run(() => barriersApi.remove(ctx.caseId, entry.barrier.id, entry.version))} />
            ))}
          </ul>
        )
      )}
      <form className="stack-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.code}>{t('plan.barriers.which')}</label>
          <select id={ids.code} value={code} onChange={(e) => setCode(e.target.value as BarrierCode)}>
            {BARRIER_GROUPS.map((g) => (
              <optgroup key={g} label={BARRIER_GROUP_LABELS[g][lang]}>
                {BARRIER_VOCABULARY.filter((b) => b.group === g).map((b) => <option key={b.code} value={b.code}>{b.labels[lang]}</option>)}
              </optgroup>
            ))}
          </select></div>
        <p className="hint">{explanation.explanation[lang]}{explanation.whatHelps ? ` ${t('plan.barriers.whatHelps')} ${explanation.whatHelps[lang]}` : ''}</p>
        <div className="field"><label htmlFor={ids.holder}>{t('plan.barriers.holder')}</label>
          <select id={ids.holder} value={holder} aria-describedby={holderHint ? ids.holderHint : undefined} onChange={(e) => setHolder(e.target.value)}>
            <HolderOptions people={people} />
          </select></div>
        {holderHint ? <p id={ids.holderHint} className="hint">{t('plan.barriers.holderHint')}</p> : null}
        <div className="field"><label htmlFor={ids.note}>{t('plan.barriers.note')}</label>
          <input id={ids.note} type="text" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} /></div>
        {ctx.plan.actions.length > 0 ? (
          <fieldset>
            <legend>{t('plan.barriers.actions')}</legend>
            {ctx.plan.actions.map((a) => (
              <label key={a.id} className="check"><input type="checkbox" checked={actionIds.includes(a.id)}
                onChange={(e) => setActionIds(e.target.checked ? [...actionIds, a.id] : actionIds.filter((x) => x !== a.id))} /> {a.what}</label>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" disabled={busy}>{t('plan.barriers.add')}</button>
      </form>
    </section>
  );
}

function BarrierCard({ entry, people, busy, unaddressed, onChange, onRemove }: {
  entry: BarrierEntry; people: readonly MapPerson[]; busy: boolean; unaddressed: boolean; onChange: (body: BarrierBody) => Promise<boolean>; onRemove: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const holderName = useHolderName(people);
  const ids = { status: useId(), holder: useId(), note: useId(), title: useId() };
  const [note, setNote] = useState('');
  const b = entry.barrier;
  const vocab = barrierEntry(b.code);
  const addNote = async () => {
    const text = cleanNote(note);
    if (text === null) return;
    const body = bodyOf(b);
    if (await onChange({ ...body, notes: [...(body.notes ?? []), { date: today(), text }] })) setNote('');
  };
  return (
    <li className="card" aria-labelledby={ids.title}>
      <p id={ids.title}><strong>{vocab.labels[lang]}</strong>{unaddressed ? <span className="late-badge"> {t('plan.barriers.noAction')}</span> : null}</p>
      <p>{t('plan.barriers.holderIs', { name: holderName(b.holder) })}</p>
      <p className="hint">{vocab.explanation[lang]}</p>
      {b.notes.length > 0 ? <ul className="reviews">{b.notes.map((n, i) => <li key={i}><time dateTime={n.date}>{n.date}</time>: {n.text}</li>)}</ul> : null}
      {entry.actions.length > 0 ? <p>{t('plan.barriers.addressedBy')} {entry.actions.map((a) => a.what).join(', ')}</p> : null}
      <div className="field inline"><label htmlFor={ids.status}>{t('plan.barriers.status')}</label>
        <select id={ids.status} value={b.status} disabled={busy} onChange={(e) => { void onChange({ ...bodyOf(b), status: e.target.value as BarrierStatus }); }}>
          {BARRIER_STATUSES.map((s) => <option key={s} value={s}>{t(`plan.barriers.statuses.${s}`)}</option>)}
        </select>
        <button type="button" disabled={busy} onClick={() => { void onRemove(); }}>{t('plan.barriers.remove', { name: vocab.labels[lang] })}</button>
      </div>
      <div className="field inline"><label htmlFor={ids.holder}>{t('plan.barriers.holder')}</label>
        <select id={ids.holder} value={holderChoice(b.holder)} disabled={busy} onChange={(e) => {
          const holder = holderFromChoice(e.target.value);
          if (holder) void onChange({ ...bodyOf(b), holder });
        }}>
          <HolderOptions people={people} current={{ value: holderChoice(b.holder), label: holderName(b.holder) }} />
        </select>
      </div>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void addNote(); }}>
        <div className="field"><label htmlFor={ids.note}>{t('plan.barriers.note')}</label>
          <input id={ids.note} type="text" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} /></div>
        <button type="submit" disabled={busy || note.trim() === ''}>{t('plan.barriers.addNote')}</button>
      </form>
    </li>
  );
}

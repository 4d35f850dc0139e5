import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  barrierEntry, labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, SEVEN_B_PROMPTS, SEVEN_B_VOCABULARY, SEVEN_BS,
  type LifeDomain, type SevenB,
} from '@netwerkkracht/core';
import { sevenBApi, signalsApi, type ContributionSource, type SevenBNote } from '../api/coordination-endpoints.js';
import { barriersApi, plans, socialMap, type PlanAnswer } from '../api/plan-endpoints.js';
import type { ApiResult } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { FamilyCountText } from './FamilyCountText.js';

interface Subject { readonly value: string; readonly label: string; readonly subject: SevenBNote['subject'] }

/** The services of the sociale kaart and the actions of the case's plan, as subjects of a 7 B's conversation. */
function useSubjects(caseId: string): readonly Subject[] {
  const { t } = useTranslation();
  const services = useLoad(() => socialMap.search({}), [], 'services');
  const plan = useLoad(async (): Promise<ApiResult<PlanAnswer | null>> => {
    const result = await plans.get(caseId);
    // No plan yet (null; 404 from a server before issue 14) simply means no actions to talk about.
    return result.ok || result.error.kind !== 'not_found' ? result : { ok: true as const, value: null };
  }, [caseId], caseId);
  return useMemo(() => [
    ...(services.loaded.status === 'ready' ? services.loaded.value.map((s) => ({ value: `dienst:${s.id}`, label: t('sevenB.service', { name: s.name }), subject: { kind: 'dienst' as const, serviceId: s.id } })) : []),
    ...(plan.loaded.status === 'ready' && plan.loaded.value ? plan.loaded.value.plan.actions.map((a) => ({ value: `actie:${a.id}`, label: t('sevenB.action', { what: a.what }), subject: { kind: 'actie' as const, actionId: a.id } })) : []),
  ], [services.loaded, plan.loaded, t]);
}

const subjectKey = (s: SevenBNote['subject']) => (s.kind === 'dienst' ? `dienst:${s.serviceId}` : `actie:${s.actionId}`);

/**
 * The 7 B's conversation (issue 12, item 8) and turning a barrier of this family into a
 * contribution to a signal (item 5). What leaves the case is only the count: the signal is told
 * "one more family", never which.
 */
export function CaseSignalsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const ids = { heading: useId() };
  const notes = useLoad(() => sevenBApi.list(caseId), [caseId], caseId);
  const subjects = useSubjects(caseId);
  return (
    <section aria-labelledby={ids.heading} className="plan signals-case">
      <h2 id={ids.heading}>{t('sevenB.title')}</h2>
      <SevenBPanel caseId={caseId} subjects={subjects} notes={notes.loaded.status === 'ready' ? notes.loaded.value : []} onSaved={notes.reload} />
      <ContributionPanel caseId={caseId} subjects={subjects} notes={notes.loaded.status === 'ready' ? notes.loaded.value : []} />
    </section>
  );
}

function SevenBPanel({ caseId, subjects, notes, onSaved }: { caseId: string; subjects: readonly Subject[]; notes: readonly SevenBNote[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { subject: useId(), which: useId(), list: useId() };
  const [subject, setSubject] = useState('');
  const [chosen, setChosen] = useState<Partial<Record<SevenB, string>>>({});
  const request = useRequest();
  const picked = subjects.find((s) => s.value === subject) ?? subjects[0];
  const items = SEVEN_BS.filter((b) => chosen[b] !== undefined).map((b) => ({ b, note: (chosen[b] ?? '').trim() }));
  const save = async () => {
    if (!picked) return;
    const result = await request.run(() => sevenBApi.add(caseId, picked.subject, items));
    if (result.ok) { setChosen({}); onSaved(); }
  };
  const subjectName = (s: SevenBNote['subject']) => subjects.find((x) => x.value === subjectKey(s))?.label ?? t('sevenB.unknownSubject');
  return (
    <div className="plan-part">
      <p>{t('sevenB.intro')}</p>
      {request.error ? <ErrorNotice error={request.error} /> : null}
      {subjects.length === 0 ? <p className="hint">{t('sevenB.noSubjects')}</p> : (
        <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="field"><label htmlFor={ids.subject}>{t('sevenB.subject')}</label>
            <select id={ids.subject} value={picked?.value ?? ''} onChange={(e) => setSubject(e.target.value)}>
              {subjects.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
            </select></div>
          <fieldset className="seven-bs">
            <legend id={ids.which}>{t('sevenB.which')}</legend>
            {SEVEN_BS.map((b) => {
              const label = labelOf(SEVEN_B_VOCABULARY, b, lang);
              return (
                <div key={b} className="seven-b">
                  <div className="choice">
                    <input id={`${ids.which}-${b}`} type="checkbox" checked={chosen[b] !== undefined}
                      onChange={(e) => setChosen((c) => { const next = { ...c }; if (e.target.checked) next[b] = ''; else delete next[b]; return next; })} />
                    <label htmlFor={`${ids.which}-${b}`}><strong>{label}</strong></label>
                  </div>
                  <ul className="hint">{SEVEN_B_PROMPTS[b].map((p) => <li key={p.nl}>{p[lang]}</li>)}</ul>
                  {chosen[b] !== undefined ? (
                    <div className="field"><label htmlFor={`${ids.which}-${b}-note`}>{t('sevenB.note', { b: label })}</label>
                      <input id={`${ids.which}-${b}-note`} type="text" maxLength={1000} value={chosen[b]} onChange={(e) => setChosen((c) => ({ ...c, [b]: e.target.value }))} /></div>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
          <button type="submit" disabled={request.busy || items.length === 0}>{t('sevenB.save')}</button>
        </form>
      )}
      {notes.length === 0 ? <p>{t('sevenB.none')}</p> : (
        <ul aria-labelledby={ids.list}>{notes.map((n) => (
          <li key={n.id}>{subjectName(n.subject)} ({t('sevenB.on', { date: n.notedOn })}): {n.items.map((i) => `${labelOf(SEVEN_B_VOCABULARY, i.b, lang)}${i.note ? ` (“${i.note}”)` : ''}`).join(', ')}</li>
        ))}</ul>
      )}
    </div>
  );
}

function ContributionPanel({ caseId, subjects, notes }: { caseId: string; subjects: readonly Subject[]; notes: readonly SevenBNote[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), source: useId(), text: useId(), domain: useId(), to: useId(), newText: useId(), newDomain: useId(), done: useId() };
  const barriers = useLoad(() => barriersApi.list(caseId), [caseId], caseId);
  const all = useLoad(() => signalsApi.list(), [], 'signals');
  const mine = useLoad(() => signalsApi.ofCase(caseId), [caseId], caseId);
  const request = useRequest();
  const [source, setSource] = useState('tekst');
  const [text, setText] = useState('');
  const [domain, setDomain] = useState<LifeDomain>('werk');
  const [to, setTo] = useState('nieuw');
  const [newText, setNewText] = useState('');
  const [newDomain, setNewDomain] = useState<LifeDomain>('werk');
  const [done, setDone] = useState<string | null>(null);

  const options = [
    ...(barriers.loaded.status === 'ready' ? barriers.loaded.value.barriers.map((b) => ({ value: `drempel:${b.barrier.id}`, label: t('signals.case.barrierOption', { label: barrierEntry(b.barrier.code).labels[lang] }) })) : []),
    ...notes.flatMap((n) => n.items.map((i) => ({
      value: `zeven_b:${n.id}:${i.b}`,
      label: t('signals.case.bOption', { label: labelOf(SEVEN_B_VOCABULARY, i.b, lang), subject: subjects.find((s) => s.value === subjectKey(n.subject))?.label ?? '' }),
    }))),
  ];
  const sourceOf = (): ContributionSource => {
    const [kind, id, b] = source.split(':');
    if (kind === 'drempel' && id) return { kind: 'drempel', barrierId: id };
    if (kind === 'zeven_b' && id && b) return { kind: 'zeven_b', noteId: id, b: b as SevenB };
    return { kind: 'levensdomein', lifeDomain: domain, text: text.trim() };
  };
  const submit = async () => {
    setDone(null);
    const target = to === 'nieuw' ? { newSignal: { text: newText.trim(), lifeDomain: newDomain } } : { signalId: to };
    const result: ApiResult<{ counted: boolean }> = await request.run(() => signalsApi.contribute(caseId, sourceOf(), target));
    if (result.ok) {
      setDone(result.value.counted ? t('signals.case.added') : t('signals.case.already'));
      setText(''); setNewText(''); setTo('nieuw');
      all.reload(); mine.reload();
    }
  };
  const domainOptions = LIFE_DOMAINS.map((d) => <option key={d} value={d}>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</option>);

  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h3 id={ids.heading}>{t('signals.case.title')}</h3>
      <p>{t('signals.case.intro')}</p>
      {request.error ? <ErrorNotice error={request.error} /> : null}
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="field"><label htmlFor={ids.source}>{t('signals.case.source')}</label>
          <select id={ids.source} value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="tekst">{t('signals.case.sourceText')}</option>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select></div>
        {source === 'tekst' ? (
          <div className="inline-form">
            <div className="field"><label htmlFor={ids.text}>{t('signals.case.textLabel')}</label>
              <input id={ids.text} type="text" value={text} maxLength={1000} onChange={(e) => setText(e.target.value)} /></div>
            <div className="field"><label htmlFor={ids.domain}>{t('signals.case.domain')}</label>
              <select id={ids.domain} value={domain} onChange={(e) => setDomain(e.target.value as LifeDomain)}>{domainOptions}</select></div>
          </div>
        ) : null}
        <div className="field"><label htmlFor={ids.to}>{t('signals.case.to')}</label>
          <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="nieuw">{t('signals.case.newSignal')}</option>
            {all.loaded.status === 'ready' ? all.loaded.value.signals.filter((s) => s.status !== 'opgelost').map((s) => <option key={s.id} value={s.id}>{s.text}</option>) : null}
          </select></div>
        {to === 'nieuw' ? (
          <div className="inline-form">
            <div className="field"><label htmlFor={ids.newText}>{t('signals.case.newText')}</label>
              <input id={ids.newText} type="text" value={newText} maxLength={1000} aria-describedby={`${ids.newText}-hint`} onChange={(e) => setNewText(e.target.value)} />
              <p className="hint" id={`${ids.newText}-hint`}>{t('signals.case.noNames')}</p></div>
            <div className="field"><label htmlFor={ids.newDomain}>{t('signals.case.signalDomain')}</label>
              <select id={ids.newDomain} value={newDomain} onChange={(e) => setNewDomain(e.target.value as LifeDomain)}>{domainOptions}</select></div>
          </div>
        ) : null}
        <button type="submit" className="primary" disabled={request.busy}>{t('signals.case.add')}</button>
      </form>
      <p role="status" id={ids.done}>{done ?? ''}</p>
      {mine.loaded.status === 'ready' && mine.loaded.value.length > 0 ? (
        <>
          <p>{t('signals.case.mine')}</p>
          <ul>{mine.loaded.value.map((s) => (
            <li key={s.id}>{s.text} (<FamilyCountText count={s.families} />){' '}
              <button type="button" className="link" disabled={request.busy} onClick={() => { void request.run(() => signalsApi.withdraw(caseId, s.id)).then((r) => { if (r.ok) { mine.reload(); all.reload(); } }); }}>
                {t('signals.case.withdraw')}<span className="visually-hidden"> {s.text}</span>
              </button></li>
          ))}</ul>
        </>
      ) : null}
    </section>
  );
}

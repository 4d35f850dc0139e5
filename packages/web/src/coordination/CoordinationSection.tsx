import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNEL_VOCABULARY, CONTACT_CHANNELS, labelOf, type ContactChannel } from '@netwerkkracht/core';
import { coordinationApi, type Coordination } from '../api/coordination-endpoints.js';
import type { ApiResult } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';

/**
 * Working together around the family (issue 12, item 6): its coordinator and start date, the
 * partner organisations with their roles, the casusoverleggen (with the six-month warnings, CC1
 * and CC2) and the contact log. Everything is read and written through the case's own routes.
 */
export function CoordinationSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const ids = { heading: useId() };
  const { loaded, reload } = useLoad(() => coordinationApi.get(caseId), [caseId], caseId);
  const request = useRequest();
  const run = async (step: () => Promise<ApiResult<unknown>>) => {
    const result = await request.run(step);
    if (result.ok) reload();
    return result.ok;
  };
  return (
    <section aria-labelledby={ids.heading} className="plan coordination">
      <h2 id={ids.heading}>{t('coordination.title')}</h2>
      {request.error ? <ErrorNotice error={request.error} onReload={reload} /> : null}
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        <>
          {loaded.value.warnings.length > 0 ? (
            <div className="attention" role="status">
              <ul>{loaded.value.warnings.map((w) => <li key={w.kind}>{t(`coordination.warnings.${w.kind === 'casusoverleg_zonder_ouders' ? 'casusoverleg_zonder_ouders' : 'casusoverleg_ontbreekt'}`, { date: w.since })}</li>)}</ul>
            </div>
          ) : null}
          <CoordinatorForm caseId={caseId} value={loaded.value} busy={request.busy} run={run} />
          <PartnersPart caseId={caseId} value={loaded.value} busy={request.busy} run={run} />
          <CasusoverlegPart caseId={caseId} value={loaded.value} busy={request.busy} run={run} />
          <ContactsPart caseId={caseId} value={loaded.value} busy={request.busy} run={run} />
        </>
      )}
    </section>
  );
}

interface PartProps {
  readonly caseId: string;
  readonly value: Coordination;
  readonly busy: boolean;
  readonly run: (step: () => Promise<ApiResult<unknown>>) => Promise<boolean>;
}

function CoordinatorForm({ caseId, value, busy, run }: PartProps) {
  const { t } = useTranslation();
  const ids = { who: useId(), start: useId() };
  const colleagues = useLoad(() => coordinationApi.colleagues(), [], 'colleagues');
  const [who, setWho] = useState(value.coordinator?.userId ?? '');
  const [start, setStart] = useState(value.startedOn);
  const workers = colleagues.loaded.status === 'ready' ? colleagues.loaded.value.filter((c) => c.role === 'begeleider' || c.role === 'coach') : [];
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void run(() => coordinationApi.set(caseId, who === '' ? null : who, start)); }}>
      <div className="field"><label htmlFor={ids.who}>{t('coordination.coordinator')}</label>
        <select id={ids.who} value={who} onChange={(e) => setWho(e.target.value)}>
          <option value="">{t('coordination.noCoordinator')}</option>
          {value.coordinator && !workers.some((w) => w.id === value.coordinator?.userId) ? <option value={value.coordinator.userId}>{value.coordinator.displayName}</option> : null}
          {workers.map((w) => <option key={w.id} value={w.id}>{w.displayName}</option>)}
        </select></div>
      <div className="field"><label htmlFor={ids.start}>{t('coordination.startedOn')}</label>
        <input id={ids.start} type="date" value={start} required onChange={(e) => setStart(e.target.value)} /></div>
      <button type="submit" disabled={busy}>{t('coordination.save')}</button>
    </form>
  );
}

function PartnersPart({ caseId, value, busy, run }: PartProps) {
  const { t } = useTranslation();
  const ids = { heading: useId(), organisation: useId(), role: useId() };
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const add = async () => {
    if (await run(() => coordinationApi.addPartner(caseId, organisation.trim(), role.trim()))) { setOrganisation(''); setRole(''); }
  };
  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h3 id={ids.heading}>{t('coordination.partners.title')}</h3>
      {value.partners.length === 0 ? <p>{t('coordination.partners.none')}</p> : (
        <ul>{value.partners.map((p) => (
          <li key={p.id}><strong>{p.organisation}</strong>: {p.role}{' '}
            <button type="button" className="link" disabled={busy} onClick={() => { void run(() => coordinationApi.removePartner(caseId, p.id)); }}>{t('coordination.partners.remove')}<span className="visually-hidden"> {p.organisation}</span></button></li>
        ))}</ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.organisation}>{t('coordination.partners.organisation')}</label>
          <input id={ids.organisation} type="text" value={organisation} maxLength={200} onChange={(e) => setOrganisation(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.role}>{t('coordination.partners.role')}</label>
          <input id={ids.role} type="text" value={role} maxLength={300} onChange={(e) => setRole(e.target.value)} /></div>
        <button type="submit" disabled={busy || organisation.trim() === '' || role.trim() === ''}>{t('coordination.partners.add')}</button>
      </form>
    </section>
  );
}

function CasusoverlegPart({ caseId, value, busy, run }: PartProps) {
  const { t } = useTranslation();
  const ids = { heading: useId(), date: useId(), present: useId(), note: useId() };
  const [date, setDate] = useState(today());
  const [present, setPresent] = useState(true);
  const [note, setNote] = useState('');
  const add = async () => {
    if (await run(() => coordinationApi.addCasusoverleg(caseId, date, present, note.trim()))) setNote('');
  };
  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h3 id={ids.heading}>{t('coordination.casusoverleg.title')}</h3>
      {value.casusoverleggen.length === 0 ? <p>{t('coordination.casusoverleg.none')}</p> : (
        <ul>{value.casusoverleggen.map((m) => (
          <li key={m.id}>{m.heldOn}, {t(m.parentsPresent ? 'coordination.casusoverleg.withParents' : 'coordination.casusoverleg.withoutParents')}{m.note ? `: ${m.note}` : ''}{' '}
            <button type="button" className="link" disabled={busy} onClick={() => { void run(() => coordinationApi.removeCasusoverleg(caseId, m.id)); }}>{t('coordination.partners.remove')}<span className="visually-hidden"> {m.heldOn}</span></button></li>
        ))}</ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.date}>{t('coordination.casusoverleg.heldOn')}</label>
          <input id={ids.date} type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></div>
        <div className="field choice"><input id={ids.present} type="checkbox" checked={present} onChange={(e) => setPresent(e.target.checked)} />
          <label htmlFor={ids.present}>{t('coordination.casusoverleg.parentsPresent')}</label></div>
        <div className="field"><label htmlFor={ids.note}>{t('coordination.casusoverleg.note')}</label>
          <input id={ids.note} type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} /></div>
        <button type="submit" disabled={busy}>{t('coordination.casusoverleg.add')}</button>
      </form>
    </section>
  );
}

function ContactsPart({ caseId, value, busy, run }: PartProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), channel: useId(), date: useId(), note: useId() };
  const [channel, setChannel] = useState<ContactChannel>('huisbezoek');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const add = async () => {
    if (await run(() => coordinationApi.addContact(caseId, channel, date, note.trim()))) setNote('');
  };
  return (
    <section aria-labelledby={ids.heading} className="plan-part contacts">
      <h3 id={ids.heading}>{t('coordination.contacts.title')}</h3>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.channel}>{t('coordination.contacts.channel')}</label>
          <select id={ids.channel} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}>
            {CONTACT_CHANNELS.map((c) => <option key={c} value={c}>{labelOf(CONTACT_CHANNEL_VOCABULARY, c, lang)}</option>)}
          </select></div>
        <div className="field"><label htmlFor={ids.date}>{t('coordination.contacts.date')}</label>
          <input id={ids.date} type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.note}>{t('coordination.contacts.note')}</label>
          <input id={ids.note} type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} /></div>
        <button type="submit" disabled={busy}>{t('coordination.contacts.add')}</button>
      </form>
      {value.contacts.length === 0 ? <p>{t('coordination.contacts.none')}</p> : (
        <ul className="contact-log">{value.contacts.map((c) => (
          <li key={c.id}><strong>{c.date}</strong> · {labelOf(CONTACT_CHANNEL_VOCABULARY, c.channel, lang)} · {t('coordination.contacts.by', { name: c.withName })}{c.note ? `: ${c.note}` : ''}{' '}
            <button type="button" className="link" disabled={busy} onClick={() => { void run(() => coordinationApi.removeContact(caseId, c.id)); }}>{t('coordination.contacts.remove')}<span className="visually-hidden"> {c.date}</span></button></li>
        ))}</ul>
      )}
    </section>
  );
}

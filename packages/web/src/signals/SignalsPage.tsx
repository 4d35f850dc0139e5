import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  labelOf, LIFE_DOMAIN_VOCABULARY, SIGNAL_OWNER_KINDS, SIGNAL_STATUS_VOCABULARY, SIGNAL_STATUSES,
  type SignalOwnerKind, type SignalStatus,
} from '@netwerkkracht/core';
import { coordinationApi, signalsApi, type Meeting, type Signal } from '../api/coordination-endpoints.js';
import type { SessionUser } from '../api/endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { FamilyCountText } from './FamilyCountText.js';

/**
 * The organisation's signalenbundel (issue 12, item 5): every signal with its life domain, family
 * count (SN1), state and owner. Coaches and the beheerder plan network meetings and change a
 * signal's state there; the onderzoeker sees the signals and counts only.
 */
export default function SignalsPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), meetings: useId() };
  const keeper = user.role === 'coach' || user.role === 'beheerder';
  const { loaded, reload } = useLoad(() => signalsApi.list(), [], 'signals');
  const meetings = useLoad(() => (user.role === 'onderzoeker' ? Promise.resolve({ ok: true as const, value: [] as Meeting[] }) : signalsApi.meetings()), [user.role], 'meetings');
  return (
    <section className="page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('signals.title')}</h1>
      <p>{t('signals.intro')}</p>
      {user.role === 'beheerder' ? <SmallCellPart onSaved={reload} /> : null}
      {user.role === 'onderzoeker' ? null : <MeetingsPart keeper={keeper} meetings={meetings.loaded.status === 'ready' ? meetings.loaded.value : []} onAdded={meetings.reload} headingId={ids.meetings} />}
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : loaded.value.signals.length === 0 ? <p>{t('signals.none')}</p> : (
        <ul className="card-list signal-list">
          {loaded.value.signals.map((s) => (
            <li key={s.id} className="card">
              <SignalCard signal={s} />
              {keeper ? <StatusForm signal={s} meetings={meetings.loaded.status === 'ready' ? meetings.loaded.value : []} onSaved={reload} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A signal as a card; `historyOpen` lists the history in full (the printed agenda), else it folds away. */
export function SignalCard({ signal, historyOpen = false }: { signal: Signal; historyOpen?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const history = <ul>{signal.history.map((h, i) => <li key={i}>{t('signals.historyEntry', { date: h.changedOn, status: labelOf(SIGNAL_STATUS_VOCABULARY, h.status, lang) })}{h.owner ? ` · ${h.owner.name}` : ''}{h.note ? ` · ${h.note}` : ''}</li>)}</ul>;
  return (
    <>
      <h2 className="signal-text">{signal.text}</h2>
      <dl className="facts">
        <dt>{t('signals.domain')}</dt><dd>{labelOf(LIFE_DOMAIN_VOCABULARY, signal.lifeDomain, lang)}</dd>
        <dt>{t('signals.count')}</dt><dd><FamilyCountText count={signal.families} /></dd>
        <dt>{t('signals.status')}</dt><dd>{labelOf(SIGNAL_STATUS_VOCABULARY, signal.status, lang)}</dd>
        <dt>{t('signals.owner')}</dt><dd>{signal.owner ? `${signal.owner.name} (${t(`signals.ownerKind.${signal.owner.kind}`)})` : t('signals.noOwner')}</dd>
      </dl>
      {signal.history.length > 1 ? (historyOpen ? <><h3 className="history-title">{t('signals.history')}</h3>{history}</> : <details><summary>{t('signals.history')}</summary>{history}</details>) : null}
    </>
  );
}

/** The beheerder's small-cell rule for signals: the organisation may hide more than the server does. */
function SmallCellPart({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), value: useId(), hint: useId() };
  const { loaded, reload } = useLoad(() => coordinationApi.settings(), [], 'settings');
  const [value, setValue] = useState<string | null>(null);
  const request = useRequest();
  if (loaded.status !== 'ready') return null;
  const shown = value ?? String(loaded.value.smallCellThreshold ?? loaded.value.smallCellMinimum);
  const save = async () => {
    const result = await request.run(() => coordinationApi.setSmallCell(shown.trim() === '' ? null : Number(shown)));
    if (result.ok) { setValue(null); reload(); onSaved(); }
  };
  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h2 id={ids.heading}>{t('signals.smallCell.title')}</h2>
      {request.error ? <ErrorNotice error={request.error} /> : null}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="field"><label htmlFor={ids.value}>{t('signals.smallCell.label')}</label>
          <input id={ids.value} type="number" min={1} max={100} value={shown} aria-describedby={ids.hint} onChange={(e) => setValue(e.target.value)} />
          <p className="hint" id={ids.hint}>{t('signals.smallCell.hint', { min: loaded.value.smallCellMinimum, applied: loaded.value.smallCellApplied })}</p></div>
        <button type="submit" disabled={request.busy}>{t('signals.smallCell.save')}</button>
      </form>
    </section>
  );
}

function MeetingsPart({ keeper, meetings, onAdded, headingId }: { keeper: boolean; meetings: readonly Meeting[]; onAdded: () => void; headingId: string }) {
  const { t } = useTranslation();
  const ids = { date: useId(), title: useId() };
  const [date, setDate] = useState(today());
  const [title, setTitle] = useState('');
  const request = useRequest();
  const add = async () => {
    const result = await request.run(() => signalsApi.addMeeting(date, title.trim()));
    if (result.ok) { setTitle(''); onAdded(); }
  };
  return (
    <section aria-labelledby={headingId} className="plan-part">
      <h2 id={headingId}>{t('signals.meetings.title')}</h2>
      {request.error ? <ErrorNotice error={request.error} /> : null}
      {meetings.length === 0 ? <p>{t('signals.meetings.none')}</p> : (
        <ul>{meetings.map((m) => <li key={m.id}><a href={formatRoute({ page: 'agenda', meetingId: m.id })}>{t('signals.meetings.agenda', { title: m.title, date: m.heldOn })}</a></li>)}</ul>
      )}
      {keeper ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <div className="field"><label htmlFor={ids.title}>{t('signals.meetings.name')}</label>
            <input id={ids.title} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} /></div>
          <div className="field"><label htmlFor={ids.date}>{t('signals.meetings.heldOn')}</label>
            <input id={ids.date} type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></div>
          <button type="submit" disabled={request.busy || title.trim() === ''}>{t('signals.meetings.add')}</button>
        </form>
      ) : null}
    </section>
  );
}

function StatusForm({ signal, meetings, onSaved }: { signal: Signal; meetings: readonly Meeting[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { status: useId(), meeting: useId(), kind: useId(), name: useId(), note: useId(), legend: useId() };
  const [status, setStatus] = useState<SignalStatus>(signal.status);
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const [kind, setKind] = useState<SignalOwnerKind>(signal.owner?.kind ?? 'netwerkpartner');
  const [name, setName] = useState(signal.owner?.name ?? '');
  const [note, setNote] = useState('');
  const request = useRequest();
  const save = async () => {
    const result = await request.run(() => signalsApi.setStatus(signal.id, {
      status, note: note.trim(), owner: name.trim() === '' ? null : { kind, name: name.trim() }, ...(meetingId ? { meetingId } : {}),
    }));
    if (result.ok) { setNote(''); onSaved(); }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <fieldset>
        <legend id={ids.legend}>{t('signals.change')}</legend>
        {request.error ? <ErrorNotice error={request.error} /> : null}
        <div className="inline-form">
          <div className="field"><label htmlFor={ids.status}>{t('signals.status')}</label>
            <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as SignalStatus)}>
              {SIGNAL_STATUSES.map((s) => <option key={s} value={s}>{labelOf(SIGNAL_STATUS_VOCABULARY, s, lang)}</option>)}
            </select></div>
          <div className="field"><label htmlFor={ids.meeting}>{t('signals.atMeeting')}</label>
            <select id={ids.meeting} value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
              <option value="">{t('signals.noMeeting')}</option>
              {meetings.map((m) => <option key={m.id} value={m.id}>{m.title} ({m.heldOn})</option>)}
            </select></div>
          <div className="field"><label htmlFor={ids.kind}>{t('signals.ownerKindLabel')}</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as SignalOwnerKind)}>
              {SIGNAL_OWNER_KINDS.map((k) => <option key={k} value={k}>{t(`signals.ownerKind.${k}`)}</option>)}
            </select></div>
          <div className="field"><label htmlFor={ids.name}>{t('signals.owner')}</label>
            <input id={ids.name} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} /></div>
          <div className="field"><label htmlFor={ids.note}>{t('signals.note')}</label>
            <input id={ids.note} type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} /></div>
          <button type="submit" disabled={request.busy}>{t('signals.save')}</button>
        </div>
      </fieldset>
    </form>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { signalsApi } from '../api/coordination-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { SignalCard } from './SignalsPage.js';

/**
 * The agenda of one network meeting (SN4): the signalenbundel as a standing item, each signal with
 * its state as decided at this meeting, printable with the browser's print (print.css hides the
 * app's header and buttons). No family is named: the server sends counts only.
 */
export default function AgendaPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const ids = { heading: useId() };
  const { loaded, reload } = useLoad(() => signalsApi.agenda(meetingId), [meetingId], meetingId);
  if (loaded.status === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <section className="page"><ErrorNotice error={loaded.error} onReload={reload} /><a href={formatRoute({ page: 'signals' })}>{t('signals.agenda.back')}</a></section>;
  const { meeting, signals } = loaded.value;
  return (
    <section className="page agenda" aria-labelledby={ids.heading}>
      <p className="no-print"><a href={formatRoute({ page: 'signals' })}>← {t('signals.agenda.back')}</a></p>
      <h1 id={ids.heading}>{t('signals.agenda.title', { title: meeting.title })}</h1>
      <p>{t('signals.agenda.date', { date: meeting.heldOn })}</p>
      <p>{t('signals.agenda.intro')}</p>
      <p className="no-print"><button type="button" onClick={() => window.print()}>{t('signals.agenda.print')}</button></p>
      {signals.length === 0 ? <p>{t('signals.agenda.empty')}</p> : (
        <ol className="card-list agenda-list">
          {signals.map((s) => (
            <li key={s.id} className="card">
              <SignalCard signal={s} historyOpen />
              {s.decidedHere ? <p><strong>{t('signals.agenda.decided')}</strong></p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentApi, type Consent } from '../api/coordination-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';

/**
 * The family's consents and data rights on screen (issue 12, item 7): who gave which consent,
 * when, for what; withdrawing (the registration consent first explains that everything will be
 * erased, the server's erasure path); sharing with a named partner as its own consent; and the
 * family's data as a readable PDF and as JSON.
 */
export function ConsentSection({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), data: useId(), share: useId(), partner: useId(), givenBy: useId(), givenOn: useId() };
  const { loaded, reload } = useLoad(() => consentApi.list(caseId), [caseId], caseId);
  const request = useRequest();
  const [asking, setAsking] = useState<string | null>(null);
  const [partner, setPartner] = useState('');
  const [givenBy, setGivenBy] = useState('');
  const [givenOn, setGivenOn] = useState(today());

  const withdraw = async (consent: Consent) => {
    const result = await request.run(() => consentApi.withdraw(caseId, consent.id));
    setAsking(null);
    if (!result.ok) return;
    if (result.value.erased) {
      window.location.hash = formatRoute({ page: 'cases' });
      return;
    }
    reload();
    onChanged();
  };
  const share = async () => {
    const result = await request.run(() => consentApi.share(caseId, givenBy.trim(), givenOn, partner.trim()));
    if (result.ok) { setPartner(''); setGivenBy(''); reload(); onChanged(); }
  };

  return (
    <section aria-labelledby={ids.heading} className="plan consents">
      <h2 id={ids.heading}>{t('consents.title')}</h2>
      {request.error ? <ErrorNotice error={request.error} onReload={reload} /> : null}
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : loaded.value.length === 0 ? <p>{t('consents.none')}</p> : (
        <ul className="card-list">
          {loaded.value.map((c) => (
            <li key={c.id} className="card">
              <strong>{t(`consents.scope.${c.scope}`)}</strong>
              <p>{t('consents.givenBy', { name: c.givenBy, date: c.givenOn })}</p>
              {c.partners.length > 0 ? <p>{t('consents.partners', { names: c.partners.join(', ') })}</p> : null}
              <p>{c.withdrawnAt ? t('consents.withdrawn', { date: c.withdrawnAt.slice(0, 10) }) : t('consents.active')}</p>
              {c.withdrawnAt ? null : asking === c.id ? (
                <div role="alertdialog" aria-label={t('consents.withdraw')} className="confirm">
                  <p>{t(c.scope === 'registratie' ? 'consents.withdrawRegistration.explain' : 'consents.withdrawShare.explain')}</p>
                  <button type="button" disabled={request.busy} onClick={() => { void withdraw(c); }}>
                    {t(c.scope === 'registratie' ? 'consents.withdrawRegistration.confirm' : 'consents.withdrawShare.confirm')}
                  </button>{' '}
                  <button type="button" className="primary" autoFocus onClick={() => setAsking(null)}>
                    {t(c.scope === 'registratie' ? 'consents.withdrawRegistration.cancel' : 'consents.withdrawShare.cancel')}
                  </button>
                </div>
              ) : <button type="button" onClick={() => setAsking(c.id)}>{t('consents.withdraw')}<span className="visually-hidden"> {t(`consents.scope.${c.scope}`)}</span></button>}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby={ids.share} className="plan-part">
        <h3 id={ids.share}>{t('consents.shareTitle')}</h3>
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void share(); }}>
          <div className="field"><label htmlFor={ids.partner}>{t('consents.partner')}</label>
            <input id={ids.partner} type="text" value={partner} maxLength={200} onChange={(e) => setPartner(e.target.value)} /></div>
          <div className="field"><label htmlFor={ids.givenBy}>{t('consents.givenByLabel')}</label>
            <input id={ids.givenBy} type="text" value={givenBy} maxLength={120} onChange={(e) => setGivenBy(e.target.value)} /></div>
          <div className="field"><label htmlFor={ids.givenOn}>{t('consents.givenOn')}</label>
            <input id={ids.givenOn} type="date" value={givenOn} required onChange={(e) => setGivenOn(e.target.value)} /></div>
          <button type="submit" disabled={request.busy || partner.trim() === '' || givenBy.trim() === ''}>{t('consents.share')}</button>
        </form>
      </section>
      <section aria-labelledby={ids.data} className="plan-part">
        <h3 id={ids.data}>{t('consents.dataTitle')}</h3>
        <p>{t('consents.dataText')}</p>
        <p>
          <a href={consentApi.exportPdfUrl(caseId)} download>{t('consents.pdf')}</a>{' · '}
          <a href={consentApi.exportJsonUrl(caseId)} download>{t('consents.json')}</a>
        </p>
      </section>
    </section>
  );
}

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { DEFAULT_VISIT_DAYS, myVisits, onVisitsChanged, releaseVisit, takeOnVisit, VISIT_DAY_CHOICES } from './visit-store.js';

/**
 * On the case page (issue 16): take the case on today's home visit, for a chosen number of days.
 * Its maps, plan and guide are then kept on this device, sealed with the device key.
 */
export function TakeOnVisit({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const ids = { heading: useId(), days: useId() };
  const [days, setDays] = useState<number>(DEFAULT_VISIT_DAYS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | 'no_key' | null>(null);
  const [visit, setVisit] = useState(() => myVisits().find((v) => v.caseId === caseId) ?? null);
  useEffect(() => onVisitsChanged(() => setVisit(myVisits().find((v) => v.caseId === caseId) ?? null)), [caseId]);

  const take = async () => {
    setBusy(true);
    setError(null);
    const result = await takeOnVisit(caseId, days);
    setBusy(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <section className="take-on-visit" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('offline.visit.title')}</h2>
      {visit ? (
        <>
          <p data-visit-taken="true">{t('offline.visit.taken', { date: new Date(visit.expiresAt).toLocaleDateString(i18n.language) })}</p>
          <button type="button" onClick={() => { void releaseVisit(caseId); }}>{t('offline.visit.release')}</button>
        </>
      ) : (
        <>
          <p>{t('offline.visit.intro')}</p>
          <div className="field">
            <label htmlFor={ids.days}>{t('offline.visit.days')}</label>
            <select id={ids.days} value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {VISIT_DAY_CHOICES.map((n) => <option key={n} value={n}>{t('offline.visit.day', { count: n })}</option>)}
            </select>
          </div>
          <button type="button" className="primary" disabled={busy} onClick={() => { void take(); }}>{t('offline.visit.take')}</button>
        </>
      )}
      {error === 'no_key' ? <p className="field-error" role="alert">{t('offline.visit.noKey')}</p> : error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KANSARMOEDE_CRITERIA, KANSARMOEDE_CRITERION_VOCABULARY, labelOf, type KansarmoedeCriterion } from '@netwerkkracht/core';
import { kansarmoede } from '../api/family-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { ConfirmRemove } from '../plan/ConfirmRemove.js';

type Marks = Readonly<Record<KansarmoedeCriterion, boolean>>;
const NONE = Object.fromEntries(KANSARMOEDE_CRITERIA.map((c) => [c, false])) as Marks;
const NO_NOTES = Object.fromEntries(KANSARMOEDE_CRITERIA.map((c) => [c, ''])) as Readonly<Record<KansarmoedeCriterion, string>>;

/**
 * The kansarmoede-index as an entry check for the worker (seed 001): six criteria, each weak or
 * not with a note, and the count against the organisation's rule. Shown only here, on the
 * worker's case page; no page or print-out for the family carries it.
 */
export function IndexCheckPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), date: useId(), base: useId() };
  const { loaded, reload } = useLoad(() => kansarmoede.list(caseId), [caseId], caseId);
  const [date, setDate] = useState(today());
  const [weak, setWeak] = useState<Marks>(NONE);
  const [notes, setNotes] = useState(NO_NOTES);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRequest();

  const save = async () => {
    setSaved(false);
    const judgements = KANSARMOEDE_CRITERIA.map((criterion) => ({ criterion, weak: weak[criterion], ...(notes[criterion].trim() ? { note: notes[criterion].trim().slice(0, 2000) } : {}) }));
    const result = await run(() => kansarmoede.add(caseId, { checkedOn: date, judgements }));
    if (result.ok) { setWeak(NONE); setNotes(NO_NOTES); setSaved(true); reload(); }
  };
  const label = (c: KansarmoedeCriterion) => labelOf(KANSARMOEDE_CRITERION_VOCABULARY, c, lang);

  return (
    <section aria-labelledby={ids.heading} className="family-part index-check">
      <h3 id={ids.heading}>{t('family.index.title')}</h3>
      <p className="hint">{t('family.index.onlyForYou')}</p>
      {/* Folded by default: the case page may be on screen while the family sits beside the worker. */}
      <details className="index-fold">
        <summary>{t('family.index.open')}</summary>
        {error ? <ErrorNotice error={error} /> : null}
        {canWrite ? (
          <form className="stack-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
            <div className="field"><label htmlFor={ids.date}>{t('family.index.date')}</label>
              <input id={ids.date} type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></div>
            <fieldset>
              <legend>{t('family.index.criteria')}</legend>
              {KANSARMOEDE_CRITERIA.map((c) => (
                <div key={c} className="criterion">
                  <div className="field inline">
                    <input id={`${ids.base}-${c}`} type="checkbox" checked={weak[c]} onChange={(e) => setWeak({ ...weak, [c]: e.target.checked })} />
                    <label htmlFor={`${ids.base}-${c}`}>{t('family.index.weak', { criterion: label(c) })}</label>
                  </div>
                  <div className="field"><label htmlFor={`${ids.base}-${c}-note`}>{t('family.index.note', { criterion: label(c) })}</label>
                    <input id={`${ids.base}-${c}-note`} type="text" value={notes[c]} maxLength={2000} onChange={(e) => setNotes({ ...notes, [c]: e.target.value })} /></div>
                </div>
              ))}
            </fieldset>
            <p><button type="submit" className="primary" disabled={busy}>{t('family.index.save')}</button></p>
            {saved ? <p role="status">{t('family.index.saved')}</p> : null}
          </form>
        ) : <p className="hint">{t('family.needsConsent')}</p>}
        <h4>{t('family.index.history')}</h4>
        {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
          loaded.value.checks.length === 0 ? <p>{t('family.index.none')}</p> : (
            <ul className="card-list index-history">
              {loaded.value.checks.map((check) => (
                <li key={check.id} className="card">
                  <p><strong>{check.checkedOn}</strong>: {t('family.index.count', { count: check.result.weakCount })}</p>
                  <p>{check.result.meetsRule ? t('family.index.meets', { min: check.result.minWeak }) : t('family.index.notMeets', { min: check.result.minWeak })}</p>
                  {check.judgements.some((j) => j.weak || j.note) ? (
                    <ul>
                      {check.judgements.filter((j) => j.weak || j.note).map((j) => (
                        <li key={j.criterion}>{label(j.criterion)}{j.weak ? `: ${t('family.index.weakShort')}` : ''}{j.note ? ` (${j.note})` : ''}</li>
                      ))}
                    </ul>
                  ) : null}
                  {canWrite ? (
                    <ConfirmRemove what={t('family.index.checkOf', { date: check.checkedOn })} busy={busy}
                      onConfirm={async () => { const ok = (await run(() => kansarmoede.remove(caseId, check.id))).ok; if (ok) reload(); return ok; }} />
                  ) : null}
                </li>
              ))}
            </ul>
          )
        )}
      </details>
    </section>
  );
}

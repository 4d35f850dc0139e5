import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measuredRightIds, rightHistory, SCORE_MAX, SCORE_MIN, type BasicRight, type RightScore } from '@netwerkkracht/core';
import { basicRights } from '../api/family-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { ConfirmRemove } from '../plan/ConfirmRemove.js';
import { ScoreChart } from './ScoreChart.js';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

interface Entry { score: string; note: string; family: string; worker: string }
const EMPTY: Entry = { score: '', note: '', family: '', worker: '' };

/**
 * The grondrechtenmeting (seed 001, TOOM): one joint score per right, given with the family
 * against the organisation's written definition of each score, a note, and if wanted the
 * family's and the worker's own first estimates. The family picks the right to start with. The
 * history shows one small chart per right.
 */
export function RightsMeasurementPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), date: useId(), first: useId(), base: useId() };
  const { loaded, reload } = useLoad(() => basicRights.measurements(caseId), [caseId], caseId);
  const [date, setDate] = useState(today());
  const [entries, setEntries] = useState<Readonly<Record<string, Entry>>>({});
  const [first, setFirst] = useState('');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRequest();

  if (loaded.status === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} onReload={reload} />;
  const { rights, measurements } = loaded.value;
  const entry = (id: string): Entry => entries[id] ?? EMPTY;
  const change = (id: string, part: Partial<Entry>) => setEntries({ ...entries, [id]: { ...entry(id), ...part } });
  const scored = rights.filter((r) => entry(r.id).score !== '');
  const labelOfRight = (id: string) => rights.find((r) => r.id === id)?.label ?? t('family.measure.removedRight', { id });

  const save = async () => {
    setSaved(false);
    const scores: RightScore[] = scored.map((r) => {
      const e = entry(r.id);
      return {
        rightId: r.id, score: Number(e.score),
        ...(e.note.trim() ? { note: e.note.trim().slice(0, 2000) } : {}),
        ...(e.family !== '' ? { familyEstimate: Number(e.family) } : {}),
        ...(e.worker !== '' ? { workerEstimate: Number(e.worker) } : {}),
      };
    });
    const chosen = scored.some((r) => r.id === first) ? { firstRightId: first } : {};
    const result = await run(() => basicRights.measure(caseId, { measuredOn: date, scores, ...chosen }));
    if (result.ok) { setEntries({}); setFirst(''); setSaved(true); reload(); }
  };

  const latestChoice = [...measurements].reverse().find((m) => m.firstRightId !== undefined);
  const scoreSelect = (id: string, label: string, value: string, onChange: (v: string) => void, describedBy?: string) => (
    <div className="field"><label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('family.measure.notScored')}</option>
        {SCORES.map((s) => <option key={s} value={String(s)}>{s}</option>)}
      </select></div>
  );

  return (
    <section aria-labelledby={ids.heading} className="family-part measurement">
      <h3 id={ids.heading}>{t('family.measure.title')}</h3>
      <p>{t('family.measure.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {canWrite ? (
        // Folded: nine rights make a long form; the history below is what the page opens on.
        <details className="measure-fold">
        <summary>{t('family.measure.open')}</summary>
        <form className="stack-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="field"><label htmlFor={ids.date}>{t('family.measure.date')}</label>
            <input id={ids.date} type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></div>
          {rights.map((right: BasicRight) => {
            const e = entry(right.id);
            const base = `${ids.base}-${right.id}`;
            return (
              <fieldset key={right.id} className="right-score">
                <legend>{right.label}</legend>
                {scoreSelect(`${base}-score`, t('family.measure.score', { right: right.label }), e.score, (v) => change(right.id, { score: v }), e.score !== '' ? `${base}-meaning` : undefined)}
                {e.score !== '' ? <p id={`${base}-meaning`} className="score-meaning">{t('family.measure.meaning', { score: e.score })} {right.definitions[Number(e.score)]}</p> : null}
                <div className="field"><label htmlFor={`${base}-note`}>{t('family.measure.note', { right: right.label })}</label>
                  <input id={`${base}-note`} type="text" value={e.note} maxLength={2000} onChange={(ev) => change(right.id, { note: ev.target.value })} /></div>
                <details>
                  <summary>{t('family.measure.estimates')}</summary>
                  {scoreSelect(`${base}-family`, t('family.measure.familyEstimate', { right: right.label }), e.family, (v) => change(right.id, { family: v }))}
                  {scoreSelect(`${base}-worker`, t('family.measure.workerEstimate', { right: right.label }), e.worker, (v) => change(right.id, { worker: v }))}
                </details>
              </fieldset>
            );
          })}
          <div className="field"><label htmlFor={ids.first}>{t('family.measure.first')}</label>
            <select id={ids.first} value={first} aria-describedby={`${ids.first}-hint`} onChange={(e) => setFirst(e.target.value)}>
              <option value="">{t('family.measure.firstNone')}</option>
              {scored.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
            </select>
            <p id={`${ids.first}-hint`} className="hint">{t('family.measure.firstHint')}</p></div>
          <p><button type="submit" className="primary" disabled={busy || scored.length === 0}>{t('family.measure.save')}</button></p>
          {scored.length === 0 ? <p className="hint">{t('family.measure.needScore')}</p> : null}
          {saved ? <p role="status">{t('family.measure.saved')}</p> : null}
        </form>
        </details>
      ) : <p className="hint">{t('family.needsConsent')}</p>}
      <h4>{t('family.measure.history')}</h4>
      {measurements.length === 0 ? <p>{t('family.measure.none')}</p> : (
        <>
          {latestChoice?.firstRightId ? <p>{t('family.measure.firstChosen', { right: labelOfRight(latestChoice.firstRightId), date: latestChoice.measuredOn })}</p> : null}
          <ul className="chart-list">
            {measuredRightIds(measurements, rights.map((r) => r.id)).map((id) => (
              <li key={id} className="card">
                <h5>{labelOfRight(id)}</h5>
                <ScoreChart label={labelOfRight(id)} points={rightHistory(measurements, id)} />
              </li>
            ))}
          </ul>
          <h5>{t('family.measure.list')}</h5>
          <ul className="measurement-list">
            {[...measurements].reverse().map((m) => (
              <li key={m.id}>
                {t('family.measure.listItem', { date: m.measuredOn, count: m.scores.length })}
                {canWrite ? (
                  <>{' '}<ConfirmRemove what={t('family.measure.of', { date: m.measuredOn })} busy={busy}
                    onConfirm={async () => { const ok = (await run(() => basicRights.removeMeasurement(caseId, m.id))).ok; if (ok) reload(); return ok; }} /></>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLUMN_LABELS, COLUMN_SHORT_LABELS, GROUPING_COLUMNS, MEASURE_LABELS, SURVEY_COLUMN_KINDS, SURVEY_MEASURES, type SurveyColumn, type SurveyMeasure,
} from '@netwerkkracht/core';
import type { ApiCsvIssue, ApiError } from '../api/api-error.js';
import type { SessionUser } from '../api/endpoints.js';
import { surveys, type Answers, type OpenedSurvey, type SurveySummary } from '../api/survey-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { answerLabel } from './AnswerPage.js';
import { ReportTable } from './ReportTable.js';
import { SurveyChart } from './SurveyChart.js';
import { QUESTION_COLUMNS, answerValue, choicesOf } from './survey-questions.js';

const keepPageError = (error: ApiError): boolean => !error.csvIssues;
const FOUR: readonly SurveyMeasure[] = ['zelden_nooit_buren', 'zelden_nooit_vrienden', 'zelden_nooit_familie', 'zelden_nooit_gezin'];
const OTHER: readonly SurveyMeasure[] = SURVEY_MEASURES.filter((m) => !FOUR.includes(m));

/**
 * The survey for the organisation (docs/survey.md): workers open it per site (a token link for a
 * tablet) and type in paper forms; the beheerder and the onderzoeker see the results per group
 * (charts and a table, small numbers hidden), compare groups, import and export.
 */
export default function SurveyPage({ user, onSignOut }: { user: SessionUser; onSignOut: () => Promise<void> }) {
  const { t } = useTranslation();
  const worker = user.role === 'begeleider' || user.role === 'coach';
  const research = user.role === 'beheerder' || user.role === 'onderzoeker';
  const ids = { heading: useId() };
  const { loaded, reload } = useLoad(() => surveys.list(), []);
  const [reentry, setReentry] = useState<SurveySummary | null>(null);
  return (
    <section className="page survey-page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('survey.title')}</h1>
      <p>{t('survey.intro')}</p>
      <p><a href="#/vragenlijst/papier">{t('survey.paper')}</a> · <a href="/api/surveys/paper-form.pdf" download>{t('survey.paperPdf')}</a></p>
      {worker ? <OpenSurvey onOpened={reload} onSignOut={onSignOut} /> : null}
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        <SurveyList list={loaded.value.surveys} total={loaded.value.responses} worker={worker} user={user} onChanged={reload} onReentry={setReentry} />
      )}
      {worker && reentry ? <ReentryForm key={reentry.id} survey={reentry} onSaved={reload} onDone={() => setReentry(null)} /> : null}
      {research ? <Results /> : null}
    </section>
  );
}

function OpenSurvey({ onOpened, onSignOut }: { onOpened: () => void; onSignOut: () => Promise<void> }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), site: useId() };
  const [site, setSite] = useState('');
  const [opened, setOpened] = useState<OpenedSurvey | null>(null);
  const { busy, error, run } = useRequest();
  const open = async () => {
    const result = await run(() => surveys.open(site));
    if (result.ok) { setOpened(result.value); setSite(''); onOpened(); }
  };
  const link = opened ? `${window.location.origin}${window.location.pathname}#/invullen/${opened.token}` : '';
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('survey.openTitle')}</h2>
      <p className="hint">{t('survey.openHint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void open(); }}>
        <div className="field"><label htmlFor={ids.site}>{t('survey.site')}</label><input id={ids.site} value={site} maxLength={200} required onChange={(e) => setSite(e.target.value)} /></div>
        <button type="submit" className="primary" disabled={busy || site.trim() === ''}>{t('survey.open')}</button>
      </form>
      {opened ? (
        <div role="status" className="survey-opened">
          <p>{t('survey.opened', { site: opened.site })}</p>
          <p>{t('survey.link')}: <code className="survey-link">{link}</code></p>
          <p>
            <button type="button" className="primary" onClick={() => { const token = opened.token; void onSignOut().then(() => { window.location.hash = `#/invullen/${token}`; }); }}>{t('survey.startHere')}</button>
            {' '}<span className="hint">{t('survey.startHereHint')}</span>
          </p>
        </div>
      ) : null}
    </section>
  );
}

function SurveyList({ list, total, worker, user, onChanged, onReentry }: {
  list: readonly SurveySummary[]; total: number; worker: boolean; user: SessionUser; onChanged: () => void; onReentry: (s: SurveySummary) => void;
}) {
  const { t } = useTranslation();
  const heading = useId();
  const { busy, error, run } = useRequest();
  const close = async (s: SurveySummary) => { if ((await run(() => surveys.close(s.id))).ok) onChanged(); };
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t('survey.listTitle')}</h2>
      {error ? <ErrorNotice error={error} /> : null}
      <p>{t('survey.total', { n: total })}</p>
      {list.length === 0 ? <p>{t('survey.none')}</p> : (
        <ul className="card-list">
          {list.map((s) => (
            <li key={s.id} className="card">
              <p>{t(s.closed ? 'survey.closedRow' : 'survey.row', { site: s.site, date: s.openedOn, n: s.responses })}</p>
              {worker ? <button type="button" onClick={() => onReentry(s)}>{t('survey.reentryFor', { site: s.site })}</button> : null}{' '}
              {!s.closed && (worker || user.role === 'beheerder') ? <button type="button" disabled={busy} onClick={() => { void close(s); }}>{t('survey.close', { site: s.site })}</button> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A paper form typed in by a worker: one field per question, nothing required. */
function ReentryForm({ survey, onSaved, onDone }: { survey: SurveySummary; onSaved: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useId();
  const dateId = useId();
  const prefix = useId();
  const [date, setDate] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRequest();
  const save = async () => {
    const body: Record<string, string | number> = {};
    for (const [column, text] of Object.entries(answers)) if (text !== '') body[column] = answerValue(column as SurveyColumn, text);
    const result = await run(() => surveys.reenter(survey.id, date === '' ? null : date, body as Answers));
    if (result.ok) { setAnswers({}); setSaved(true); onSaved(); }
  };
  return (
    <section aria-labelledby={heading} className="reentry">
      <h2 id={heading}>{t('survey.reentryTitle')}: {survey.site}</h2>
      {error ? <ErrorNotice error={error} /> : null}
      <form onSubmit={(e) => { e.preventDefault(); setSaved(false); void save(); }}>
        <div className="field"><label htmlFor={dateId}>{t('survey.reentryDate')}</label><input id={dateId} type="date" value={date} onChange={(e) => setDate(e.target.value)} /></div>
        {QUESTION_COLUMNS.map((column) => {
          const id = `${prefix}-${column}`;
          const choices = choicesOf(column);
          const kind = SURVEY_COLUMN_KINDS[column];
          return (
            <div className="field" key={column}>
              <label htmlFor={id}>{COLUMN_LABELS[column][lang]}</label>
              {choices ? (
                <select id={id} value={answers[column] ?? ''} onChange={(e) => setAnswers((a) => ({ ...a, [column]: e.target.value }))}>
                  <option value="">{t('survey.notAnswered')}</option>
                  {choices.map((c) => <option key={c} value={c}>{column === 'vertrouwen' ? c : answerLabel(c, lang)}</option>)}
                </select>
              ) : kind.kind === 'integer' ? (
                <input id={id} type="number" min={kind.min} max={kind.max} value={answers[column] ?? ''} onChange={(e) => setAnswers((a) => ({ ...a, [column]: e.target.value }))} />
              ) : null}
            </div>
          );
        })}
        <p>
          <button type="submit" className="primary" disabled={busy}>{t('survey.reentrySave')}</button>{' '}
          <button type="button" onClick={onDone}>{t('survey.done')}</button>
        </p>
        {saved ? <p role="status">{t('survey.reentrySaved')}</p> : null}
      </form>
    </section>
  );
}

function Results() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), by: useId(), measure: useId(), compare: useId(), imp: useId(), file: useId(), exp: useId() };
  const [by, setBy] = useState<SurveyColumn>('site');
  const { loaded, reload } = useLoad(() => surveys.report(by), [by]);
  const [measure, setMeasure] = useState<SurveyMeasure>('zelden_nooit_buren');
  const [sentence, setSentence] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState<readonly ApiCsvIssue[] | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const { busy, error, run } = useRequest(keepPageError);
  const compare = async () => {
    const result = await run(() => surveys.compare(measure, by, lang));
    if (result.ok) setSentence(result.value.sentence);
  };
  const importFile = async () => {
    if (!file) return;
    setRefused(null);
    setImported(null);
    const result = await run(() => surveys.importCsv(file));
    if (result.ok) { setImported(result.value); reload(); } else if (result.error.csvIssues) setRefused(result.error.csvIssues);
  };
  return (
    <>
      <section aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>{t('survey.reportTitle')}</h2>
        {error ? <ErrorNotice error={error} /> : null}
        <div className="field"><label htmlFor={ids.by}>{t('survey.reportBy')}</label>
          <select id={ids.by} value={by} onChange={(e) => { setBy(e.target.value as SurveyColumn); setSentence(null); }}>
            {GROUPING_COLUMNS.map((c) => <option key={c} value={c}>{COLUMN_SHORT_LABELS[c][lang]}</option>)}
          </select></div>
        {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : loaded.value.groups.length === 0 ? <p>{t('survey.empty')}</p> : (
          <>
            <p className="hint">{t('survey.hiddenNote', { n: loaded.value.smallCellThreshold })}</p>
            <div className="survey-charts">
              <figure>
                <figcaption>{t('survey.chartFour')}</figcaption>
                <SurveyChart report={loaded.value} measures={FOUR} title={t('survey.chartFour')} description={t('survey.chartFourDesc')} />
              </figure>
              <figure>
                <figcaption>{t('survey.chartOther')}</figcaption>
                <SurveyChart report={loaded.value} measures={OTHER} title={t('survey.chartOther')} description={t('survey.chartOtherDesc')} />
              </figure>
            </div>
            <p className="hint">{t('survey.brusselsNote')}</p>
            <ReportTable report={loaded.value} />
          </>
        )}
      </section>
      <section aria-labelledby={ids.compare}>
        <h2 id={ids.compare}>{t('survey.compareTitle')}</h2>
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void compare(); }}>
          <div className="field"><label htmlFor={ids.measure}>{t('survey.compareMeasure')}</label>
            <select id={ids.measure} value={measure} onChange={(e) => { setMeasure(e.target.value as SurveyMeasure); setSentence(null); }}>
              {SURVEY_MEASURES.map((m) => <option key={m} value={m}>{MEASURE_LABELS[m][lang]}</option>)}
            </select></div>
          <button type="submit" disabled={busy}>{t('survey.compare')}</button>
        </form>
        {sentence ? <p role="status" className="compare-sentence">{sentence}</p> : null}
      </section>
      <section aria-labelledby={ids.imp}>
        <h2 id={ids.imp}>{t('survey.importTitle')}</h2>
        <p className="hint">{t('survey.importHint')}</p>
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void importFile(); }}>
          <div className="field"><label htmlFor={ids.file}>{t('survey.importFile')}</label>
            <input id={ids.file} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></div>
          <button type="submit" disabled={busy || file === null}>{t('survey.importButton')}</button>
        </form>
        {imported !== null ? <p role="status">{t('survey.imported', { n: imported })}</p> : null}
        {refused ? (
          <div role="alert" className="csv-refused"><p>{t('survey.refused')}</p><ul>{refused.map((i, k) => <li key={k}>{i.message}</li>)}</ul></div>
        ) : null}
      </section>
      <section aria-labelledby={ids.exp}>
        <h2 id={ids.exp}>{t('survey.exportTitle')}</h2>
        <ul>
          <li><a href={surveys.exportUrl} download>{t('survey.export')}</a></li>
          <li><a href={surveys.codebookJsonUrl} download>{t('survey.codebookJson')}</a></li>
          <li><a href={surveys.codebookPageUrl} download>{t('survey.codebookPage')}</a></li>
        </ul>
      </section>
    </>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES, labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, RIGHT_STATUSES, type CaseRightStatus, type ExplorerRight, type Language, type RightStatus,
} from '@netwerkkracht/core';
import { rightsExplorer } from '../api/family-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { RightDetails, statusText } from './RightDetails.js';

/**
 * The rechtenverkenner for one family (seed 001, VONK): the organisation's rights per life
 * domain, each marked to do, asked, realised or not applicable, with its dates; and the family's
 * own schema to view or download as PDF in the language the family reads.
 */
export function RightsExplorerPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), schema: useId(), schemaLang: useId() };
  const { loaded, reload } = useLoad(() => rightsExplorer.forCase(caseId), [caseId], caseId);
  const [schemaLang, setSchemaLang] = useState<Language>(lang);
  const { busy, error, run } = useRequest();

  if (loaded.status === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} onReload={reload} />;
  const { rights, statuses } = loaded.value;
  const statusOf = (id: string) => statuses.find((s) => s.rightId === id);
  const mark = async (rightId: string, status: RightStatus, on: string) => {
    if ((await run(() => rightsExplorer.mark(caseId, rightId, { status, on }))).ok) reload();
  };

  return (
    <section aria-labelledby={ids.heading} className="family-part rights-explorer">
      <h3 id={ids.heading}>{t('family.rights.title')}</h3>
      <p>{t('family.rights.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {rights.length === 0 ? <p>{t('family.rights.noneInList')}</p> : LIFE_DOMAINS.filter((d) => rights.some((r) => r.domain === d)).map((domain) => (
        <div key={domain} className="rights-domain">
          <h4>{labelOf(LIFE_DOMAIN_VOCABULARY, domain, lang)}</h4>
          <ul className="card-list">
            {rights.filter((r) => r.domain === domain).map((right) => (
              <RightCard key={right.id} right={right} status={statusOf(right.id)} busy={busy} canWrite={canWrite} onMark={(s, on) => { void mark(right.id, s, on); }} />
            ))}
          </ul>
        </div>
      ))}
      <section aria-labelledby={ids.schema}>
        <h4 id={ids.schema}>{t('family.rights.schemaTitle')}</h4>
        <div className="inline-form">
          <div className="field"><label htmlFor={ids.schemaLang}>{t('family.rights.schemaLanguage')}</label>
            <select id={ids.schemaLang} value={schemaLang} onChange={(e) => setSchemaLang(e.target.value as Language)}>
              {LANGUAGES.map((l) => <option key={l} value={l}>{t(`app.languages.${l}`)}</option>)}
            </select></div>
        </div>
        <p>
          <a href={formatRoute({ page: 'rightsSchema', caseId })}>{t('family.rights.schemaOpen')}</a>{' · '}
          <a href={rightsExplorer.pdfUrl(caseId, schemaLang)} download>{t('family.rights.schemaPdf')}</a>
        </p>
      </section>
    </section>
  );
}

function RightCard({ right, status, busy, canWrite, onMark }: {
  right: ExplorerRight; status: CaseRightStatus | undefined; busy: boolean; canWrite: boolean; onMark: (status: RightStatus, on: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { title: useId(), status: useId(), date: useId() };
  const [choice, setChoice] = useState<RightStatus | ''>(status?.status ?? '');
  const [on, setOn] = useState(today());
  return (
    <li className="card right-card" aria-labelledby={ids.title}>
      <h5 id={ids.title}>{right.name}</h5>
      <RightDetails right={right} />
      <p className="right-status">{status ? statusText(t, status) : t('family.rights.notMarked')}</p>
      {canWrite ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (choice !== '') onMark(choice, on); }}>
          <div className="field"><label htmlFor={ids.status}>{t('family.rights.status', { name: right.name })}</label>
            <select id={ids.status} value={choice} onChange={(e) => setChoice(e.target.value as RightStatus | '')}>
              <option value="">{t('family.rights.notMarked')}</option>
              {RIGHT_STATUSES.map((s) => <option key={s} value={s}>{t(`family.rights.statuses.${s}`)}</option>)}
            </select></div>
          <div className="field"><label htmlFor={ids.date}>{t('family.rights.statusOn', { name: right.name })}</label>
            <input id={ids.date} type="date" value={on} required onChange={(e) => setOn(e.target.value)} /></div>
          <button type="submit" disabled={busy || choice === ''}>{t('family.rights.save')}<span className="visually-hidden">: {right.name}</span></button>
        </form>
      ) : null}
    </li>
  );
}

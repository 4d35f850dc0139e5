import '../styles/family.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KANSARMOEDE_CRITERIA, labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, SCORE_COUNT, type BasicRight, type ExplorerRight, type LifeDomain,
} from '@netwerkkracht/core';
import type { ApiCsvIssue, ApiError } from '../api/api-error.js';
import type { SessionUser } from '../api/endpoints.js';
import { basicRights, kansarmoede, rightsExplorer } from '../api/family-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { RightDetails } from './RightDetails.js';

const keepPageError = (error: ApiError): boolean => !error.csvIssues;

/**
 * The organisation's side of family support (`#/rechten`): the rule of the kansarmoede entry
 * check, the grondrechtenmeting's rights with what every score means, and the rechtenverkenner
 * with CSV import and export. Everyone of the organisation reads it; only the beheerder changes it.
 */
export default function RightsAdminPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const heading = useId();
  const admin = user.role === 'beheerder';
  return (
    <section className="page rights-admin" aria-labelledby={heading}>
      <h1 id={heading}>{t('family.admin.title')}</h1>
      <IndexRule admin={admin} />
      <BasicRightsEditor admin={admin} />
      <ExplorerList admin={admin} />
    </section>
  );
}

function IndexRule({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), min: useId() };
  const { loaded, reload } = useLoad(() => kansarmoede.settings(), []);
  const [min, setMin] = useState('');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRequest();
  useEffect(() => { if (loaded.status === 'ready') setMin(String(loaded.value.minWeak)); }, [loaded]);
  const save = async () => {
    setSaved(false);
    if ((await run(() => kansarmoede.setSettings({ minWeak: Number(min) }))).ok) { setSaved(true); reload(); }
  };
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('family.admin.indexTitle')}</h2>
      <p>{t('family.admin.indexIntro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : loaded.status === 'loading' ? <p>{t('app.loading')}</p> : admin ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="field"><label htmlFor={ids.min}>{t('family.admin.indexRule')}</label>
            <select id={ids.min} value={min} onChange={(e) => setMin(e.target.value)}>
              {KANSARMOEDE_CRITERIA.map((_, i) => <option key={i} value={String(i + 1)}>{i + 1}</option>)}
            </select></div>
          <button type="submit" disabled={busy}>{t('family.admin.save')}</button>
          {saved ? <p role="status">{t('family.admin.saved')}</p> : null}
        </form>
      ) : <p>{t('family.admin.indexRuleIs', { min: loaded.value.minWeak })}</p>}
    </section>
  );
}

function BasicRightsEditor({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), base: useId() };
  const { loaded, reload } = useLoad(() => basicRights.list(), []);
  const [draft, setDraft] = useState<BasicRight[] | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRequest();
  useEffect(() => { if (loaded.status === 'ready') setDraft(loaded.value.rights.map((r) => ({ ...r, definitions: [...r.definitions] }))); }, [loaded]);
  if (loaded.status === 'loading' || draft === null) return loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : <p>{t('app.loading')}</p>;

  const change = (i: number, next: Partial<BasicRight>) => setDraft(draft.map((r, k) => (k === i ? { ...r, ...next } : r)));
  const save = async (rights: BasicRight[] | null) => {
    setSaved(false);
    if ((await run(() => basicRights.replace(rights))).ok) { setSaved(true); reload(); }
  };
  const add = () => setDraft([...draft, { id: `recht-${draft.length + 1}`, label: '', definitions: Array.from({ length: SCORE_COUNT }, () => '') }]);

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('family.admin.basicTitle')}</h2>
      <p>{t('family.admin.basicIntro')} {loaded.status === 'ready' && loaded.value.custom ? t('family.admin.basicCustom') : t('family.admin.basicDefault')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      <form onSubmit={(e) => { e.preventDefault(); void save(draft); }}>
        {draft.map((right, i) => (
          <details key={i} className="card basic-right">
            <summary>{right.label || right.id}</summary>
            {admin ? (
              <>
                <div className="field"><label htmlFor={`${ids.base}-${i}-id`}>{t('family.admin.rightId')}</label>
                  <input id={`${ids.base}-${i}-id`} type="text" value={right.id} maxLength={40} onChange={(e) => change(i, { id: e.target.value })} /></div>
                <div className="field"><label htmlFor={`${ids.base}-${i}-label`}>{t('family.admin.rightLabel')}</label>
                  <input id={`${ids.base}-${i}-label`} type="text" value={right.label} maxLength={120} onChange={(e) => change(i, { label: e.target.value })} /></div>
                {right.definitions.map((text, s) => (
                  <div key={s} className="field"><label htmlFor={`${ids.base}-${i}-${s}`}>{t('family.admin.definition', { score: s, right: right.label || right.id })}</label>
                    <textarea id={`${ids.base}-${i}-${s}`} rows={2} value={text} maxLength={600}
                      onChange={(e) => change(i, { definitions: right.definitions.map((d, k) => (k === s ? e.target.value : d)) })} /></div>
                ))}
                <button type="button" onClick={() => setDraft(draft.filter((_, k) => k !== i))}>{t('family.admin.removeRight', { name: right.label || right.id })}</button>
              </>
            ) : (
              <ol start={0}>{right.definitions.map((text, s) => <li key={s} value={s}>{text}</li>)}</ol>
            )}
          </details>
        ))}
        {admin ? (
          <p className="card-buttons">
            <button type="button" onClick={add}>{t('family.admin.addRight')}</button>
            <button type="submit" className="primary" disabled={busy}>{t('family.admin.saveRights')}</button>
            <button type="button" disabled={busy} onClick={() => { void save(null); }}>{t('family.admin.resetRights')}</button>
          </p>
        ) : null}
        {saved ? <p role="status">{t('family.admin.saved')}</p> : null}
      </form>
    </section>
  );
}

const FIELDS = ['name', 'what', 'forWhom', 'how', 'where', 'when', 'contact'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;
const EMPTY_FIELDS: Fields = { name: '', what: '', forWhom: '', how: '', where: '', when: '', contact: '' };

function ExplorerList({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), add: useId(), imp: useId(), file: useId(), domain: useId(), base: useId() };
  const { loaded, reload } = useLoad(() => rightsExplorer.list(), []);
  const [domain, setDomain] = useState<LifeDomain>(LIFE_DOMAINS[0]);
  const [fields, setFields] = useState<Fields>(EMPTY_FIELDS);
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState<readonly ApiCsvIssue[] | null>(null);
  const [imported, setImported] = useState<{ added: number; updated: number } | null>(null);
  const { busy, error, run } = useRequest(keepPageError);

  const add = async () => {
    if ((await run(() => rightsExplorer.add({ domain, ...fields }))).ok) { setFields(EMPTY_FIELDS); reload(); }
  };
  const remove = async (r: ExplorerRight) => {
    if ((await run(() => rightsExplorer.remove(r.id))).ok) reload();
  };
  const importFile = async () => {
    if (!file) return;
    setRefused(null);
    setImported(null);
    const result = await run(() => rightsExplorer.importCsv(file));
    if (result.ok) { setImported(result.value); reload(); } else if (result.error.csvIssues) setRefused(result.error.csvIssues);
  };

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('family.admin.explorerTitle')}</h2>
      <p>{t('family.admin.explorerIntro')}</p>
      {error ? <ErrorNotice error={error} onReload={reload} /> : null}
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        loaded.value.length === 0 ? <p>{t('family.admin.explorerNone')}</p> : LIFE_DOMAINS.filter((d) => loaded.value.some((r) => r.domain === d)).map((d) => (
          <div key={d}>
            <h3>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</h3>
            <ul className="card-list">
              {loaded.value.filter((r) => r.domain === d).map((r) => (
                <li key={r.id} className="card">
                  <h4>{r.name}</h4>
                  <RightDetails right={r} />
                  {admin ? <button type="button" disabled={busy} onClick={() => { void remove(r); }}>{t('family.admin.remove', { name: r.name })}</button> : null}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {admin ? (
        <>
          <form className="stack-form" aria-labelledby={ids.add} onSubmit={(e) => { e.preventDefault(); void add(); }}>
            <h3 id={ids.add}>{t('family.admin.add')}</h3>
            <div className="field"><label htmlFor={ids.domain}>{t('family.admin.domain')}</label>
              <select id={ids.domain} value={domain} onChange={(e) => setDomain(e.target.value as LifeDomain)}>
                {LIFE_DOMAINS.map((d) => <option key={d} value={d}>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</option>)}
              </select></div>
            {FIELDS.map((f) => (
              <div key={f} className="field"><label htmlFor={`${ids.base}-${f}`}>{t(f === 'name' ? 'family.admin.name' : `family.rights.${f}`)}</label>
                <input id={`${ids.base}-${f}`} type="text" value={fields[f]} maxLength={f === 'name' ? 200 : 1000} required={f === 'name'}
                  onChange={(e) => setFields({ ...fields, [f]: e.target.value })} /></div>
            ))}
            <p><button type="submit" className="primary" disabled={busy || fields.name.trim() === ''}>{t('family.admin.addButton')}</button></p>
          </form>
          <section aria-labelledby={ids.imp}>
            <h3 id={ids.imp}>{t('family.admin.importTitle')}</h3>
            <p className="hint">{t('family.admin.importHint')}</p>
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void importFile(); }}>
              <div className="field"><label htmlFor={ids.file}>{t('family.admin.importFile')}</label>
                <input id={ids.file} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></div>
              <button type="submit" disabled={busy || file === null}>{t('family.admin.importButton')}</button>
            </form>
            {imported !== null ? <p role="status">{t('family.admin.imported', imported)}</p> : null}
            {refused ? (
              <div role="alert" className="csv-refused">
                <p>{t('family.admin.refused')}</p>
                <ul>{refused.map((i, k) => <li key={k}>{i.message}</li>)}</ul>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
      <p><a href={rightsExplorer.exportUrl} download>{t('family.admin.export')}</a></p>
    </section>
  );
}

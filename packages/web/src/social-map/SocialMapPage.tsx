import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COST_VOCABULARY, INITIATIVES, labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, SUPPORT_FUNCTIONS, WORKING_MODEL_CODES, workingModel,
  type Initiative, type Language, type LocalService,
} from '@netwerkkracht/core';
import { formatRoute } from '../app/route.js';
import type { ApiCsvIssue, ApiError } from '../api/api-error.js';
import type { SessionUser } from '../api/endpoints.js';
import { socialMap, type ServiceFilter } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { functionLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';
import { ServiceForm, type ServiceFields } from './ServiceForm.js';

/** The catalogue's initiatives that pass the page's filters (words anywhere in the texts). */
function catalogueMatches(filter: ServiceFilter, lang: Language): readonly Initiative[] {
  const has = (text: string, wanted: string | undefined) => !wanted || wanted.trim() === '' || text.toLowerCase().includes(wanted.trim().toLowerCase());
  return INITIATIVES.filter((i) => has([i.name, i.organisation, i.aim[lang], i.targetGroup[lang]].join(' '), filter.text)
    && has(i.location, filter.region) && has(i.targetGroup[lang], filter.targetGroup)
    && (!filter.domain || (i.domains as readonly string[]).includes(filter.domain))
    && (!filter.model || (i.models as readonly string[]).includes(filter.model))
    && (!filter.supportFunction || (i.supportFunctions as readonly string[]).includes(filter.supportFunction)));
}

/** A refused CSV import shows its own list of lines and columns, not the page's error. */
const keepPageError = (error: ApiError): boolean => !error.csvIssues;

/**
 * The organisation's sociale kaart: everyone searches and filters; the beheerder adds, changes
 * and removes services and imports or exports the whole list as CSV (all or nothing).
 */
export default function SocialMapPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), text: useId(), region: useId(), target: useId(), domain: useId(), model: useId(), fn: useId(), file: useId(), imp: useId() };
  const [filter, setFilter] = useState<ServiceFilter>({});
  const query = JSON.stringify(filter);
  const { loaded, reload } = useLoad(() => socialMap.search(filter), [query]);
  const [editing, setEditing] = useState<LocalService | 'new' | null>(null);
  const [refused, setRefused] = useState<readonly ApiCsvIssue[] | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, run } = useRequest(keepPageError);
  const admin = user.role === 'beheerder';
  const set = (key: keyof ServiceFilter) => (value: string) => setFilter((f) => ({ ...f, [key]: value }));

  const save = async (fields: ServiceFields) => {
    const target = editing;
    const result = await run(() => (target !== null && target !== 'new' ? socialMap.replace(target.id, fields) : socialMap.add(fields)));
    if (result.ok) { setEditing(null); reload(); }
  };
  const remove = async (s: LocalService) => {
    if ((await run(() => socialMap.remove(s.id))).ok) reload();
  };
  const importFile = async () => {
    if (!file) return;
    setRefused(null);
    setImported(null);
    const result = await run(() => socialMap.importCsv(file));
    if (result.ok) { setImported(result.value); reload(); } else if (result.error.csvIssues) setRefused(result.error.csvIssues);
  };

  const text = (id: string, label: string, key: keyof ServiceFilter) => (
    <div className="field"><label htmlFor={id}>{label}</label><input id={id} type="search" value={filter[key] ?? ''} onChange={(e) => set(key)(e.target.value)} /></div>
  );
  const select = (id: string, label: string, key: keyof ServiceFilter, options: readonly { value: string; label: string }[]) => (
    <div className="field"><label htmlFor={id}>{label}</label>
      <select id={id} value={filter[key] ?? ''} onChange={(e) => set(key)(e.target.value)}>
        <option value="">{t('socialMap.any')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select></div>
  );

  return (
    <section className="page social-map" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('socialMap.title')}</h1>
      <p>{t('socialMap.intro')}</p>
      {error ? <ErrorNotice error={error} onReload={reload} /> : null}
      <form className="inline-form filters" role="search" aria-label={t('socialMap.filters')} onSubmit={(e) => e.preventDefault()}>
        {text(ids.text, t('socialMap.text'), 'text')}
        {text(ids.region, t('socialMap.region'), 'region')}
        {text(ids.target, t('socialMap.targetGroup'), 'targetGroup')}
        {select(ids.domain, t('socialMap.domain'), 'domain', LIFE_DOMAINS.map((d) => ({ value: d, label: labelOf(LIFE_DOMAIN_VOCABULARY, d, lang) })))}
        {select(ids.model, t('socialMap.model'), 'model', WORKING_MODEL_CODES.map((m) => ({ value: m, label: workingModel(m).labels[lang] })))}
        {select(ids.fn, t('socialMap.supportFunction'), 'supportFunction', SUPPORT_FUNCTIONS.map((f) => ({ value: f, label: functionLabel(f, lang) })))}
      </form>
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        <>
          <p role="status">{t('socialMap.results', { n: loaded.value.length })}</p>
          {loaded.value.length === 0 ? <p>{query === '{}' ? t(admin ? 'catalogue.ownEmptyAdmin' : 'catalogue.ownEmpty') : t('socialMap.none')}</p> : (
            <ul className="card-list services">
              {loaded.value.map((s) => (
                <li key={s.id} className="card">
                  <h2 className="service-name">{s.name}</h2>
                  <p>{[s.organisation, s.region, s.online ? t('socialMap.online') : ''].filter((x) => x !== '').join(' · ')}</p>
                  {s.targetGroup ? <p>{t('socialMap.targetGroup')}: {s.targetGroup}</p> : null}
                  {s.supportFunctions.length > 0 ? <p>{t('socialMap.functions')}: {s.supportFunctions.map((f) => functionLabel(f, lang)).join(', ')}</p> : null}
                  {s.models.length > 0 ? <p>{t('socialMap.models')}: {s.models.map((m) => workingModel(m).labels[lang]).join(', ')}</p> : null}
                  <p>{t('socialMap.cost')}: {labelOf(COST_VOCABULARY, s.cost, lang)}</p>
                  {s.contact ? <p>{t('socialMap.contact')}: {s.contact}</p> : null}
                  {s.accessibility ? <p>{t('socialMap.accessibility')}: {s.accessibility}</p> : null}
                  {admin ? (
                    <p>
                      <button type="button" onClick={() => setEditing(s)}>{t('socialMap.edit', { name: s.name })}</button>{' '}
                      <button type="button" disabled={busy} onClick={() => { void remove(s); }}>{t('socialMap.remove', { name: s.name })}</button>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <CatalogueServices initiatives={catalogueMatches(filter, lang)} lang={lang} />
      {admin ? (
        <>
          {editing === null ? <p><button type="button" className="primary" onClick={() => setEditing('new')}>{t('socialMap.add')}</button></p> : (
            <ServiceForm key={editing === 'new' ? 'new' : editing.id} initial={editing === 'new' ? null : editing} busy={busy}
              onSave={(fields) => { void save(fields); }} onCancel={() => setEditing(null)} />
          )}
          <section aria-labelledby={ids.imp}>
            <h2 id={ids.imp}>{t('socialMap.importTitle')}</h2>
            <p className="hint">{t('socialMap.importHint')}</p>
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void importFile(); }}>
              <div className="field"><label htmlFor={ids.file}>{t('socialMap.importFile')}</label>
                <input id={ids.file} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></div>
              <button type="submit" disabled={busy || file === null}>{t('socialMap.importButton')}</button>
            </form>
            {imported !== null ? <p role="status">{t('socialMap.imported', { n: imported })}</p> : null}
            {refused ? (
              <div role="alert" className="csv-refused">
                <p>{t('socialMap.refused')}</p>
                <ul>{refused.map((i, k) => <li key={k}>{i.message}</li>)}</ul>
              </div>
            ) : null}
            <p><a href={socialMap.exportUrl} download>{t('socialMap.export')}</a></p>
          </section>
        </>
      ) : null}
    </section>
  );
}

/** The catalogue's initiatives beside the organisation's own services, marked as coming from the catalogue. */
function CatalogueServices({ initiatives, lang }: { initiatives: readonly Initiative[]; lang: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="from-catalogue">
      <h2 id={headingId}>{t('catalogue.onSocialMap')}</h2>
      <p className="hint">{t('catalogue.onSocialMapHint', { count: initiatives.length })}</p>
      <ul className="card-list catalogue-services">
        {initiatives.map((i) => (
          <li key={i.id} className="card">
            <p className="catalogue-mark">{t('catalogue.fromCatalogue')}</p>
            <h3 className="service-name"><a href={formatRoute({ page: 'initiative', id: i.id })}>{i.name}</a></h3>
            <p>{[i.location === 'onbekend' ? t('catalogue.unknownPlace') : i.location, i.online ? t('socialMap.online') : ''].filter((x) => x !== '').join(' · ')}</p>
            <p>{i.aim[lang]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

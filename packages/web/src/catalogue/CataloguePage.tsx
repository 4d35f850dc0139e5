import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INITIATIVES, initiativeById, initiativesForModel, SEEDS, SUPPORT_FUNCTION_VOCABULARY, WORKING_MODELS, labelOf,
  type Initiative, type Language, type SourceRef, type SupportFunction, type SwotItem, type WorkingModel, type WorkingModelCode,
} from '@netwerkkracht/core';
import { formatRoute, type Route } from '../app/route.js';
import { useLanguage } from '../i18n/use-language.js';

type CatalogueRoute = Extract<Route, { page: 'catalogue' | 'workingModel' | 'initiative' }>;

/**
 * The catalogue a worker can read (issue 14): the seven working models and the initiatives that
 * put them into practice, searchable and filterable, in nl/fr/en. Names of initiatives and
 * organisations stay as the sources give them; the rest is translated. Never ranked: listed in
 * catalogue order.
 */
export default function CataloguePage({ route }: { route: CatalogueRoute }) {
  const { t } = useTranslation();
  useEffect(() => { window.scrollTo(0, 0); }, [route]);
  if (route.page === 'workingModel') {
    const model = WORKING_MODELS.find((m) => m.code === route.code);
    return model ? <ModelPage model={model} /> : <NotInCatalogue />;
  }
  if (route.page === 'initiative') {
    const initiative = initiativeById(route.id);
    return initiative ? <InitiativePage initiative={initiative} /> : <NotInCatalogue />;
  }
  return <CatalogueList key={t('catalogue.title')} />;
}

function NotInCatalogue() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <p>{t('catalogue.notFound')}</p>
      <a href={formatRoute({ page: 'catalogue' })}>{t('catalogue.back')}</a>
    </section>
  );
}

/** Texts the sources use for "none given", shown in the reader's language. */
function place(initiative: Initiative, t: (key: 'catalogue.unknownPlace' | 'catalogue.notNamed') => string): { location: string; organisation: string } {
  return {
    location: initiative.location === 'onbekend' ? t('catalogue.unknownPlace') : initiative.location,
    organisation: initiative.organisation === 'niet vermeld' ? t('catalogue.notNamed') : initiative.organisation,
  };
}

function matches(initiative: Initiative, words: readonly string[], lang: Language): boolean {
  if (words.length === 0) return true;
  const text = [initiative.name, initiative.organisation, initiative.location, initiative.aim[lang], initiative.targetGroup[lang], ...(initiative.examples ?? [])].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

function CatalogueList() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), search: useId(), model: useId(), fn: useId(), online: useId(), results: useId() };
  const [query, setQuery] = useState('');
  const [model, setModel] = useState<WorkingModelCode | ''>('');
  const [fn, setFn] = useState<SupportFunction | ''>('');
  const [onlineOnly, setOnlineOnly] = useState(false);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
    return INITIATIVES.filter((i) => matches(i, words, lang) && (model === '' || i.models.includes(model))
      && (fn === '' || i.supportFunctions.includes(fn)) && (!onlineOnly || i.online));
  }, [query, model, fn, onlineOnly, lang]);
  return (
    <section className="page catalogue" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('catalogue.title')}</h1>
      <p className="intro">{t('catalogue.intro')}</p>
      <nav aria-label={t('catalogue.modelsTitle')}>
        <h2>{t('catalogue.modelsTitle')}</h2>
        <ul className="card-list models">
          {WORKING_MODELS.map((m) => (
            <li key={m.code} className="card">
              <a href={formatRoute({ page: 'workingModel', code: m.code })}><strong>{m.labels[lang]}</strong></a>
              <span>{m.summary[lang]}</span>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t('catalogue.initiativesTitle')}</h2>
      <form className="inline-form catalogue-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field"><label htmlFor={ids.search}>{t('catalogue.search')}</label>
          <input id={ids.search} type="search" value={query} maxLength={120} onChange={(e) => setQuery(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.model}>{t('catalogue.model')}</label>
          <select id={ids.model} value={model} onChange={(e) => setModel(e.target.value as WorkingModelCode | '')}>
            <option value="">{t('catalogue.any')}</option>
            {WORKING_MODELS.map((m) => <option key={m.code} value={m.code}>{m.labels[lang]}</option>)}
          </select></div>
        <div className="field"><label htmlFor={ids.fn}>{t('catalogue.gives')}</label>
          <select id={ids.fn} value={fn} onChange={(e) => setFn(e.target.value as SupportFunction | '')}>
            <option value="">{t('catalogue.any')}</option>
            {SUPPORT_FUNCTION_VOCABULARY.map((f) => <option key={f.code} value={f.code}>{f.labels[lang]}</option>)}
          </select></div>
        <label className="choice"><input id={ids.online} type="checkbox" checked={onlineOnly} onChange={(e) => setOnlineOnly(e.target.checked)} /><span>{t('catalogue.onlineOnly')}</span></label>
      </form>
      <p id={ids.results} role="status">{t('catalogue.count', { count: shown.length })}</p>
      <ul className="card-list initiatives" aria-describedby={ids.results}>
        {shown.map((i) => {
          const where = place(i, t);
          return (
            <li key={i.id} className="card">
              <a href={formatRoute({ page: 'initiative', id: i.id })}><strong>{i.name}</strong></a>
              <span>{i.aim[lang]}</span>
              <span className="hint">{where.location}{i.online ? ` · ${t('catalogue.online')}` : ''} · {i.models.map((c) => WORKING_MODELS.find((m) => m.code === c)?.labels[lang] ?? c).join(', ') || t('catalogue.noModel')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Sources({ sources }: { sources: readonly SourceRef[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('catalogue.sources')}</h2>
      <ul>{sources.map((s, i) => <li key={i}>{SEEDS[s.seed]}, {s.where}</li>)}</ul>
    </>
  );
}

function Swot({ title, items }: { title: string; items: readonly SwotItem[] }) {
  const lang = useLanguage();
  return (
    <>
      <h2>{title}</h2>
      <ul>{items.map((item, i) => <li key={i}>{item.text[lang]}{item.note ? <span className="hint"> ({item.note[lang]})</span> : null}</li>)}</ul>
    </>
  );
}

function ModelPage({ model }: { model: WorkingModel }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const p = model.parameters;
  const initiatives = initiativesForModel(model.code);
  return (
    <article className="page catalogue-item" aria-labelledby={headingId}>
      <a href={formatRoute({ page: 'catalogue' })}>← {t('catalogue.back')}</a>
      <p className="hint">{t('catalogue.modelKind')}</p>
      <h1 id={headingId}>{model.labels[lang]}</h1>
      {model.alsoKnownAs.length > 0 ? <p className="hint">{t('catalogue.alsoKnownAs', { names: model.alsoKnownAs.join(', ') })}</p> : null}
      <p>{model.summary[lang]}</p>
      <h2>{t('catalogue.parameters')}</h2>
      <dl className="parameters">
        <dt>{t('catalogue.param.individualOrGroup')}</dt><dd>{p.individualOrGroup.explanation[lang]}</dd>
        <dt>{t('catalogue.param.personsDeployed')}</dt><dd>{p.personsDeployed.explanation[lang]}</dd>
        <dt>{t('catalogue.param.priorRelation')}</dt><dd>{p.priorRelation.explanation[lang]}</dd>
        <dt>{t('catalogue.param.volunteerRole')}</dt><dd>{p.volunteerRole.explanation[lang]}</dd>
        <dt>{t('catalogue.param.professionalRole')}</dt><dd>{p.professionalRole.explanation[lang]}</dd>
      </dl>
      <Swot title={t('catalogue.strengths')} items={model.strengthsAndOpportunities} />
      <Swot title={t('catalogue.weaknesses')} items={model.weaknessesAndThreats} />
      <h2>{t('catalogue.conditions')}</h2>
      {model.conditionsNote ? <p>{model.conditionsNote[lang]}</p> : null}
      <ul>{model.conditions.map((c, i) => <li key={i}>{c.text[lang]}</li>)}</ul>
      <h2>{t('catalogue.initiativesOfModel')}</h2>
      <ul>{initiatives.map((i) => <li key={i.id}><a href={formatRoute({ page: 'initiative', id: i.id })}>{i.name}</a></li>)}</ul>
      <Sources sources={model.sources} />
    </article>
  );
}

function InitiativePage({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const where = place(initiative, t);
  return (
    <article className="page catalogue-item" aria-labelledby={headingId}>
      <a href={formatRoute({ page: 'catalogue' })}>← {t('catalogue.back')}</a>
      <p className="hint">{t(`catalogue.kind.${initiative.kind}`)}</p>
      <h1 id={headingId}>{initiative.name}</h1>
      <dl className="parameters">
        <dt>{t('catalogue.aim')}</dt><dd>{initiative.aim[lang]}</dd>
        <dt>{t('catalogue.targetGroup')}</dt><dd>{initiative.targetGroup[lang]}</dd>
        <dt>{t('catalogue.organisation')}</dt><dd>{where.organisation}</dd>
        <dt>{t('catalogue.place')}</dt><dd>{where.location}</dd>
        <dt>{t('catalogue.onlineLabel')}</dt><dd>{initiative.online ? t('catalogue.yes') : t('catalogue.no')}</dd>
        <dt>{t('catalogue.models')}</dt>
        <dd>{initiative.models.length === 0 ? t('catalogue.noModel') : initiative.models.map((code, i) => (
          <span key={code}>{i > 0 ? ', ' : ''}<a href={formatRoute({ page: 'workingModel', code })}>{WORKING_MODELS.find((m) => m.code === code)?.labels[lang] ?? code}</a></span>
        ))}</dd>
        <dt>{t('catalogue.supportFunctions')}</dt>
        <dd>{initiative.supportFunctions.length === 0 ? t('catalogue.notKnown') : initiative.supportFunctions.map((f) => labelOf(SUPPORT_FUNCTION_VOCABULARY, f, lang)).join(', ')}</dd>
      </dl>
      {initiative.note ? <p>{initiative.note[lang]}</p> : null}
      {initiative.examples && initiative.examples.length > 0 ? <p>{t('catalogue.examples', { names: initiative.examples.join(', ') })}</p> : null}
      <Sources sources={initiative.sources} />
    </article>
  );
}

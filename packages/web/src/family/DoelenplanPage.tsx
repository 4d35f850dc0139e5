import '../styles/family.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { doelenplan, DOELENPLAN_VIEWS, labelOf, LIFE_DOMAIN_VOCABULARY, type DoelenplanView } from '@netwerkkracht/core';
import { plans } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useLanguage } from '../i18n/use-language.js';

/**
 * VONK's doelenplan per life domain (seed 001) as two views on the network plan's one list of
 * goals (core `doelenplan`): the family's version (the parents' words in their language, nothing
 * else) and the worker's (with the worker's note and how many actions serve each goal). Goals are
 * written in the plan's goals panel; each goal's text carries its language and `dir="auto"`, so
 * Arabic or another right-to-left script reads the right way round.
 */
export default function DoelenplanPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), view: useId() };
  const [view, setView] = useState<DoelenplanView>('gezin');
  const { loaded, reload } = useLoad(() => plans.get(caseId), [caseId], caseId);
  const back = <a href={formatRoute({ page: 'case', caseId })}>← {t('family.goals.back')}</a>;
  if (loaded.status === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <section className="page">
        <p>{back}</p>
        {loaded.error.kind === 'not_found' ? <p>{t('family.goals.noPlan')}</p> : <ErrorNotice error={loaded.error} onReload={reload} />}
      </section>
    );
  }
  if (loaded.value === null) {
    // The case has no network plan yet: the doelenplan is a view of its goals.
    return (
      <section className="page">
        <p>{back}</p>
        <p>{t('family.goals.noPlan')}</p>
      </section>
    );
  }
  const domains = doelenplan(loaded.value.plan, view);
  return (
    <article className={`page doelenplan doelenplan-${view}`} aria-labelledby={ids.heading}>
      <p className="no-print">{back}{' '}<button type="button" onClick={() => window.print()}>{t('family.schema.print')}</button></p>
      <h1 id={ids.heading}>{t('family.goals.title')}</h1>
      <fieldset className="no-print view-choice">
        <legend>{t('family.goals.view')}</legend>
        {DOELENPLAN_VIEWS.map((v) => (
          <label key={v} className="radio">
            <input type="radio" name={ids.view} value={v} checked={view === v} onChange={() => setView(v)} /> {t(`family.goals.views.${v}`)}
          </label>
        ))}
      </fieldset>
      <p>{t(view === 'gezin' ? 'family.goals.introFamily' : 'family.goals.introWorker')}</p>
      {domains.map((d) => (
        <section key={d.domain} className="goal-domain">
          <h2>{labelOf(LIFE_DOMAIN_VOCABULARY, d.domain, lang)}</h2>
          {d.goals.length === 0 ? <p className="hint">{t('family.goals.none')}</p> : (
            <ul className="card-list">
              {d.goals.map((g) => (
                <li key={g.id} className="card">
                  <p className="family-words" dir="auto" lang={g.language}>{g.words}</p>
                  <p>{t('family.goals.status')} {t(`plan.goals.statuses.${g.status}`)}</p>
                  {view === 'begeleider' ? (
                    <>
                      {g.workerNote ? <p className="worker-note">{t('family.goals.workerNote')} {g.workerNote}</p> : null}
                      <p>{t('family.goals.actions', { count: g.actionCount ?? 0 })}</p>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

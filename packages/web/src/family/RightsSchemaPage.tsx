import '../styles/family.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { familyRightsSchema, labelOf, LIFE_DOMAIN_VOCABULARY } from '@netwerkkracht/core';
import { rightsExplorer } from '../api/family-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useLanguage } from '../i18n/use-language.js';
import { RightDetails, statusText } from './RightDetails.js';

/**
 * The family's own schema of rights per life domain (seed 001: so the family can ask for its
 * rights without depending on the worker), alone on the page: the server prints it to PDF in the
 * family's language. It holds the rights and their standing only: no check, no score, no note.
 */
export default function RightsSchemaPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useId();
  const { loaded, reload } = useLoad(() => rightsExplorer.forCase(caseId), [caseId], caseId);
  if (loaded.status === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} onReload={reload} />;
  const domains = familyRightsSchema(loaded.value.rights, loaded.value.statuses);
  return (
    <article className="page rights-schema" aria-labelledby={heading} data-print-ready="true">
      <p className="no-print"><a href={formatRoute({ page: 'case', caseId })}>← {t('family.schema.back')}</a>{' '}
        <button type="button" onClick={() => window.print()}>{t('family.schema.print')}</button></p>
      <h1 id={heading}>{t('family.schema.title')}</h1>
      <p>{t('family.schema.intro')}</p>
      {domains.length === 0 ? <p>{t('family.schema.empty')}</p> : domains.map((d) => (
        <section key={d.domain} className="schema-domain">
          <h2>{labelOf(LIFE_DOMAIN_VOCABULARY, d.domain, lang)}</h2>
          <ul className="card-list">
            {d.entries.map(({ right, status }) => (
              <li key={right.id} className="card">
                <h3>{right.name}</h3>
                <p className="right-status">{statusText(t, status)}</p>
                <RightDetails right={right} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

import '../styles/family.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRoute } from '../app/route.js';
import { IndexCheckPanel } from './IndexCheckPanel.js';
import { RightsExplorerPanel } from './RightsExplorerPanel.js';
import { RightsMeasurementPanel } from './RightsMeasurementPanel.js';

/**
 * Family support around the network on the case page (issue 12, items 1-4): the worker's entry
 * check, the grondrechtenmeting, the rechtenverkenner and a way to the doelenplan. Lazy-loaded by
 * CasePage. Changes need the family's registration consent (the server refuses them without).
 */
export default function FamilySupportSection({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="family-support">
      <h2 id={heading}>{t('family.title')}</h2>
      <p><a href={formatRoute({ page: 'doelenplan', caseId })}>{t('family.goals.link')}</a></p>
      <IndexCheckPanel caseId={caseId} canWrite={canWrite} />
      <RightsMeasurementPanel caseId={caseId} canWrite={canWrite} />
      <RightsExplorerPanel caseId={caseId} canWrite={canWrite} />
    </section>
  );
}

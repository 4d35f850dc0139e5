import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionEntry, CoordinationWarning } from '../api/attention.js';
import { formatRoute } from '../app/route.js';

/**
 * What needs the worker now: overdue actions and promised help that did not come (with or
 * without an agreed fallback). Shown on the case and, with the case's name, in the worker's list.
 */
export function AttentionBox({ items, coordination = [], withCase = false }: { items: readonly AttentionEntry[]; coordination?: readonly CoordinationWarning[]; withCase?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const n = items.length + coordination.length;
  if (n === 0 && !withCase) return null;
  if (n === 0) {
    // Nothing late: a calm line, not an alarm-coloured box counting zero.
    return (
      <section className="attention calm" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('field.attentionCalm')}</h2>
        <p>{t('attention.none')}</p>
      </section>
    );
  }
  return (
    <section className="attention" aria-labelledby={headingId}>
      {withCase ? <h2 id={headingId}>{t("attention.title", { n })}</h2> : <h3 id={headingId}>{t("attention.title", { n })}</h3>}
      <ul>
        {items.map((item) => (
          <li key={`${item.caseId}/${item.action.id}/${item.kind}`}>
            {withCase ? <><a href={formatRoute({ page: 'case', caseId: item.caseId })}>{item.caseName ?? t('attention.case')}</a>{': '}</> : null}
            <strong>{item.action.what}</strong>{' — '}
            {t(`attention.kind.${item.kind}`, { date: item.since })}
            {item.kind === 'fallback_due' && item.action.fallback ? <> {t('attention.fallback', { fallback: item.action.fallback })}</> : null}
          </li>
        ))}
        {coordination.map((w) => (
          <li key={`${w.caseId}/${w.kind}`}>
            {withCase ? <><a href={formatRoute({ page: 'case', caseId: w.caseId })}>{w.caseName ?? t('attention.case')}</a>{': '}</> : null}
            {t(`coordination.warnings.${w.kind}`, { date: w.since })}
          </li>
        ))}
      </ul>
    </section>
  );
}

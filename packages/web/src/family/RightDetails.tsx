import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseRightStatus, ExplorerRight } from '@netwerkkracht/core';

const PARTS = ['what', 'forWhom', 'how', 'where', 'when', 'contact'] as const;

/** What, for whom, how, where and when to ask, and the contact: only the parts the organisation filled in. */
export function RightDetails({ right }: { right: ExplorerRight }) {
  const { t } = useTranslation();
  const filled = PARTS.filter((p) => right[p] !== '');
  if (filled.length === 0) return null;
  return (
    <dl className="right-details">
      {filled.map((p) => (
        <div key={p}>
          <dt>{t(`family.rights.${p}`)}</dt>
          <dd>{p === 'contact' && /^https?:\/\/\S+$/.test(right.contact) ? <a href={right.contact}>{right.contact}</a> : right[p]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "Aangevraagd sinds 2026-02-20", with the asking and realising days when known. */
export function statusText(t: TFunction, status: CaseRightStatus): string {
  const parts = [`${t(`family.rights.statuses.${status.status}`)} (${t('family.rights.since', { date: status.statusOn })})`];
  if (status.askedOn && status.status !== 'aangevraagd') parts.push(t('family.rights.askedOn', { date: status.askedOn }));
  if (status.realisedOn && status.status !== 'gerealiseerd') parts.push(t('family.rights.realisedOn', { date: status.realisedOn }));
  return parts.join(', ');
}

import { useTranslation } from 'react-i18next';
import type { FamilyCount } from '@netwerkkracht/core';

/** A signal's family count as the server gives it (SN1): a number, or "fewer than N" below the small-cell rule. */
export function FamilyCountText({ count }: { count: FamilyCount }) {
  const { t } = useTranslation();
  return <>{count.kind === 'exact' ? t('signals.families', { n: count.families }) : t('signals.fewer', { n: count.threshold })}</>;
}

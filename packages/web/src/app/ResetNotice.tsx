import { useTranslation } from 'react-i18next';
import type { PasswordReset } from '../api/endpoints.js';
import { useLanguage } from '../i18n/use-language.js';

/**
 * "Your password was reset by X on date": shown from the first sign-in after a beheerder's reset
 * until the owner says they have seen it (`onSeen`; not offered during the forced change).
 */
export function ResetNotice({ reset, onSeen }: { reset: PasswordReset; onSeen?: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(reset.at));
  return (
    <div className="notice reset-notice" role="status">
      <p>{reset.byName ? t('account.resetNotice', { name: reset.byName, date }) : t('account.resetNoticeUnknown', { date })}</p>
      <p>{t('account.resetNoticeHelp')}</p>
      {onSeen ? <button type="button" onClick={onSeen}>{t('account.resetNoticeSeen')}</button> : null}
    </div>
  );
}

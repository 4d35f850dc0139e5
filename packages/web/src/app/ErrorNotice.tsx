import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.js';

/** The plain-language text of an error: some server codes have a text of their own. */
export function useErrorText(): (error: ApiError) => string {
  const { t } = useTranslation();
  return (error) => (error.code === 'consent_required' ? t('errors.consent') : t(`errors.${error.kind}`));
}

/**
 * A server error in plain language, with the way forward: reload for a conflict or a server
 * problem. The user's own edit stays where it is (the editor keeps it locally).
 */
export function ErrorNotice({ error, override, onReload }: { error: ApiError; override?: string | undefined; onReload?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <div className="error-notice" role="alert">
      <p>{override ?? text(error)}</p>
      {error.issues.length > 0 ? <ul>{error.issues.map((i, n) => <li key={n}>{i.path ? `${i.path}: ` : ''}{i.message}</li>)}</ul> : null}
      {onReload && (error.kind === 'conflict' || error.kind === 'server' || error.kind === 'network')
        ? <button type="button" onClick={onReload}>{t('errors.reload')}</button>
        : null}
    </div>
  );
}

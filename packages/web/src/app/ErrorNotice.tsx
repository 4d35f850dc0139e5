import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.js';

/**
 * A server error in plain language, with the way forward: reload for a conflict or a server
 * problem. The user's own edit stays where it is (the editor keeps it locally).
 */
export function ErrorNotice({ error, override, onReload }: { error: ApiError; override?: string; onReload?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <p>{override ?? t(`errors.${error.kind}`)}</p>
      {error.issues.length > 0 ? <ul>{error.issues.map((i, n) => <li key={n}>{i.path ? `${i.path}: ` : ''}{i.message}</li>)}</ul> : null}
      {onReload && (error.kind === 'conflict' || error.kind === 'server' || error.kind === 'network')
        ? <button type="button" onClick={onReload}>{t('errors.reload')}</button>
        : null}
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session, type Session } from '../api/endpoints.js';
import type { ApiError } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';

interface Props {
  /** `password`: opens the device key kept on this device (offline/keyring.ts), then forgotten. */
  readonly onLoggedIn: (session: Session, password: string) => void;
}

/** Sign in against the server; the session cookie is set by the server, the CSRF token kept in memory. */
export function LoginPage({ onLoggedIn }: Props) {
  const { t } = useTranslation();
  const ids = { email: useId(), password: useId(), heading: useId() };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = await session.login(email, password);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setPassword('');
    onLoggedIn(result.value, password);
  };

  return (
    <section className="page narrow" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="field">
          <label htmlFor={ids.email}>{t('login.email')}</label>
          <input id={ids.email} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('login.password')}</label>
          <input id={ids.password} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        {error ? <ErrorNotice error={error} override={error.kind === 'unauthorised' || error.kind === 'validation' ? t('login.wrong') : error.message || undefined} /> : null}
        <button type="submit" className="primary" disabled={busy}>{busy ? t('login.busy') : t('login.submit')}</button>
      </form>
    </section>
  );
}

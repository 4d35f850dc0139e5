import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session, type PasswordReset, type Session } from '../api/endpoints.js';
import type { ApiError } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { ResetNotice } from '../app/ResetNotice.js';

/** Minimum length the server enforces (NIST: length, no composition rules). */
const MIN_LENGTH = 12;

/**
 * The first step after signing in with a one-time password: until the user picks their own
 * password, the server refuses everything else, so the app shows nothing else either.
 */
export function PasswordPage({ reset, onChanged }: { reset: PasswordReset | null; onChanged: (session: Session, password: string) => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), current: useId(), next: useId(), repeat: useId(), problem: useId() };
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setError(null);
    if (next.length < MIN_LENGTH) return setProblem(t('login.tooShort'));
    if (next !== repeat) return setProblem(t('login.mismatch'));
    setProblem(null);
    setBusy(true);
    const result = await session.changePassword(current, next);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onChanged(result.value, next);
  };

  return (
    <section className="page narrow" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('login.changeTitle')}</h1>
      {reset ? <ResetNotice reset={reset} /> : null}
      <p>{t('login.changeIntro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <div className="field">
          <label htmlFor={ids.current}>{t('login.currentPassword')}</label>
          <input id={ids.current} type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.next}>{t('login.newPassword')}</label>
          <input id={ids.next} type="password" autoComplete="new-password" required minLength={MIN_LENGTH} value={next}
            aria-invalid={problem !== null} aria-describedby={problem ? ids.problem : undefined} onChange={(e) => setNext(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.repeat}>{t('login.repeatPassword')}</label>
          <input id={ids.repeat} type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
        {problem ? <p id={ids.problem} className="field-error" role="alert">{problem}</p> : null}
        {error ? <ErrorNotice error={error} override={error.kind === 'unauthorised' ? t('login.wrongCurrent') : error.message || undefined} /> : null}
        <button type="submit" className="primary" disabled={busy}>{t('login.changeSubmit')}</button>
      </form>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Opened without a connection (issue 16): the password opens the device key kept on this device,
 * and with it the cases taken on a visit. Nothing else can be opened without the server.
 */
export function OfflineUnlockPage({ onUnlock }: { onUnlock: (password: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), password: useId(), error: useId() };
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);

  const submit = async () => {
    setBusy(true);
    setWrong(false);
    const opened = await onUnlock(password);
    setBusy(false);
    if (!opened) setWrong(true);
    setPassword('');
  };

  return (
    <section className="page narrow" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('offline.unlock.title')}</h1>
      <p>{t('offline.unlock.intro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="field">
          <label htmlFor={ids.password}>{t('offline.unlock.password')}</label>
          <input id={ids.password} type="password" autoComplete="current-password" required value={password}
            aria-describedby={wrong ? ids.error : undefined} aria-invalid={wrong || undefined} onChange={(e) => setPassword(e.target.value)} />
        </div>
        {wrong ? <p id={ids.error} className="field-error" role="alert">{t('offline.unlock.wrong')}</p> : null}
        <button type="submit" className="primary" disabled={busy}>{busy ? t('offline.unlock.busy') : t('offline.unlock.open')}</button>
      </form>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin, type Account, type AuditCategory } from '../api/admin-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { EigenKrachtContactForm } from '../plan/EigenKrachtContactForm.js';

/**
 * The beheerder's page: the accounts with a button that hands out a new one-time password (shown
 * once, here only), where workers ask for an Eigen Kracht-conferentie, and the audit log with filters for access to cases and refused access. The
 * log holds ids and action codes, never names: people are shown by their account name.
 */
export default function AdminPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), users: useId(), audit: useId(), filter: useId() };
  const accounts = useLoad(() => admin.accounts(), []);
  const [category, setCategory] = useState<AuditCategory | null>(null);
  const audit = useLoad(() => admin.audit(category), [category]);
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const { busy, error, run } = useRequest();
  const names = new Map((accounts.loaded.status === 'ready' ? accounts.loaded.value : []).map((a) => [a.id, a.displayName]));
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Brussels' });

  const reset = async (account: Account) => {
    setIssued(null);
    const result = await run(() => admin.resetPassword(account.id));
    if (result.ok) {
      setIssued({ name: account.displayName, password: result.value });
      audit.reload();
    }
  };

  const endSessions = async (account: Account) => {
    setEnded(null);
    const result = await run(() => admin.endSessions(account.id));
    if (result.ok) {
      setEnded(account.displayName);
      audit.reload();
    }
  };

  return (
    <section className="page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('admin.title')}</h1>
      {error ? <ErrorNotice error={error} /> : null}
      <h2 id={ids.users}>{t('admin.usersTitle')}</h2>
      {issued ? (
        <div className="notice reset-notice" role="status">
          <p>{t('admin.oneTime', { name: issued.name })}</p>
          <p className="one-time-password">{issued.password}</p>
          <p>{t('admin.oneTimeHelp')}</p>
          <button type="button" onClick={() => setIssued(null)}>{t('admin.oneTimeDone')}</button>
        </div>
      ) : null}
      {ended ? <p className="notice" role="status" data-sessions-ended="true">{t('admin.sessionsEnded', { name: ended })}</p> : null}
      {accounts.loaded.status === 'loading' ? <p>{t('app.loading')}</p> : accounts.loaded.status === 'failed' ? <ErrorNotice error={accounts.loaded.error} onReload={accounts.reload} /> : (
        <table className="plain" aria-labelledby={ids.users}>
          <thead><tr><th scope="col">{t('admin.name')}</th><th scope="col">{t('admin.email')}</th><th scope="col">{t('admin.role')}</th><th scope="col"><span className="visually-hidden">{t('admin.reset')}</span></th></tr></thead>
          <tbody>
            {accounts.loaded.value.map((a) => (
              <tr key={a.id}>
                <td>{a.displayName}</td>
                <td>{a.email}</td>
                <td>{t(`admin.roles.${a.role}`)}</td>
                <td>
                  <button type="button" disabled={busy} aria-label={t('admin.resetFor', { name: a.displayName })} onClick={() => { void reset(a); }}>{t('admin.reset')}</button>{' '}
                  <button type="button" disabled={busy} aria-label={t('admin.endSessionsFor', { name: a.displayName })} onClick={() => { void endSessions(a); }}>{t('admin.endSessions')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EigenKrachtContactForm />
      <h2 id={ids.audit}>{t('admin.auditTitle')}</h2>
      <div className="field">
        <label htmlFor={ids.filter}>{t('admin.auditFilter')}</label>
        <select id={ids.filter} value={category ?? ''} onChange={(e) => setCategory(e.target.value === '' ? null : e.target.value as AuditCategory)}>
          <option value="">{t('admin.auditAll')}</option>
          <option value="access">{t('admin.auditAccess')}</option>
          <option value="denied">{t('admin.auditDenied')}</option>
        </select>
      </div>
      {audit.loaded.status === 'loading' ? <p>{t('app.loading')}</p> : audit.loaded.status === 'failed' ? <ErrorNotice error={audit.loaded.error} onReload={audit.reload} /> : (
        audit.loaded.value.length === 0 ? <p>{t('admin.auditEmpty')}</p> : (
          <table className="plain audit-log" aria-labelledby={ids.audit}>
            <thead><tr><th scope="col">{t('admin.when')}</th><th scope="col">{t('admin.who')}</th><th scope="col">{t('admin.what')}</th><th scope="col">{t('admin.about')}</th><th scope="col">{t('admin.route')}</th></tr></thead>
            <tbody>
              {audit.loaded.value.map((line) => (
                <tr key={line.id}>
                  <td>{when.format(new Date(line.at))}</td>
                  <td>{line.userId ? names.get(line.userId) ?? line.userId : ''}</td>
                  <td title={line.action}>{t(`auditAction.${line.action}`, { defaultValue: line.action })}</td>
                  <td>{line.target ? names.get(line.target) ?? line.target : line.caseId ?? ''}</td>
                  <td>{line.route ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </section>
  );
}

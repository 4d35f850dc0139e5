import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EigenKrachtContact } from '@netwerkkracht/core';
import { eigenKrachtContactApi } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';

interface Draft { organisation: string; address: string; phones: string; email: string; website: string }
const EMPTY: Draft = { organisation: '', address: '', phones: '', email: '', website: '' };

/** The form's text fields as the contact the server checks (empty optional fields left out). */
export function contactFromDraft(draft: Draft): EigenKrachtContact {
  const opt = (key: 'address' | 'email' | 'website') => (draft[key].trim() === '' ? {} : { [key]: draft[key].trim() });
  return {
    organisation: draft.organisation.trim(),
    ...opt('address'),
    phones: draft.phones.split(',').map((p) => p.trim()).filter((p) => p !== ''),
    ...opt('email'),
    ...opt('website'),
  };
}

/**
 * The beheerder sets where the organisation's workers ask for an Eigen Kracht-conferentie (the
 * region's coordination point); without it they see seed 000's Steunpunt. The server checks every
 * field and names the wrong one.
 */
export function EigenKrachtContactForm() {
  const { t } = useTranslation();
  const ids = { heading: useId(), organisation: useId(), address: useId(), phones: useId(), email: useId(), website: useId() };
  const { loaded, reload } = useLoad(() => eigenKrachtContactApi.get(), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRequest();
  useEffect(() => {
    if (loaded.status !== 'ready' || !loaded.value.custom) return;
    const c = loaded.value.contact;
    setDraft({ organisation: c.organisation, address: c.address ?? '', phones: c.phones.join(', '), email: c.email ?? '', website: c.website ?? '' });
  }, [loaded]);
  const save = async (contact: EigenKrachtContact | null) => {
    setSaved(false);
    if ((await run(() => eigenKrachtContactApi.set(contact))).ok) {
      if (contact === null) setDraft(EMPTY);
      setSaved(true);
      reload();
    }
  };
  const field = (key: keyof Draft, id: string, label: string, type = 'text') => (
    <div className="field"><label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={draft[key]} maxLength={key === 'website' ? 300 : 200} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} /></div>
  );
  return (
    <section aria-labelledby={ids.heading} className="eigen-kracht-contact-form">
      <h2 id={ids.heading}>{t('plan.eigenKracht.contactTitle')}</h2>
      <p>{t('plan.eigenKracht.contactIntro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : loaded.status === 'loading' ? <p>{t('app.loading')}</p> : (
        <form onSubmit={(e) => { e.preventDefault(); void save(contactFromDraft(draft)); }}>
          {field('organisation', ids.organisation, t('plan.eigenKracht.contactOrganisation'))}
          {field('address', ids.address, t('plan.eigenKracht.address'))}
          {field('phones', ids.phones, t('plan.eigenKracht.contactPhones'))}
          {field('email', ids.email, t('plan.eigenKracht.email'), 'email')}
          {field('website', ids.website, t('plan.eigenKracht.website'), 'url')}
          <button type="submit" disabled={busy || draft.organisation.trim() === ''}>{t('plan.eigenKracht.saveContact')}</button>{' '}
          {loaded.value.custom ? <button type="button" disabled={busy} onClick={() => { void save(null); }}>{t('plan.eigenKracht.resetContact')}</button> : null}
          {saved ? <p role="status">{t('plan.eigenKracht.contactSaved')}</p> : null}
        </form>
      )}
    </section>
  );
}

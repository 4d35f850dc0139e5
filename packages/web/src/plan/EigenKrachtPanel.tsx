import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementIssues, DEFAULT_EIGEN_KRACHT_CONTACT, PLAN_ISSUE_MESSAGES, type EigenKrachtContact } from '@netwerkkracht/core';
import { eigenKrachtContactApi } from '../api/plan-endpoints.js';
import { useLoad } from '../app/use-load.js';
import { useLanguage } from '../i18n/use-language.js';
import type { PlanContext } from './plan-context.js';
import { editablePlan, refName, type MapPerson } from './plan-view.js';

/**
 * How a conference goes and where to ask for one (seed 000): the family agrees first, a
 * coordination point appoints an independent coordinator, the network makes its plan. Where to
 * ask is the organisation's own contact when its beheerder set one, else seed 000's Steunpunt
 * Algemeen Welzijnswerk (also when the server cannot be reached: that contact is always right).
 */
export function EigenKrachtSteps() {
  const { t } = useTranslation();
  const headingId = useId();
  const { loaded } = useLoad(() => eigenKrachtContactApi.get(), []);
  const own = loaded.status === 'ready' && loaded.value.custom;
  return (
    <div className="eigen-kracht-steps">
      <h4>{t('plan.eigenKracht.steps')}</h4>
      <ol>
        <li>{t('plan.eigenKracht.step1')}</li>
        <li>{t(own ? 'plan.eigenKracht.step2Own' : 'plan.eigenKracht.step2')}</li>
        <li>{t(own ? 'plan.eigenKracht.step3Own' : 'plan.eigenKracht.step3')}</li>
        <li>{t('plan.eigenKracht.step4')}</li>
      </ol>
      <section aria-labelledby={headingId} className="contact-card" aria-busy={loaded.status === 'loading'}>
        <h5 id={headingId}>{t('plan.eigenKracht.ask')}</h5>
        {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : (
          <ContactDetails contact={loaded.status === 'ready' ? loaded.value.contact : DEFAULT_EIGEN_KRACHT_CONTACT} own={own} />
        )}
      </section>
    </div>
  );
}

function ContactDetails({ contact, own }: { contact: EigenKrachtContact; own: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <p data-contact={own ? 'own' : 'default'}>{contact.organisation}</p>
      {own ? <p className="hint">{t('plan.eigenKracht.ownContact')}</p> : null}
      <dl>
        {contact.address ? <><dt>{t('plan.eigenKracht.address')}</dt><dd>{contact.address}</dd></> : null}
        {contact.phones.length > 0 ? <><dt>{t('plan.eigenKracht.phone')}</dt><dd>{contact.phones.join(' · ')}</dd></> : null}
        {contact.email ? <><dt>{t('plan.eigenKracht.email')}</dt><dd><a href={`mailto:${contact.email}`}>{contact.email}</a></dd></> : null}
        {/* http(s) only: the server's schema refuses any other kind of address. */}
        {contact.website ? <><dt>{t('plan.eigenKracht.website')}</dt><dd><a href={contact.website} rel="noopener noreferrer" target="_blank">{contact.website.replace(/^https?:\/\//, '')}</a></dd></> : null}
      </dl>
    </>
  );
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** For a plan the family makes with its worker: the way to a conference, folded away. */
export function EigenKrachtAsk() {
  const { t } = useTranslation();
  return (
    <details className="plan-part eigen-kracht-ask">
      <summary>{t('plan.eigenKracht.askOpen')}</summary>
      <EigenKrachtSteps />
    </details>
  );
}

/** The conference itself: the day the family agreed (the first step), the coordinator, the date. */
function ConferenceForm({ ctx }: { ctx: PlanContext }) {
  const { t } = useTranslation();
  const ids = { agreed: useId(), coordinator: useId(), date: useId() };
  const ek = ctx.plan.madeBy === 'netwerk' ? ctx.plan.eigenKracht : null;
  const [agreed, setAgreed] = useState(ek?.familyAgreedOn ?? '');
  const [coordinator, setCoordinator] = useState(ek?.coordinator ?? '');
  const [date, setDate] = useState(ek?.conferenceDate ?? '');
  const save = async () => {
    const next = editablePlan(ctx.plan);
    if (next.madeBy !== 'netwerk') return;
    const { familyAgreedOn: _a, coordinator: _c, conferenceDate: _d, ...rest } = next.eigenKracht;
    next.eigenKracht = {
      ...rest,
      ...(agreed ? { familyAgreedOn: agreed } : {}),
      ...(coordinator.trim() ? { coordinator: coordinator.trim().slice(0, 120) } : {}),
      ...(date ? { conferenceDate: date } : {}),
    };
    await ctx.save(next);
  };
  return (
    <form className="inline-form conference-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="field"><label htmlFor={ids.agreed}>{t('plan.eigenKracht.agreedOn')}</label>
        <input id={ids.agreed} type="date" value={agreed} onChange={(e) => setAgreed(e.target.value)} /></div>
      <div className="field"><label htmlFor={ids.coordinator}>{t('plan.eigenKracht.coordinator')}</label>
        <input id={ids.coordinator} type="text" value={coordinator} maxLength={120} onChange={(e) => setCoordinator(e.target.value)} /></div>
      <div className="field"><label htmlFor={ids.date}>{t('plan.eigenKracht.conferenceDate')}</label>
        <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} /></div>
      <button type="submit" disabled={ctx.busy}>{t('plan.eigenKracht.saveConference')}</button>
    </form>
  );
}

/**
 * An Eigen Kracht plan is the network's own: how the conference came about (the family's
 * agreement, the coordinator, the date), who took part, the strengths it will use itself and the
 * professional help it asks for.
 */
export function EigenKrachtPanel({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), strength: useId(), by: useId(), help: useId(), from: useId() };
  const [strength, setStrength] = useState('');
  const [by, setBy] = useState('');
  const [help, setHelp] = useState('');
  const [from, setFrom] = useState('');
  if (ctx.plan.madeBy !== 'netwerk') return null;
  const ek = ctx.plan.eigenKracht;
  const unknown = t('plan.unknownPerson');

  const addStrength = async () => {
    const next = editablePlan(ctx.plan);
    if (next.madeBy !== 'netwerk') return;
    next.eigenKracht.ownStrengths = [...(next.eigenKracht.ownStrengths ?? []), { what: strength.trim().slice(0, 1000), by: { name: by.trim().slice(0, 120) } }];
    if (await ctx.save(next)) { setStrength(''); setBy(''); }
  };
  const addHelp = async () => {
    const next = editablePlan(ctx.plan);
    if (next.madeBy !== 'netwerk') return;
    next.eigenKracht.professionalHelp = [...(next.eigenKracht.professionalHelp ?? []), { what: help.trim().slice(0, 1000), ...(from.trim() ? { from: from.trim().slice(0, 200) } : {}) }];
    if (await ctx.save(next)) { setHelp(''); setFrom(''); }
  };

  return (
    <section aria-labelledby={ids.heading} className="plan-part eigen-kracht">
      <h3 id={ids.heading}>{t('plan.eigenKracht.title')}</h3>
      {/* PC6: a plan kept before the family's agreement day was asked for shows what is missing. */}
      {agreementIssues(ek).map((issue) => <p key={issue.code} className="notice" role="status" data-plan-issue={issue.code}>{sentence(PLAN_ISSUE_MESSAGES[lang][issue.code](issue.params))}</p>)}
      <ConferenceForm key={`${ek.familyAgreedOn ?? ''}|${ek.coordinator ?? ''}|${ek.conferenceDate ?? ''}`} ctx={ctx} />
      <p>{t('plan.eigenKracht.tookPart')} {ek.participants.map((p) => refName(p, people, unknown)).join(', ')}</p>
      <h4>{t('plan.eigenKracht.strengths')}</h4>
      {ek.ownStrengths.length === 0 ? <p>{t('plan.eigenKracht.noneYet')}</p> : (
        <ul>{ek.ownStrengths.map((s, i) => <li key={i}>{s.what} ({refName(s.by, people, unknown)})</li>)}</ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void addStrength(); }}>
        <div className="field"><label htmlFor={ids.strength}>{t('plan.eigenKracht.strength')}</label>
          <input id={ids.strength} type="text" value={strength} maxLength={1000} onChange={(e) => setStrength(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.by}>{t('plan.eigenKracht.by')}</label>
          <input id={ids.by} type="text" value={by} maxLength={120} onChange={(e) => setBy(e.target.value)} /></div>
        <button type="submit" disabled={ctx.busy || strength.trim() === '' || by.trim() === ''}>{t('plan.eigenKracht.addStrength')}</button>
      </form>
      <h4>{t('plan.eigenKracht.help')}</h4>
      {ek.professionalHelp.length === 0 ? <p>{t('plan.eigenKracht.noneYet')}</p> : (
        <ul>{ek.professionalHelp.map((h, i) => <li key={i}>{h.what}{h.from ? ` (${h.from})` : ''}</li>)}</ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void addHelp(); }}>
        <div className="field"><label htmlFor={ids.help}>{t('plan.eigenKracht.helpWhat')}</label>
          <input id={ids.help} type="text" value={help} maxLength={1000} onChange={(e) => setHelp(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.from}>{t('plan.eigenKracht.helpFrom')}</label>
          <input id={ids.from} type="text" value={from} maxLength={200} onChange={(e) => setFrom(e.target.value)} /></div>
        <button type="submit" disabled={ctx.busy || help.trim() === ''}>{t('plan.eigenKracht.addHelp')}</button>
      </form>
      <EigenKrachtSteps />
    </section>
  );
}

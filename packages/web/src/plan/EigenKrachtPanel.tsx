import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContext } from './PlanSection.js';
import { editablePlan, refName, type MapPerson } from './plan-view.js';

/**
 * An Eigen Kracht plan is the network's own: who took part in the conference, the strengths it
 * will use itself and the professional help it asks for.
 */
export function EigenKrachtPanel({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
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
    </section>
  );
}

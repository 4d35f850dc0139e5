import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, type LifeDomain } from '@netwerkkracht/core';
import { newId } from '../app/ids.js';
import { useLanguage } from '../i18n/use-language.js';
import type { PlanContext } from './PlanSection.js';
import { editablePlan } from './plan-view.js';

/** Goals per life domain, in the family's own words (VONK's domains, in their order). */
export function GoalsPanel({ ctx }: { ctx: PlanContext }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), domain: useId(), words: useId() };
  const [domain, setDomain] = useState<LifeDomain>(LIFE_DOMAINS[0]);
  const [words, setWords] = useState('');
  const goals = ctx.plan.goals;

  const add = async () => {
    const next = editablePlan(ctx.plan);
    next.goals = [...(next.goals ?? []), { id: newId(), domain, words: words.trim().slice(0, 2000) }];
    if (await ctx.save(next)) setWords('');
  };

  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h3 id={ids.heading}>{t('plan.goals.title')}</h3>
      {goals.length === 0 ? <p>{t('plan.goals.none')}</p> : (
        <dl className="goals">
          {LIFE_DOMAINS.filter((d) => goals.some((g) => g.domain === d)).map((d) => (
            <div key={d}>
              <dt>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</dt>
              {goals.filter((g) => g.domain === d).map((g) => <dd key={g.id} className="family-words">{g.words}</dd>)}
            </div>
          ))}
        </dl>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="field"><label htmlFor={ids.domain}>{t('plan.goals.domain')}</label>
          <select id={ids.domain} value={domain} onChange={(e) => setDomain(e.target.value as LifeDomain)}>
            {LIFE_DOMAINS.map((d) => <option key={d} value={d}>{labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)}</option>)}
          </select></div>
        <div className="field"><label htmlFor={ids.words}>{t('plan.goals.words')}</label>
          <input id={ids.words} type="text" value={words} maxLength={2000} onChange={(e) => setWords(e.target.value)} /></div>
        <button type="submit" disabled={ctx.busy || words.trim() === ''}>{t('plan.goals.add')}</button>
      </form>
    </section>
  );
}

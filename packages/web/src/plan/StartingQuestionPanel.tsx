import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePickable } from './use-pickable.js';
import { STARTING_QUESTION } from '@netwerkkracht/core';
import { today } from '../app/ids.js';
import { useLanguage } from '../i18n/use-language.js';
import type { PlanContext } from './plan-context.js';
import { editablePlan, personName, type MapPerson } from './plan-view.js';

/** The starting question, the family's answer in their own words, and who thinks along already. */
export function StartingQuestionPanel({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const pickable = usePickable(people);
  const lang = useLanguage();
  const ids = { heading: useId(), answer: useId() };
  const question = ctx.plan.startingQuestion;
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [along, setAlong] = useState<readonly string[]>(question.thinkingAlong);
  const [editing, setEditing] = useState(question.answer === null);

  const save = async () => {
    const next = editablePlan(ctx.plan);
    const words = answer.trim();
    next.startingQuestion = {
      answer: words === '' ? null : words.slice(0, 2000),
      answeredOn: question.answeredOn ?? today(),
      thinkingAlong: [...along],
    };
    if (await ctx.save(next)) setEditing(false);
  };

  return (
    <section aria-labelledby={ids.heading} className="plan-part">
      <h3 id={ids.heading}>{t('plan.question.title')}</h3>
      <p className="starting-question">{STARTING_QUESTION[lang]}</p>
      {!editing ? (
        <>
          <blockquote className="family-words">{question.answer}</blockquote>
          <p>{t('plan.question.thinkingAlong')}{' '}
            {question.thinkingAlong.length === 0 ? t('plan.question.nobodyYet') : question.thinkingAlong.map((id) => personName(people, id, t('plan.unknownPerson'))).join(', ')}</p>
          <button type="button" onClick={() => setEditing(true)}>{t('plan.question.edit')}</button>
        </>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="field"><label htmlFor={ids.answer}>{t('plan.question.answer')}</label>
            <textarea id={ids.answer} rows={3} value={answer} maxLength={2000} onChange={(e) => setAnswer(e.target.value)} /></div>
          <fieldset>
            <legend>{t('plan.question.whoThinksAlong')}</legend>
            {pickable.length === 0 ? <p className="hint">{t('plan.noPeople')}</p> : pickable.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={along.includes(p.id)}
                  onChange={(e) => setAlong(e.target.checked ? [...along, p.id] : along.filter((x) => x !== p.id))} /> {p.name}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={ctx.busy}>{t('plan.question.save')}</button>
        </form>
      )}
    </section>
  );
}

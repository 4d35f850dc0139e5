import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedChange } from '@netwerkkracht/core';
import { plans } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { functionLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';
import type { PlanContext } from './plan-context.js';
import { followUpPair, personName, type MapPerson } from './plan-view.js';

/** After a new version of the map: which plan actions went with a change in the network. */
export function FollowUpPanel({ ctx, people }: { ctx: PlanContext; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const pair = followUpPair(ctx.map);
  const fromId = pair?.from.id ?? '';
  const toId = pair?.to.id ?? '';
  const { loaded, reload } = useLoad(
    () => (pair ? plans.followUp(ctx.caseId, fromId, toId) : Promise.resolve({ ok: true as const, value: [] as readonly LinkedChange[] })),
    [ctx.caseId, fromId, toId, ctx.version],
    ctx.caseId,
  );
  const unknown = t('plan.unknownPerson');
  const sentence = (c: LinkedChange): string => {
    if (c.kind === 'gap_closed') {
      return t('plan.followUp.gap_closed', { function: functionLabel(c.function, lang), names: c.informalProviders.map((id) => personName(people, id, unknown)).join(', ') });
    }
    return t(`plan.followUp.${c.kind}`, { name: personName(people, c.alterId, unknown) });
  };
  return (
    <section aria-labelledby={headingId} className="plan-part follow-up">
      <h3 id={headingId}>{t('plan.followUp.title')}</h3>
      {!pair ? <p>{t('plan.followUp.needTwo')}</p> : (
        <>
          <p className="hint">{t('plan.followUp.between', { from: pair.from.date, to: pair.to.date })}</p>
          {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
            loaded.value.length === 0 ? <p>{t('plan.followUp.none')}</p> : (
              <ul className="changes">
                {loaded.value.map((c) => <li key={`${c.kind}/${c.action.id}`}><strong>{c.action.what}</strong>: {sentence(c)}</li>)}
              </ul>
            )
          )}
        </>
      )}
    </section>
  );
}

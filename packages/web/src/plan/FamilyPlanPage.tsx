import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError, type ApiResult } from '../api/api-error.js';
import { familyVersion, labelOf, LIFE_DOMAIN_VOCABULARY, STARTING_QUESTION, type Action, type NetworkMap, type NetworkPlan } from '@netwerkkracht/core';
import { cases, maps as mapsApi } from '../api/endpoints.js';
import { plans } from '../api/plan-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useLanguage } from '../i18n/use-language.js';
import { linkSentence, ownerSentence } from './action-text.js';
import { mapPeople, personName, refName, type MapPerson } from './plan-view.js';

/**
 * The family's version of the plan (core's `familyVersion`): their question and goals in their
 * own words, what was agreed, who does it and when. No worker notes, no review notes, no
 * attention marks; the print stylesheet leaves the buttons out.
 */
/** The family's plan, its case's name and the map it reads, loaded together (also for the print-out). */
export async function loadFamilyPlan(caseId: string): Promise<ApiResult<{ name: string; plan: NetworkPlan; map: NetworkMap } | null>> {
  const [detail, plan] = await Promise.all([cases.get(caseId), plans.get(caseId)]);
  if (!plan.ok) return plan;
  if (!detail.ok) return detail;
  if (plan.value === null) return { ok: true, value: null };
  const map = await mapsApi.get(plan.value.plan.mapId);
  if (!map.ok) return map;
  return { ok: true, value: { name: detail.value.name, plan: plan.value.plan, map: map.value.map as NetworkMap } };
}

export default function FamilyPlanPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(async () => {
    const result = await loadFamilyPlan(caseId);
    // No plan yet: the page says so like a plan that is not there.
    if (result.ok && result.value === null) return { ok: false as const, error: parseApiError(404, null) };
    return result;
  }, [caseId], caseId);
  if (loaded.status === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <section className="page"><ErrorNotice error={loaded.error} onReload={reload} /></section>;
  if (loaded.value === null) return null;
  return <FamilyPlanView caseId={caseId} {...loaded.value} />;
}

/** The family version itself; `inPrintOut` leaves out the page's links (it follows the map on the print-out). */
export function FamilyPlanView({ caseId, name, plan, map, inPrintOut = false }: { caseId: string; name: string; plan: NetworkPlan; map: NetworkMap; inPrintOut?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const version = familyVersion(plan);
  const people = mapPeople(map);
  const unknown = t('plan.unknownPerson');
  const empty = version.domains.length === 0 && version.otherActions.length === 0 && version.startingQuestion.answer === null;
  return (
    <article className={inPrintOut ? 'family-plan in-print-out' : 'page family-plan'} aria-labelledby={headingId}>
      {inPrintOut ? null : (
        <p className="no-print"><a href={formatRoute({ page: 'case', caseId })}>← {t('plan.family.back')}</a>{' '}
          <button type="button" onClick={() => window.print()}>{t('plan.family.print')}</button></p>
      )}
      <h1 id={headingId}>{t('plan.family.title')}: {name}</h1>
      {version.madeBy === 'netwerk' ? <p>{t('plan.family.networkMade')}</p> : null}
      {empty ? <p>{t('plan.family.empty')}</p> : null}
      <section>
        <h2>{STARTING_QUESTION[lang]}</h2>
        {version.startingQuestion.answer ? <p className="family-words">{version.startingQuestion.answer}</p> : null}
        {version.startingQuestion.thinkingAlong.length > 0 ? (
          <p>{t('plan.family.along')} {version.startingQuestion.thinkingAlong.map((id) => personName(people, id, unknown)).join(', ')}</p>
        ) : null}
      </section>
      {version.eigenKracht ? (
        <section>
          <h2>{t('plan.eigenKracht.title')}</h2>
          <p>{t('plan.eigenKracht.tookPart')} {version.eigenKracht.participants.map((p) => refName(p, people, unknown)).join(', ')}</p>
          {version.eigenKracht.ownStrengths.length > 0 ? <><h3>{t('plan.eigenKracht.strengths')}</h3><ul>{version.eigenKracht.ownStrengths.map((s, i) => <li key={i}>{s.what} ({refName(s.by, people, unknown)})</li>)}</ul></> : null}
          {version.eigenKracht.professionalHelp.length > 0 ? <><h3>{t('plan.eigenKracht.help')}</h3><ul>{version.eigenKracht.professionalHelp.map((h, i) => <li key={i}>{h.what}{h.from ? ` (${h.from})` : ''}</li>)}</ul></> : null}
        </section>
      ) : null}
      {version.domains.length > 0 ? (
        <section>
          <h2>{t('plan.family.goals')}</h2>
          {version.domains.map((d) => (
            <section key={d.domain}>
              <h3>{labelOf(LIFE_DOMAIN_VOCABULARY, d.domain, lang)}</h3>
              {d.goals.map((g) => (
                <div key={g.goal.id}>
                  <p className="family-words" dir="auto" lang={g.goal.language}>{g.goal.status === 'bereikt' ? '✓ ' : ''}{g.goal.words}</p>
                  <FamilyActions actions={g.actions} people={people} />
                </div>
              ))}
            </section>
          ))}
        </section>
      ) : null}
      {version.otherActions.length > 0 ? (
        <section>
          <h2>{version.domains.length > 0 ? t('plan.family.other') : t('plan.family.actions')}</h2>
          <FamilyActions actions={version.otherActions} people={people} />
        </section>
      ) : null}
    </article>
  );
}

function FamilyActions({ actions, people }: { actions: readonly Action[]; people: readonly MapPerson[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (actions.length === 0) return null;
  return (
    <table className="family-actions">
      <thead><tr><th scope="col">{t('plan.family.actions')}</th><th scope="col">{t('plan.family.who')}</th><th scope="col">{t('plan.family.when')}</th></tr></thead>
      <tbody>
        {actions.map((a) => {
          const link = linkSentence(a, people, t, lang);
          return (
            <tr key={a.id}>
              <td>{a.status === 'gedaan' ? '✓ ' : ''}{a.what}{link ? <><br /><span className="hint">{link}</span></> : null}</td>
              <td>{ownerSentence(a, people, t)}</td>
              <td>{a.due ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STARTING_QUESTION, type NetworkMap } from '@netwerkkracht/core';
import type { ApiResult } from '../api/api-error.js';
import { plans, type PlanBody } from '../api/plan-endpoints.js';
import type { PlanChange } from '../offline/plan-changes.js';
import { PlanConflictScreen } from '../offline/PlanConflictScreen.js';
import { casesWithPlanChanges, discardThenSend, keepPlanChange, keepsPlanChangesOffline, planAsOnDevice, planRequest, sendPlanChanges, type PlanSendOutcome } from '../offline/plan-queue.js';
import { caseSynced, isTakenOnVisit } from '../offline/visit-store.js';
import { useOnline } from '../offline/SyncIndicator.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';
import { useLanguage } from '../i18n/use-language.js';
import { ActionForm } from './ActionForm.js';
import { ActionList } from './ActionList.js';
import { AttentionBox } from './AttentionBox.js';
import { BarriersPanel } from './BarriersPanel.js';
import { EigenKrachtAsk, EigenKrachtPanel, EigenKrachtSteps } from './EigenKrachtPanel.js';
import { FollowUpPanel } from './FollowUpPanel.js';
import { GoalsPanel } from './GoalsPanel.js';
import { editablePlan, mapPeople, nameList } from './plan-view.js';
import { StartingQuestionPanel } from './StartingQuestionPanel.js';
import { SuggestionsPanel } from './SuggestionsPanel.js';
import type { PlanContext } from './plan-context.js';

/**
 * The case's network plan (issue 5): loaded apart from the case page so its code stays out of the
 * first page. Without a plan it offers to start one for one of the case's maps.
 */
export default function PlanSection({ caseId, maps, canCreate }: { caseId: string; maps: readonly NetworkMap[]; canCreate: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const online = useOnline();
  const { loaded, reload } = useLoad(() => planAsOnDevice(caseId), [caseId], caseId);
  const request = useRequest();
  const { busy, error } = request;
  const [notKept, setNotKept] = useState(false);
  const [waiting, setWaiting] = useState<PlanSendOutcome | null>(null);
  const run = async (step: () => Promise<ApiResult<unknown>>) => {
    const result = await request.run(step);
    if (!result.ok && result.error.kind !== 'conflict') return false;
    reload();
    return result.ok;
  };
  // Back online: what waited on the device goes first; a clash or refusal stays on screen until decided.
  const send = useCallback(async (outcome: Promise<PlanSendOutcome>) => {
    const result = await outcome;
    setWaiting(result.status === 'conflict' || result.status === 'refused' ? result : null);
    if (result.status === 'sent') await caseSynced(caseId);
    reload();
  }, [caseId, reload]);
  const keep = async (change: PlanChange) => {
    const kept = await keepPlanChange(caseId, change);
    setNotKept(!kept);
    if (kept && navigator.onLine) void send(sendPlanChanges(caseId));
    else if (kept) reload();
    return kept;
  };
  useEffect(() => {
    if (online && casesWithPlanChanges().includes(caseId)) void send(sendPlanChanges(caseId));
  }, [online, caseId, send]);

  let body: ReactNode;
  if (loaded.status === 'loading') body = <p>{t('app.loading')}</p>;
  else if (loaded.status === 'ready' && loaded.value === null) {
    body = canCreate && maps.length > 0
      ? <NewPlanForm maps={maps} busy={busy} onCreate={(plan) => run(() => plans.create(caseId, plan))} />
      : <p>{t('plan.noPlanNoMap')}</p>;
  } else if (loaded.status === 'failed') body = <ErrorNotice error={loaded.error} onReload={reload} />;
  else if (loaded.value !== null) {
    const { version, plan, attention } = loaded.value;
    const map = maps.find((m) => m.id === plan.mapId);
    if (!map) body = <p>{t('plan.mapMissing')}</p>;
    else {
      const ctx: PlanContext = {
        caseId, version, plan, map, busy,
        change: (step) => run(() => step(version)),
        apply: (change) => (keepsPlanChangesOffline(caseId) ? keep(change) : run(() => planRequest(caseId, version, change))),
        save: (next) => (keepsPlanChangesOffline(caseId) ? keep({ kind: 'save', before: editablePlan(plan), after: next }) : run(() => plans.replace(caseId, version, next))),
      };
      const people = mapPeople(map);
      body = (
        <>
          {plan.madeBy === 'netwerk' ? <p className="plan-badge">{t('plan.eigenKracht.badge')}</p> : null}
          <AttentionBox items={attention} />
          <p><a href={formatRoute({ page: 'familyPlan', caseId })}>{t('plan.family.open')}</a></p>
          <StartingQuestionPanel ctx={ctx} people={people} />
          {plan.madeBy === 'netwerk' ? <EigenKrachtPanel ctx={ctx} people={people} /> : null}
          <GoalsPanel ctx={ctx} />
          <ActionList ctx={ctx} people={people} attention={attention} />
          <ActionForm ctx={ctx} people={people} />
          <SuggestionsPanel ctx={ctx} people={people} />
          <FollowUpPanel ctx={ctx} people={people} />
          <BarriersPanel ctx={ctx} people={people} />
          {plan.madeBy === 'netwerk' ? null : <EigenKrachtAsk />}
        </>
      );
    }
  }

  return (
    <section aria-labelledby={headingId} className="plan">
      <h2 id={headingId}>{t('plan.title')}</h2>
      {/* Without a connection the plan is read from the device (a case taken on a visit); its changes wait there. */}
      {!online ? <p className="notice" role="status" data-plan-offline="true">{t(isTakenOnVisit(caseId) ? 'offline.plan.kept' : 'offline.plan.readOnly')}</p> : null}
      {waiting?.status === 'conflict' || waiting?.status === 'refused' ? (
        <PlanConflictScreen outcome={waiting}
          onChoose={(choices) => send(sendPlanChanges(caseId, choices))}
          onDiscard={() => send(discardThenSend(caseId))} />
      ) : null}
      {notKept ? <p className="notice" role="alert">{t('offline.plan.notKept')}</p> : null}
      {error ? <ErrorNotice error={error} override={error.kind === 'network' && !online ? t('offline.plan.notSaved') : undefined} onReload={reload} /> : null}
      {body}
    </section>
  );
}

function NewPlanForm({ maps, busy, onCreate }: { maps: readonly NetworkMap[]; busy: boolean; onCreate: (plan: PlanBody) => Promise<boolean> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { map: useId(), madeBy: useId(), participants: useId() };
  const [mapId, setMapId] = useState(maps[0]?.id ?? '');
  const [madeBy, setMadeBy] = useState<'gezin' | 'netwerk'>('gezin');
  const [participants, setParticipants] = useState('');
  const names = nameList(participants);
  const create = () => {
    if (madeBy === 'gezin') return onCreate({ mapId, madeBy });
    return onCreate({ mapId, madeBy, eigenKracht: { participants: names.map((name) => ({ name })) } });
  };
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
      <p>{t('plan.none')} <em>{STARTING_QUESTION[lang]}</em></p>
      <div className="field"><label htmlFor={ids.map}>{t('plan.forMap')}</label>
        <select id={ids.map} value={mapId} onChange={(e) => setMapId(e.target.value)}>
          {maps.map((m) => <option key={m.id} value={m.id}>{m.ego.name}</option>)}
        </select></div>
      <div className="field"><label htmlFor={ids.madeBy}>{t('plan.madeBy')}</label>
        <select id={ids.madeBy} value={madeBy} onChange={(e) => setMadeBy(e.target.value === 'netwerk' ? 'netwerk' : 'gezin')}>
          <option value="gezin">{t('plan.madeByFamily')}</option>
          <option value="netwerk">{t('plan.madeByNetwork')}</option>
        </select></div>
      {madeBy === 'netwerk' ? (
        <div className="field"><label htmlFor={ids.participants}>{t('plan.eigenKracht.participants')}</label>
          <textarea id={ids.participants} value={participants} rows={3} onChange={(e) => setParticipants(e.target.value)} /></div>
      ) : null}
      {madeBy === 'netwerk' ? <EigenKrachtSteps /> : null}
      <button type="submit" className="primary" disabled={busy || mapId === '' || (madeBy === 'netwerk' && names.length === 0)}>{t('plan.start')}</button>
    </form>
  );
}

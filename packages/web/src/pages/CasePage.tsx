import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMap } from '@netwerkkracht/core';
import { cases, maps as mapsApi, type CaseDetail } from '../api/endpoints.js';
import type { ApiError } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { HouseholdView } from '../household/HouseholdView.js';
import { MapDrawing } from '../editor/components/MapDrawing.js';
import { ImportPanel } from '../cases/ImportPanel.js';
import { workingVersion } from '../maps/working-version.js';
import { TakeOnVisit } from '../offline/TakeOnVisit.js';

// The plan and everything around it (suggestions, barriers, catalogue names) load with the case, apart.
const PlanSection = lazy(() => import('../plan/PlanSection.js'));
const FamilySupportSection = lazy(() => import('../family/FamilySupportSection.js'));
// Coordination, the 7 B's and signals, consent and the family's data (issue 12, items 5-8).
const CaseCoordinationParts = lazy(() => import('../coordination/CaseCoordinationParts.js'));

/** A case: the family's consent, its household members and their maps, and the network plan. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(() => cases.get(caseId), [caseId], caseId);
  if (loaded.status === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <section className="page">
        {loaded.error.kind === 'not_found' ? <p>{t('caseView.notFound')}</p>
          : loaded.error.kind === 'network' && !navigator.onLine ? <p className="notice" data-not-taken="true">{t('offline.visit.notTaken')}</p>
          : <ErrorNotice error={loaded.error} onReload={reload} />}
        <a href={formatRoute({ page: 'cases' })}>{t('caseView.back')}</a>
      </section>
    );
  }
  return <CaseView detail={loaded.value} reload={reload} />;
}

function CaseView({ detail, reload }: { detail: CaseDetail; reload: () => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), member: useId(), role: useId(), mapFor: useId(), givenBy: useId(), givenOn: useId(), consent: useId() };
  const [memberName, setMemberName] = useState('');
  const [memberRole, setMemberRole] = useState('');
  const [mapFor, setMapFor] = useState('');
  const [givenBy, setGivenBy] = useState('');
  const [givenOn, setGivenOn] = useState(today());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const caseId = detail.id;

  const mapIds = detail.maps.map((m) => m.id).join(',');
  const household = useLoad(async () => {
    const results = await Promise.all(detail.maps.map((m) => mapsApi.get(m.id)));
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return failed;
    return { ok: true as const, value: results.flatMap((r) => (r.ok ? [r.value.map] : [])) };
  }, [caseId, mapIds], caseId);
  const householdMaps = useMemo(() => (household.loaded.status === 'ready'
    ? household.loaded.value.map((map: NetworkMap) => ({ map, draft: workingVersion(map, today()) }))
    : []), [household.loaded]);

  const act = async (step: () => Promise<{ ok: boolean; error?: ApiError }>) => {
    setBusy(true);
    setError(null);
    const result = await step();
    setBusy(false);
    if (!result.ok && result.error) {
      setError(result.error);
      return false;
    }
    return true;
  };

  const addMember = async () => {
    if (memberName.trim() === '') return;
    const members = [...detail.members.map((m) => ({ personId: m.personId, name: m.name, ...(m.role ? { role: m.role } : {}) })),
      { name: memberName.trim().slice(0, 120), ...(memberRole.trim() ? { role: memberRole.trim().slice(0, 80) } : {}) }];
    if (await act(() => cases.setMembers(caseId, members))) {
      setMemberName('');
      setMemberRole('');
      reload();
    }
  };
  const recordConsent = async () => {
    if (await act(() => cases.recordConsent(caseId, givenBy.trim(), givenOn))) reload();
  };
  const createMap = async () => {
    const member = detail.members.find((m) => m.personId === mapFor);
    const ego: NetworkMap['ego'] = member
      ? { kind: 'persoon', name: member.name, personId: member.personId }
      : { kind: 'huishouden', name: detail.name, members: detail.members.map((m) => ({ ...m })) };
    setBusy(true);
    setError(null);
    const result = await mapsApi.create(caseId, ego);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    window.location.hash = formatRoute({ page: 'map', caseId, mapId: result.value.map.id, tab: 'gesprek' });
  };

  return (
    <section className="page" aria-labelledby={ids.heading}>
      <p><a href={formatRoute({ page: 'cases' })}>← {t('caseView.back')}</a></p>
      <h1 id={ids.heading}>{detail.name}</h1>
      <nav className="in-page" aria-label={t('field.onThisPage')}>
        <ul>
          {([['case-maps', t('caseView.maps')], ['case-plan', t('field.planSection')], ['case-members', t('caseView.members')], ['case-consent', t('caseView.consentTitle')]] as const).map(([id, label]) => (
            // The URL hash is the app's route: these links scroll to the part instead of changing it.
            <li key={id}><a href={formatRoute({ page: 'case', caseId })} onClick={(e) => { e.preventDefault(); const el = document.getElementById(id); el?.scrollIntoView({ block: 'start' }); el?.focus(); }}>{label}</a></li>
          ))}
        </ul>
      </nav>
      {detail.consent.registration ? <TakeOnVisit caseId={caseId} /> : null}
      {error ? <ErrorNotice error={error} onReload={reload} /> : null}

      <section aria-labelledby={ids.consent} className="consent" id="case-consent" tabIndex={-1}>
        <h2 id={ids.consent}>{t('caseView.consentTitle')}</h2>
        {detail.consent.registration ? <p className="consent-given">{t('caseView.consentGiven')}</p> : (
          <>
            <p className="consent-missing">{t('caseView.consentMissing')}</p>
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void recordConsent(); }}>
              <div className="field"><label htmlFor={ids.givenBy}>{t('caseView.consentGivenBy')}</label>
                <input id={ids.givenBy} type="text" value={givenBy} maxLength={120} required onChange={(e) => setGivenBy(e.target.value)} /></div>
              <div className="field"><label htmlFor={ids.givenOn}>{t('caseView.consentDate')}</label>
                <input id={ids.givenOn} type="date" value={givenOn} required onChange={(e) => setGivenOn(e.target.value)} /></div>
              <button type="submit" className="primary" disabled={busy || givenBy.trim() === ''}>{t('caseView.consentRecord')}</button>
            </form>
          </>
        )}
      </section>

      <h2 id="case-members" tabIndex={-1}>{t('caseView.members')}</h2>
      {detail.members.length === 0 ? <p>{t('caseView.noMembers')}</p> : (
        <ul>{detail.members.map((m) => <li key={m.personId}>{m.name}{m.role ? ` (${m.role})` : ''}</li>)}</ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void addMember(); }}>
        <div className="field"><label htmlFor={ids.member}>{t('caseView.memberName')}</label>
          <input id={ids.member} type="text" value={memberName} maxLength={120} onChange={(e) => setMemberName(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.role}>{t('caseView.memberRole')}</label>
          <input id={ids.role} type="text" value={memberRole} maxLength={80} onChange={(e) => setMemberRole(e.target.value)} /></div>
        <button type="submit" disabled={busy || memberName.trim() === ''}>{t('caseView.addMember')}</button>
      </form>

      <h2 id="case-maps" tabIndex={-1}>{t('caseView.maps')}</h2>
      {detail.maps.length === 0 ? <p>{t('caseView.noMaps')}</p> : (
        <ul className="card-list">
          {detail.maps.map((m) => {
            const map = household.loaded.status === 'ready' ? household.loaded.value.find((x) => x.id === m.id) : undefined;
            return (
              <li key={m.id} className="card map-card">
                <a href={formatRoute({ page: 'map', caseId, mapId: m.id, tab: 'persoon' })}><strong>{t('caseView.mapFor')} {map?.ego.name ?? m.title ?? ''}</strong></a>
                {map ? <div className="map-preview"><MapDrawing shape={map} snapshot={workingVersion(map, today())} egoName={map.ego.name} title={`${t('caseView.mapFor')} ${map.ego.name}`} /></div> : null}
              </li>
            );
          })}
        </ul>
      )}
      {detail.consent.registration ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void createMap(); }}>
          <div className="field"><label htmlFor={ids.mapFor}>{t('caseView.mapFor')}</label>
            <select id={ids.mapFor} value={mapFor} onChange={(e) => setMapFor(e.target.value)}>
              <option value="">{t('caseView.wholeHousehold')}</option>
              {detail.members.map((m) => <option key={m.personId} value={m.personId}>{m.name}</option>)}
            </select></div>
          <button type="submit" className="primary" disabled={busy}>{t('caseView.createMap')}</button>
        </form>
      ) : <p className="hint">{t('caseView.mapNeedsConsent')}</p>}
      {detail.consent.registration ? (
        <ImportPanel caseId={caseId} onImported={(mapId) => { window.location.hash = formatRoute({ page: 'map', caseId, mapId, tab: 'persoon' }); }} />
      ) : null}
      {householdMaps.length > 1 ? <HouseholdView entry={{ members: detail.members, maps: householdMaps }} /> : null}
      {household.loaded.status === 'ready' ? (
        <div id="case-plan" tabIndex={-1}>
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <PlanSection caseId={caseId} maps={household.loaded.value} canCreate={detail.consent.registration} />
          </Suspense>
        </div>
      ) : null}
      <Suspense fallback={<p>{t('app.loading')}</p>}><FamilySupportSection caseId={caseId} canWrite={detail.consent.registration} /></Suspense>
      <Suspense fallback={<p>{t('app.loading')}</p>}>
        <CaseCoordinationParts caseId={caseId} hasConsent={detail.consent.registration} onConsentChanged={reload} />
      </Suspense>
    </section>
  );
}

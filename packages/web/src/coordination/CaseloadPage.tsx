import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coordinationApi } from '../api/coordination-endpoints.js';
import type { SessionUser } from '../api/endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { useRequest } from '../app/use-request.js';

/**
 * The caseload (CL1–CL3): the number of active families each worker coordinates against the
 * organisation's guide figure (default 16), and per team. A begeleider sees their own line, a
 * coach the team, the beheerder everyone (and sets the figure). Numbers only, never a family.
 */
export default function CaseloadPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), workers: useId(), teams: useId(), limit: useId() };
  const { loaded, reload } = useLoad(() => coordinationApi.caseload(), [], 'caseload');
  const request = useRequest();
  const [limit, setLimit] = useState('');
  const state = (over: number) => (over > 0 ? t('caseload.over', { n: over }) : t('caseload.within'));
  return (
    <section className="page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('caseload.title')}</h1>
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : (
        <>
          <p>{t('caseload.limit', { n: loaded.value.limit })}</p>
          <h2 id={ids.workers}>{t('caseload.workersTitle')}</h2>
          <table className="plain" aria-labelledby={ids.workers}>
            <thead><tr><th scope="col">{t('caseload.worker')}</th><th scope="col">{t('caseload.team')}</th><th scope="col">{t('caseload.families')}</th><th scope="col">{t('caseload.state')}</th></tr></thead>
            <tbody>{loaded.value.workers.map((w) => (
              <tr key={w.workerId} className={w.over > 0 ? 'over-limit' : undefined}>
                <th scope="row">{w.displayName}</th><td>{w.teamName ?? t('caseload.noTeam')}</td><td>{w.families}</td><td>{state(w.over)}</td>
              </tr>
            ))}</tbody>
          </table>
          <h2 id={ids.teams}>{t('caseload.teamsTitle')}</h2>
          <table className="plain" aria-labelledby={ids.teams}>
            <thead><tr><th scope="col">{t('caseload.team')}</th><th scope="col">{t('caseload.families')}</th><th scope="col">{t('caseload.capacity')}</th><th scope="col">{t('caseload.state')}</th></tr></thead>
            <tbody>{loaded.value.teams.map((team) => (
              <tr key={team.teamId ?? 'none'}><th scope="row">{team.teamName ?? t('caseload.noTeam')}</th><td>{team.families}</td><td>{team.capacity}</td><td>{state(team.over)}</td></tr>
            ))}</tbody>
          </table>
          {user.role === 'beheerder' ? (
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void request.run(() => coordinationApi.setCaseloadLimit(Number(limit))).then((r) => { if (r.ok) reload(); }); }}>
              {request.error ? <ErrorNotice error={request.error} /> : null}
              <div className="field"><label htmlFor={ids.limit}>{t('caseload.setLimit')}</label>
                <input id={ids.limit} type="number" min={1} max={200} value={limit === '' ? String(loaded.value.limit) : limit} onChange={(e) => setLimit(e.target.value)} /></div>
              <button type="submit" disabled={request.busy}>{t('caseload.save')}</button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}

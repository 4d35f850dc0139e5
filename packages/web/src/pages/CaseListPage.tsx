import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cases, type CaseSummary, type SessionUser } from '../api/endpoints.js';
import { MAX_MEMBERS, parseMemberLines } from '../cases/member-lines.js';
import type { ApiError } from '../api/api-error.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { formatRoute } from '../app/route.js';
import { useLoad } from '../app/use-load.js';
import { attention } from '../api/attention.js';
import { AttentionBox } from '../plan/AttentionBox.js';

function CaseCards({ list }: { list: readonly CaseSummary[] }) {
  return (
    <ul className="card-list">
      {list.map((c) => (
        <li key={c.id} className="card"><a href={formatRoute({ page: 'case', caseId: c.id })}><strong>{c.name}</strong></a></li>
      ))}
    </ul>
  );
}

/** The cases this worker may see: their own first, then those of the team or shared with them. */
export function CaseListPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), name: useId(), hint: useId(), error: useId(), members: useId(), membersHint: useId() };
  const { loaded, reload } = useLoad(() => cases.list(), []);
  const [name, setName] = useState('');
  const [memberText, setMemberText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setError(null);
    if (name.trim() === '') return setProblem(t('cases.nameRequired'));
    const members = parseMemberLines(memberText);
    if (members.length > MAX_MEMBERS) return setProblem(t('cases.membersTooMany'));
    setProblem(null);
    setBusy(true);
    const result = await cases.create(name.trim().slice(0, 200), members);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    window.location.hash = formatRoute({ page: 'case', caseId: result.value });
  };

  const mine = loaded.status === 'ready' ? loaded.value.filter((c) => c.ownerId === user.id) : [];
  const others = loaded.status === 'ready' ? loaded.value.filter((c) => c.ownerId !== user.id) : [];
  const canCreate = user.role === 'begeleider' || user.role === 'coach';
  const needs = useLoad(() => (canCreate ? attention.mine() : Promise.resolve({ ok: true as const, value: { items: [], coordination: [] } })), [canCreate]);
  return (
    <section className="page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('cases.title')}</h1>
      <p>{t('cases.intro')}</p>
      {loaded.status === 'loading' ? <p>{t('app.loading')}</p> : null}
      {loaded.status === 'failed' ? <ErrorNotice error={loaded.error} onReload={reload} /> : null}
      {loaded.status === 'ready' && loaded.value.length === 0 ? <p>{t('cases.empty')}</p> : null}
      {canCreate && needs.loaded.status === 'ready' ? <AttentionBox items={needs.loaded.value.items} coordination={needs.loaded.value.coordination} withCase /> : null}
      {needs.loaded.status === 'failed' && needs.loaded.error.kind === 'network' && !navigator.onLine
        // Without a connection: calmly say what is here, no alarm about the server.
        ? <p className="notice" role="status">{t('offline.visit.listOffline')}</p>
        : needs.loaded.status === 'failed' ? <ErrorNotice error={needs.loaded.error} onReload={needs.reload} /> : null}
      {mine.length > 0 ? <><h2>{t('cases.mine')}</h2><CaseCards list={mine} /></> : null}
      {others.length > 0 ? <><h2>{t('cases.team')}</h2><CaseCards list={others} /></> : null}
      {canCreate ? (
        <>
          <h2>{t('cases.newCase')}</h2>
          <form onSubmit={(e) => { e.preventDefault(); void create(); }} noValidate>
            <div className="field">
              <label htmlFor={ids.name}>{t('cases.name')}</label>
              <input id={ids.name} type="text" value={name} maxLength={200} aria-describedby={`${ids.hint}${problem ? ` ${ids.error}` : ''}`} aria-invalid={problem !== null}
                onChange={(e) => setName(e.target.value)} />
              <small id={ids.hint} className="hint">{t('cases.nameHint')}</small>
            </div>
            <div className="field">
              <label htmlFor={ids.members}>{t('cases.membersField')}</label>
              <textarea id={ids.members} value={memberText} rows={3} aria-describedby={ids.membersHint} onChange={(e) => setMemberText(e.target.value)} />
              <small id={ids.membersHint} className="hint">{t('cases.membersHint')}</small>
            </div>
            {problem ? <p id={ids.error} className="field-error" role="alert">{problem}</p> : null}
            {error ? <ErrorNotice error={error} /> : null}
            <button type="submit" className="primary" disabled={busy}>{t('cases.create')}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}

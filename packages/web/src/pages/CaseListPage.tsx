import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseId } from '@netwerkkracht/core';
import type { Workspace } from '../cases/workspace.js';
import { newId } from '../cases/workspace-store.js';
import { demoCase } from '../cases/demo-case.js';
import { formatRoute } from '../app/route.js';

interface Props {
  readonly workspace: Workspace;
  readonly update: (change: (w: Workspace) => Workspace) => void;
}

export function CaseListPage({ workspace, update }: Props) {
  const { t } = useTranslation();
  const ids = { heading: useId(), name: useId(), hint: useId(), error: useId() };
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const create = () => {
    if (name.trim() === '') {
      setError(true);
      return;
    }
    const id = newId();
    update((w) => ({ cases: [...w.cases, { case: { id: caseId(id), name: name.trim().slice(0, 200), members: [] }, maps: [] }] }));
    setName('');
    setError(false);
    window.location.hash = formatRoute({ page: 'case', caseId: id });
  };
  const openDemo = () => {
    const id = newId();
    update((w) => ({ cases: [...w.cases, demoCase(id)] }));
    window.location.hash = formatRoute({ page: 'map', caseId: id, mapId: `${id}-map`, tab: 'persoon' });
  };
  return (
    <section className="page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('cases.title')}</h1>
      <p>{t('cases.intro')}</p>
      {workspace.cases.length === 0 ? <p>{t('cases.empty')}</p> : (
        <ul className="card-list">
          {workspace.cases.map((c) => (
            <li key={c.case.id} className="card">
              <a href={formatRoute({ page: 'case', caseId: c.case.id })}><strong>{c.case.name}</strong></a>
              <span>{t('cases.members', { count: c.case.members.length })} · {t('cases.maps', { count: c.maps.length })}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('cases.newCase')}</h2>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); create(); }} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>{t('cases.name')}</label>
          <input id={ids.name} type="text" value={name} maxLength={200} aria-describedby={`${ids.hint}${error ? ` ${ids.error}` : ''}`} aria-invalid={error}
            onChange={(e) => setName(e.target.value)} />
          <small id={ids.hint} className="hint">{t('cases.nameHint')}</small>
          {error ? <small id={ids.error} className="field-error">{t('cases.nameRequired')}</small> : null}
        </div>
        <button type="submit" className="primary">{t('cases.create')}</button>
      </form>
      <p><button type="button" onClick={openDemo}>{t('cases.demo')}</button></p>
    </section>
  );
}

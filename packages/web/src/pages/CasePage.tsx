import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSnapshot, mapId as toMapId, personId, type NetworkMap } from '@netwerkkracht/core';
import type { Workspace } from '../cases/workspace.js';
import { updateCase } from '../cases/workspace.js';
import { newId, today } from '../cases/workspace-store.js';
import { formatRoute } from '../app/route.js';
import { HouseholdView } from '../household/HouseholdView.js';

interface Props {
  readonly workspace: Workspace;
  readonly caseId: string;
  readonly update: (change: (w: Workspace) => Workspace) => void;
}

/** A case: its household members and their maps. */
export function CasePage({ workspace, caseId, update }: Props) {
  const { t } = useTranslation();
  const ids = { heading: useId(), member: useId(), role: useId(), mapFor: useId() };
  const [memberName, setMemberName] = useState('');
  const [memberRole, setMemberRole] = useState('');
  const [mapFor, setMapFor] = useState('');
  const entry = workspace.cases.find((c) => c.case.id === caseId);
  if (!entry) return <section className="page"><p>{t('caseView.notFound')}</p><a href={formatRoute({ page: 'cases' })}>{t('caseView.back')}</a></section>;

  const addMember = () => {
    if (memberName.trim() === '') return;
    const member = { personId: personId(newId()), name: memberName.trim().slice(0, 120), ...(memberRole.trim() ? { role: memberRole.trim().slice(0, 80) } : {}) };
    update((w) => updateCase(w, caseId, (c) => ({ ...c, case: { ...c.case, members: [...c.case.members, member] } })));
    setMemberName('');
    setMemberRole('');
  };
  const createMap = () => {
    const member = entry.case.members.find((m) => m.personId === mapFor);
    const id = newId();
    const map: NetworkMap = {
      id: toMapId(id),
      ego: member ? { kind: 'persoon', name: member.name, personId: member.personId } : { kind: 'huishouden', name: entry.case.name, members: entry.case.members.map((m) => ({ ...m })) },
      sectorScheme: 'B',
      ringCount: 3,
      snapshots: [],
    };
    const draft = buildSnapshot({ id: newId(), kind: 'is', date: today(), alters: [] });
    update((w) => updateCase(w, caseId, (c) => ({ ...c, maps: [...c.maps, { map, draft, guide: null }] })));
    window.location.hash = formatRoute({ page: 'map', caseId, mapId: id, tab: 'gesprek' });
  };

  return (
    <section className="page" aria-labelledby={ids.heading}>
      <p><a href={formatRoute({ page: 'cases' })}>← {t('caseView.back')}</a></p>
      <h1 id={ids.heading}>{entry.case.name}</h1>
      <h2>{t('caseView.members')}</h2>
      {entry.case.members.length === 0 ? <p>{t('caseView.noMembers')}</p> : (
        <ul>{entry.case.members.map((m) => <li key={m.personId}>{m.name}{m.role ? ` (${m.role})` : ''}</li>)}</ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); addMember(); }}>
        <div className="field"><label htmlFor={ids.member}>{t('caseView.memberName')}</label>
          <input id={ids.member} type="text" value={memberName} maxLength={120} onChange={(e) => setMemberName(e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.role}>{t('caseView.memberRole')}</label>
          <input id={ids.role} type="text" value={memberRole} maxLength={80} onChange={(e) => setMemberRole(e.target.value)} /></div>
        <button type="submit" disabled={memberName.trim() === ''}>{t('caseView.addMember')}</button>
      </form>

      <h2>{t('caseView.maps')}</h2>
      {entry.maps.length === 0 ? <p>{t('caseView.noMaps')}</p> : (
        <ul className="card-list">
          {entry.maps.map((m) => (
            <li key={m.map.id} className="card">
              <a href={formatRoute({ page: 'map', caseId, mapId: m.map.id, tab: 'persoon' })}><strong>{t('caseView.mapFor')} {m.map.ego.name}</strong></a>
              <span>{t('caseView.people', { count: m.draft.alters.length })} · {t('caseView.versions', { count: m.map.snapshots.length })}</span>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); createMap(); }}>
        <div className="field"><label htmlFor={ids.mapFor}>{t('caseView.mapFor')}</label>
          <select id={ids.mapFor} value={mapFor} onChange={(e) => setMapFor(e.target.value)}>
            <option value="">{t('caseView.wholeHousehold')}</option>
            {entry.case.members.map((m) => <option key={m.personId} value={m.personId}>{m.name}</option>)}
          </select></div>
        <button type="submit" className="primary">{t('caseView.createMap')}</button>
      </form>
      <HouseholdView entry={entry} />
    </section>
  );
}

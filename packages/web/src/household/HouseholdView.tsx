import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMember, NetworkMap, Snapshot } from '@netwerkkracht/core';
import { MapDrawing } from '../editor/components/MapDrawing.js';
import { sharedPeople } from './shared-people.js';

/** The household in one view: every member's map side by side and the people they share. */
export interface HouseholdMaps {
  readonly members: readonly CaseMember[];
  /** Each map with the version to show (its working version). */
  readonly maps: readonly { readonly map: NetworkMap; readonly draft: Snapshot }[];
}

export function HouseholdView({ entry }: { entry: HouseholdMaps }) {
  const { t } = useTranslation();
  const headingId = useId();
  const shared = useMemo(() => sharedPeople(entry.maps, entry.members), [entry]);
  if (entry.maps.length < 2) return null;
  return (
    <section className="household" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('household.title')}</h2>
      <p>{t('household.intro')}</p>
      <div className="household-maps">
        {entry.maps.map(({ map, draft }) => (
          <figure key={map.id}>
            <MapDrawing shape={map} snapshot={draft} egoName={map.ego.name} title={`${t('caseView.mapFor')} ${map.ego.name}`} />
            <figcaption>{t('caseView.mapFor')} {map.ego.name}</figcaption>
          </figure>
        ))}
      </div>
      <h3>{t('household.shared')}</h3>
      {shared.length === 0 ? <p>{t('household.noShared')}</p> : (
        <ul>
          {shared.map((person) => (
            <li key={person.personId}>
              <strong>{person.name}</strong>:{' '}
              {person.appearances.map((a) => (a.isEgo ? t('household.ownMap', { name: a.egoName }) : t('household.onMap', { name: a.egoName, as: a.nameThere }))).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

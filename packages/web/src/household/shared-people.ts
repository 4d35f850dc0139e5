import type { CaseMember, NetworkMap, PersonId, Snapshot } from '@netwerkkracht/core';

/** Where one person of the household's world appears: on which map, under which name. */
export interface Appearance {
  readonly mapId: string;
  readonly egoName: string;
  /** The name on that map; for the map's own ego this is the ego's name. */
  readonly nameThere: string;
  readonly isEgo: boolean;
}

export interface SharedPerson {
  readonly personId: PersonId;
  readonly name: string;
  readonly appearances: readonly Appearance[];
}

/**
 * The people who appear on more than one map of a case (domain.md §2: one identity, shared),
 * matched by personId only: two people with the same first name are not assumed to be one.
 * A map's own ego counts as appearing on it. Ordered by how many maps they are on, then by name.
 */
export function sharedPeople(maps: readonly { readonly map: NetworkMap; readonly draft: Snapshot }[], members: readonly CaseMember[]): SharedPerson[] {
  const byPerson = new Map<PersonId, Appearance[]>();
  const add = (personId: PersonId, appearance: Appearance) => {
    const list = byPerson.get(personId) ?? [];
    if (!list.some((a) => a.mapId === appearance.mapId)) list.push(appearance);
    byPerson.set(personId, list);
  };
  for (const { map, draft } of maps) {
    if (map.ego.kind === 'persoon' && map.ego.personId) {
      add(map.ego.personId, { mapId: map.id, egoName: map.ego.name, nameThere: map.ego.name, isEgo: true });
    }
    for (const alter of draft.alters) {
      if (alter.personId) add(alter.personId, { mapId: map.id, egoName: map.ego.name, nameThere: alter.name, isEgo: false });
    }
  }
  const out: SharedPerson[] = [];
  for (const [personId, appearances] of byPerson) {
    if (appearances.length < 2) continue;
    const member = members.find((m) => m.personId === personId);
    out.push({ personId, name: member?.name ?? appearances[0]?.nameThere ?? personId, appearances });
  }
  return out.sort((a, b) => b.appearances.length - a.appearances.length || a.name.localeCompare(b.name));
}

import type { NetworkMap } from '@netwerkkracht/core';
import { isOpaqueId, isOpaqueSnapshotId, mapWithOpaqueIds, type IdRenaming, type Renamers } from '../store/opaque-ids.js';

/** A renaming that answers from a fixed table (and fails loudly on an id it was not given). */
function fixedRenaming(table: Map<string, string>): IdRenaming {
  return {
    id: <T extends string>(old: T): T => {
      const next = table.get(old);
      if (next === undefined) throw new Error(`no id was given for ${old}`);
      return next as T;
    },
  };
}

/**
 * `expected` with the ids `actual` has in the same places (the n-th alter of the n-th snapshot,
 * the n-th household member), every reference rewritten the same way. Comparing the result with
 * `actual` checks that the server stored the same people, ties and versions, apart from ids only;
 * and since one old id must always give one new id, an inconsistent renaming is caught too.
 */
export function withIdsOf(expected: NetworkMap, actual: NetworkMap): NetworkMap {
  const tables = { alters: new Map<string, string>(), snapshots: new Map<string, string>(), persons: new Map<string, string>() };
  const pair = (table: Map<string, string>, from: string | undefined, to: string | undefined) => {
    if (from === undefined || to === undefined) return;
    const known = table.get(from);
    if (known !== undefined && known !== to) throw new Error(`${from} became both ${known} and ${to}`);
    table.set(from, to);
  };
  expected.snapshots.forEach((s, i) => {
    const other = actual.snapshots[i];
    pair(tables.snapshots, s.id, other?.id);
    s.alters.forEach((a, j) => {
      pair(tables.alters, a.id, other?.alters[j]?.id);
      pair(tables.persons, a.personId, other?.alters[j]?.personId);
    });
  });
  if (expected.ego.kind === 'persoon' && actual.ego.kind === 'persoon') pair(tables.persons, expected.ego.personId, actual.ego.personId);
  if (expected.ego.kind === 'huishouden' && actual.ego.kind === 'huishouden') {
    const members = actual.ego.members;
    expected.ego.members.forEach((m, i) => pair(tables.persons, m.personId, members[i]?.personId));
  }
  const renamers: Renamers = { alters: fixedRenaming(tables.alters), snapshots: fixedRenaming(tables.snapshots), persons: fixedRenaming(tables.persons) };
  return { ...mapWithOpaqueIds(expected, renamers), id: actual.id };
}

/** Every alter, snapshot and person id of the map is one the server would keep. */
export function allIdsOpaque(map: NetworkMap): boolean {
  const persons = [
    ...(map.ego.kind === 'persoon' ? (map.ego.personId ? [map.ego.personId] : []) : map.ego.members.map((m) => m.personId)),
    ...map.snapshots.flatMap((s) => s.alters.flatMap((a) => (a.personId ? [a.personId] : []))),
  ];
  return map.snapshots.every((s) => isOpaqueSnapshotId(s.id) && s.alters.every((a) => isOpaqueId(a.id)))
    && persons.every(isOpaqueId);
}

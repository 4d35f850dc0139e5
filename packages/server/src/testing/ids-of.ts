import { SNAPSHOT_KINDS, type NetworkMap } from '@netwerkkracht/core';
import type { StoredText } from './every-text.js';
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

/**
 * Every id a map document gives its map, versions, people and household members, except the
 * words of the map format itself: a version named 'wens' is also what every wish version's kind
 * column holds, and says nothing about a family.
 */
export function idsOf(map: NetworkMap): string[] {
  const ids = new Set<string>([map.id]);
  if (map.ego.kind === 'persoon' && map.ego.personId) ids.add(map.ego.personId);
  if (map.ego.kind === 'huishouden') for (const m of map.ego.members) ids.add(m.personId);
  for (const s of map.snapshots) {
    ids.add(s.id);
    for (const a of s.alters) {
      ids.add(a.id);
      if (a.personId) ids.add(a.personId);
    }
  }
  return [...ids].filter((id) => !(SNAPSHOT_KINDS as readonly string[]).includes(id));
}

/**
 * Where any of `ids` is stored readably: as a whole word of a clear column (a key, a tie end, an
 * audit target `map/snapshot/alter`, a JSON list of ids), or inside a decrypted JSON value as the
 * value of an id field. Encrypted columns must hold only ciphertext (under the master key, `v1`, or a
 * case key, `v2`).
 */
export function findIds(texts: readonly StoredText[], ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const found: string[] = [];
  for (const t of texts) {
    if (t.where.endsWith('_enc')) {
      if (!/^(?:v1\.[0-9a-f]{8}|v2)\.[A-Za-z0-9+/=]+$/.test(t.stored)) found.push(`${t.where}: not a ciphertext`);
      for (const match of t.plain.matchAll(/"(?:id|alterId|personId)":"([^"]*)"/g)) {
        if (wanted.has(match[1] as string)) found.push(`${t.where} (decrypted): ${match[1]}`);
      }
      continue;
    }
    for (const token of t.stored.split(/[^A-Za-z0-9_-]+/)) if (wanted.has(token)) found.push(`${t.where}: ${token}`);
  }
  return found;
}

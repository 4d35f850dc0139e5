import { randomUUID } from 'node:crypto';
import type { Alter, Ego, NetworkMap, Snapshot, Tie } from '@netwerkkracht/core';
import { mapInSlices } from '../documents/slices.js';

/**
 * Ids of the people, versions and household members inside a case. Files and clients often name
 * them after the person ("greet", "mama", "oma-rita"), and ids are stored in clear text (keys,
 * ties, plan links, audit targets), so the server keeps only ids that cannot carry a name: a
 * random UUID v4 in its canonical lower-case form, which is what the server makes and what the
 * web app makes (`crypto.randomUUID()`). Every other id is replaced by a fresh one on the way in,
 * and every reference to it in the same document is rewritten to match.
 */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The web app's working version of a map (packages/web/src/maps/working-version.ts): the same
 * word on every map, so it says nothing about a family and is kept as a snapshot id.
 */
export const WORKING_SNAPSHOT_ID = 'werkversie';

export function newOpaqueId(): string {
  return randomUUID();
}

export function isOpaqueId(id: string): boolean {
  return UUID_V4.test(id);
}

export function isOpaqueSnapshotId(id: string): boolean {
  return id === WORKING_SNAPSHOT_ID || isOpaqueId(id);
}

/** Old id → the id to store. */
export interface IdRenaming {
  id<T extends string>(old: T): T;
}

/**
 * Keeps opaque ids and gives every other id one fresh opaque id: asked again for the same id, it
 * answers the same, so all references to one record end up on one new id.
 */
export class IdRenamer implements IdRenaming {
  private readonly fresh = new Map<string, string>();
  constructor(private readonly keep: (id: string) => boolean = isOpaqueId) {}

  id<T extends string>(old: T): T {
    if (this.keep(old)) return old;
    let next = this.fresh.get(old);
    if (next === undefined) {
      next = newOpaqueId();
      this.fresh.set(old, next);
    }
    return next as T;
  }

  /** The ids given so far, old → new. */
  get renamed(): ReadonlyMap<string, string> {
    return this.fresh;
  }
}

/** One renamer per kind of id; alters and snapshots are renamed across the whole map. */
export interface Renamers {
  readonly alters: IdRenaming;
  readonly snapshots: IdRenaming;
  readonly persons: IdRenaming;
}

export function newRenamers(): Renamers {
  return { alters: new IdRenamer(), snapshots: new IdRenamer(isOpaqueSnapshotId), persons: new IdRenamer() };
}

export function egoWithOpaqueIds(ego: Ego, persons: IdRenaming): Ego {
  if (ego.kind === 'persoon') return ego.personId === undefined ? ego : { ...ego, personId: persons.id(ego.personId) };
  return { ...ego, members: ego.members.map((m) => ({ ...m, personId: persons.id(m.personId) })) };
}

/** The alter under its opaque id and person id (same object shape: see core's canonicalAlter). */
export function alterWithOpaqueIds<A extends Pick<Alter, 'id' | 'personId'>>(alter: A, renamers: Pick<Renamers, 'alters' | 'persons'>): A {
  return { ...alter, id: renamers.alters.id(alter.id), personId: alter.personId === undefined ? undefined : renamers.persons.id(alter.personId) };
}

function snapshotWithOpaqueIds(snapshot: Snapshot, renamers: Renamers): Snapshot {
  return {
    ...snapshot,
    id: renamers.snapshots.id(snapshot.id),
    alters: snapshot.alters.map((a) => alterWithOpaqueIds(a, renamers)),
    // Renaming can swap which id is smaller: stored ties keep the smaller one first.
    ties: snapshot.ties.map(([a, b]): Tie => {
      const [x, y] = [renamers.alters.id(a), renamers.alters.id(b)];
      return x < y ? [x, y] : [y, x];
    }),
  };
}

/**
 * A map whose alter, snapshot and person ids are all opaque, every reference (ties, the same alter
 * in several snapshots, the ego's person ids) rewritten consistently. Opaque ids stay as they are,
 * so a document exported by the server, or saved by the web app, comes back unchanged.
 */
export function mapWithOpaqueIds(map: NetworkMap, renamers: Renamers = newRenamers()): NetworkMap {
  return {
    ...map,
    ego: egoWithOpaqueIds(map.ego, renamers.persons),
    snapshots: map.snapshots.map((s) => snapshotWithOpaqueIds(s, renamers)),
  };
}

/** mapWithOpaqueIds for a whole document, a snapshot at a time with turns for the event loop: renaming 30,000 people in one go held it for 100-200 ms. */
export async function mapWithOpaqueIdsInSlices(map: NetworkMap, renamers: Renamers = newRenamers()): Promise<NetworkMap> {
  const ego = egoWithOpaqueIds(map.ego, renamers.persons);
  return { ...map, ego, snapshots: await mapInSlices(map.snapshots, (s) => snapshotWithOpaqueIds(s, renamers)) };
}

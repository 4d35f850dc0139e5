import type { Action, ActionLink, NetworkMap, NetworkPlan, Owner, PersonRef, Snapshot } from '@netwerkkracht/core';
import type { PlanBody } from '../api/plan-endpoints.js';
import { WORKING_ID } from '../maps/working-version.js';

/**
 * Pure helpers of the plan view: which versions of the map the plan is read against, and how
 * links and owners are named with the people of the map. No React, no server: tested alone.
 */
export interface MapPerson {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  /** In the map's current version and not lost: someone a plan can count on now. */
  readonly onMap: boolean;
}

/** Saved "is" versions, oldest first (by date, then by the order they were saved). */
export function savedIsVersions(map: NetworkMap): readonly Snapshot[] {
  return map.snapshots
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.id !== WORKING_ID && s.kind === 'is')
    .sort((a, b) => (a.s.date !== b.s.date ? (a.s.date < b.s.date ? -1 : 1) : a.order - b.order))
    .map(({ s }) => s);
}

/**
 * The snapshot suggestions are read from: the newest saved version, as that is the picture the
 * family agreed on; the working version only when nothing was saved yet.
 */
export function currentSnapshot(map: NetworkMap): Snapshot | null {
  const saved = savedIsVersions(map);
  return saved[saved.length - 1] ?? map.snapshots.find((s) => s.id === WORKING_ID) ?? null;
}

/** Follow-up compares the two newest saved versions; with fewer than two there is nothing to compare. */
export function followUpPair(map: NetworkMap): { readonly from: Snapshot; readonly to: Snapshot } | null {
  const saved = savedIsVersions(map);
  const from = saved[saved.length - 2];
  const to = saved[saved.length - 1];
  return from && to ? { from, to } : null;
}

/**
 * Everyone who is or was on the map, newest name first: a person linked to an action keeps a
 * name even when a later version no longer holds them.
 */
export function mapPeople(map: NetworkMap): readonly MapPerson[] {
  const byId = new Map<string, MapPerson>();
  const ordered = [...savedIsVersions(map), ...map.snapshots.filter((s) => s.id === WORKING_ID)];
  const current = new Set((currentSnapshot(map)?.alters ?? []).filter((a) => a.status !== 'verbroken').map((a) => a.id));
  for (const snapshot of ordered) {
    for (const alter of snapshot.alters) byId.set(alter.id, { id: alter.id, name: alter.name, status: alter.status, onMap: current.has(alter.id) });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The people a plan's pickers offer (who does it, who helps, who thinks along): only people on the
 * map now, never a wished-for person and never one still carrying the editor's placeholder name
 * ("Nieuwe persoon" in any language); names of everyone stay readable elsewhere (`mapPeople`).
 */
export function pickablePeople(people: readonly MapPerson[], placeholders: readonly string[]): readonly MapPerson[] {
  return people.filter((p) => p.onMap && p.status !== 'gewenst' && !placeholders.includes(p.name.trim()));
}

export function personName(people: readonly MapPerson[], alterId: string, unknown: string): string {
  return people.find((p) => p.id === alterId)?.name ?? unknown;
}

export function refName(ref: PersonRef, people: readonly MapPerson[], unknown: string): string {
  return 'alterId' in ref ? personName(people, ref.alterId, unknown) : ref.name;
}

export type OwnerDescription =
  | { readonly kind: 'persoon' | 'begeleider' }
  | { readonly kind: 'netwerklid' | 'vrijwilliger'; readonly name: string }
  | { readonly kind: 'begeleider_named'; readonly name: string };

export function describeOwner(owner: Owner, people: readonly MapPerson[], unknown: string): OwnerDescription {
  switch (owner.kind) {
    case 'persoon':
      return { kind: 'persoon' };
    case 'begeleider':
      return owner.name ? { kind: 'begeleider_named', name: owner.name } : { kind: 'begeleider' };
    case 'netwerklid':
      return { kind: 'netwerklid', name: personName(people, owner.alterId, unknown) };
    case 'vrijwilliger':
      return { kind: 'vrijwilliger', name: owner.name ?? (owner.alterId ? personName(people, owner.alterId, unknown) : '') };
  }
}

/** What an action is linked to: a person, a gap (by its support function) or a wished-for person. */
export function describeLink(link: ActionLink | null, people: readonly MapPerson[], unknown: string):
  { readonly kind: 'none' } | { readonly kind: 'persoon' | 'gewenst'; readonly name: string } | { readonly kind: 'gat'; readonly function: string } {
  if (link === null) return { kind: 'none' };
  if (link.kind === 'gat') return { kind: 'gat', function: link.function };
  return { kind: link.kind, name: personName(people, link.alterId, unknown) };
}

/** Open actions first (by due date, undated last), then done and stopped ones, as the worker reads them. */
export function orderActions(actions: readonly Action[]): readonly Action[] {
  const rank = (a: Action) => (a.status === 'open' || a.status === 'bezig' ? 0 : 1);
  return actions
    .map((a, order) => ({ a, order }))
    .sort((x, y) => {
      if (rank(x.a) !== rank(y.a)) return rank(x.a) - rank(y.a);
      const dx = x.a.due ?? '9999-99-99';
      const dy = y.a.due ?? '9999-99-99';
      if (dx !== dy) return dx < dy ? -1 : 1;
      return x.order - y.order;
    })
    .map(({ a }) => a);
}

/** A review note's text as typed, with nothing but whitespace refused before it is sent. */
export function cleanNote(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed.slice(0, 4000);
}

/** The plan as the server takes it back on a full save: its id and case are the server's. */
export function planBody<P extends { readonly id: unknown; readonly caseId: unknown }>(plan: P): Omit<P, 'id' | 'caseId'> {
  const { id: _id, caseId: _caseId, ...body } = plan;
  return body;
}

/** Names typed one per line or comma-separated (who took part in an Eigen Kracht conference). */
export function nameList(text: string): readonly string[] {
  return [...new Set(text.split(/[\n,]/).map((n) => n.trim().slice(0, 120)).filter((n) => n !== ''))];
}

/** The stored plan as an editable body: read-only lists become plain ones for the next save. */
export function editablePlan(plan: NetworkPlan): PlanBody {
  return structuredClone(planBody(plan)) as unknown as PlanBody;
}

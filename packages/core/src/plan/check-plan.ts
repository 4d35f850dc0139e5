import type { PathSegment } from '../format/issues.js';
import type { AlterId, NetworkMap } from '../records/index.js';
import type { EigenKracht } from './eigen-kracht.js';
import type { NetworkPlan } from './network-plan.js';
import type { PersonRef } from './owner.js';
import { planIssue, type PlanIssue } from './plan-issues.js';

/**
 * The rules a plan must keep against its map and itself (PC1–PC6). Alter ids are stable across a map's
 * snapshots, so a person counts as "on the map" when any snapshot has them: a plan made on an
 * older snapshot stays valid when the person later leaves the map.
 * - PC1 the plan's mapId is the map's id.
 * - PC2 every alter id the plan names (thinking along, links, owners, promises, fallback owners,
 *   Eigen Kracht participants and strengths) is on the map.
 * - PC3 an action linked to a wished-for person links to someone who is `gewenst` in some snapshot
 *   (later they may be `actief`: that is the wish realised, PL10).
 * - PC4 goal ids and action ids are each unique within the plan.
 * - PC5 an action's goalId names a goal of the plan.
 * - PC6 an Eigen Kracht conference date needs the day the family agreed to it, and is not
 *   before that day: the family's consent is the first step (seed 000).
 */
export function checkPlan(plan: NetworkPlan, map: NetworkMap): readonly PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (plan.mapId !== map.id) issues.push(planIssue('wrong_map', ['mapId'], { expected: map.id, got: plan.mapId }));

  const onMap = new Set<string>();
  const everWished = new Set<string>();
  for (const snapshot of map.snapshots) {
    for (const alter of snapshot.alters) {
      onMap.add(alter.id);
      if (alter.status === 'gewenst') everWished.add(alter.id);
    }
  }
  const alter = (id: AlterId, path: readonly PathSegment[]): void => {
    if (!onMap.has(id)) issues.push(planIssue('unknown_alter', path, { id }));
  };
  const ref = (person: PersonRef, path: readonly PathSegment[]): void => {
    if ('alterId' in person) alter(person.alterId, [...path, 'alterId']);
  };

  plan.startingQuestion.thinkingAlong.forEach((id, i) => alter(id, ['startingQuestion', 'thinkingAlong', i]));

  const goalIds = new Set<string>();
  plan.goals.forEach((goal, i) => {
    if (goalIds.has(goal.id)) issues.push(planIssue('duplicate_id', ['goals', i, 'id'], { id: goal.id }));
    goalIds.add(goal.id);
  });

  const actionIds = new Set<string>();
  plan.actions.forEach((action, i) => {
    const at = ['actions', i];
    if (actionIds.has(action.id)) issues.push(planIssue('duplicate_id', [...at, 'id'], { id: action.id }));
    actionIds.add(action.id);
    if (action.goalId !== undefined && !goalIds.has(action.goalId)) issues.push(planIssue('unknown_goal', [...at, 'goalId'], { id: action.goalId }));
    const link = action.link;
    if (link !== null && link.kind !== 'gat') {
      const path = [...at, 'link', 'alterId'];
      if (!onMap.has(link.alterId)) issues.push(planIssue('unknown_alter', path, { id: link.alterId }));
      else if (link.kind === 'gewenst' && !everWished.has(link.alterId)) issues.push(planIssue('not_wished', path, { id: link.alterId }));
    }
    if ('alterId' in action.owner && action.owner.alterId !== undefined) alter(action.owner.alterId, [...at, 'owner', 'alterId']);
    if (action.promise) {
      ref(action.promise.by, [...at, 'promise', 'by']);
      const fallbackOwner = action.promise.fallbackOwner;
      if (fallbackOwner && 'alterId' in fallbackOwner && fallbackOwner.alterId !== undefined) {
        alter(fallbackOwner.alterId, [...at, 'promise', 'fallbackOwner', 'alterId']);
      }
    }
  });

  if (plan.madeBy === 'netwerk') {
    plan.eigenKracht.participants.forEach((p, i) => ref(p, ['eigenKracht', 'participants', i]));
    plan.eigenKracht.ownStrengths.forEach((s, i) => ref(s.by, ['eigenKracht', 'ownStrengths', i, 'by']));
    issues.push(...agreementIssues(plan.eigenKracht));
  }
  return issues;
}

/**
 * PC6 on its own (the web app's Eigen Kracht panel shows it too): a conference needs the day the
 * family agreed, and is not dated before it. Without a conference date nothing is asked yet: the
 * family may still be thinking about it.
 */
export function agreementIssues(eigenKracht: Pick<EigenKracht, 'familyAgreedOn' | 'conferenceDate'>): PlanIssue[] {
  const { familyAgreedOn, conferenceDate } = eigenKracht;
  if (conferenceDate === undefined) return [];
  if (familyAgreedOn === undefined) return [planIssue('conference_without_agreement', ['eigenKracht', 'familyAgreedOn'], { conferenceDate })];
  if (conferenceDate < familyAgreedOn) return [planIssue('conference_before_agreement', ['eigenKracht', 'conferenceDate'], { conferenceDate, familyAgreedOn })];
  return [];
}

import { describe, expect, it } from 'vitest';
import type { PlanBody } from '../api/plan-endpoints.js';
import { goalsInDomainOrder, withGoalChanged, withoutGoal } from './goal-edit.js';

function plan(): PlanBody {
  return {
    mapId: 'm', madeBy: 'gezin',
    goals: [
      { id: 'g1', domain: 'werk', words: 'Werk vinden', workerNote: 'moe' },
      { id: 'g2', domain: 'huisvesting', words: 'Een grotere woning' },
    ],
    actions: [
      { id: 'a1', what: 'Vacatures zoeken', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g1' },
      { id: 'a2', what: 'Huurprijzen bekijken', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g2' },
      { id: 'a3', what: 'Oma bellen', owner: { kind: 'begeleider' }, kind: 'meedenken' },
    ],
  };
}

describe('removing a goal', () => {
  it('unlinks the actions that belonged to it, in the same plan, and keeps the actions', () => {
    const next = withoutGoal(plan(), 'g1');
    expect(next.goals?.map((g) => g.id)).toEqual(['g2']);
    expect(next.actions?.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(next.actions?.find((a) => a.id === 'a1')).not.toHaveProperty('goalId');
    expect(next.actions?.find((a) => a.id === 'a2')?.goalId).toBe('g2');
  });

  it('does not change the plan it was given', () => {
    const before = plan();
    withoutGoal(before, 'g1');
    expect(before.goals).toHaveLength(2);
    expect(before.actions?.[0]?.goalId).toBe('g1');
  });
});

describe('changing a goal', () => {
  it('changes only the goal named, with the family’s words trimmed', () => {
    const next = withGoalChanged(plan(), 'g2', { words: '  Een woning met een tuin ', status: 'bereikt', domain: 'welbevinden' });
    expect(next.goals?.[1]).toEqual({ id: 'g2', domain: 'welbevinden', words: 'Een woning met een tuin', status: 'bereikt' });
    expect(next.goals?.[0]).toEqual(plan().goals?.[0]);
  });

  it('empty words keep the words that were there: a goal always has the family’s words', () => {
    expect(withGoalChanged(plan(), 'g2', { words: '   ' }).goals?.[1]?.words).toBe('Een grotere woning');
  });

  it('the worker’s note is kept unless changed, and empty text or null removes it', () => {
    expect(withGoalChanged(plan(), 'g1', { status: 'losgelaten' }).goals?.[0]?.workerNote).toBe('moe');
    expect(withGoalChanged(plan(), 'g1', { workerNote: ' heel moe ' }).goals?.[0]?.workerNote).toBe('heel moe');
    expect(withGoalChanged(plan(), 'g1', { workerNote: '  ' }).goals?.[0]).not.toHaveProperty('workerNote');
    expect(withGoalChanged(plan(), 'g1', { workerNote: null }).goals?.[0]).not.toHaveProperty('workerNote');
  });
});

describe('the goals an action can belong to', () => {
  it('are listed in VONK’s order of life domains, goals of one domain in the order they were added', () => {
    const goals = [
      { id: 'c', domain: 'vrije_tijd' as const },
      { id: 'a', domain: 'werk' as const },
      { id: 'd', domain: 'vrije_tijd' as const },
      { id: 'b', domain: 'huisvesting' as const },
    ];
    expect(goalsInDomainOrder(goals).map((g) => g.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

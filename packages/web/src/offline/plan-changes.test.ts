import { describe, expect, it } from 'vitest';
import { parseNetworkPlan, type Action, type NetworkPlan } from '@netwerkkracht/core';
import { withGoalChanged, withoutGoal } from '../plan/goal-edit.js';
import { meetServer, mergeSave, parsePlanChanges, planBodyOf, withChanges, type PlanChange } from './plan-changes.js';

const TODAY = '2026-03-10';

function plan(edit: (p: Record<string, unknown>) => void = () => {}): NetworkPlan {
  const body: Record<string, unknown> = {
    id: 'p', caseId: 'c', mapId: 'm', madeBy: 'gezin',
    goals: [
      { id: 'g1', domain: 'werk', words: 'Werk vinden' },
      { id: 'g2', domain: 'huisvesting', words: 'Een grotere woning' },
    ],
    actions: [
      { id: 'a1', what: 'Vacatures zoeken', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g1' },
      { id: 'a2', what: 'Oma bellen', owner: { kind: 'begeleider' }, kind: 'meedenken' },
    ],
  };
  edit(body);
  const parsed = parseNetworkPlan(body);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}
const actionOf = (p: NetworkPlan, id: string) => p.actions.find((a) => a.id === id) as Action;

describe('PQ6 the device shows its waiting changes on the kept plan', () => {
  it('a goal and an action added offline are on the plan, in the order they were made, with the review and the new status', () => {
    const kept = plan();
    const before = planBodyOf(kept);
    const after = { ...before, goals: [...(before.goals ?? []), { id: 'g3', domain: 'gezondheid' as const, words: 'Beter slapen' }] };
    const changes: PlanChange[] = [
      { kind: 'save', before, after },
      { kind: 'addAction', action: { id: 'a3', what: 'Slaapdagboek bijhouden', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g3' } },
      { kind: 'patchAction', actionId: 'a2', patch: { status: 'gedaan' }, before: actionOf(kept, 'a2') },
      { kind: 'addReview', actionId: 'a2', note: { date: TODAY, text: 'Oma belde terug', by: 'begeleider' }, before: actionOf(kept, 'a2') },
    ];
    const shown = withChanges(kept, changes, TODAY);
    expect(shown.goals.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    expect(actionOf(shown, 'a3').goalId).toBe('g3');
    expect(actionOf(shown, 'a2')).toMatchObject({ status: 'gedaan', doneOn: TODAY, reviews: [{ text: 'Oma belde terug' }] });
    expect(shown.id).toBe('p');
    expect(kept.goals).toHaveLength(2);
  });

  it('an action removed offline is gone from the plan shown', () => {
    const kept = plan();
    expect(withChanges(kept, [{ kind: 'removeAction', actionId: 'a1', before: actionOf(kept, 'a1') }], TODAY).actions.map((a) => a.id)).toEqual(['a2']);
  });
});

describe('PQ1 a change the server plan still fits goes as it is', () => {
  it('an unchanged server plan: the save, the new action and the patch are sent unchanged', () => {
    const server = plan();
    const before = planBodyOf(server);
    const save: PlanChange = { kind: 'save', before, after: withGoalChanged(before, 'g1', { status: 'bereikt' }) };
    expect(meetServer(server, save, TODAY)).toEqual({ change: { kind: 'save', before, after: save.after }, conflicts: [] });
    const add: PlanChange = { kind: 'addAction', action: { id: 'a3', what: 'Bellen', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g1' } };
    expect(meetServer(server, add, TODAY)).toEqual({ change: add, conflicts: [] });
  });
});

describe('PQ2 changes on both sides merge field by field; the same field changed differently is asked', () => {
  it('my goal status and a colleague\'s new goal both stay', () => {
    const base = plan();
    const server = plan((p) => { (p.goals as unknown[]).push({ id: 'g9', domain: 'werk', words: 'Rijbewijs halen' }); });
    const before = planBodyOf(base);
    const met = meetServer(server, { kind: 'save', before, after: withGoalChanged(before, 'g1', { status: 'bereikt' }) }, TODAY);
    expect(met.conflicts).toEqual([]);
    expect(met.change?.kind === 'save' && met.change.after.goals?.map((g) => [g.id, g.status ?? 'lopend'])).toEqual([['g1', 'bereikt'], ['g2', 'lopend'], ['g9', 'lopend']]);
  });

  it('the same goal words changed on both sides: both values shown, nothing decided; the choice decides', () => {
    const base = plan();
    const server = plan((p) => { (p.goals as Record<string, unknown>[])[0]!.words = 'Een baan in de zorg'; });
    const before = planBodyOf(base);
    const change: PlanChange = { kind: 'save', before, after: withGoalChanged(before, 'g1', { words: 'Werk vinden bij de stad' }) };
    const met = meetServer(server, change, TODAY);
    expect(met.conflicts).toEqual([expect.objectContaining({ key: 'goal:g1:words', mine: 'Werk vinden bij de stad', theirs: 'Een baan in de zorg' })]);
    const mine = meetServer(server, change, TODAY, { 'goal:g1:words': 'mine' });
    expect(mine.change?.kind === 'save' && mine.change.after.goals?.[0]?.words).toBe('Werk vinden bij de stad');
    // The server's side chosen: nothing differs from the server's plan, nothing is sent.
    expect(meetServer(server, change, TODAY, { 'goal:g1:words': 'theirs' }).change).toBeNull();
  });

  it('a patched action field a colleague changed to something else is asked; an untouched field goes', () => {
    const base = plan();
    const server = plan((p) => { (p.actions as Record<string, unknown>[])[1]!.what = 'Oma en opa bellen'; });
    const change: PlanChange = { kind: 'patchAction', actionId: 'a2', patch: { what: 'Oma vandaag bellen', due: '2026-04-01' }, before: actionOf(base, 'a2') };
    const met = meetServer(server, change, TODAY);
    expect(met.conflicts.map((c) => [c.key, c.mine, c.theirs])).toEqual([['action:a2:what', 'Oma vandaag bellen', 'Oma en opa bellen']]);
    const theirs = meetServer(server, change, TODAY, { 'action:a2:what': 'theirs' });
    expect(theirs.change?.kind === 'patchAction' && theirs.change.patch).toEqual({ due: '2026-04-01' });
  });
});

describe('PQ3 a goal or action removed meanwhile is never dropped unseen', () => {
  it('a goal I changed that a colleague removed: both shown; "mine" adds it back with my words', () => {
    const base = plan();
    const server = plan((p) => { p.goals = (p.goals as { id: string }[]).filter((g) => g.id !== 'g2'); });
    const before = planBodyOf(base);
    const change: PlanChange = { kind: 'save', before, after: withGoalChanged(before, 'g2', { words: 'Een woning met tuin' }) };
    const met = meetServer(server, change, TODAY);
    expect(met.conflicts).toEqual([expect.objectContaining({ key: 'goal:g2:*', theirs: undefined, mine: expect.objectContaining({ words: 'Een woning met tuin' }) })]);
    const kept = meetServer(server, change, TODAY, { 'goal:g2:*': 'mine' });
    expect(kept.change?.kind === 'save' && kept.change.after.goals?.find((g) => g.id === 'g2')?.words).toBe('Een woning met tuin');
  });

  it('a goal I removed that a colleague changed is asked; removed and untouched just goes', () => {
    const base = plan();
    const before = planBodyOf(base);
    const removal: PlanChange = { kind: 'save', before, after: withoutGoal(before, 'g2') };
    expect(meetServer(base, removal, TODAY).conflicts).toEqual([]);
    const changed = plan((p) => { (p.goals as Record<string, unknown>[])[1]!.status = 'losgelaten'; });
    expect(meetServer(changed, removal, TODAY).conflicts.map((c) => c.key)).toEqual(['goal:g2:*']);
  });

  it('a review or status for an action removed meanwhile: "mine" adds the action again with it, "theirs" sends nothing', () => {
    const base = plan();
    const server = plan((p) => { p.actions = (p.actions as { id: string }[]).filter((a) => a.id !== 'a2'); });
    const change: PlanChange = { kind: 'addReview', actionId: 'a2', note: { date: TODAY, text: 'Oma belde', by: 'begeleider' }, before: actionOf(base, 'a2') };
    const met = meetServer(server, change, TODAY);
    expect(met.conflicts.map((c) => [c.key, c.theirs])).toEqual([['action:a2:*', undefined]]);
    expect(met.change).toBeNull();
    const again = meetServer(server, change, TODAY, { 'action:a2:*': 'mine' }).change;
    expect(again?.kind === 'addAction' && again.action).toMatchObject({ id: 'a2', reviews: [{ text: 'Oma belde' }] });
    const status = meetServer(server, { kind: 'patchAction', actionId: 'a2', patch: { status: 'gedaan' }, before: actionOf(base, 'a2') }, TODAY, { 'action:a2:*': 'mine' }).change;
    expect(status?.kind === 'addAction' && status.action).toMatchObject({ id: 'a2', status: 'gedaan', doneOn: TODAY });
  });
});

describe('PQ4 a new action for a goal removed meanwhile', () => {
  it('is shown; keeping the link is not offered, and it goes without the goal when the worker agrees', () => {
    const server = plan((p) => { p.goals = []; p.actions = []; });
    const met = meetServer(server, { kind: 'addAction', action: { id: 'a3', what: 'Bellen', owner: { kind: 'persoon' }, kind: 'doen', goalId: 'g1' } }, TODAY);
    expect(met.conflicts).toEqual([expect.objectContaining({ key: 'action:a3:goalId', mineOffered: false })]);
    expect(met.change?.kind === 'addAction' && met.change.action).not.toHaveProperty('goalId');
  });
});

describe('PQ5 removed on both sides', () => {
  it('is no conflict and sends nothing', () => {
    const server = plan((p) => { p.actions = []; });
    expect(meetServer(server, { kind: 'removeAction', actionId: 'a1', before: actionOf(plan(), 'a1') }, TODAY)).toEqual({ change: null, conflicts: [] });
  });
});

describe('PQ3 an action removed on the device that a colleague changed meanwhile', () => {
  it('is asked; "mine" removes it, "theirs" keeps it; untouched it just goes', () => {
    const base = plan();
    const change: PlanChange = { kind: 'removeAction', actionId: 'a2', before: actionOf(base, 'a2') };
    expect(meetServer(base, change, TODAY)).toEqual({ change, conflicts: [] });
    // The same action with its fields in another order is unchanged.
    const reordered = { ...change, before: Object.fromEntries(Object.entries(change.before).reverse()) as unknown as Action };
    expect(meetServer(base, reordered, TODAY).conflicts).toEqual([]);
    const server = plan((p) => { (p.actions as Record<string, unknown>[])[1]!.due = '2026-05-01'; });
    const met = meetServer(server, change, TODAY);
    expect(met.conflicts.map((c) => [c.key, c.mine])).toEqual([['action:a2:*', undefined]]);
    expect(met.change).toBeNull();
    expect(meetServer(server, change, TODAY, { 'action:a2:*': 'mine' }).change).toEqual(change);
  });
});

describe('the kept list of changes', () => {
  it('reads back only what is shaped like a change', () => {
    expect(parsePlanChanges([{ kind: 'removeAction', actionId: 'a1' }, { kind: 'drop table' }, 3, null])).toEqual([{ kind: 'removeAction', actionId: 'a1' }]);
    expect(parsePlanChanges('nope')).toEqual([]);
  });

  it('mergeSave keeps fields only one side changed (the starting question answered on the device)', () => {
    const base = planBodyOf(plan());
    const answered = { ...base, startingQuestion: { answer: 'Samen rondkomen', thinkingAlong: [] } };
    const { body, conflicts } = mergeSave({ ...base, mapId: 'm2' }, base, answered);
    expect(conflicts).toEqual([]);
    expect(body).toMatchObject({ mapId: 'm2', startingQuestion: { answer: 'Samen rondkomen' } });
  });
});

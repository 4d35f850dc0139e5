import { describe, expect, it } from 'vitest';
import { ActionSchema, type Action } from '@netwerkkracht/core';
import { actionFormComplete, actionFormValues, actionPatch, EMPTY_ACTION_FORM, newActionInput } from './action-form-values.js';

function action(input: Record<string, unknown>): Action {
  return ActionSchema.parse({ id: 'a', what: 'Oma Rita haalt de kinderen op', owner: { kind: 'persoon' }, kind: 'doen', ...input }) as Action;
}

const promised = action({
  goalId: 'g1', link: { kind: 'persoon', alterId: 'rita' }, owner: { kind: 'netwerklid', alterId: 'rita' }, due: '2026-03-01',
  promise: { by: { alterId: 'rita' }, promisedOn: '2026-02-01', followUpBy: '2026-03-01', fallback: 'de buurvrouw vragen', fallbackOwner: { kind: 'begeleider' } },
});

describe('an action opened in the form', () => {
  it('shows every field as the form holds it, promised help included', () => {
    expect(actionFormValues(promised)).toEqual({
      what: 'Oma Rita haalt de kinderen op', kind: 'doen', goalId: 'g1', link: 'persoon:rita', owner: 'netwerklid:rita', due: '2026-03-01',
      promised: true, by: 'rita', followUpBy: '2026-03-01', fallback: 'de buurvrouw vragen',
    });
  });

  it('an action without goal, link, date or promise shows empty choices', () => {
    expect(actionFormValues(action({}))).toEqual({ ...EMPTY_ACTION_FORM, what: 'Oma Rita haalt de kinderen op' });
  });
});

describe('saving a changed action sends only what changed', () => {
  it('nothing changed gives an empty patch', () => {
    expect(actionPatch(promised, actionFormValues(promised))).toEqual({});
  });

  it('new words and a goal are sent; the untouched promise and owner are not', () => {
    const values = { ...actionFormValues(action({ owner: { kind: 'begeleider', name: 'Bram' } })), what: ' Oma Rita haalt de kinderen op woensdag ', goalId: 'g2' };
    expect(actionPatch(action({ owner: { kind: 'begeleider', name: 'Bram' } }), values)).toEqual({ what: 'Oma Rita haalt de kinderen op woensdag', goalId: 'g2' });
  });

  it('emptied choices remove the goal, the link and the date', () => {
    const values = { ...actionFormValues(promised), goalId: '', link: '', due: '' };
    expect(actionPatch(promised, values)).toEqual({ goalId: null, link: null, due: null });
  });

  it('a changed plan B keeps the day help was promised and who carries the plan B', () => {
    const values = { ...actionFormValues(promised), fallback: 'de buurman vragen' };
    expect(actionPatch(promised, values)).toEqual({
      promise: { by: { alterId: 'rita' }, promisedOn: '2026-02-01', followUpBy: '2026-03-01', fallback: 'de buurman vragen', fallbackOwner: { kind: 'begeleider' } },
    });
  });

  it('unticking "help was promised" removes the promise', () => {
    expect(actionPatch(promised, { ...actionFormValues(promised), promised: false })).toEqual({ promise: null });
  });

  it('a new owner is sent as core’s owner', () => {
    expect(actionPatch(promised, { ...actionFormValues(promised), owner: 'begeleider' })).toEqual({ owner: { kind: 'begeleider' } });
  });

  it('a form without words, or with help promised by nobody, is not sent', () => {
    expect(actionPatch(promised, { ...actionFormValues(promised), what: '  ' })).toBeNull();
    expect(actionPatch(promised, { ...actionFormValues(promised), by: '' })).toBeNull();
  });
});

describe('a new action from the form', () => {
  it('carries its goal, link and promise; empty choices are left out or null', () => {
    expect(newActionInput({ ...EMPTY_ACTION_FORM, what: ' Samen koken ', goalId: 'g1', link: 'gat:praktisch', promised: true, by: 'naam:Nonkel Jef', fallback: ' ' })).toEqual({
      what: 'Samen koken', kind: 'doen', owner: { kind: 'persoon' }, link: { kind: 'gat', function: 'praktisch' }, due: null, goalId: 'g1',
      promise: { by: { name: 'Nonkel Jef' } },
    });
    expect(newActionInput({ ...EMPTY_ACTION_FORM, what: 'Samen koken' })).toEqual({ what: 'Samen koken', kind: 'doen', owner: { kind: 'persoon' }, link: null, due: null });
  });

  it('needs words, an owner and, when help was promised, who promised it', () => {
    expect(actionFormComplete(EMPTY_ACTION_FORM)).toBe(false);
    expect(actionFormComplete({ ...EMPTY_ACTION_FORM, what: 'x', owner: 'baas' })).toBe(false);
    expect(actionFormComplete({ ...EMPTY_ACTION_FORM, what: 'x', promised: true })).toBe(false);
    expect(newActionInput({ ...EMPTY_ACTION_FORM, what: 'x', promised: true })).toBeNull();
    expect(actionFormComplete({ ...EMPTY_ACTION_FORM, what: 'x' })).toBe(true);
  });
});

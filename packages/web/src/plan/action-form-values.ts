import type { Action, ActionInput, ActionKind, PromisedHelp } from '@netwerkkracht/core';
import type { ActionPatch } from '../api/plan-endpoints.js';
import { linkChoice, linkFromChoice, ownerChoice, ownerFromChoice, refChoice, refFromChoice } from './link-choice.js';

/**
 * What the action form holds, as the select boxes and inputs hold it (strings, '' for "nothing"),
 * and the way back: a new action for POST, or for an existing action a PATCH with only the fields
 * the worker changed. Pure, so the rules are tested without a browser.
 */
export interface ActionFormValues {
  readonly what: string;
  readonly kind: ActionKind;
  /** '' when the action belongs to no goal. */
  readonly goalId: string;
  readonly link: string;
  readonly owner: string;
  readonly due: string;
  readonly promised: boolean;
  /** Who promised the help (see refChoice); '' when nobody is chosen yet. */
  readonly by: string;
  readonly followUpBy: string;
  readonly fallback: string;
}

export const EMPTY_ACTION_FORM: ActionFormValues = {
  what: '', kind: 'doen', goalId: '', link: '', owner: 'persoon', due: '', promised: false, by: '', followUpBy: '', fallback: '',
};

/** A stored action as the form shows it, so the worker starts from what is there. */
export function actionFormValues(action: Action): ActionFormValues {
  const promise = action.promise;
  return {
    what: action.what,
    kind: action.kind,
    goalId: action.goalId ?? '',
    link: linkChoice(action.link),
    owner: ownerChoice(action.owner),
    due: action.due ?? '',
    promised: promise !== undefined,
    by: promise ? refChoice(promise.by) : '',
    followUpBy: promise?.followUpBy ?? '',
    fallback: promise?.fallback ?? '',
  };
}

type PromiseInput = NonNullable<ActionInput['promise']>;

/**
 * The promised help the form describes; when changing an existing promise, what the form does not
 * show (the day it was promised, who carries the plan B) is kept. Null: no valid promise.
 */
function promiseOf(values: ActionFormValues, before: PromisedHelp | undefined): PromiseInput | null {
  const by = refFromChoice(values.by);
  if (by === null) return null;
  const fallback = values.fallback.trim();
  return {
    by,
    ...(before?.promisedOn ? { promisedOn: before.promisedOn } : {}),
    ...(values.followUpBy !== '' ? { followUpBy: values.followUpBy } : {}),
    ...(fallback !== '' ? { fallback: fallback.slice(0, 1000) } : {}),
    ...(before?.fallbackOwner ? { fallbackOwner: before.fallbackOwner } : {}),
  };
}

/** The form can be sent once it says what, who does it and, when help was promised, by whom. */
export function actionFormComplete(values: ActionFormValues): boolean {
  return values.what.trim() !== '' && ownerFromChoice(values.owner) !== null && (!values.promised || refFromChoice(values.by) !== null);
}

/** A new action from the form; null when the form is not complete. */
export function newActionInput(values: ActionFormValues): Omit<ActionInput, 'id'> | null {
  const owner = ownerFromChoice(values.owner);
  if (!actionFormComplete(values) || owner === null) return null;
  const promise = values.promised ? promiseOf(values, undefined) : null;
  return {
    what: values.what.trim().slice(0, 1000), kind: values.kind, owner, link: linkFromChoice(values.link), due: values.due === '' ? null : values.due,
    ...(values.goalId !== '' ? { goalId: values.goalId } : {}),
    ...(promise ? { promise } : {}),
  };
}

/**
 * The PATCH for an existing action: only what differs from the stored action, so a detail the
 * form cannot show (a named worker, the day help was promised) is never lost by saving. An empty
 * patch means nothing changed; null means the form is not complete.
 */
export function actionPatch(initial: Action, values: ActionFormValues): ActionPatch | null {
  if (!actionFormComplete(values)) return null;
  const was = actionFormValues(initial);
  const what = values.what.trim().slice(0, 1000);
  const owner = ownerFromChoice(values.owner);
  const promiseChanged = values.promised !== was.promised
    || (values.promised && (values.by !== was.by || values.followUpBy !== was.followUpBy || values.fallback.trim() !== was.fallback));
  return {
    ...(what !== initial.what ? { what } : {}),
    ...(values.kind !== was.kind ? { kind: values.kind } : {}),
    ...(values.goalId !== was.goalId ? { goalId: values.goalId === '' ? null : values.goalId } : {}),
    ...(values.link !== was.link ? { link: linkFromChoice(values.link) } : {}),
    ...(values.owner !== was.owner && owner !== null ? { owner } : {}),
    ...(values.due !== was.due ? { due: values.due === '' ? null : values.due } : {}),
    ...(promiseChanged ? { promise: values.promised ? promiseOf(values, initial.promise) : null } : {}),
  };
}

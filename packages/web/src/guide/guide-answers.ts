import type { Alter, AlterId, AlterStatus, SupportDirection } from '@netwerkkracht/core';
import type { ActionCall } from '../editor/actions/registry.js';
import { translateSector } from '../editor/actions/map-actions.js';
import type { EditorDoc } from '../editor/editor-doc.js';
import type { FunctionQuestion, StepKind } from './guide-steps.js';

/**
 * What an answer in the guide does to the live map, as editor action calls: the guide never
 * changes the map itself, so every answer is one undoable step like any other edit.
 */
export function addPersonCall(step: Extract<StepKind, { kind: 'add' }>, doc: EditorDoc, person: { id: AlterId; name: string; ring: number; status?: AlterStatus }): ActionCall {
  const sector = translateSector(step.sector, doc.sectorScheme);
  return {
    action: 'addPerson',
    input: { id: person.id, name: person.name.trim(), cell: { sector, ring: Math.min(person.ring, doc.ringCount) }, fields: { status: person.status ?? step.status } },
  };
}

/** Adding a direction to what is there: receiving and giving the same function is both ways. */
export function mergeDirection(current: SupportDirection | undefined, added: 'ontvangt' | 'geeft'): SupportDirection {
  if (current === undefined || current === added) return added;
  return 'wederzijds';
}

/** Taking one side away again: both ways becomes the other side; one side alone disappears. */
export function removeDirection(current: SupportDirection | undefined, removed: 'ontvangt' | 'geeft'): SupportDirection | undefined {
  if (current === 'wederzijds') return removed === 'ontvangt' ? 'geeft' : 'ontvangt';
  return current === removed ? undefined : current;
}

/**
 * The calls for one function question when its answer changes from `before` to `after` (the
 * people named): newly named people get the function (and the flag), people no longer named lose it.
 */
export function functionAnswerCalls(question: FunctionQuestion, doc: EditorDoc, before: readonly AlterId[], after: readonly AlterId[], fn = question.fn): ActionCall[] {
  const calls: ActionCall[] = [];
  const byId = new Map<AlterId, Alter>(doc.snapshot.alters.map((a) => [a.id, a]));
  for (const id of after) {
    if (before.includes(id)) continue;
    const alter = byId.get(id);
    if (!alter) continue;
    const support = fn ? { ...alter.support, [fn]: mergeDirection(alter.support[fn], question.direction) } : alter.support;
    const flags = question.flag ? { ...alter.flags, [question.flag]: true } : alter.flags;
    calls.push({ action: 'updatePerson', input: { id, patch: { support, flags } } });
  }
  for (const id of before) {
    if (after.includes(id)) continue;
    const alter = byId.get(id);
    if (!alter) continue;
    const support = { ...alter.support };
    if (fn) {
      const next = removeDirection(alter.support[fn], question.direction);
      if (next === undefined) delete support[fn];
      else support[fn] = next;
    }
    // A question that only marks a go-to person takes the mark away again.
    const flags = !fn && question.flag ? { ...alter.flags, [question.flag]: false } : alter.flags;
    calls.push({ action: 'updatePerson', input: { id, patch: { support, flags } } });
  }
  return calls;
}

/**
 * Who the map already names for a question: everyone holding the question's function in its
 * direction (both ways counts) and, for a go-to question, marked as go-to person. The guide ticks
 * them, so a question never asks again what the map already says.
 */
export function mapAnswer(question: FunctionQuestion, doc: EditorDoc, fn = question.fn): AlterId[] {
  return doc.snapshot.alters.filter((alter) => {
    if (fn) {
      const d = alter.support[fn];
      if (d !== question.direction && d !== 'wederzijds') return false;
    }
    if (question.flag && !alter.flags[question.flag]) return false;
    return fn !== null || question.flag !== undefined;
  }).map((a) => a.id);
}

import type { EditorAction } from './action.js';
import { addPerson, movePerson, removePerson, stepPerson, updatePerson } from './person-actions.js';
import { addTie, removeTie, toggleTie } from './tie-actions.js';
import { loadSnapshot, setAppraisal, setRingCount, setScheme } from './map-actions.js';
import { select, setHighlight, setShowReciprocal, setTool, setView } from './ui-actions.js';

/** Every editor operation by name: the only ways the editor changes the map or the screen. */
export const ACTIONS = {
  addPerson,
  movePerson,
  stepPerson,
  updatePerson,
  removePerson,
  addTie,
  removeTie,
  toggleTie,
  setScheme,
  setRingCount,
  setAppraisal,
  loadSnapshot,
  select,
  setTool,
  setHighlight,
  setView,
  setShowReciprocal,
} as const;

export type ActionId = keyof typeof ACTIONS;
export type InputOf<K extends ActionId> = (typeof ACTIONS)[K] extends EditorAction<infer I> ? I : never;
/** One call of an action, as data (the guide and the pointer machine produce these). */
export type ActionCall = { [K in ActionId]: { readonly action: K; readonly input: InputOf<K> } }[ActionId];

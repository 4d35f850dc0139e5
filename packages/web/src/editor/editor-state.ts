import type { EditorAction } from './actions/action.js';
import { ACTIONS, type ActionCall } from './actions/registry.js';
import { INITIAL_UI, type EditorDoc, type EditorUi } from './editor-doc.js';
import { commit, createHistory, redo, replacePresent, undo, type History } from './history.js';

/** The editor: the document with its undo history, and the screen state. */
export interface EditorState {
  readonly history: History<EditorDoc>;
  readonly ui: EditorUi;
}

export type EditorCommand = ActionCall | { readonly action: 'undo' } | { readonly action: 'redo' } | { readonly action: 'reset'; readonly doc: EditorDoc };

export function createEditorState(doc: EditorDoc, ui: EditorUi = INITIAL_UI): EditorState {
  return { history: createHistory(doc), ui };
}

/** Keeps the selection valid after undo/redo took the selected person away. */
function keepSelectionValid(state: EditorState): EditorState {
  const id = state.ui.selected;
  if (id === null || state.history.present.snapshot.alters.some((a) => a.id === id)) return state;
  return { ...state, ui: { ...state.ui, selected: null } };
}

/** Runs one command; the state stays the same object when nothing changed. */
export function runCommand(state: EditorState, command: EditorCommand): EditorState {
  if (command.action === 'undo') return keepSelectionValid({ ...state, history: undo(state.history) });
  if (command.action === 'redo') return keepSelectionValid({ ...state, history: redo(state.history) });
  if (command.action === 'reset') return createEditorState(command.doc, { ...state.ui, selected: null });
  const action = ACTIONS[command.action] as EditorAction<unknown>;
  const result = action.perform(state.history.present, state.ui, command.input);
  if (result === false) return state;
  const history = result.doc === undefined
    ? state.history
    : action.history ? commit(state.history, result.doc) : replacePresent(state.history, result.doc);
  return { history, ui: result.ui ?? state.ui };
}

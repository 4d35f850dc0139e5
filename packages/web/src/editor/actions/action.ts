import type { EditorDoc, EditorUi } from '../editor-doc.js';

/** What an action changes; an absent part stays as it was. */
export interface ActionResult {
  readonly doc?: EditorDoc;
  readonly ui?: EditorUi;
}

/**
 * An editor operation: a pure function of the document, the screen state and its input. It
 * returns false when it does not apply (nothing to do, or the input breaks a rule), so the caller
 * never records an empty undo step. `history` says whether a change enters undo/redo.
 */
export interface EditorAction<I> {
  readonly history: boolean;
  perform(doc: EditorDoc, ui: EditorUi, input: I): ActionResult | false;
}

export function defineAction<I>(history: boolean, perform: EditorAction<I>['perform']): EditorAction<I> {
  return { history, perform };
}

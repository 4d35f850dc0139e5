import type { AlterId, SupportFunction } from '@netwerkkracht/core';
import type { CareView, EditorUi, Tool } from '../editor-doc.js';
import { defineAction } from './action.js';

function same(ui: EditorUi, next: EditorUi): EditorUi | false {
  return (Object.keys(next) as (keyof EditorUi)[]).every((k) => ui[k] === next[k]) ? false : next;
}

export const select = defineAction<{ id: AlterId | null }>(false, (doc, ui, { id }) => {
  if (id !== null && !doc.snapshot.alters.some((a) => a.id === id)) return false;
  const next = same(ui, { ...ui, selected: id });
  return next && { ui: next };
});

export const setTool = defineAction<{ tool: Tool }>(false, (_doc, ui, { tool }) => {
  const next = same(ui, { ...ui, tool });
  return next && { ui: next };
});

export const setHighlight = defineAction<{ highlight: SupportFunction | null }>(false, (_doc, ui, { highlight }) => {
  const next = same(ui, { ...ui, highlight });
  return next && { ui: next };
});

export const setView = defineAction<{ view: CareView }>(false, (_doc, ui, { view }) => {
  const next = same(ui, { ...ui, view });
  return next && { ui: next };
});

export const setShowReciprocal = defineAction<{ show: boolean }>(false, (_doc, ui, { show }) => {
  const next = same(ui, { ...ui, showReciprocal: show });
  return next && { ui: next };
});

import type { AlterId, Tie } from '@netwerkkracht/core';
import { withSnapshot, type EditorDoc } from '../editor-doc.js';
import { defineAction } from './action.js';

/** An undirected pair in its one stored order: the smaller id first. */
export function orderedTie(a: AlterId, b: AlterId): Tie {
  return a < b ? [a, b] : [b, a];
}

export function hasTie(doc: EditorDoc, a: AlterId, b: AlterId): boolean {
  const [x, y] = orderedTie(a, b);
  return doc.snapshot.ties.some(([p, q]) => p === x && q === y);
}

function bothOnMap(doc: EditorDoc, a: AlterId, b: AlterId): boolean {
  const ids = new Set(doc.snapshot.alters.map((alter) => alter.id));
  return ids.has(a) && ids.has(b);
}

/** "They know each other": a tie between two different people on the map, once per pair. */
export const addTie = defineAction<{ a: AlterId; b: AlterId }>(true, (doc, _ui, { a, b }) => {
  if (a === b || !bothOnMap(doc, a, b) || hasTie(doc, a, b)) return false;
  return { doc: withSnapshot(doc, { ties: [...doc.snapshot.ties, orderedTie(a, b)] }) };
});

export const removeTie = defineAction<{ a: AlterId; b: AlterId }>(true, (doc, _ui, { a, b }) => {
  if (!hasTie(doc, a, b)) return false;
  const [x, y] = orderedTie(a, b);
  return { doc: withSnapshot(doc, { ties: doc.snapshot.ties.filter(([p, q]) => !(p === x && q === y)) }) };
});

/** Drawing a line between two people who are already linked takes the line away. */
export const toggleTie = defineAction<{ a: AlterId; b: AlterId }>(true, (doc, ui, input) =>
  hasTie(doc, input.a, input.b) ? removeTie.perform(doc, ui, input) : addTie.perform(doc, ui, input),
);

import type { AlterId, NetworkMap, SectorSchemeCode, Snapshot, SupportFunction } from '@netwerkkracht/core';
import { pinPositions, type MapShape } from './geometry.js';

/**
 * What the editor changes and what undo/redo restores: the working version of the map (a snapshot
 * not yet saved) and the map's drawing shape. Saved versions are kept outside, so undoing an edit
 * never takes away a saved version.
 */
export interface EditorDoc extends MapShape {
  readonly snapshot: Snapshot;
}

export type Tool = 'select' | 'add' | 'link';
/** Which people stand out: everyone, only informal or only formal help. */
export type CareView = 'alle' | 'informeel' | 'formeel';

/** Screen-only state: never in the undo history and never saved. */
export interface EditorUi {
  readonly selected: AlterId | null;
  readonly tool: Tool;
  readonly highlight: SupportFunction | null;
  readonly view: CareView;
  readonly showReciprocal: boolean;
}

export const INITIAL_UI: EditorUi = { selected: null, tool: 'select', highlight: null, view: 'alle', showReciprocal: false };

/** The editor's document for a map's working version, with every person's place fixed. */
export function docFromMap(map: Pick<NetworkMap, 'sectorScheme' | 'ringCount'>, snapshot: Snapshot): EditorDoc {
  const shape = { sectorScheme: map.sectorScheme, ringCount: map.ringCount };
  const alters = pinPositions(snapshot.alters, shape);
  return { ...shape, snapshot: alters === snapshot.alters ? snapshot : { ...snapshot, alters } };
}

export function withSnapshot(doc: EditorDoc, change: Partial<Snapshot>): EditorDoc {
  return { ...doc, snapshot: { ...doc.snapshot, ...change } };
}

export type { SectorSchemeCode };

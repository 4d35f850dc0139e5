import { labelOf, SNAPSHOT_KIND_VOCABULARY, type Language, type MapDocument, type Snapshot } from '@netwerkkracht/core';
import { terminalSafe } from '../terminal-text.js';

/** "nu — Eerste kaart (Hoe het nu is, 2026-03-10)": id first, because --snapshot takes the id. */
export function describeSnapshot(snapshot: Snapshot, lang: Language): string {
  const label = snapshot.label ? ` — ${snapshot.label}` : '';
  return terminalSafe(`${snapshot.id}${label} (${labelOf(SNAPSHOT_KIND_VOCABULARY, snapshot.kind, lang)}, ${snapshot.date})`);
}

export function mapName(document: MapDocument): string {
  return terminalSafe(document.map.title ?? document.map.ego.name);
}

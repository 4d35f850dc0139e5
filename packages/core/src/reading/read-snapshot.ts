import type { Language } from '../labels.js';
import type { AlterId, Snapshot } from '../records/index.js';
import type { Indicators } from '../indicators/analyse.js';
import type { MapShape } from '../indicators/context.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from '../indicators/settings.js';
import type { SnapshotComparison } from '../comparison/compare.js';
import { observeSnapshot } from './observe-snapshot.js';
import { observeComparison } from './observe-comparison.js';
import { renderSections, type NameOf, type Reading } from './render.js';

/**
 * A plain-language reading of one snapshot: what the network gives and where it is thin,
 * strengths first, in sections with a heading and lines. Never a score or a verdict on the person.
 * `indicators` are those of this snapshot, computed with the same settings.
 */
export function readSnapshot(
  indicators: Indicators,
  snapshot: Snapshot,
  map: MapShape,
  lang: Language,
  settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS,
): Reading {
  return renderSections(observeSnapshot(indicators, snapshot, map, settings), lang, namesOf([snapshot]));
}

/** A plain-language reading of what changed between two snapshots (from compareSnapshots). */
export function readComparison(comparison: SnapshotComparison, from: Snapshot, to: Snapshot, lang: Language): Reading {
  return renderSections(observeComparison(comparison), lang, namesOf([to, from]));
}

/** Names by alter id; the first snapshot given wins, so a renamed person shows the newer name. */
function namesOf(snapshots: readonly Snapshot[]): NameOf {
  const names = new Map<AlterId, string>();
  for (const snapshot of snapshots) for (const alter of snapshot.alters) if (!names.has(alter.id)) names.set(alter.id, alter.name);
  return (id) => names.get(id) ?? id;
}

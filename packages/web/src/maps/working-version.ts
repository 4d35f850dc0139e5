import { buildSnapshot, latestCurrentSnapshot, snapshotId, type NetworkMap, type Snapshot } from '@netwerkkracht/core';
import type { EditorDoc } from '../editor/editor-doc.js';

/**
 * The map on the server holds the saved versions (snapshots) plus one snapshot with a fixed id:
 * the working version the editor changes. Saving the editor's work replaces that one snapshot;
 * saving a version copies it under a new id. Keeping the working version on the server means a
 * second device, or the same one after a crash, opens the map where the work stopped.
 */
export const WORKING_ID = snapshotId('werkversie');

export function savedVersions(map: NetworkMap): readonly Snapshot[] {
  return map.snapshots.filter((s) => s.id !== WORKING_ID);
}

/**
 * The working version of a map. A map without one (imported, or made by `netwerkkracht demo`)
 * continues from its latest "is" version, so the people already drawn are there; only a map with
 * no such version starts empty, dated `date`.
 */
export function workingVersion(map: NetworkMap, date: string): Snapshot {
  const working = map.snapshots.find((s) => s.id === WORKING_ID);
  if (working) return working;
  const current = latestCurrentSnapshot(map);
  if (current) return { ...current, id: WORKING_ID, date };
  return buildSnapshot({ id: WORKING_ID, kind: 'is', date, alters: [] });
}

/** The map with the editor's document as its working version (and the editor's scheme and rings). */
export function withWorkingVersion(map: NetworkMap, doc: EditorDoc): NetworkMap {
  const working: Snapshot = { ...doc.snapshot, id: WORKING_ID };
  const others = map.snapshots.filter((s) => s.id !== WORKING_ID);
  return { ...map, sectorScheme: doc.sectorScheme, ringCount: doc.ringCount, snapshots: [...others, working] };
}

/**
 * Whether the server stored the working version under other ids than were sent: it replaces ids
 * that could carry a name (anything but a UUID, such as "oma" from an old draft) with opaque ones.
 * The editor must then continue with the server's ids, or its next save would bring the old ones
 * back as new people.
 */
export function idsChangedByServer(sent: Snapshot, stored: Snapshot): boolean {
  if (sent.alters.length !== stored.alters.length || sent.ties.length !== stored.ties.length) return true;
  return sent.alters.some((a, i) => a.id !== stored.alters[i]?.id || a.personId !== stored.alters[i]?.personId)
    || sent.ties.some(([a, b], i) => {
      const [x, y] = stored.ties[i] ?? [];
      return !((a === x && b === y) || (a === y && b === x));
    });
}

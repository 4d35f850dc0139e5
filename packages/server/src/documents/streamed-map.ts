import type { NetworkMap, Snapshot } from '@netwerkkracht/core';
import type { Slicer } from './slices.js';

/**
 * A big map whose snapshots are made while its answer is sent (store/map-store.ts `mapForAnswer`,
 * documents/map-answer.ts): `head` is the map without its snapshots, in the key order of the whole
 * map, and `snapshots` gives them in order, a few at a time, so the records of 30,000 people are
 * never all alive at once.
 */
export interface StreamedMap {
  readonly head: Omit<NetworkMap, 'snapshots'>;
  snapshots(slicer: Slicer): AsyncIterable<Snapshot>;
}

export function isStreamedMap(map: NetworkMap | StreamedMap): map is StreamedMap {
  return typeof (map as StreamedMap).snapshots === 'function';
}

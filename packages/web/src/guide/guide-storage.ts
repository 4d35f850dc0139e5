import { readSealed, writeSealed } from '../device/device-storage.js';
import { openSealedText, sealText } from '../device/sealed-text.js';
import { parseGuideState, type GuideState } from './guide-state.js';

/**
 * Where the conversation stands, kept on this device per map so a paused conversation can be
 * resumed. It is progress through the guide, not the map: the people it adds are on the map.
 * Sealed with the user's device key like the map's draft (../device/): the answers can hold names.
 */
const keyOf = (mapId: string) => `netwerkkracht.guide.${mapId}`;
const contextOf = (mapId: string) => `guide:${mapId}`;

function parseStored(text: string | null): GuideState {
  try {
    return parseGuideState(text === null ? null : JSON.parse(text));
  } catch {
    return parseGuideState(null);
  }
}

export function sealGuideState(key: CryptoKey, mapId: string, state: GuideState): Promise<string> {
  return sealText(key, JSON.stringify(state), contextOf(mapId));
}

/** The stored progress of map `mapId`; the guide's start when it does not open or parse. */
export async function openGuideState(key: CryptoKey, mapId: string, stored: string | null): Promise<GuideState> {
  return parseStored(await openSealedText(key, stored, contextOf(mapId)));
}

export async function readGuideState(mapId: string): Promise<GuideState> {
  return parseStored(await readSealed(keyOf(mapId), contextOf(mapId)));
}

/** False when not kept (no device key, storage off): the conversation then cannot be resumed after closing the tab. */
export function writeGuideState(mapId: string, state: GuideState): Promise<boolean> {
  return writeSealed(keyOf(mapId), contextOf(mapId), JSON.stringify(state));
}

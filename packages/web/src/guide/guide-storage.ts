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

/**
 * The guide changed on this device and the server does not have that yet (offline, or the save
 * failed): a mark with the map's opaque id only. While it is set, the device's progress is newer
 * than the server's and is the one to continue with (and to send).
 */
const unsentKeyOf = (mapId: string) => `netwerkkracht.guide-unsent.${mapId}`;

export function markGuideUnsent(mapId: string, unsent: boolean): void {
  try {
    if (unsent) localStorage.setItem(unsentKeyOf(mapId), '1');
    else localStorage.removeItem(unsentKeyOf(mapId));
  } catch {
    // Storage off: the server's progress is used, as before.
  }
}

/** The device's progress when it is newer than the server's (marked unsent and still readable); else null. */
export async function readUnsentGuide(mapId: string): Promise<GuideState | null> {
  let marked = false;
  try {
    marked = localStorage.getItem(unsentKeyOf(mapId)) === '1';
  } catch {
    return null;
  }
  if (!marked) return null;
  const stored = await readSealed(keyOf(mapId), contextOf(mapId));
  return stored === null ? null : parseStored(stored);
}

/** False when not kept (no device key, storage off): the conversation then cannot be resumed after closing the tab. */
export function writeGuideState(mapId: string, state: GuideState): Promise<boolean> {
  return writeSealed(keyOf(mapId), contextOf(mapId), JSON.stringify(state));
}

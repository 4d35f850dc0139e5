import { parseGuideState, type GuideState } from './guide-state.js';

/**
 * Where the conversation stands, kept on this device per map so a paused conversation can be
 * resumed. It is progress through the guide, not the map: the people it adds are on the map.
 */
const keyOf = (mapId: string) => `netwerkkracht.guide.${mapId}`;

export function readGuideState(mapId: string): GuideState {
  try {
    const text = localStorage.getItem(keyOf(mapId));
    return parseGuideState(text === null ? null : JSON.parse(text));
  } catch {
    return parseGuideState(null);
  }
}

export function writeGuideState(mapId: string, state: GuideState): void {
  try {
    localStorage.setItem(keyOf(mapId), JSON.stringify(state));
  } catch {
    // Without storage the conversation simply cannot be resumed after closing the tab.
  }
}

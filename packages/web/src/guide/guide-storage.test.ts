import { describe, expect, it } from 'vitest';
import { importDeviceKey } from '../device/sealed-text.js';
import { guideReducer, INITIAL_GUIDE, type GuideState } from './guide-state.js';
import { openGuideState, sealGuideState } from './guide-storage.js';

const newKey = () => importDeviceKey(crypto.getRandomValues(new Uint8Array(32)));

const state: GuideState = [
  { type: 'start' } as const,
  { type: 'note', step: 'familie', text: 'Nonkel Evarist komt elke zondag' } as const,
  { type: 'pause' } as const,
].reduce(guideReducer, INITIAL_GUIDE);

describe('the guide\'s progress kept on the device', () => {
  it('[round trip] comes back as it was, sealed with the device key', async () => {
    const key = await newKey();
    expect(await openGuideState(key, 'm1', await sealGuideState(key, 'm1', state))).toEqual(state);
  });

  it('[no clear text] the stored text holds none of the notes', async () => {
    const stored = await sealGuideState(await newKey(), 'm1', state);
    for (const word of ['Evarist', 'zondag', 'familie', 'paused']) expect(stored).not.toContain(word);
  });

  it('[bound to its map, wrong key] another map or another key gives the guide\'s start', async () => {
    const key = await newKey();
    const stored = await sealGuideState(key, 'm1', state);
    expect(await openGuideState(key, 'm2', stored)).toEqual(INITIAL_GUIDE);
    expect(await openGuideState(await newKey(), 'm1', stored)).toEqual(INITIAL_GUIDE);
    expect(await openGuideState(key, 'm1', JSON.stringify(state))).toEqual(INITIAL_GUIDE);
    expect(await openGuideState(key, 'm1', null)).toEqual(INITIAL_GUIDE);
  });
});

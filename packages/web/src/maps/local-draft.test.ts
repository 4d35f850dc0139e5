import { describe, expect, it } from 'vitest';
import { buildMap } from '@netwerkkracht/core';
import { importDeviceKey, sealText } from '../device/sealed-text.js';
import { openLocalDraft, parseLocalDraft, sealLocalDraft, serialiseLocalDraft } from './local-draft.js';

const mapWithId = (id: string) => buildMap({
  id, ego: { kind: 'persoon', name: 'Sara Vermeulen' },
  snapshots: [{ id: 'werkversie', kind: 'is', date: '2026-01-05', alters: [{ id: 'oma', name: 'Oma Rosalinde', sector: 'familie', ring: 1, note: 'Past op de kinderen' }] }],
});
const map = mapWithId('m1');
const otherMap = mapWithId('m2');

const newKey = () => importDeviceKey(crypto.getRandomValues(new Uint8Array(32)));

describe('unsaved edits kept on the device', () => {
  it('come back exactly as written, with the server version they were based on', () => {
    expect(parseLocalDraft(serialiseLocalDraft({ baseVersion: 7, map }))).toEqual({ baseVersion: 7, map });
  });

  it('are never trusted when damaged: bad JSON, a missing version or an invalid map give nothing', () => {
    const good = JSON.parse(serialiseLocalDraft({ baseVersion: 7, map })) as { baseVersion: number; document: { map: { snapshots: { alters: { ring: number }[] }[] } } };
    const badRing = structuredClone(good);
    const alter = badRing.document.map.snapshots[0]?.alters[0];
    if (alter) alter.ring = 9;
    expect(parseLocalDraft('{not json')).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ ...good, baseVersion: 0 }))).toBeNull();
    expect(parseLocalDraft(JSON.stringify(badRing))).toBeNull();
    expect(parseLocalDraft(null)).toBeNull();
  });
});

describe('a draft on the device is readable only with the user\'s device key, for its own map', () => {
  it('[round trip] sealed and opened with the same key, the draft comes back exactly', async () => {
    const key = await newKey();
    const stored = await sealLocalDraft(key, { baseVersion: 7, map });
    expect(await openLocalDraft(key, 'm1', stored)).toEqual({ baseVersion: 7, map });
  });

  it('[no clear text] the stored text holds no name and no note, only {v, iv, ciphertext}', async () => {
    const stored = await sealLocalDraft(await newKey(), { baseVersion: 7, map });
    for (const word of ['Sara', 'Vermeulen', 'Oma', 'Rosalinde', 'kinderen', 'familie', 'werkversie']) expect(stored).not.toContain(word);
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(['ciphertext', 'iv', 'v']);
  });

  it('[fresh IV] the same draft sealed twice gives two different texts', async () => {
    const key = await newKey();
    const draft = { baseVersion: 7, map };
    const [a, b] = [await sealLocalDraft(key, draft), await sealLocalDraft(key, draft)];
    expect(a).not.toBe(b);
    expect((JSON.parse(a) as { iv: string }).iv).not.toBe((JSON.parse(b) as { iv: string }).iv);
  });

  it('[bound to its map] a draft sealed for map A cannot be read as map B', async () => {
    const key = await newKey();
    const forA = await sealLocalDraft(key, { baseVersion: 7, map });
    expect(await openLocalDraft(key, 'm2', forA)).toBeNull();
    // Also when the content claims to be map B's: the map id is authenticated, not just compared.
    const forB = await sealLocalDraft(key, { baseVersion: 7, map: otherMap });
    expect(await openLocalDraft(key, 'm1', forB)).toBeNull();
    expect(await openLocalDraft(key, 'm2', forB)).toEqual({ baseVersion: 7, map: otherMap });
  });

  it('[wrong key] another key (another user, a new key after the account ended) gives null', async () => {
    const stored = await sealLocalDraft(await newKey(), { baseVersion: 7, map });
    expect(await openLocalDraft(await newKey(), 'm1', stored)).toBeNull();
  });

  it('[never crashes] plain-text, changed or damaged entries give null', async () => {
    const key = await newKey();
    const stored = await sealLocalDraft(key, { baseVersion: 7, map });
    const envelope = JSON.parse(stored) as { v: 1; iv: string; ciphertext: string };
    const flipped = `${envelope.ciphertext.slice(0, 10)}${envelope.ciphertext[10] === 'A' ? 'B' : 'A'}${envelope.ciphertext.slice(11)}`;
    for (const bad of [
      serialiseLocalDraft({ baseVersion: 7, map }), null, '', '{not json', '[]', 'null',
      JSON.stringify({ ...envelope, ciphertext: flipped }), JSON.stringify({ ...envelope, iv: 'kort' }), JSON.stringify({ ...envelope, v: 2 }),
      JSON.stringify({ ...envelope, ciphertext: '%%%' }),
    ]) {
      expect(await openLocalDraft(key, 'm1', bad), String(bad)).toBeNull();
    }
  });

  it('[still parsed] a sealed text that opens but is not a valid draft gives null', async () => {
    const key = await newKey();
    expect(await openLocalDraft(key, 'm1', await sealText(key, JSON.stringify({ baseVersion: 7, document: { map: { id: 'm1' } } }), 'draft:m1'))).toBeNull();
    expect(await openLocalDraft(key, 'm1', await sealText(key, 'geen json', 'draft:m1'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildMap } from '@netwerkkracht/core';
import { parseLocalDraft, serialiseLocalDraft } from './local-draft.js';

const map = buildMap({
  id: 'm1', ego: { kind: 'persoon', name: 'Sara' },
  snapshots: [{ id: 'werkversie', kind: 'is', date: '2026-01-05', alters: [{ id: 'oma', name: 'Oma', sector: 'familie', ring: 1 }] }],
});

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

import { describe, expect, it } from 'vitest';
import type { AlterId } from '@netwerkkracht/core';
import { MERGE_SEPARATOR, mergeGuides, mergeText } from './guide-merge.js';
import { guideReducer, INITIAL_GUIDE, type GuideState } from './guide-state.js';

const A = 'persoon-a' as AlterId;
const B = 'persoon-b' as AlterId;
const C = 'persoon-c' as AlterId;

/** Where both started: the conversation at the family step with one person named. */
const base: GuideState = { ...INITIAL_GUIDE, status: 'active', step: 1, added: { familie: [A] }, answers: { bezig: [A] }, notes: { familie: 'Mama woont dichtbij.' } };

describe('merging the server\'s guide with this device\'s after a conflict', () => {
  it('people ticked on either side are all kept (the union), the server\'s first, none twice', () => {
    const server = guideReducer(guideReducer(base, { type: 'added', step: 'vrienden', id: B }), { type: 'answer', question: 'bezig', ids: [A, B] });
    const device = guideReducer(guideReducer(base, { type: 'added', step: 'familie', id: C }), { type: 'answer', question: 'bezig', ids: [A, C] });
    const merged = mergeGuides(server, device);
    expect(merged.added).toEqual({ familie: [A, C], vrienden: [B] });
    expect(merged.answers).toEqual({ bezig: [A, B, C] });
  });

  it('a note or written answer changed on both sides keeps both: the server\'s text, a line, then the device\'s', () => {
    const server = guideReducer(guideReducer(base, { type: 'note', step: 'familie', text: 'Oma helpt op woensdag.' }), { type: 'reply', question: 'laten_weten', text: 'Met een berichtje' });
    const device = guideReducer(guideReducer(base, { type: 'note', step: 'familie', text: 'De buurvrouw brengt soep.' }), { type: 'reply', question: 'laten_weten', text: 'Ik bel haar op' });
    const merged = mergeGuides(server, device);
    expect(merged.notes.familie).toBe(`Oma helpt op woensdag.${MERGE_SEPARATOR}De buurvrouw brengt soep.`);
    expect(merged.replies.laten_weten).toBe(`Met een berichtje${MERGE_SEPARATOR}Ik bel haar op`);
  });

  it('a text changed on one side only, or only made longer, is taken as it is (no doubled text)', () => {
    expect(mergeText('Mama woont dichtbij.', 'Mama woont dichtbij. Papa ook.')).toBe('Mama woont dichtbij. Papa ook.');
    expect(mergeText('Mama woont dichtbij. Papa ook.', 'Mama woont dichtbij.')).toBe('Mama woont dichtbij. Papa ook.');
    expect(mergeText(undefined, 'Alleen hier')).toBe('Alleen hier');
    expect(mergeText('Alleen op de server', '')).toBe('Alleen op de server');
    expect(mergeText(undefined, undefined)).toBeUndefined();
    const server = { ...base, notes: { vrienden: 'Alleen op de server' } };
    const device = { ...base, notes: { familie: 'Alleen hier' } };
    expect(mergeGuides(server, device).notes).toEqual({ vrienden: 'Alleen op de server', familie: 'Alleen hier' });
  });

  it('merging again with a guide that already holds the merge changes nothing (a second conflict does not double the texts)', () => {
    const server = { ...base, notes: { familie: 'Oma helpt.' }, added: { familie: [A, B] } };
    const device = { ...base, notes: { familie: 'Soep van de buren.' }, added: { familie: [C] } };
    const once = mergeGuides(server, device);
    expect(mergeGuides(once, device)).toEqual(once);
    expect(mergeGuides(server, once)).toEqual(once);
  });

  it('the step and status are this device\'s, unless this device never started the guide', () => {
    const server = { ...base, status: 'finished' as const, step: 9 };
    expect(mergeGuides(server, { ...base, status: 'paused', step: 3 })).toMatchObject({ status: 'paused', step: 3 });
    expect(mergeGuides(server, INITIAL_GUIDE)).toMatchObject({ status: 'finished', step: 9, added: { familie: [A] } });
  });
});

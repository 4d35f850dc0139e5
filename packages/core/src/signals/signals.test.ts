import { describe, expect, it } from 'vitest';
import { meetingAgenda } from './agenda.js';
import { familyCount } from './family-count.js';
import { ContributionInputSchema, SignalStatusChangeSchema } from './signal.js';
import { SEVEN_B_PROMPTS, SEVEN_B_VOCABULARY, SEVEN_BS, SevenBNoteInputSchema } from './seven-bs.js';

describe('family count of a signal', () => {
  it('[SN1] never gives a count below the small-cell threshold: 0 to 4 all read "fewer than 5"', () => {
    for (let n = 0; n < 5; n += 1) expect(familyCount(n, 5)).toEqual({ kind: 'fewer_than', threshold: 5 });
  });
  it('[SN1] from the threshold on, the count itself', () => {
    expect(familyCount(5, 5)).toEqual({ kind: 'exact', families: 5 });
    expect(familyCount(23, 5)).toEqual({ kind: 'exact', families: 23 });
  });
  it('[SN1] for every threshold and count, an exact answer is never below the threshold', () => {
    for (let threshold = 0; threshold <= 12; threshold += 1) {
      for (let n = 0; n <= 30; n += 1) {
        const shown = familyCount(n, threshold);
        if (shown.kind === 'exact') expect(shown.families).toBeGreaterThanOrEqual(Math.max(1, threshold));
      }
    }
  });
  it('[SN1] a threshold below 1 still hides an empty signal', () => {
    expect(familyCount(0, 0)).toEqual({ kind: 'fewer_than', threshold: 1 });
  });
});

describe('signal input', () => {
  it('[SN2] a contribution goes to an existing signal or a new one, never both or neither', () => {
    const source = { kind: 'levensdomein', lifeDomain: 'huisvesting', text: 'Waarborg te hoog' };
    expect(ContributionInputSchema.safeParse({ source, signalId: 's1' }).success).toBe(true);
    expect(ContributionInputSchema.safeParse({ source, newSignal: { text: 'Waarborg te hoog', lifeDomain: 'huisvesting' } }).success).toBe(true);
    expect(ContributionInputSchema.safeParse({ source }).success).toBe(false);
    expect(ContributionInputSchema.safeParse({ source, signalId: 's1', newSignal: { text: 'x y z', lifeDomain: 'werk' } }).success).toBe(false);
  });
  it('[SN3] a status outside the four is refused', () => {
    expect(SignalStatusChangeSchema.safeParse({ status: 'actieplan' }).success).toBe(true);
    expect(SignalStatusChangeSchema.safeParse({ status: 'gesloten' }).success).toBe(false);
  });
});

describe('the 7 B\'s', () => {
  it('[7B1] has the seven B\'s, each with a label and two prompts in three languages', () => {
    expect(SEVEN_BS).toHaveLength(7);
    for (const b of SEVEN_BS) {
      expect(SEVEN_B_VOCABULARY.find((e) => e.code === b)?.labels.fr).toBeTruthy();
      expect(SEVEN_B_PROMPTS[b]).toHaveLength(2);
      for (const p of SEVEN_B_PROMPTS[b]) for (const text of [p.nl, p.fr, p.en]) expect(text.trim().length).toBeGreaterThan(10);
    }
  });
  it('[7B2] a note names each B once and at least one', () => {
    const subject = { kind: 'dienst', serviceId: 'x' };
    expect(SevenBNoteInputSchema.safeParse({ subject, items: [{ b: 'betaalbaar' }] }).success).toBe(true);
    expect(SevenBNoteInputSchema.safeParse({ subject, items: [] }).success).toBe(false);
    expect(SevenBNoteInputSchema.safeParse({ subject, items: [{ b: 'bekend' }, { b: 'bekend' }] }).success).toBe(false);
    expect(SevenBNoteInputSchema.safeParse({ subject, items: [{ b: 'betaald' }] }).success).toBe(false);
  });
});

describe('the agenda of a network meeting', () => {
  const meeting = { id: 'm2', heldOn: '2026-03-10' };
  const signal = (createdOn: string, history: { status: 'open' | 'actieplan' | 'doorgegeven' | 'opgelost'; meetingId: string | null; changedOn: string }[]) =>
    ({ createdOn, status: history[history.length - 1]?.status ?? 'open', history });

  it('[SN4] holds every open signal made by the meeting\'s day, not one made after it', () => {
    const agenda = meetingAgenda([signal('2026-02-01', [{ status: 'open', meetingId: null, changedOn: '2026-02-01' }]), signal('2026-04-01', [])], meeting);
    expect(agenda).toHaveLength(1);
    expect(agenda[0]).toMatchObject({ status: 'open', decidedHere: false });
  });
  it('[SN4] a signal solved before the meeting is left off; one solved at it stays, marked as decided there', () => {
    const solvedBefore = signal('2026-01-01', [{ status: 'open', meetingId: null, changedOn: '2026-01-01' }, { status: 'opgelost', meetingId: 'm1', changedOn: '2026-02-10' }]);
    const solvedHere = signal('2026-01-01', [{ status: 'open', meetingId: null, changedOn: '2026-01-01' }, { status: 'opgelost', meetingId: 'm2', changedOn: '2026-03-10' }]);
    const agenda = meetingAgenda([solvedBefore, solvedHere], meeting);
    expect(agenda).toHaveLength(1);
    expect(agenda[0]).toMatchObject({ status: 'opgelost', decidedHere: true });
  });
  it('[SN4] the state is the one the meeting ended with, not a later one', () => {
    const later = signal('2026-01-01', [
      { status: 'open', meetingId: null, changedOn: '2026-01-01' },
      { status: 'actieplan', meetingId: 'm2', changedOn: '2026-03-10' },
      { status: 'doorgegeven', meetingId: 'm3', changedOn: '2026-04-10' },
    ]);
    const [entry] = meetingAgenda([later], meeting);
    expect(entry?.status).toBe('actieplan');
    expect(entry?.history.map((h) => h.status)).toEqual(['open', 'actieplan']);
  });
});

import { describe, expect, it } from 'vitest';
import { readAttentionItems, readCoordinationWarnings } from './attention.js';

describe('reading the attention list', () => {
  const item = { caseId: 'c1', caseName: 'Gezin Peeters', planId: 'p', kind: 'fallback_due', since: '2026-02-01', daysLate: 3,
    action: { id: 'a1', what: 'Rita brengt de kinderen', promise: { by: { alterId: 'r' }, fallback: 'de buurvrouw vragen' } } };

  it('keeps what the screen shows: case, action, kind, date and the agreed fallback', () => {
    expect(readAttentionItems([item])).toEqual([{
      caseId: 'c1', caseName: 'Gezin Peeters', action: { id: 'a1', what: 'Rita brengt de kinderen', fallback: 'de buurvrouw vragen' },
      kind: 'fallback_due', since: '2026-02-01', daysLate: 3,
    }]);
  });

  it('an unknown kind or a missing action is a bad answer, not a blank line', () => {
    expect(() => readAttentionItems([{ ...item, kind: 'iets' }])).toThrow();
    expect(() => readAttentionItems([{ ...item, action: null }])).toThrow();
    expect(() => readAttentionItems({})).toThrow();
  });

  it('[CC1][CC2] reads the casusoverleg warnings of the same answer; an unknown kind is a bad answer', () => {
    const warning = { caseId: 'c2', caseName: 'Gezin Claes', kind: 'casusoverleg_ontbreekt', since: '2026-02-01', daysLate: 4 };
    expect(readCoordinationWarnings([warning])).toEqual([{ caseId: 'c2', caseName: 'Gezin Claes', kind: 'casusoverleg_ontbreekt', since: '2026-02-01' }]);
    expect(readCoordinationWarnings(undefined)).toEqual([]);
    expect(() => readCoordinationWarnings([{ ...warning, kind: 'te_laat' }])).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { addMonths } from './months.js';
import { casusoverlegWarnings } from './casusoverleg.js';
import { caseload, DEFAULT_CASELOAD_LIMIT } from './caseload.js';

describe('six months after the start', () => {
  it('adds months and keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('casusoverleg warnings', () => {
  it('[CC1] no warning up to and on the day six months after the start', () => {
    expect(casusoverlegWarnings('2026-01-15', [], '2026-07-15')).toEqual([]);
  });
  it('[CC1] the day after six months without any casusoverleg gives casusoverleg_ontbreekt, counted from the deadline', () => {
    expect(casusoverlegWarnings('2026-01-15', [], '2026-07-16')).toEqual([{ kind: 'casusoverleg_ontbreekt', since: '2026-07-15', daysLate: 1 }]);
  });
  it('[CC1] a conference dated before the start or in the future does not count', () => {
    const meetings = [{ heldOn: '2025-12-01', parentsPresent: true }, { heldOn: '2026-09-01', parentsPresent: true }];
    expect(casusoverlegWarnings('2026-01-15', meetings, '2026-08-01').map((w) => w.kind)).toEqual(['casusoverleg_ontbreekt']);
  });
  it('[CC1] a casusoverleg with the parents, even a late one, ends the warning', () => {
    expect(casusoverlegWarnings('2026-01-15', [{ heldOn: '2026-03-01', parentsPresent: true }], '2026-12-01')).toEqual([]);
    expect(casusoverlegWarnings('2026-01-15', [{ heldOn: '2026-08-01', parentsPresent: true }], '2026-12-01')).toEqual([]);
  });
  it('[CC2] conferences without the parents warn at once, from the first one held', () => {
    const meetings = [{ heldOn: '2026-04-01', parentsPresent: false }, { heldOn: '2026-03-01', parentsPresent: false }];
    expect(casusoverlegWarnings('2026-01-15', meetings, '2026-03-11')).toEqual([{ kind: 'casusoverleg_zonder_ouders', since: '2026-03-01', daysLate: 10 }]);
  });
  it('[CC2] one conference with a parent present among others is enough', () => {
    const meetings = [{ heldOn: '2026-03-01', parentsPresent: false }, { heldOn: '2026-04-01', parentsPresent: true }];
    expect(casusoverlegWarnings('2026-01-15', meetings, '2026-12-01')).toEqual([]);
  });
});

describe('caseload', () => {
  const workers = [{ id: 'a', teamId: 't1' }, { id: 'b', teamId: 't1' }, { id: 'c', teamId: null }];
  const cases = (id: string, n: number) => Array.from({ length: n }, () => ({ coordinatorId: id }));

  it('[CL1] counts the families each worker coordinates; a worker without any has 0', () => {
    const load = caseload(workers, [...cases('a', 3), ...cases('c', 1)]);
    expect(load.workers.map((w) => [w.workerId, w.families])).toEqual([['a', 3], ['b', 0], ['c', 1]]);
  });
  it('[CL2] the default limit is 16: 16 families is not over, 17 is over by 1', () => {
    expect(DEFAULT_CASELOAD_LIMIT).toBe(16);
    const load = caseload(workers, [...cases('a', 16), ...cases('b', 17)]);
    expect(load.workers.map((w) => w.over)).toEqual([0, 1, 0]);
    expect(load.workers.every((w) => w.limit === 16)).toBe(true);
  });
  it('[CL2] the limit is a setting', () => {
    expect(caseload(workers, cases('a', 11), 10).workers[0]?.over).toBe(1);
  });
  it('[CL3] a team carries limit × workers; families of someone outside the list are counted nowhere', () => {
    const load = caseload(workers, [...cases('a', 20), ...cases('b', 14), ...cases('gone', 5)], 16);
    expect(load.teams).toEqual([
      { teamId: 't1', workers: 2, families: 34, capacity: 32, over: 2 },
      { teamId: null, workers: 1, families: 0, capacity: 16, over: 0 },
    ]);
  });
});

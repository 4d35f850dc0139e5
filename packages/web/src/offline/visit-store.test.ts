import { describe, expect, it } from 'vitest';
import { installMemoryStorage } from '../device/memory-storage.js';
import {
  isKeptNotFound, KEPT_NOT_FOUND, parseVisitIndex, pathsToKeep, purgeExpiredVisits, removeVisitsOf, VISIT_INDEX, VISIT_PREFIX, visitIndex, visitOfPath,
  type VisitIndexItem,
} from './visit-store.js';

const storage = installMemoryStorage();

const visits: VisitIndexItem[] = [
  { caseId: 'caseA', userId: 'u1', mapIds: ['mapA1', 'mapA2'], takenAt: '2026-03-01T08:00:00.000Z', expiresAt: '2026-03-04T08:00:00.000Z' },
];

describe('what a visit keeps on the device', () => {
  it('[OV-V1 only taken cases] a path belongs to a taken case by its case id or one of its map ids; anything else to none', () => {
    expect(visitOfPath('/cases/caseA', visits)?.caseId).toBe('caseA');
    expect(visitOfPath('/cases/caseA/plan', visits)?.caseId).toBe('caseA');
    expect(visitOfPath('/maps/mapA2/snapshots/werkversie/analysis', visits)?.caseId).toBe('caseA');
    for (const other of ['/cases/caseB', '/maps/mapB1', '/cases', '/me/attention', '/social-map/services', '/cases/caseAB']) {
      expect(visitOfPath(other, visits), other).toBeNull();
    }
  });

  it('[OV-V2 what a visit needs] the case, its plan, barriers and attention, and every map of it', () => {
    expect(pathsToKeep('caseA', ['mapA1', 'mapA2'])).toEqual(['/cases/caseA', '/cases/caseA/plan', '/cases/caseA/barriers', '/cases/caseA/attention', '/maps/mapA1', '/maps/mapA2']);
  });

  it('[OV-V3 index] the index in clear is read defensively: damaged lines are dropped, never trusted', () => {
    expect(parseVisitIndex(JSON.stringify(visits))).toEqual(visits);
    expect(parseVisitIndex('niet json')).toEqual([]);
    expect(parseVisitIndex(JSON.stringify([{ caseId: 'x' }, ...visits, 3]))).toEqual(visits);
    expect(parseVisitIndex(null)).toEqual([]);
  });

  it('[OV-V4 no plan yet] a kept 404 is recognised as exactly that, and nothing else is', () => {
    expect(isKeptNotFound(KEPT_NOT_FOUND)).toBe(true);
    expect(isKeptNotFound({ keptNotFound: true, plan: {} })).toBe(false);
    expect(isKeptNotFound({ plan: {} })).toBe(false);
    expect(isKeptNotFound(null)).toBe(false);
  });
});

describe('when what a visit kept leaves the device', () => {
  const item = (caseId: string, userId: string, expiresAt: string): VisitIndexItem => ({ caseId, userId, mapIds: [`map-${caseId}`], takenAt: '2026-03-01T08:00:00.000Z', expiresAt });
  const seed = (items: VisitIndexItem[]) => {
    storage.clear();
    storage.setItem(VISIT_INDEX, JSON.stringify(items));
    for (const v of items) storage.setItem(`${VISIT_PREFIX}${v.caseId}`, '{"v":1,"iv":"a","ciphertext":"b"}');
  };

  it('[OV-V5 after the chosen days] at start an expired case is removed, entry and index line, without any key; a live one stays', () => {
    seed([item('oud', 'u1', '2026-03-02T08:00:00.000Z'), item('nieuw', 'u1', '2026-03-09T08:00:00.000Z')]);
    storage.setItem(`${VISIT_PREFIX}wees`, '{"v":1,"iv":"a","ciphertext":"b"}');
    purgeExpiredVisits(new Date('2026-03-05T08:00:00.000Z'));
    expect(visitIndex().map((v) => v.caseId)).toEqual(['nieuw']);
    expect(storage.getItem(`${VISIT_PREFIX}oud`)).toBeNull();
    expect(storage.getItem(`${VISIT_PREFIX}wees`)).toBeNull();
    expect(storage.getItem(`${VISIT_PREFIX}nieuw`)).not.toBeNull();
  });

  it('[OV-V6 sign-out] the user who signs out loses every taken case; another user\'s stay (sealed with their key)', () => {
    seed([item('a', 'u1', '2026-03-09T08:00:00.000Z'), item('b', 'u2', '2026-03-09T08:00:00.000Z')]);
    removeVisitsOf('u1');
    expect(visitIndex().map((v) => v.caseId)).toEqual(['b']);
    expect(storage.getItem(`${VISIT_PREFIX}a`)).toBeNull();
    expect(storage.getItem(`${VISIT_PREFIX}b`)).not.toBeNull();
  });
});

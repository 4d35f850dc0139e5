import { describe, expect, it } from 'vitest';
import { buildSnapshot, type Alter, type Snapshot } from '@netwerkkracht/core';
import { conflictKey, mergeThreeWay, operationsBetween } from './three-way.js';

type Input = NonNullable<Parameters<typeof buildSnapshot>[0]['alters']>;
// Records read back from a snapshot are readonly; the builder takes them as input again.
const snap = (alters: readonly unknown[], ties: [string, string][] = [], extra: Record<string, unknown> = {}): Snapshot =>
  buildSnapshot({ id: 'werkversie', alters: alters as Input, ties, ...extra });

const base = snap([
  { id: 'oma', name: 'Oma', sector: 'familie', ring: 1 },
  { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 },
  { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 },
], [['oma', 'jef']]);

const byId = (s: Snapshot) => new Map<string, Alter>(s.alters.map((a) => [a.id, a]));

describe('merging edits made without a connection with the server\'s newer version', () => {
  it('[TW1] changes to different people merge: each side\'s change is kept', () => {
    const mine = snap([{ id: 'oma', name: 'Oma', sector: 'familie', ring: 2 }, { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 }, { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 }], [['oma', 'jef']]);
    const theirs = snap([{ id: 'oma', name: 'Oma', sector: 'familie', ring: 1 }, { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 }, { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3, note: 'ziet het kind elke dag' }], [['oma', 'jef']]);
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(byId(merged).get('oma')?.ring).toBe(2);
    expect(byId(merged).get('an')?.note).toBe('ziet het kind elke dag');
  });

  it('[TW1] different fields of the same person merge field by field', () => {
    const mine = snap([{ id: 'oma', name: 'Oma Rosa', sector: 'familie', ring: 1 }, { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 }, { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 }], [['oma', 'jef']]);
    const theirs = snap([{ id: 'oma', name: 'Oma', sector: 'familie', ring: 3 }, { id: 'jef', name: 'Jef', sector: 'familie', ring: 2 }, { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 }], [['oma', 'jef']]);
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(byId(merged).get('oma')).toMatchObject({ name: 'Oma Rosa', ring: 3 });
  });

  it('[TW2] people added on both sides are all kept; the same change on both sides is no conflict', () => {
    const mine = snap([...base.alters, { id: 'lies', name: 'Tante Lies', sector: 'familie', ring: 2 }], [['oma', 'jef']]);
    const theirs = snap([...base.alters.map((a) => (a.id === 'jef' ? { ...a, ring: 3 } : a)), { id: 'piet', name: 'Buurman Piet', sector: 'samenleving', ring: 2 }], [['oma', 'jef']]);
    const mineToo = snap([...mine.alters.map((a) => (a.id === 'jef' ? { ...a, ring: 3 } : a))], [['oma', 'jef']]);
    const { merged, conflicts } = mergeThreeWay(base, mineToo, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.alters.map((a) => a.id).sort()).toEqual(['an', 'jef', 'lies', 'oma', 'piet']);
  });

  it('[TW3] the same field changed on both sides is a conflict showing both values, and nothing is decided until the worker chooses', () => {
    const mine = snap(base.alters.map((a) => (a.id === 'an' ? { ...a, ring: 1 } : a)), [['oma', 'jef']]);
    const theirs = snap(base.alters.map((a) => (a.id === 'an' ? { ...a, ring: 2 } : a)), [['oma', 'jef']]);
    const open = mergeThreeWay(base, mine, theirs);
    expect(open.conflicts).toEqual([{ alterId: 'an', field: 'ring', name: 'Juf An', mine: 1, theirs: 2 }]);
    const key = conflictKey({ alterId: 'an', field: 'ring' });
    expect(byId(mergeThreeWay(base, mine, theirs, { [key]: 'mine' }).merged).get('an')?.ring).toBe(1);
    expect(byId(mergeThreeWay(base, mine, theirs, { [key]: 'theirs' }).merged).get('an')?.ring).toBe(2);
    expect(mergeThreeWay(base, mine, theirs, { [key]: 'mine' }).conflicts).toEqual([]);
  });

  it('[TW4] removed on one side and changed on the other is a conflict; removed and untouched is removed', () => {
    const mine = snap(base.alters.filter((a) => a.id !== 'an' && a.id !== 'jef'), []);
    const theirs = snap(base.alters.map((a) => (a.id === 'an' ? { ...a, name: 'Juf Annemie' } : a)), [['oma', 'jef']]);
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([expect.objectContaining({ alterId: 'an', field: '*', name: 'Juf Annemie', mine: undefined })]);
    expect(byId(merged).has('jef')).toBe(false);
    expect(byId(mergeThreeWay(base, mine, theirs, { 'an:*': 'mine' }).merged).has('an')).toBe(false);
    expect(byId(mergeThreeWay(base, mine, theirs, { 'an:*': 'theirs' }).merged).get('an')?.name).toBe('Juf Annemie');
  });

  it('[TW5] ties added on either side stay, removed on either side go, and go with a removed person', () => {
    const mine = snap(base.alters, [['oma', 'jef'], ['jef', 'an']]);
    const theirs = snap(base.alters, [['oma', 'an']]);
    const { merged } = mergeThreeWay(base, mine, theirs);
    expect(merged.ties.map(([a, b]) => [a, b].sort().join('|')).sort()).toEqual(['an|jef', 'an|oma']);
    const gone = mergeThreeWay(base, snap(base.alters.filter((a) => a.id !== 'jef'), []), snap(base.alters, [['oma', 'jef'], ['jef', 'an']]));
    expect(gone.merged.ties.map(([a, b]) => [a, b].sort().join('|'))).toEqual([]);
  });

  it('[TW6] the version\'s own fields merge like a person\'s: one side keeps, both sides differ is a conflict', () => {
    const mine = snap(base.alters, [['oma', 'jef']], { appraisal: 'versterkend' });
    const theirs: Snapshot = { ...snap(base.alters, [['oma', 'jef']]), note: 'Na het huisbezoek' };
    expect(mergeThreeWay(base, mine, theirs).merged).toMatchObject({ appraisal: 'versterkend', note: 'Na het huisbezoek' });
    const clash = mergeThreeWay(base, mine, snap(base.alters, [['oma', 'jef']], { appraisal: 'belastend' }));
    expect(clash.conflicts).toEqual([{ alterId: '', field: 'appraisal', name: '', mine: 'versterkend', theirs: 'belastend' }]);
  });
});

describe('the operations that carry a merge to the server', () => {
  it('[TW-ops] turn one version into the other with the API\'s own changes, ties removed before their people and added after', () => {
    const to = snap([
      { id: 'oma', name: 'Oma', sector: 'familie', ring: 2 },
      { id: 'an', name: 'Juf An', sector: 'samenleving', ring: 3 },
      { id: 'lies', name: 'Tante Lies', sector: 'familie', ring: 2 },
    ], [['an', 'lies']], { appraisal: 'versterkend' });
    const ops = operationsBetween(base, to);
    expect(ops.map((o) => o.kind)).toEqual(['alter.delete', 'alter.create', 'alter.update', 'tie.create', 'snapshot.patch']);
    expect(ops[0]).toEqual({ kind: 'alter.delete', id: 'jef' });
    expect(ops[3]).toMatchObject({ a: 'an', b: 'lies' });
    expect(operationsBetween(base, base)).toEqual([]);
  });
});

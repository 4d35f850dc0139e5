import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import type { AlterInput, NetworkMap } from '../records/index.js';
import { compareSnapshots } from './compare.js';

const a = (id: string, extra: Partial<AlterInput> = {}): AlterInput => ({ id, name: id, ring: 2, ...extra }) as AlterInput;

function twoSnapshots(before: AlterInput[], after: AlterInput[], ties: { before?: [string, string][]; after?: [string, string][] } = {}): NetworkMap {
  return buildMap({
    id: 'm',
    ego: { kind: 'persoon', name: 'Ego' },
    snapshots: [
      { id: 'voor', kind: 'was', date: '2026-01-01', alters: before, ties: ties.before ?? [] },
      { id: 'na', kind: 'is', date: '2026-06-01', alters: after, ties: ties.after ?? [] },
    ],
  });
}

function compare(map: NetworkMap) {
  const [from, to] = map.snapshots;
  if (!from || !to) throw new Error('two snapshots expected');
  return compareSnapshots(map, from, to);
}

describe('comparison of two snapshots', () => {
  const map = twoSnapshots(
    [
      a('nonkel', { status: 'ondergesneeuwd', sector: 'familie', ring: 3 }),
      a('buur', { status: 'gewenst', sector: 'samenleving' }),
      a('ex', { status: 'verbroken' }),
      a('mama', { sector: 'familie', ring: 2, support: { emotioneel: 'ontvangt', zorg: 'ontvangt' } }),
      a('juf', { sector: 'samenleving', ring: 2 }),
      a('weg', {}),
      a('cw', { sector: 'hulpverlening', ring: 1 }),
    ],
    [
      a('nonkel', { status: 'actief', sector: 'familie', ring: 2, support: { praktisch: 'ontvangt' } }),
      a('buur', { status: 'actief', sector: 'samenleving' }),
      a('ex', { status: 'actief' }),
      a('mama', { sector: 'familie', ring: 1, support: { emotioneel: 'wederzijds', praktisch: 'ontvangt' } }),
      a('juf', { sector: 'vrienden_kennissen', ring: 3 }),
      a('cw', { sector: 'hulpverlening', ring: 1, status: 'ondergesneeuwd' }),
      a('nieuw', { sector: 'vrienden_kennissen' }),
    ],
  );
  const c = compare(map);

  it('[CMP1] added: active now and not on the map before', () => {
    expect(c.added).toEqual(['nieuw']);
  });

  it('[CMP2] removed: active before and not active now, with what became of them', () => {
    expect(c.removed).toEqual([{ id: 'cw', from: 'actief', to: 'ondergesneeuwd' }, { id: 'weg', from: 'actief', to: null }]);
  });

  it('[CMP3] reactivated: from dormant to active', () => {
    expect(c.reactivated).toEqual(['nonkel']);
  });

  it('[CMP4] wished and realised: from wished-for to active', () => {
    expect(c.wishedRealised).toEqual(['buur']);
  });

  it('[CMP5] restored: a lost contact active again', () => {
    expect(c.restored).toEqual(['ex']);
  });

  it('[CMP6] every status change is listed, also coming onto and leaving the map', () => {
    expect(c.statusChanges.map((s) => `${s.id}:${s.from}>${s.to}`)).toEqual([
      'nonkel:ondergesneeuwd>actief', 'buur:gewenst>actief', 'ex:verbroken>actief', 'cw:actief>ondergesneeuwd', 'nieuw:null>actief', 'weg:actief>null',
    ]);
  });

  it('[CMP7] moved closer and further by ring', () => {
    expect(c.movedCloser).toEqual([{ id: 'nonkel', from: 3, to: 2 }, { id: 'mama', from: 2, to: 1 }]);
    expect(c.movedFurther).toEqual([{ id: 'juf', from: 2, to: 3 }]);
  });

  it('[CMP8] sector changed', () => {
    expect(c.sectorChanged).toEqual([{ id: 'juf', from: 'samenleving', to: 'vrienden_kennissen' }]);
  });

  it('[CMP9] functions gained, lost and turned round, per person', () => {
    const mama = c.functions.find((f) => f.id === 'mama');
    expect(mama).toEqual({
      id: 'mama',
      gained: [{ function: 'praktisch', direction: 'ontvangt' }],
      lost: [{ function: 'zorg', direction: 'ontvangt' }],
      directionChanged: [{ function: 'emotioneel', from: 'ontvangt', to: 'wederzijds' }],
    });
    expect(c.functions.find((f) => f.id === 'nonkel')?.gained).toEqual([{ function: 'praktisch', direction: 'ontvangt' }]);
    expect(c.functions.find((f) => f.id === 'juf')).toBeUndefined();
  });

  it('[CMP10] the delta of numbers is to minus from; null when a side is null', () => {
    expect(c.delta.size).toBe(c.indicators.to.size - c.indicators.from.size);
    expect(c.delta.dormantCount).toBe(0);
    expect(c.indicators.from.dormantCount).toBe(1);
    expect(c.indicators.to.dormantCount).toBe(1);
    const empty = compare(twoSnapshots([], [a('x'), a('y')]));
    expect(empty.delta.informalShare).toBeNull();
    expect(empty.delta.size).toBe(2);
  });

  it('[CMP11] id lists give added and removed; codes give from and to; records key by key', () => {
    expect(c.delta.gaps).toEqual({ added: ['zorg'], removed: ['praktisch'] });
    expect(c.delta.coverage).toMatchObject({ praktisch: { from: 'geen', to: 'informeel' }, zorg: { from: 'informeel', to: 'geen' } });
    expect(c.delta.rings).toEqual({ '1': 0, '2': 1, '3': 1 });
    expect((c.delta.composition as Record<string, { count: number }>).vrienden_kennissen?.count).toBe(2);
  });
});

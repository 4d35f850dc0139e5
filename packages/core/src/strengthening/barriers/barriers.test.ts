import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../labels.js';
import { NetworkPlanSchema, type NetworkPlan } from '../../plan/index.js';
import {
  BARRIER_CODES, BARRIER_GROUPS, BARRIER_GROUP_LABELS, BARRIER_VOCABULARY, BarrierRecordSchema, barrierEntry, barriersWithActions,
  unaddressedBarriers, type BarrierRecord,
} from './index.js';

describe('barrier vocabulary', () => {
  it('[B1] every barrier code has exactly one entry with a label and an explanation in nl, fr and en, and a source', () => {
    expect(BARRIER_VOCABULARY.map((e) => e.code)).toEqual([...BARRIER_CODES]);
    for (const code of BARRIER_CODES) {
      const entry = barrierEntry(code);
      for (const lang of LANGUAGES) {
        expect(entry.labels[lang].trim()).not.toBe('');
        expect(entry.explanation[lang].trim().length).toBeGreaterThan(20);
        if (entry.whatHelps) expect(entry.whatHelps[lang].trim().length).toBeGreaterThan(10);
      }
      expect(entry.sources.length).toBeGreaterThan(0);
    }
    for (const group of BARRIER_GROUPS) for (const lang of LANGUAGES) expect(BARRIER_GROUP_LABELS[group][lang]).not.toBe('');
  });

  it('[B1] the groups hold the barriers the sources name', () => {
    const inGroup = (g: string) => BARRIER_VOCABULARY.filter((e) => e.group === g).map((e) => e.code);
    expect(inGroup('verlegenheid')).toEqual(['vraagverlegenheid', 'handelingsverlegenheid', 'acceptatieschroom']);
    expect(inGroup('externe_drempel')).toEqual(['afstand', 'tijd', 'middelen']);
    expect(inGroup('interne_drempel')).toEqual(['durf', 'schaamte', 'verlegenheid', 'vaardigheden']);
    expect(inGroup('verbreding')).toHaveLength(8);
  });

  it('[B1] the network reacting to change (seed 000, 4) is a barrier of its own group, "the carer or me" named in every language', () => {
    const entry = barrierEntry('netwerk_reageert_op_verandering');
    expect(entry.group).toBe('netwerk');
    expect(BARRIER_VOCABULARY.filter((e) => e.group === 'netwerk').map((e) => e.code)).toEqual(['netwerk_reageert_op_verandering']);
    expect(entry.explanation.nl).toContain('de hulpverlener of ik');
    expect(entry.explanation.fr).toContain('l’intervenant ou moi');
    expect(entry.explanation.en).toContain('the support worker or me');
    expect(entry.sources).toEqual([{ seed: '000', where: '4. het netwerk reageert op verandering' }]);
    expect(BarrierRecordSchema.safeParse({ id: 'b1', code: 'netwerk_reageert_op_verandering', holder: { kind: 'gezin' }, status: 'speelt', notedOn: '2026-03-01', notes: [], actionIds: [] }).success).toBe(true);
  });
});

describe('barrier records', () => {
  const plan = NetworkPlanSchema.parse({
    madeBy: 'gezin', id: 'p', caseId: 'c', mapId: 'm',
    actions: [
      { id: 'meegaan', what: 'De eerste keer samen naar de oudergroep', owner: { kind: 'begeleider' }, kind: 'doen' },
      { id: 'uniform', what: 'Tweedehands uniform zoeken', owner: { kind: 'persoon' }, kind: 'doen', status: 'gedaan' },
    ],
  }) as NetworkPlan;
  const record = (input: Record<string, unknown>): BarrierRecord => BarrierRecordSchema.parse({ notedOn: '2026-02-01', ...input }) as BarrierRecord;

  it('[B2] a barrier lists the actions that address it and reports ids the plan lacks', () => {
    const b = record({ id: 'b1', code: 'onbekendheid', notes: [{ date: '2026-02-01', text: 'Kent de oudergroep niet' }], actionIds: ['meegaan', 'weg'] });
    const [found] = barriersWithActions([b], plan);
    expect(found?.actions.map((a) => a.id)).toEqual(['meegaan']);
    expect(found?.missingActionIds).toEqual(['weg']);
  });

  it('[B3] barriers that still play and have no open action are listed to talk about', () => {
    const list = [
      record({ id: 'b1', code: 'onbekendheid', actionIds: ['meegaan'] }),
      record({ id: 'b2', code: 'kosten', actionIds: ['uniform'] }),
      record({ id: 'b3', code: 'schaamte_woning' }),
      record({ id: 'b4', code: 'mobiliteit', status: 'weg' }),
      record({ id: 'b5', code: 'handelingsverlegenheid', holder: { kind: 'begeleider' } }),
    ];
    expect(unaddressedBarriers(list, plan).map((b) => b.id)).toEqual(['b2', 'b3', 'b5']);
  });

  it('[B4] an unknown barrier code is refused', () => {
    expect(BarrierRecordSchema.safeParse({ id: 'b', code: 'luiheid', notedOn: '2026-01-01' }).success).toBe(false);
  });
});

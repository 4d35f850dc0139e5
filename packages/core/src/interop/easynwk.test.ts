import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSample } from '../test-support/interop-samples.js';
import { easynwkRing, easynwkSector, importEasynwk } from './easynwk.js';

const options = { mapId: 'rosa', today: '2026-12-02', fileName: 'Rosa_Braunsteigl-Mueller.json' };
const rosa = readSample('easynwk/Rosa_Braunsteigl-Mueller.json');

describe('easyNWK import', () => {
  it.skipIf(rosa === null)('[E1] the demo record gives one is snapshot at 2024-02-26 with 10 people and 5 ties, naming the deceased and the non-human person', () => {
    const result = importEasynwk(rosa as string, options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps).toHaveLength(1);
    const map = result.maps[0]!;
    expect(map.ego).toEqual({ kind: 'persoon', name: 'Rosa Braunsteigl-Müller' });
    expect(map.snapshots).toHaveLength(1);
    const snapshot = map.snapshots[0]!;
    expect(snapshot).toMatchObject({ id: 'v1', kind: 'is', date: '2024-02-26', label: 'Erstgespräch' });
    expect(snapshot.alters).toHaveLength(10);
    expect(snapshot.ties).toHaveLength(5);
    const people = result.report.people.map((p) => `${p.kind}:${p.name}`);
    expect(people).toContain('non_human:Strolchi');
    expect(people.some((p) => p.startsWith('deceased:'))).toBe(true);
    const deceased = result.report.people.find((p) => p.kind === 'deceased')!;
    expect(snapshot.alters.find((a) => a.id === deceased.alterId)?.status).toBe('verbroken');
    expect(result.report.fields.some((f) => f.outcome === 'dropped' && f.source === 'currentGender')).toBe(true);
  });

  it('[E2] a byte order mark, numeric strings for support and a missing conflict field are accepted', () => {
    const text = '\uFEFF' + JSON.stringify({ versions: [{ id: 1, title: '', date: '2025-03-01', nwk: { ego: { name: 'Ilse' }, alteri: [
      { id: 3, name: 'Tom', angle: 45, distance: 10, edgeType: 1, supportEmotional: '3', supportInstrumental: 2, supportLinking: '1' },
    ], connections: [] } }] });
    const result = importEasynwk(text, options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const alter = result.maps[0]!.snapshots[0]!.alters[0]!;
    expect(alter.support).toEqual({ emotioneel: 'wederzijds', praktisch: 'ontvangt' });
    expect(alter.flags.toegangTotMiddelen).toBe(true);
    expect(alter).toMatchObject({ id: 'a3', sector: 'familie', ring: 1, status: 'actief' });
  });

  it('[E3] an angle that is not a number is refused naming its place; nothing comes back', () => {
    const text = JSON.stringify({ versions: [{ id: 1, title: 'x', date: '2025-03-01', nwk: { ego: { name: 'Ilse' }, alteri: [
      { id: 3, name: 'Tom', angle: 'links boven', distance: 10, edgeType: 1 },
    ], connections: [] } }] });
    const result = importEasynwk(text, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'wrong_type', path: 'versions[0].nwk.alteri[0].angle' });
  });

  it('[E4] text that is not JSON is refused as not_json with a line', () => {
    const result = importEasynwk('{\n  "versions": [,]\n}', options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'not_json', line: expect.any(Number) });
  });

  it('[E5] alter ids stay the same across versions, so snapshots compare', () => {
    const alter = { id: 7, name: 'Oma', angle: 10, distance: 20, edgeType: 1 };
    const text = JSON.stringify({ versions: [
      { id: 1, title: 'eerst', date: '2025-01-01', nwk: { ego: { name: 'Ilse' }, alteri: [alter], connections: [] } },
      { id: 2, title: 'later', date: '2025-06-01', nwk: { ego: { name: 'Ilse' }, alteri: [{ ...alter, distance: 70 }], connections: [] } },
    ] });
    const result = importEasynwk(text, options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps[0]!.snapshots.map((s) => [s.id, s.alters[0]!.id, s.alters[0]!.ring])).toEqual([['v1', 'a7', 1], ['v2', 'a7', 3]]);
  });

  it('[E6] generated records: sector, ring, status and support follow the rules for every alter', () => {
    const code = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.constantFrom('0', '1', '2', '3'));
    const alterArb = fc.record({
      name: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== ''),
      angle: fc.double({ min: -180, max: 180, noNaN: true }),
      distance: fc.double({ min: 0, max: 120, noNaN: true }),
      edgeType: fc.constantFrom(0, 1, 2),
      deceased: fc.boolean(),
      human: fc.boolean(),
      supportEmotional: fc.option(code, { nil: undefined }),
      supportInstrumental: fc.option(code, { nil: undefined }),
      supportInformational: fc.option(code, { nil: undefined }),
      supportSocial: fc.option(code, { nil: undefined }),
      supportLinking: fc.option(code, { nil: undefined }),
      conflict: fc.option(fc.boolean(), { nil: undefined }),
    }, { requiredKeys: ['name', 'angle', 'distance', 'edgeType'] });
    const direction = (v: unknown) => ({ 1: 'geeft', 2: 'ontvangt', 3: 'wederzijds' } as Record<number, string>)[Number(v)];
    fc.assert(fc.property(fc.array(alterArb, { maxLength: 12 }), (raw) => {
      const alteri = raw.map((a, i) => ({ id: i + 1, ...a }));
      const result = importEasynwk(JSON.stringify({ currentVersion: 1, versions: [{ id: 1, title: 't', date: '2025-02-02', nwk: { ego: { name: 'E' }, alteri, connections: [] } }] }), options);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const alters = result.maps[0]!.snapshots[0]!.alters;
      alteri.forEach((source, i) => {
        const alter = alters[i]!;
        expect(alter.id).toBe(`a${source.id}`);
        expect(alter.kind).toBe('persoon');
        const a = source.angle;
        const expectedSector = source.distance <= 0 ? null
          : a >= 0 && a < 90 ? 'familie' : a >= 90 ? 'vrienden_kennissen' : a < -90 ? 'samenleving' : 'hulpverlening';
        expect(alter.sector).toBe(expectedSector);
        expect(alter.ring).toBe(source.distance < 33.33 ? 1 : source.distance < 66.67 ? 2 : 3);
        expect(alter.status).toBe(source.deceased ? 'verbroken' : source.edgeType === 0 ? 'ondergesneeuwd' : 'actief');
        const expected: Record<string, string> = {};
        if (direction(source.supportEmotional)) expected.emotioneel = direction(source.supportEmotional)!;
        if (direction(source.supportInstrumental)) expected.praktisch = direction(source.supportInstrumental)!;
        if (direction(source.supportInformational)) expected.informatie = direction(source.supportInformational)!;
        if (direction(source.supportSocial)) expected.gezelschap = direction(source.supportSocial)!;
        expect(alter.support).toEqual(expected);
        expect(alter.flags.toegangTotMiddelen).toBe(Number(source.supportLinking ?? 0) > 0);
        if (source.human === false) expect(result.report.people).toContainEqual(expect.objectContaining({ kind: 'non_human', alterId: alter.id }));
        if (source.deceased) expect(result.report.people).toContainEqual(expect.objectContaining({ kind: 'deceased', alterId: alter.id }));
      });
    }), { numRuns: 200 });
  });

  it('[E7] the quadrant and horizon edges are those of easyNWK', () => {
    expect([easynwkSector(0, 50), easynwkSector(90, 50), easynwkSector(180, 50), easynwkSector(-180, 50), easynwkSector(-90, 50), easynwkSector(10, 0)])
      .toEqual(['familie', 'vrienden_kennissen', 'vrienden_kennissen', 'samenleving', 'hulpverlening', null]);
    expect([easynwkRing(33.32), easynwkRing(33.33), easynwkRing(66.66), easynwkRing(66.67), easynwkRing(103)]).toEqual([1, 2, 2, 3, 3]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import type { NetworkMap } from '../records/index.js';
import { CHANNELS } from '../vocabularies/index.js';
import { mapInputArbitrary } from '../test-support/arbitraries.js';
import { readSample } from '../test-support/interop-samples.js';
import { exportEgorFiles, importEgorFiles } from './egor.js';
import { egorMappingTemplate } from './egor-foreign.js';
import { importMappingTemplate } from './import-files.js';

/** The three files carry channels as one yes/no column each, so their order is the vocabulary's. */
function channelsInVocabularyOrder(map: NetworkMap): NetworkMap {
  return {
    ...map,
    snapshots: map.snapshots.map((s) => ({ ...s, alters: s.alters.map((a) => ({ ...a, channels: CHANNELS.filter((c) => a.channels.includes(c)) })) })),
  };
}

const today = '2026-12-02';
const egos = readSample('egor/egos_32.csv');
const alters = readSample('egor/alters_32.csv');
const aaties = readSample('egor/edges_32.csv');

describe('egor three files', () => {
  it('[G1] map → three files → map is identical, in both dialects', () => {
    fc.assert(fc.property(mapInputArbitrary, fc.constantFrom('r' as const, 'excel' as const), (input, dialect) => {
      const map = channelsInVocabularyOrder(buildMap(input));
      const files = exportEgorFiles([map], { dialect, names: true });
      const back = importEgorFiles(files, { today });
      if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
      expect(back.maps).toEqual([map]);
    }), { numRuns: 150 });
  });

  it('[G2] the dialects: comma for R, semicolon with byte order mark and decimal comma for Excel; egor id columns', () => {
    const map = buildMap({ id: 'm1', title: 'Netwerk van Ilse', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [{ id: 's1', kind: 'is', date: '2026-01-05', alters: [
      { id: 'a1', name: 'Tom', ring: 1, position: { angle: 12.5, distance: 0.25 } }, { id: 'a2', name: 'Els', ring: 2 }], ties: [['a1', 'a2']] }] });
    const r = exportEgorFiles([map], { dialect: 'r' });
    const excel = exportEgorFiles([map], { dialect: 'excel' });
    expect(r.egos.startsWith('egoID,map_id,')).toBe(true);
    expect(r.alters).toContain('m1.s1,a1,,persoon,');
    expect(r.alters).toContain(',12.5,0.25,');
    expect(r.aaties).toBe('egoID,Source,Target\r\nm1.s1,a1,a2\r\n');
    expect(excel.egos.startsWith('\uFEFFegoID;map_id;')).toBe(true);
    expect(excel.alters).toContain(';12,5;0,25;');
    // Names only when asked for: personal data.
    expect(r.alters).not.toContain('Tom');
    expect(exportEgorFiles([map], { dialect: 'r', names: true }).alters).toContain('Tom');
    // The map's title often names the family ("Netwerk van Ilse"): only with names too.
    expect(r.egos).not.toContain('Ilse');
    expect(exportEgorFiles([map], { dialect: 'r', names: true }).egos).toContain('Netwerk van Ilse');
  });

  it.skipIf(egos === null)('[G3] egor\'s example gives 32 maps, one is snapshot each, every listed pair a tie unless a weight threshold is given', () => {
    const files = { egos: egos as string, alters: alters as string, aaties: aaties as string };
    const result = importEgorFiles(files, { today });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps).toHaveLength(32);
    expect(result.report).toMatchObject({ maps: 32, snapshots: 32, alters: 508, ties: 4112 });
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'aaties.csv: weight', outcome: 'interpreted', rule: 'every_row_a_tie' }));
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'alters.csv: alter.sex', outcome: 'dropped', count: 508 }));
    const strong = importEgorFiles(files, { today, mapping: { tie: { column: 'weight', min: 3 } } });
    if (!strong.ok) throw new Error(JSON.stringify(strong.problems));
    expect(strong.report.ties).toBeLessThan(4112);
    expect(strong.report.ties).toBeGreaterThan(0);
  });

  it('[G4] a tie to a missing alter is refused with its file, line and column; nothing comes back', () => {
    const result = importEgorFiles({
      egos: 'egoID;sex\r\n1;m\r\n',
      alters: 'egoID;alterID\r\n1;1\r\n1;2\r\n',
      aaties: 'egoID;Source;Target\r\n1;1;2\r\n1;2;9\r\n',
    }, { today });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unknown_alter', file: 'aaties.csv', line: 3, column: 3 })] });
  });

  it('[G5] our own export with a tie to a missing alter is refused too', () => {
    const map = buildMap({ id: 'm1', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [{ id: 's1', kind: 'is', date: '2026-01-05', alters: [
      { id: 'a1', name: 'Tom', ring: 1 }, { id: 'a2', name: 'Els', ring: 2 }], ties: [['a1', 'a2']] }] });
    const files = exportEgorFiles([map], { dialect: 'r' });
    const result = importEgorFiles({ ...files, aaties: files.aaties.replace('a1,a2', 'a1,a3') }, { today });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unknown_alter', file: 'aaties.csv', line: 2, column: 3 })] });
  });

  it('[G6] broken quoting is refused with its line and column', () => {
    const result = importEgorFiles({ egos: 'egoID\r\n"1\r\n', alters: 'egoID,alterID\r\n', aaties: 'egoID,Source,Target\r\n' }, { today });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'csv_syntax', file: 'egos.csv', line: 2, column: 1 })] });
  });

  it.skipIf(egos === null)('[G8] a mapping gives egor\'s example names, sectors, rings and ties by weight; unmapped values are reported', () => {
    const files = { egos: egos as string, alters: alters as string, aaties: aaties as string };
    const result = importEgorFiles(files, { today, mapping: {
      egoName: 'country',
      sector: { column: 'alter.sex', values: { w: 'familie' } },
      ring: { column: 'alter.age', values: { '0 - 17': 1, '18 - 25': 1, '26 - 35': 2, '36 - 45': 2, '46 - 55': 2 } },
      tie: { column: 'weight', min: 3 },
    } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.report).toMatchObject({ maps: 32, snapshots: 32, alters: 508 });
    const first = result.maps[0]!;
    expect(first.ego.name).toBe('Australia');
    // egor's first alter: "w", "66 - 100" → familie, not in the ring table → outer ring.
    expect(first.snapshots[0]!.alters[0]).toMatchObject({ id: '1', name: 'Persoon 1', sector: 'familie', ring: 3 });
    expect(first.snapshots[0]!.alters[1]).toMatchObject({ id: '2', sector: null, ring: 2 });
    const all = result.maps.flatMap((m) => m.snapshots[0]!.alters);
    expect(all.filter((a) => a.sector === 'familie')).toHaveLength(279);
    expect(all.filter((a) => a.ring === 1)).toHaveLength(99);
    expect(all.filter((a) => a.ring === 2)).toHaveLength(236);
    expect(result.report.ties).toBeLessThanOrEqual(1365);
    expect(result.report.ties).toBeGreaterThan(1000);
    const fields = result.report.fields.map((f) => `${f.outcome}:${f.source}:${f.target ?? ''}:${f.rule ?? ''}:${f.count}`);
    expect(fields).toEqual(expect.arrayContaining([
      'mapped:egos.csv: country:ego.name::32', 'interpreted:alters.csv: alter.sex:sector:mapping:279', 'dropped:alters.csv: alter.sex::value_not_in_mapping:229',
      'interpreted:alters.csv: alter.age:ring:outer_ring_unknown:173', 'dropped:aaties.csv: weight::below_tie_weight:2747', 'dropped:egos.csv: income::no_field:32',
    ]));
    expect(fields.some((f) => f.startsWith('dropped:alters.csv: alter.age:'))).toBe(false);
  });

  it('[G9] a study\'s own three tables: its id columns, names, the interview date, ring by numeric bands, support by yes-columns; a column the mapping names must exist', () => {
    const files = {
      egos: 'respondent;naam;datum\r\nR1;Ilse;05/03/2025\r\nR2;Omar;\r\n',
      alters: 'respondent;persoon;voornaam;nabijheid;helpt_thuis;luistert\r\nR1;p1;Tom;9,5;ja;nee\r\nR1;p2;Els;4;nee;JA\r\nR1;p3;;1;;\r\nR2;p1;Ann;12;ja;ja\r\n',
      aaties: 'respondent;van;naar\r\nR1;p1;p2\r\nR1;p2;p1\r\n',
    };
    const mapping = {
      ids: { ego: 'respondent', alter: 'persoon', source: 'van', target: 'naar' }, egoName: 'naam', date: 'datum', name: 'voornaam',
      ring: { column: 'nabijheid', bands: [{ max: 3, ring: 3 }, { max: 7, ring: 2 }, { max: 10, ring: 1 }] },
      support: [{ column: 'helpt_thuis', function: 'praktisch' as const, direction: 'ontvangt' as const }, { column: 'luistert', function: 'emotioneel' as const, direction: 'wederzijds' as const }],
    };
    const result = importEgorFiles(files, { today, mapping });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps.map((m) => [m.id, m.ego.name, m.snapshots[0]!.date])).toEqual([['R1', 'Ilse', '2025-03-05'], ['R2', 'Omar', today]]);
    expect(result.maps[0]!.snapshots[0]!.alters.map((a) => [a.id, a.name, a.ring, a.support])).toEqual([
      ['p1', 'Tom', 1, { praktisch: 'ontvangt' }], ['p2', 'Els', 2, { emotioneel: 'wederzijds' }], ['p3', 'Persoon p3', 3, {}],
    ]);
    expect(result.maps[0]!.snapshots[0]!.ties).toEqual([['p1', 'p2']]);
    // 12 lies above every band: outer ring, reported.
    expect(result.maps[1]!.snapshots[0]!.alters[0]).toMatchObject({ ring: 3, support: { praktisch: 'ontvangt', emotioneel: 'wederzijds' } });
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'alters.csv: nabijheid', rule: 'outside_bands', count: 1 }));
    expect(importEgorFiles(files, { today, mapping: { ...mapping, name: 'naam' } })).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'missing_column', file: 'alters.csv', line: 1, params: { name: 'naam' } })] });
    const badDate = importEgorFiles({ ...files, egos: files.egos.replace('05/03/2025', '31/02/2025') }, { today, mapping });
    expect(badDate).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'bad_date', file: 'egos.csv', line: 2, column: 3 })] });
    expect(importEgorFiles(files, { today, mapping: { ...mapping, ring: { column: 'nabijheid', bands: [] } } })).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'bad_mapping', path: 'egor.ring.bands' })] });
  });

  it.skipIf(egos === null)('[G10] the template of foreign files lists every column with its values (at most 12, then "more") and the id columns found; our own export needs no mapping', () => {
    const files = { egos: egos as string, alters: alters as string, aaties: aaties as string };
    const result = egorMappingTemplate(files);
    if (!result.ok || result.own) throw new Error('expected a template');
    const { template } = result;
    expect(template.alters.rows).toBe(508);
    expect(template.alters.columns.find((c) => c.name === 'alter.sex')).toEqual({ name: 'alter.sex', values: ['m', 'w'], more: false, numeric: null });
    expect(template.alters.columns.find((c) => c.name === 'alter.age')?.values).toEqual(['0 - 17', '18 - 25', '26 - 35', '36 - 45', '46 - 55', '56 - 65', '66 - 100']);
    const income = template.egos.columns.find((c) => c.name === 'income');
    expect(income?.values).toHaveLength(12);
    expect(income?.more).toBe(true);
    expect(income?.numeric?.min).toBeLessThan(income?.numeric?.max as number);
    expect(template.aaties.columns.find((c) => c.name === 'weight')).toEqual({ name: 'weight', values: ['1', '2', '3'], more: false, numeric: { min: 1, max: 3 } });
    expect(template.mapping).toEqual({ ids: { ego: 'egoID', alter: 'alterID', source: 'Source', target: 'Target' }, support: [] });
    const named = [{ name: 'egos_32.csv', text: files.egos }, { name: 'alters_32.csv', text: files.alters }, { name: 'edges_32.csv', text: files.aaties }];
    expect(importMappingTemplate(named)).toMatchObject({ ok: true, needed: true, format: 'egor' });
    const map = buildMap({ id: 'm1', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [{ id: 's1', kind: 'is', date: '2026-01-05', alters: [{ id: 'a1', name: 'Tom', ring: 1 }], ties: [] }] });
    const own = exportEgorFiles([map], { dialect: 'excel' });
    expect(importMappingTemplate([{ name: 'egos.csv', text: own.egos }, { name: 'alters.csv', text: own.alters }, { name: 'aaties.csv', text: own.aaties }])).toEqual({ ok: true, needed: false });
  });

  it('[G13] a cell named like an object property ("constructor", "__proto__") finds nothing in a mapping table: no sector, outer ring, reported', () => {
    const result = importEgorFiles({
      egos: 'egoID\r\n1\r\n',
      alters: 'egoID,alterID,kind,close\r\n1,1,constructor,__proto__\r\n1,2,fam,toString\r\n',
      aaties: 'egoID,Source,Target\r\n',
    }, { today, mapping: { sector: { column: 'kind', values: { fam: 'familie' } }, ring: { column: 'close', values: { near: 1 } } } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps[0]!.snapshots[0]!.alters.map((a) => [a.sector, a.ring])).toEqual([[null, 3], ['familie', 3]]);
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'alters.csv: kind', rule: 'value_not_in_mapping', count: 1 }));
  });
});

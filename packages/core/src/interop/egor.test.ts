import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import type { NetworkMap } from '../records/index.js';
import { CHANNELS } from '../vocabularies/index.js';
import { mapInputArbitrary } from '../test-support/arbitraries.js';
import { readSample } from '../test-support/interop-samples.js';
import { exportEgorFiles, importEgorFiles } from './egor.js';

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
    const map = buildMap({ id: 'm1', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [{ id: 's1', kind: 'is', date: '2026-01-05', alters: [
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
  });

  it.skipIf(egos === null)('[G3] egor\'s example gives 32 maps, one is snapshot each, every listed pair a tie unless a weight threshold is given', () => {
    const files = { egos: egos as string, alters: alters as string, aaties: aaties as string };
    const result = importEgorFiles(files, { today });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps).toHaveLength(32);
    expect(result.report).toMatchObject({ maps: 32, snapshots: 32, alters: 508, ties: 4112 });
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'aaties.csv: weight', outcome: 'interpreted', rule: 'every_row_a_tie' }));
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'alters.csv: alter.sex', outcome: 'dropped', count: 508 }));
    const strong = importEgorFiles(files, { today, tieWeight: { column: 'weight', min: 3 } });
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
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMapDocumentText } from '@netwerkkracht/core';
import { readZip, SERVER_ZIP_LIMITS, writeZip } from '@netwerkkracht/server';
import { interopSamplesDir } from '../../core/src/test-support/interop-samples.js';
import { ncGraphml } from '../../core/src/test-support/nc-graphml.js';
import { folderWith, run } from './test-support.js';

const samples = interopSamplesDir();
if (!samples) console.warn('interop samples not found beside the repository: the CLI sample tests are skipped');

/** A user error: exit 2, nothing on stdout, one line on stderr, no stack. */
function expectUserError(result: { code: number; out: string; err: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(result.err).toMatch(pattern);
  expect(result.err).not.toMatch(/\n\s+at /);
}

const map = {
  format: 'netwerkkaart', version: 1,
  map: { id: 'm1', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [
    { id: 'nu', kind: 'is', date: '2026-01-05', alters: [{ id: 'a1', name: 'Tom', ring: 1, sector: 'familie' }, { id: 'a2', name: 'Els', ring: 2 }], ties: [['a1', 'a2']] },
  ] },
};

describe('netwerkkracht import', () => {
  it.skipIf(!samples)('[I1] easyNWK\'s demo: the map on stdout, the report naming the deceased and the pet on stderr, format detected', async () => {
    const { code, out, err } = await run(['import', join(samples as string, 'easynwk/Rosa_Braunsteigl-Mueller.json')]);
    expect(code).toBe(0);
    const parsed = parseMapDocumentText(out);
    expect(parsed.ok && parsed.value.map.snapshots[0]?.alters.length).toBe(10);
    expect(err).toMatch(/^easynwk: 1 kaart\(en\), 1 momentopname\(n\), 10 personen, 5 banden/);
    expect(err).toContain('Strolchi (v1/a9): geen mens');
    expect(err).toMatch(/overleden/);
  });

  it.skipIf(!samples)('[I2] egor\'s three files give 32 maps into the --out folder; without --out it is refused', async () => {
    const files = ['egos_32.csv', 'alters_32.csv', 'edges_32.csv'].map((f) => join(samples as string, 'egor', f));
    const refused = await run(['import', ...files, '--lang', 'en']);
    expectUserError(refused, /this gives 32 maps; name a folder/);
    const dir = folderWith({});
    const { code, err } = await run(['import', ...files, '--out', 'kaarten'], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toContain('32 kaart(en)');
    const written = readdirSync(join(dir, 'kaarten'));
    expect(written).toHaveLength(32);
    expect(parseMapDocumentText(readFileSync(join(dir, 'kaarten', written[0] as string), 'utf8')).ok).toBe(true);
  });

  it('[I3] an easyNWK angle that is not a number: exit 2 naming the place, nothing written', async () => {
    const dir = folderWith({ 'bad.json': { versions: [{ id: 1, title: 'x', date: '2025-01-01', nwk: { ego: { name: 'E' }, alteri: [{ id: 1, name: 'A', angle: 'noord', distance: 5 }], connections: [] } }] } });
    const result = await run(['import', 'bad.json', '--out', 'uit.json', '--lang', 'en'], { cwd: dir });
    expectUserError(result, /versions\[0\]\.nwk\.alteri\[0\]\.angle: expected number, got "noord"/);
    expect(existsSync(join(dir, 'uit.json'))).toBe(false);
  });

  it('[I4] a tie to a missing alter: exit 2 with the file, line and column, nothing written', async () => {
    const dir = folderWith({ 'egos.csv': 'egoID\n1\n', 'alters.csv': 'egoID,alterID\n1,1\n1,2\n', 'aaties.csv': 'egoID,Source,Target\n1,1,2\n1,1,7\n' });
    const result = await run(['import', 'egos.csv', 'alters.csv', 'aaties.csv', '--out', 'uit'], { cwd: dir });
    expectUserError(result, /aaties\.csv, regel 3, kolom 3: persoon "7" staat niet bij de personen van dit ego/);
    expect(existsSync(join(dir, 'uit'))).toBe(false);
  });

  it('[I5] an unknown --from and an unrecognised file are user errors', async () => {
    const dir = folderWith({ 'x.txt': 'hallo' });
    expectUserError(await run(['import', 'x.txt', '--from', 'vennmaker', '--lang', 'en'], { cwd: dir }), /"vennmaker" is not a format we know; choose from: easynwk, nc-graphml, nc-csv, egor/);
    expectUserError(await run(['import', 'x.txt', '--lang', 'fr'], { cwd: dir }), /format non reconnu ; indiquez-le avec --from/);
  });

  it('[I6] a mapping sets the tie weight threshold; a wrong mapping is refused', async () => {
    const dir = folderWith({ 'egos.csv': 'egoID\n1\n', 'alters.csv': 'egoID,alterID\n1,1\n1,2\n1,3\n', 'aaties.csv': 'egoID,Source,Target,weight\n1,1,2,1\n1,1,3,3\n',
      'mapping.json': { tieWeight: { column: 'weight', min: 2 } }, 'bad-mapping.json': { tieWeight: { column: 'weight' } } });
    const { code, out } = await run(['import', 'egos.csv', 'alters.csv', 'aaties.csv', '--mapping', 'mapping.json'], { cwd: dir });
    expect(code).toBe(0);
    const parsed = parseMapDocumentText(out);
    expect(parsed.ok && parsed.value.map.snapshots[0]?.ties).toEqual([['1', '3']]);
    expectUserError(await run(['import', 'egos.csv', 'alters.csv', 'aaties.csv', '--mapping', 'bad-mapping.json', '--lang', 'en'], { cwd: dir }), /the mapping in "bad-mapping.json" is wrong: tieWeight\.min/);
  });
});

describe('netwerkkracht export', () => {
  it('[X6] GraphML of the latest is snapshot to stdout, pseudonyms unless --names', async () => {
    const dir = folderWith({ 'kaart.json': map });
    const { code, out } = await run(['export', 'kaart.json', '--to', 'graphml'], { cwd: dir });
    expect(code).toBe(0);
    expect(out).toMatch(/^<\?xml/);
    expect(out).toContain('<edge id="a1--a2" source="a1" target="a2"/>');
    expect(out).not.toContain('Tom');
    expect((await run(['export', 'kaart.json', '--to', 'graphml', '--names'], { cwd: dir })).out).toContain('>Tom<');
  });

  it('[G7] egor and egor-excel: three files into the folder, read back by import to the same map', async () => {
    const dir = folderWith({ 'kaart.json': map });
    expect((await run(['export', 'kaart.json', '--to', 'egor-excel', '--out', 'r', '--names'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'r')).sort()).toEqual(['aaties.csv', 'alters.csv', 'egos.csv']);
    expect(readFileSync(join(dir, 'r', 'egos.csv'), 'utf8').startsWith('\uFEFFegoID;')).toBe(true);
    const back = await run(['import', 'r/egos.csv', 'r/alters.csv', 'r/aaties.csv'], { cwd: dir });
    expect(back.code).toBe(0);
    const parsed = parseMapDocumentText(back.out);
    const original = parseMapDocumentText(JSON.stringify(map));
    expect(parsed.ok && original.ok && parsed.value.map).toEqual(original.ok && original.value.map);
  });

  it('[Z8] --out x.zip: egor\'s three files (or one GraphML per snapshot) in one zip, and import reads the zip back to the same map', async () => {
    const twoSnapshots = { ...map, map: { ...map.map, snapshots: [...map.map.snapshots, { ...map.map.snapshots[0], id: 'later', date: '2026-03-01' }] } };
    const dir = folderWith({ 'kaart.json': twoSnapshots });
    expect((await run(['export', 'kaart.json', '--to', 'egor', '--out', 'r.zip', '--names'], { cwd: dir })).code).toBe(0);
    const unpacked = await readZip(readFileSync(join(dir, 'r.zip')), 'r.zip', SERVER_ZIP_LIMITS);
    expect(unpacked.ok && unpacked.files.map((f) => f.name)).toEqual(['egos.csv', 'alters.csv', 'aaties.csv']);
    const back = await run(['import', 'r.zip'], { cwd: dir });
    expect(back.code, back.err).toBe(0);
    const parsed = parseMapDocumentText(back.out);
    const original = parseMapDocumentText(JSON.stringify(twoSnapshots));
    expect(parsed.ok && original.ok && parsed.value.map).toEqual(original.ok && original.value.map);
    expect((await run(['export', 'kaart.json', '--to', 'graphml', '--out', 'g.zip'], { cwd: dir })).code).toBe(0);
    const graphs = await readZip(readFileSync(join(dir, 'g.zip')), 'g.zip', SERVER_ZIP_LIMITS);
    expect(graphs.ok && graphs.files.map((f) => f.name)).toEqual(['m1_nu.graphml', 'm1_later.graphml']);
  });

  it('[Z3] a zip with a ../ name: exit 2 naming the entry, nothing written', async () => {
    const zip = Buffer.from(await writeZip({ 'ab/egos.csv': 'egoID\n1\n' }));
    const bad = Buffer.from(zip.toString('latin1').replaceAll('ab/egos.csv', '../egos.csv'), 'latin1');
    const dir = folderWith({ 'kwaad.zip': bad });
    const result = await run(['import', 'kwaad.zip', '--out', 'uit.json', '--lang', 'en'], { cwd: dir });
    expectUserError(result, /kwaad\.zip\/\.\.\/egos\.csv: this name in the zip file is not allowed/);
    expect(existsSync(join(dir, 'uit.json'))).toBe(false);
  });

  it('[X7] bad input: no --to, an unknown target, an existing --out, an unknown snapshot; nothing written', async () => {
    const dir = folderWith({ 'kaart.json': map, 'bestaat.graphml': 'x' });
    expectUserError(await run(['export', 'kaart.json', '--lang', 'en'], { cwd: dir }), /--to/);
    expectUserError(await run(['export', 'kaart.json', '--to', 'gexf', '--lang', 'en'], { cwd: dir }), /"gexf" is not a format we know/);
    expectUserError(await run(['export', 'kaart.json', '--to', 'graphml', '--out', 'bestaat.graphml', '--lang', 'en'], { cwd: dir }), /already exists/);
    expectUserError(await run(['export', 'kaart.json', '--to', 'egor', '--snapshot', 'nope', '--out', 'e'], { cwd: dir }), /nope/);
    expect(existsSync(join(dir, 'e'))).toBe(false);
  });
});

describe('netwerkkracht import from Network Canvas', () => {
  const nc = ncGraphml({
    session: { caseId: 'c1', sessionUUID: 's-1', sessionExportTime: '2024-12-17T16:04:03.385Z' },
    variables: { close: 'string' },
    nodes: [{ uuid: 'p1', type: 'Person', label: 'Ann', data: { close: '1' } }, { uuid: 'p2', type: 'Person', label: 'Bo' }],
    edges: [{ source: 1, target: 2, type: 'Knows' }],
  });

  it('[N6] --mapping-template lists node types, variables and edge types; the filled-in mapping imports', async () => {
    const dir = folderWith({ 'sessie.graphml': nc });
    const template = await run(['import', 'sessie.graphml', '--mapping-template'], { cwd: dir });
    expect(template.code).toBe(0);
    const json = JSON.parse(template.out);
    expect(json.found).toEqual({ nodeTypes: [{ name: 'Person', count: 2, variables: ['close', 'label'], values: { close: ['1'], label: ['Ann', 'Bo'] }, categoricals: [] }], edgeTypes: [{ name: 'Knows', count: 1 }], protocols: [] });
    const mappingDir = folderWith({ 'sessie.graphml': nc, 'mapping.json': { nc: { ...json.nc, ring: { variable: 'close', values: { 1: 1 } } } } });
    const { code, out, err } = await run(['import', 'sessie.graphml', '--mapping', 'mapping.json'], { cwd: mappingDir });
    expect(code, err).toBe(0);
    const parsed = parseMapDocumentText(out);
    expect(parsed.ok && parsed.value.map.snapshots[0]).toMatchObject({ id: 's-1', date: '2024-12-17', ties: [['p1', 'p2']] });
    expect(err).toContain('nc-graphml');
  });

  it('[N10] --mapping-template reads the CSV set too, also inside a zip', async () => {
    const csv = {
      'c1_s1_ego.csv': 'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID\r\nego-1,c1,s1\r\n',
      'c1_s1_attributeList_Person.csv': 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,close\r\n1,ego-1,p1,Ann,1\r\n2,ego-1,p2,Bo,\r\n',
      'c1_s1_edgeList_Knows.csv': 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\r\n1,1,2,ego-1,e1,p1,p2\r\n',
    };
    const dir = folderWith({ ...csv, 'export.zip': await writeZip(csv) });
    for (const args of [Object.keys(csv), ['export.zip']]) {
      const template = await run(['import', ...args, '--mapping-template'], { cwd: dir });
      expect(template.code, template.err).toBe(0);
      const json = JSON.parse(template.out);
      expect(json.found).toEqual({ nodeTypes: [{ name: 'Person', count: 2, variables: ['close', 'name'], values: { close: ['1'], name: ['Ann', 'Bo'] }, categoricals: [] }], edgeTypes: [{ name: 'Knows', count: 1 }], protocols: [] });
      expect(json.nc).toMatchObject({ nodeType: 'Person', name: 'name', tieEdgeTypes: ['Knows'] });
    }
    const easy = { versions: [{ id: 1, title: 'x', date: '2025-01-01', nwk: { ego: { name: 'E' }, alteri: [], connections: [] } }] };
    expectUserError(await run(['import', 'rosa.json', '--mapping-template', '--lang', 'en'], { cwd: folderWith({ 'rosa.json': easy }) }), /this file needs no mapping/);
  });

  it('[N15] a zip of the CSV set imports with a filled-in mapping: one map per session, or per case with mapPer "case"', async () => {
    const ego = 'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,sessionFinish\r\n';
    const person = 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,relation_family,relation_work\r\n';
    const csv = {
      'c1_s1_ego.csv': `${ego}ego-1,c1,s1,2024-12-16T23:30:00.000Z\r\n`,
      'c1_s1_attributeList_Person.csv': `${person}1,ego-1,p1,Ann,true,false\r\n2,ego-1,p2,Bo,false,true\r\n`,
      'c1_s1_edgeList_Knows.csv': 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\r\n1,1,2,ego-1,e1,p1,p2\r\n',
      'c1_s2_ego.csv': `${ego}ego-2,c1,s2,2025-03-01T10:00:00.000Z\r\n`,
      'c1_s2_attributeList_Person.csv': `${person}1,ego-2,q1,Ann,true,false\r\n`,
    };
    const mapping = { nc: { nodeType: 'Person', name: 'name', sector: { categorical: 'relation', values: { family: 'familie', work: 'samenleving' } }, tieEdgeTypes: ['Knows'] } };
    const dir = folderWith({ 'nc.zip': await writeZip(csv), 'mapping.json': mapping, 'per-case.json': { nc: { ...mapping.nc, mapPer: 'case' } } });
    const template = JSON.parse((await run(['import', 'nc.zip', '--mapping-template'], { cwd: dir })).out);
    expect(template.found.nodeTypes[0].categoricals).toEqual([{ name: 'relation', options: ['family', 'work'] }]);
    const { code, err } = await run(['import', 'nc.zip', '--mapping', 'mapping.json', '--out', 'kaarten'], { cwd: dir });
    expect(code, err).toBe(0);
    expect(err).toContain('nc-csv: 2 kaart(en), 2 momentopname(n), 3 personen, 1 banden');
    const written = readdirSync(join(dir, 'kaarten')).sort();
    expect(written).toEqual(['s1.json', 's2.json']);
    const first = parseMapDocumentText(readFileSync(join(dir, 'kaarten', 's1.json'), 'utf8'));
    // 23:30 UTC on 16 December is 17 December in Brussels.
    expect(first.ok && first.value.map.snapshots[0]).toMatchObject({ id: 's1', date: '2024-12-17', ties: [['p1', 'p2']] });
    expect(first.ok && first.value.map.snapshots[0]?.alters.map((a) => [a.name, a.sector])).toEqual([['Ann', 'familie'], ['Bo', 'samenleving']]);
    const grouped = await run(['import', 'nc.zip', '--mapping', 'per-case.json'], { cwd: dir });
    expect(grouped.code, grouped.err).toBe(0);
    const parsed = parseMapDocumentText(grouped.out);
    expect(parsed.ok && parsed.value.map.snapshots.map((s) => [s.id, s.date])).toEqual([['s1', '2024-12-17'], ['s2', '2025-03-01']]);
  });
});

describe('netwerkkracht import of foreign three-file CSVs', () => {
  const files = {
    'egos.csv': 'respondent;naam\r\nR1;Ilse\r\n',
    'alters.csv': 'respondent;persoon;voornaam;soort;nabijheid;luistert\r\nR1;p1;Tom;fam;1;ja\r\nR1;p2;Els;werk;3;nee\r\nR1;p3;Jo;fam;2;\r\n',
    'aaties.csv': 'respondent;van;naar;sterkte\r\nR1;p1;p2;1\r\nR1;p1;p3;3\r\n',
  };

  it('[G11] --mapping-template prints every column with its values and the id columns found; the filled-in mapping imports; our own export needs none', async () => {
    const dir = folderWith(files);
    const template = await run(['import', 'egos.csv', 'alters.csv', 'aaties.csv', '--mapping-template'], { cwd: dir });
    expect(template.code, template.err).toBe(0);
    const json = JSON.parse(template.out);
    expect(json.found.alters.columns).toContainEqual({ name: 'soort', values: ['fam', 'werk'], more: false, numeric: null });
    expect(json.found.alters.columns).toContainEqual({ name: 'nabijheid', values: ['1', '2', '3'], more: false, numeric: { min: 1, max: 3 } });
    expect(json.found.aaties.rows).toBe(2);
    // Only the id columns it knows are filled in: here none, so the user names them.
    expect(json.egor).toEqual({ ids: {}, support: [] });
    const refused = await run(['import', 'egos.csv', 'alters.csv', 'aaties.csv', '--lang', 'en'], { cwd: dir });
    expectUserError(refused, /egos\.csv, line 1: the column "egoID" is missing/);
    const mapping = { egor: { ...json.egor, ids: { ego: 'respondent', alter: 'persoon', source: 'van', target: 'naar' }, egoName: 'naam', name: 'voornaam',
      sector: { column: 'soort', values: { fam: 'familie', werk: 'samenleving' } }, ring: { column: 'nabijheid', values: { 1: 1, 2: 2, 3: 3 } },
      support: [{ column: 'luistert', function: 'emotioneel', direction: 'ontvangt' }], tie: { column: 'sterkte', min: 2 } } };
    const mapped = folderWith({ ...files, 'mapping.json': mapping });
    const { code, out, err } = await run(['import', 'egos.csv', 'alters.csv', 'aaties.csv', '--mapping', 'mapping.json'], { cwd: mapped });
    expect(code, err).toBe(0);
    const parsed = parseMapDocumentText(out);
    expect(parsed.ok && parsed.value.map.ego.name).toBe('Ilse');
    expect(parsed.ok && parsed.value.map.snapshots[0]?.alters.map((a) => [a.name, a.sector, a.ring, a.support])).toEqual([
      ['Tom', 'familie', 1, { emotioneel: 'ontvangt' }], ['Els', 'samenleving', 3, {}], ['Jo', 'familie', 2, {}],
    ]);
    expect(parsed.ok && parsed.value.map.snapshots[0]?.ties).toEqual([['p1', 'p3']]);
    // Our own export reads back exactly and needs no mapping.
    const own = folderWith({ 'kaart.json': map });
    expect((await run(['export', 'kaart.json', '--to', 'egor', '--out', 'e'], { cwd: own })).code).toBe(0);
    expectUserError(await run(['import', 'e/egos.csv', 'e/alters.csv', 'e/aaties.csv', '--mapping-template', '--lang', 'en'], { cwd: own }), /this file needs no mapping/);
  });

  it('[N7] a billion-laughs file: exit 2 naming line and column, nothing written', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<graphml xmlns:nc="http://schema.networkcanvas.com/xmlns"><graph>&lol2;</graph></graphml>`;
    const dir = folderWith({ 'bom.graphml': bomb, 'mapping.json': { nc: { nodeType: 'Person' } } });
    const result = await run(['import', 'bom.graphml', '--from', 'nc-graphml', '--mapping', 'mapping.json', '--out', 'uit.json', '--lang', 'en'], { cwd: dir });
    expectUserError(result, /bom\.graphml: line 2, column \d+: the file has a DOCTYPE/);
    expect(existsSync(join(dir, 'uit.json'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
// The project's own zip writer and reader (server), so the zip below is one as a worker uploads it.
import { readZip, SERVER_ZIP_LIMITS } from '../../../server/src/zip/read-zip.js';
import { writeZip } from '../../../server/src/zip/write-zip.js';
import { ncGraphml } from '../test-support/nc-graphml.js';
import { brusselsDay } from './brussels-day.js';
import { importFiles } from './import-files.js';
import { importNcCsv, importNcGraphml, ncMappingTemplate } from './network-canvas.js';

/** A Network Canvas export as its exporter writes it (research note interop.md §2.3): built-in keys for="all". */
const NC = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:nc="http://schema.networkcanvas.com/xmlns">
<key id="e1" for="graph" attr.name="egoAge" attr.type="int"/>
<key id="label" for="all" attr.name="label" attr.type="string"/>
<key id="networkCanvasType" for="all" attr.name="networkCanvasType" attr.type="string"/>
<key id="networkCanvasUUID" for="all" attr.name="networkCanvasUUID" attr.type="string"/>
<key id="v-close" for="node" attr.name="closeness" attr.type="string"/>
<key id="v-fam" for="node" attr.name="relation" attr.type="string"/>
<key id="v-em" for="node" attr.name="emotional" attr.type="boolean"/>
<key id="v-age" for="node" attr.name="age" attr.type="int"/>
<key id="v-lay_X" for="node" attr.name="layout_X" attr.type="double"/>
<key id="v-lay_Y" for="node" attr.name="layout_Y" attr.type="double"/>
<key id="networkCanvasSourceUUID" for="edge" attr.name="networkCanvasSourceUUID" attr.type="string"/>
<key id="networkCanvasTargetUUID" for="edge" attr.name="networkCanvasTargetUUID" attr.type="string"/>
<graph edgedefault="undirected" nc:caseId="case 7" nc:sessionUUID="2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50" nc:protocolName="Netwerk" nc:protocolUID="x" nc:codebookHash="y" nc:sessionExportTime="2024-12-17T16:04:03.385Z" nc:sessionFinishTime="2024-12-16T10:00:00.000Z">
<data key="networkCanvasUUID">ego-1</data><data key="e1">40</data>
<node id="1"><data key="networkCanvasUUID">aaaa-1</data><data key="networkCanvasType">Person</data><data key="label">Reginald</data><data key="v-close">1</data><data key="v-fam">family</data><data key="v-em">true</data><data key="v-age">50</data><data key="v-lay_X">0.5</data><data key="v-lay_Y">0.3</data></node>
<node id="2"><data key="networkCanvasUUID">aaaa-2</data><data key="networkCanvasType">Person</data><data key="label">Node</data><data key="v-close">3</data><data key="v-fam">work</data></node>
<node id="3"><data key="networkCanvasUUID">venue-1</data><data key="networkCanvasType">Venue</data><data key="label">Café</data></node>
<edge id="1" source="1" target="2"><data key="networkCanvasType">Close</data></edge>
<edge id="2" source="2" target="1"><data key="networkCanvasType">Close</data></edge>
<edge id="3" source="1" target="1"><data key="networkCanvasType">Close</data></edge>
<edge id="4" source="1" target="3"><data key="networkCanvasType">Close</data></edge>
<edge id="5" source="1" target="2"><data key="networkCanvasType">Conflict</data></edge>
</graph>
</graphml>`;

const mapping = {
  nodeType: 'Person',
  sector: { variable: 'relation', values: { family: 'familie' as const, work: 'samenleving' as const } },
  ring: { variable: 'closeness', values: { 1: 1, 2: 2, 3: 3 } },
  support: [{ variable: 'emotional', function: 'emotioneel' as const, direction: 'ontvangt' as const }],
  tieEdgeTypes: ['Close'],
};

const CSV_SET = [
  { name: 'case7_abc_ego.csv', text: 'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,networkCanvasProtocolName,sessionStart,sessionFinish,sessionExported,egoAge\r\nego-1,case 7,abc,Netwerk,2024-12-16T09:00:00.000Z,2024-12-16T10:00:00.000Z,2024-12-17T16:04:03.385Z,40\r\n' },
  { name: 'case7_abc_attributeList_Person.csv', text: 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,relation,emotional,layout_x,layout_y,null\r\n1,ego-1,aaaa-1,"Reginald, Jr.",family,true,0.5,0.3,\r\n2,ego-1,aaaa-2,\'=Bo,work,,,,\r\n' },
  { name: 'case7_abc_attributeList_Venue.csv', text: 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name\r\n3,ego-1,venue-1,Café\r\n' },
  { name: 'case7_abc_edgeList_Close.csv', text: 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\r\n1,1,2,ego-1,e1,aaaa-1,aaaa-2\r\n2,1,3,ego-1,e2,aaaa-1,venue-1\r\n' },
];

describe('Network Canvas GraphML', () => {
  it('[N1] the template names the node types with their variables and the edge types found', () => {
    const result = ncMappingTemplate([{ name: 'nc.graphml', text: NC }], 'nc-graphml');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.template.nodeTypes).toEqual([
      { name: 'Person', count: 2, variables: ['age', 'closeness', 'emotional', 'label', 'layout_X', 'layout_Y', 'relation'],
        values: { age: ['50'], closeness: ['1', '3'], emotional: ['true'], label: ['Node', 'Reginald'], layout_X: ['0.5'], layout_Y: ['0.3'], relation: ['family', 'work'] }, categoricals: [] },
      { name: 'Venue', count: 1, variables: ['label'], values: { label: ['Café'] }, categoricals: [] },
    ]);
    expect(result.template.edgeTypes).toEqual([{ name: 'Close', count: 4 }, { name: 'Conflict', count: 1 }]);
    expect(result.template.protocols).toEqual(['Netwerk']);
    expect(result.template.mapping).toMatchObject({ nodeType: 'Person', tieEdgeTypes: ['Close', 'Conflict'], mapPer: 'session' });
  });

  it('[N2] a session becomes a map with one snapshot at the Brussels day of its end; people, sector, ring and support by the mapping; ties only of the chosen types, once, between people', () => {
    const result = importNcGraphml([{ name: 'nc.graphml', text: NC }], mapping, { today: '2026-12-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps).toHaveLength(1);
    const map = result.maps[0]!;
    expect(map).toMatchObject({ id: '2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', title: 'case 7 2024-12-16', ego: { kind: 'persoon', name: 'case 7' } });
    expect(result.report.fields).toContainEqual(expect.objectContaining({ source: 'sessionFinish', target: 'snapshot.date', rule: 'brussels_day' }));
    const snapshot = map.snapshots[0]!;
    expect(snapshot).toMatchObject({ id: '2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', kind: 'is', date: '2024-12-16', label: 'Netwerk' });
    expect(snapshot.alters.map((a) => [a.id, a.name, a.sector, a.ring, a.support])).toEqual([
      ['aaaa-1', 'Reginald', 'familie', 1, { emotioneel: 'ontvangt' }],
      ['aaaa-2', 'Persoon 2', 'samenleving', 3, {}],
    ]);
    expect(snapshot.ties).toEqual([['aaaa-1', 'aaaa-2']]);
    const dropped = result.report.fields.filter((f) => f.outcome === 'dropped').map((f) => `${f.source}:${f.rule}:${f.count}`);
    expect(dropped).toEqual(expect.arrayContaining(['node type Venue:other_node_type:1', 'age:no_field:1', 'edge type Close:duplicate_tie:1', 'edge type Close:self_tie:1',
      'edge type Close:not_between_people:1', 'edge type Conflict:not_a_tie_type:1', 'ego: egoAge:no_field:1']));
  });

  it('[N3] a layout variable gives an approximate ring and position', () => {
    const result = importNcGraphml([{ name: 'nc.graphml', text: NC }], { ...mapping, ring: { layout: 'layout' } }, { today: '2026-12-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const alter = result.maps[0]!.snapshots[0]!.alters[0]!;
    expect(alter.position?.angle).toBe(0);
    expect(alter.position?.distance).toBeCloseTo(0.4);
    expect(alter.ring).toBe(2);
    expect(result.report.fields).toContainEqual(expect.objectContaining({ rule: 'layout_approximate' }));
  });

  it('[N4] detected from the file; without a mapping it is refused, naming the mapping', () => {
    const result = importFiles({ files: [{ name: 'x.graphml', text: NC }], today: '2026-12-02' });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'required', path: 'mapping.nc' })] });
    const mapped = importFiles({ files: [{ name: 'x.graphml', text: NC }], mapping: { nc: mapping }, today: '2026-12-02' });
    expect(mapped.ok && mapped.report.format).toBe('nc-graphml');
  });

  it('[N5] an external entity in a Network Canvas file is refused at the DOCTYPE', () => {
    const xxe = NC.replace('<graphml', '<!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml').replace('Reginald', '&x;');
    expect(importNcGraphml([{ name: 'nc.graphml', text: xxe }], mapping, { today: '2026-12-02' })).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'xml_doctype', line: 2 })] });
  });

  it('[N9] several GraphML files (a zip of one file per session) are read together: one map per session, or with mapPer "case" the sessions of one case as snapshots of one map', () => {
    // The second session ends at 23:30 UTC on the last day of February: 1 March in Brussels.
    const second = NC.replace('2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', '3f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f51').replace('2024-12-16T10:00', '2025-02-28T23:30');
    const files = [{ name: 'case7_a.graphml', text: NC }, { name: 'case7_b.graphml', text: second }];
    const result = importFiles({ files, mapping: { nc: mapping }, today: '2026-12-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps.map((m) => [m.id, m.ego.name, m.snapshots.map((s) => s.date)])).toEqual([
      ['2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', 'case 7', ['2024-12-16']], ['3f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f51', 'case 7', ['2025-03-01']]]);
    const grouped = importFiles({ files, mapping: { nc: { ...mapping, mapPer: 'case' } }, today: '2026-12-02' });
    if (!grouped.ok) throw new Error(JSON.stringify(grouped.problems));
    expect(grouped.maps.map((m) => [m.id, m.snapshots.map((s) => [s.id, s.date])])).toEqual([
      ['case_case_7', [['2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', '2024-12-16'], ['3f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f51', '2025-03-01']]]]);
    // The same session given twice is still two maps, each under its own id.
    const twice = importFiles({ files: [files[0]!, { ...files[0]!, name: 'copy.graphml' }], mapping: { nc: mapping }, today: '2026-12-02' });
    expect(twice.ok && twice.maps.map((m) => m.id)).toEqual(['2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', '2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50_2']);
    const broken = importFiles({ files: [files[0]!, { name: 'case7_b.graphml', text: second.replace('</graphml>', '') }], mapping: { nc: mapping }, today: '2026-12-02' });
    expect(broken).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'not_xml', file: 'case7_b.graphml' })] });
  });

  it('[N8] the CSV set: sessions by ego UUID, nodes by type from the file name, edges by node UUID, layout in lower case', () => {
    const files = CSV_SET;
    const result = importNcCsv(files, { ...mapping, ring: { layout: 'layout' } }, { today: '2026-12-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const snapshot = result.maps[0]!.snapshots[0]!;
    expect(snapshot).toMatchObject({ id: 'abc', date: '2024-12-16', label: 'Netwerk' });
    expect(snapshot.alters.map((a) => [a.id, a.name, a.sector, a.ring, a.support])).toEqual([
      ['aaaa-1', 'Reginald, Jr.', 'familie', 2, { emotioneel: 'ontvangt' }],
      ['aaaa-2', '=Bo', 'samenleving', 3, {}],
    ]);
    expect(snapshot.ties).toEqual([['aaaa-1', 'aaaa-2']]);
    expect(result.report.format).toBe('nc-csv');
    expect(importFiles({ files, mapping: { nc: mapping }, today: '2026-12-02' }).ok).toBe(true);
  });

  it('[N10] the mapping template also reads the CSV set: node types from the file names, their columns, edge types', () => {
    const result = ncMappingTemplate(CSV_SET, 'nc-csv');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.template.nodeTypes).toEqual([
      { name: 'Person', count: 2, variables: ['emotional', 'layout_x', 'layout_y', 'name', 'relation'],
        values: { emotional: ['true'], layout_x: ['0.5'], layout_y: ['0.3'], name: ['=Bo', 'Reginald, Jr.'], relation: ['family', 'work'] }, categoricals: [] },
      { name: 'Venue', count: 1, variables: ['name'], values: { name: ['Café'] }, categoricals: [] },
    ]);
    expect(result.template.protocols).toEqual(['Netwerk']);
    expect(result.template.edgeTypes).toEqual([{ name: 'Close', count: 2 }]);
    expect(result.template.mapping).toMatchObject({ nodeType: 'Person', name: 'name', tieEdgeTypes: ['Close'] });
  });

  it('[N12] a session\'s date is its day in Brussels: winter UTC+1, summer UTC+2 from the last Sunday of March to the last Sunday of October', () => {
    expect(brusselsDay('2024-12-16T10:00:00.000Z')).toBe('2024-12-16');
    expect(brusselsDay('2024-12-16T22:59:59.999Z')).toBe('2024-12-16');
    expect(brusselsDay('2024-12-16T23:00:00.000Z')).toBe('2024-12-17');
    expect(brusselsDay('2024-07-01T21:59:00Z')).toBe('2024-07-01');
    expect(brusselsDay('2024-07-01T22:00:00Z')).toBe('2024-07-02');
    // 2024: summer time from 31 March 01:00 UTC to 27 October 01:00 UTC.
    expect(brusselsDay('2024-03-30T22:30:00Z')).toBe('2024-03-30');
    expect(brusselsDay('2024-03-31T22:30:00Z')).toBe('2024-04-01');
    expect(brusselsDay('2024-10-26T22:30:00Z')).toBe('2024-10-27');
    expect(brusselsDay('2024-10-27T22:30:00Z')).toBe('2024-10-27');
    expect(brusselsDay('2024-12-31T23:30:00Z')).toBe('2025-01-01');
    expect(brusselsDay('2024-12-16T23:30:00+01:00')).toBe('2024-12-16');
    expect(brusselsDay('2024-12-16T23:30')).toBe('2024-12-17');
    expect(brusselsDay('2024-12-16')).toBe('2024-12-16');
    expect(brusselsDay('16/12/2024 10:00')).toBeNull();
    expect(brusselsDay('2024-02-30T10:00:00Z')).toBeNull();
  });

  /** A categorical variable as Network Canvas exports it: one true/false column per option (`<name>_<option>`). */
  const ONE_HOT_CSV = [
    { name: 'c9_s9_ego.csv', text: 'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,networkCanvasProtocolName,sessionFinish\r\nego-9,gezin 9,s9,Steun,2024-06-30T22:15:00.000Z\r\n' },
    { name: 'c9_s9_attributeList_Person.csv', text: 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,relation_type_family,relation_type_friend,relation_type_work,closeness_close,closeness_far,emotional\r\n'
      + '1,ego-9,p1,Ann,true,false,false,true,false,true\r\n2,ego-9,p2,Bo,false,true,true,false,true,false\r\n3,ego-9,p3,Cas,false,false,false,false,false,false\r\n' },
    { name: 'c9_s9_edgeList_Knows.csv', text: 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\r\n1,1,2,ego-9,e1,p1,p2\r\n' },
  ];
  const oneHotMapping = {
    nodeType: 'Person',
    sector: { categorical: 'relation_type', values: { family: 'familie' as const, friend: 'vrienden_kennissen' as const, work: 'samenleving' as const } },
    ring: { categorical: 'closeness', values: { close: 1, far: 3 } },
    support: [{ variable: 'emotional', function: 'emotioneel' as const, direction: 'ontvangt' as const }],
    tieEdgeTypes: ['Knows'],
  };
  const ONE_HOT_GRAPHML = ncGraphml({
    session: { caseId: 'gezin 9', sessionUUID: 's9', protocolName: 'Steun', sessionFinishTime: '2024-06-30T22:15:00.000Z' },
    variables: { relation_type_family: 'boolean', relation_type_friend: 'boolean', relation_type_work: 'boolean', closeness_close: 'boolean', closeness_far: 'boolean', emotional: 'boolean' },
    nodes: [
      { uuid: 'p1', type: 'Person', label: 'Ann', data: { relation_type_family: 'true', relation_type_friend: 'false', relation_type_work: 'false', closeness_close: 'true', closeness_far: 'false', emotional: 'true' } },
      { uuid: 'p2', type: 'Person', label: 'Bo', data: { relation_type_family: 'false', relation_type_friend: 'true', relation_type_work: 'true', closeness_close: 'false', closeness_far: 'true', emotional: 'false' } },
      // Unanswered categoricals are left out of GraphML.
      { uuid: 'p3', type: 'Person', label: 'Cas' },
    ],
    edges: [{ source: 1, target: 2, type: 'Knows' }],
  });

  it('[N13] a categorical given as one true/false variable per option: the template groups the options, and sector and ring come from the option chosen (CSV set and GraphML)', () => {
    for (const [format, files, nameVariable] of [['nc-csv', ONE_HOT_CSV, 'name'], ['nc-graphml', [{ name: 's9.graphml', text: ONE_HOT_GRAPHML }], 'label']] as const) {
      const template = ncMappingTemplate(files, format);
      if (!template.ok) throw new Error(JSON.stringify(template.problems));
      expect(template.template.nodeTypes[0]?.categoricals, format).toEqual([
        { name: 'closeness', options: ['close', 'far'] },
        { name: 'relation_type', options: ['family', 'friend', 'work'] },
      ]);
      const result = importFiles({ files, format, mapping: { nc: { ...oneHotMapping, name: nameVariable } }, today: '2026-12-02' });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const snapshot = result.maps[0]!.snapshots[0]!;
      // 22:15 UTC on 30 June is 00:15 on 1 July in Brussels.
      expect(snapshot.date, format).toBe('2024-07-01');
      expect(snapshot.alters.map((a) => [a.name, a.sector, a.ring, a.support]), format).toEqual([
        ['Ann', 'familie', 1, { emotioneel: 'ontvangt' }],
        // Two options chosen: the first in the file's order gives the sector (reported).
        ['Bo', 'vrienden_kennissen', 3, {}],
        ['Cas', null, 3, {}],
      ]);
      const fields = result.report.fields.map((f) => `${f.outcome}:${f.source}:${f.target ?? ''}:${f.rule ?? ''}:${f.count}`);
      expect(fields, format).toEqual(expect.arrayContaining([
        'interpreted:relation_type_*:sector:mapping:1', 'interpreted:relation_type_*:sector:first_of_several_options:1', 'dropped:relation_type_*::value_not_in_mapping:1',
        'interpreted:closeness_*:ring:mapping:2', 'interpreted:closeness_*:ring:outer_ring_unknown:1',
      ]));
      // The options were read, so none of them is listed as dropped.
      expect(fields.filter((f) => /relation_type_(family|friend|work)|closeness_(close|far)/.test(f)), format).toEqual([]);
    }
  });

  it('[N14] a zip of the CSV set (as Network Canvas exports it) imports with a mapping exactly as its files do', async () => {
    const zip = await writeZip(Object.fromEntries(ONE_HOT_CSV.map((f) => [`export/${f.name}`, f.text])));
    const unpacked = await readZip(zip, 'nc-export.zip', SERVER_ZIP_LIMITS);
    if (!unpacked.ok) throw new Error(JSON.stringify(unpacked.problems));
    const fromZip = importFiles({ files: unpacked.files, mapping: { nc: { ...oneHotMapping, name: 'name' } }, today: '2026-12-02' });
    if (!fromZip.ok) throw new Error(JSON.stringify(fromZip.problems));
    expect(fromZip.report).toMatchObject({ format: 'nc-csv', maps: 1, snapshots: 1, alters: 3, ties: 1 });
    expect(fromZip.maps[0]!.snapshots[0]!.alters.map((a) => [a.name, a.sector, a.ring])).toEqual([['Ann', 'familie', 1], ['Bo', 'vrienden_kennissen', 3], ['Cas', null, 3]]);
    const fromFiles = importFiles({ files: ONE_HOT_CSV, mapping: { nc: { ...oneHotMapping, name: 'name' } }, today: '2026-12-02' });
    expect(fromFiles.ok && fromFiles.maps).toEqual(fromZip.maps);
    // Without the mapping the zip is refused, naming it.
    expect(importFiles({ files: unpacked.files, today: '2026-12-02' })).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'required', path: 'mapping.nc' })] });
  });
});

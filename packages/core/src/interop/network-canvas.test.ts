import { describe, expect, it } from 'vitest';
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
        values: { age: ['50'], closeness: ['1', '3'], emotional: ['true'], label: ['Node', 'Reginald'], layout_X: ['0.5'], layout_Y: ['0.3'], relation: ['family', 'work'] } },
      { name: 'Venue', count: 1, variables: ['label'], values: { label: ['Café'] } },
    ]);
    expect(result.template.edgeTypes).toEqual([{ name: 'Close', count: 4 }, { name: 'Conflict', count: 1 }]);
    expect(result.template.protocols).toEqual(['Netwerk']);
    expect(result.template.mapping).toMatchObject({ nodeType: 'Person', tieEdgeTypes: ['Close', 'Conflict'] });
  });

  it('[N2] a session becomes a snapshot at the UTC day of its end; people, sector, ring and support by the mapping; ties only of the chosen types, once, between people', () => {
    const result = importNcGraphml([{ name: 'nc.graphml', text: NC }], mapping, { today: '2026-12-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const map = result.maps[0]!;
    expect(map).toMatchObject({ id: 'case_case_7', ego: { kind: 'persoon', name: 'case 7' } });
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

  it('[N9] several GraphML files (a zip of one file per session) are read together: sessions of one case become one map', () => {
    const second = NC.replace('2f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f50', '3f1c6a4e-1b2c-4d3e-8f9a-0b1c2d3e4f51').replace('2024-12-16T10', '2025-03-01T10');
    const files = [{ name: 'case7_a.graphml', text: NC }, { name: 'case7_b.graphml', text: second }];
    const result = importFiles({ files, mapping: { nc: mapping }, today: '2026-12-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.maps.map((m) => m.snapshots.map((s) => s.date))).toEqual([['2024-12-16', '2025-03-01']]);
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
        values: { emotional: ['true'], layout_x: ['0.5'], layout_y: ['0.3'], name: ['=Bo', 'Reginald, Jr.'], relation: ['family', 'work'] } },
      { name: 'Venue', count: 1, variables: ['name'], values: { name: ['Café'] } },
    ]);
    expect(result.template.protocols).toEqual(['Netwerk']);
    expect(result.template.edgeTypes).toEqual([{ name: 'Close', count: 2 }]);
    expect(result.template.mapping).toMatchObject({ nodeType: 'Person', name: 'name', tieEdgeTypes: ['Close'] });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { parse as parseWithGraphology } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import { parseMapDocumentText } from '../format/parse.js';
import type { NetworkMap, Snapshot } from '../records/index.js';
import { ALTER_FLAGS, CHANNELS, SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { mapInputArbitrary } from '../test-support/arbitraries.js';
import { FLAG_COLUMNS } from './columns.js';
import { dataByName, readGraphml } from './graphml-read.js';
import { exportGraphml } from './graphml-write.js';

type Value = string | number | boolean;
type Expected = { graph: Record<string, Value>; nodes: Record<string, Value>[] };

/** Leaves out what is absent: GraphML has no <data> for a missing value. */
function present(record: Record<string, Value | null | undefined>): Record<string, Value> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, Value] => e[1] !== undefined && e[1] !== null));
}

/**
 * What a GraphML reader must find for a snapshot, field by field of the map format (docs/interop.md,
 * GraphML export): typed as the keys declare them.
 */
function expected(map: NetworkMap, snapshot: Snapshot, names: boolean): Expected {
  const ego = map.ego;
  const graph = present({
    nk_format: 'netwerkkracht', nk_version: 1, map_id: map.id, map_title: names ? map.title : undefined, snapshot_id: snapshot.id,
    snapshot_kind: snapshot.kind, snapshot_date: snapshot.date, snapshot_label: snapshot.label, appraisal: snapshot.appraisal,
    ring_count: map.ringCount, sector_scheme: map.sectorScheme, ego_kind: ego.kind, ego_person_id: ego.kind === 'persoon' ? ego.personId : undefined,
    household_size: ego.kind === 'huishouden' ? ego.members.length : undefined, ego_name: names ? ego.name : undefined,
    household_members: names && ego.kind === 'huishouden' && ego.members.length > 0 ? JSON.stringify(ego.members) : undefined,
    snapshot_note: names ? snapshot.note : undefined,
  });
  const nodes = snapshot.alters.map((a, i) => {
    const theta = ((a.position?.angle ?? 0) * Math.PI) / 180;
    return present({
      label: names ? a.name : `Persoon ${i + 1}`, kind: a.kind, sector: a.sector, role: a.role, formal: a.formal, formal_mode: a.formalMode,
      formal_level: a.formalLevel, chosen_by_family: a.chosenByFamily, ring: a.ring, angle: a.position?.angle, distance: a.position?.distance,
      // + 0: a negative zero is written as "0".
      x: a.position ? 1000 * a.position.distance * Math.sin(theta) + 0 : undefined, y: a.position ? 1000 * a.position.distance * Math.cos(theta) + 0 : undefined,
      status: a.status, valence: a.valence, fixed_arrangement: a.fixedArrangement, frequency: a.frequency, reachability: a.reachability,
      since: a.since, origin: a.origin, person_id: a.personId, note: names ? a.note : undefined,
      ...Object.fromEntries(CHANNELS.map((c) => [`channel_${c}`, a.channels.includes(c)])),
      ...Object.fromEntries(ALTER_FLAGS.map((f) => [FLAG_COLUMNS[f], a.flags[f]])),
      ...Object.fromEntries(SUPPORT_FUNCTIONS.map((f) => [`support_${f}`, a.support[f]])),
    });
  });
  return { graph, nodes };
}

const asText = (record: Record<string, Value>): Record<string, string> => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, String(v)]));
const XSD_TYPE = { string: 'string', number: ['int', 'double'], boolean: 'boolean' } as const;

/** Our own reader (saxes): the same people, ties and attributes as text, each key of the type its values have. */
function checkWithOwnReader(map: NetworkMap, snapshot: Snapshot, names: boolean): void {
  const read = readGraphml(exportGraphml(map, snapshot, { names }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const doc = read.document;
  expect(doc.keys.every((k) => k.for === 'graph' || k.for === 'node')).toBe(true);
  for (const domain of ['graph', 'node']) {
    const keyNames = doc.keys.filter((k) => k.for === domain).map((k) => k.name);
    expect(new Set(keyNames).size).toBe(keyNames.length);
    expect(keyNames).not.toContain('id');
  }
  expect(doc.graphs).toHaveLength(1);
  const graph = doc.graphs[0]!;
  const want = expected(map, snapshot, names);
  expect(dataByName(doc, 'graph', graph.data)).toEqual(asText(want.graph));
  expect(graph.nodes.map((n) => n.id)).toEqual(snapshot.alters.map((a) => a.id));
  expect(graph.nodes.map((n) => dataByName(doc, 'node', n.data))).toEqual(want.nodes.map(asText));
  expect(graph.edges.map((e) => [e.id, e.source, e.target])).toEqual(snapshot.ties.map(([a, b]) => [`${a}--${b}`, a, b]));
  for (const [domain, records] of [['graph', [want.graph]], ['node', want.nodes]] as const) {
    for (const record of records) {
      for (const [name, value] of Object.entries(record)) {
        const key = doc.keys.find((k) => k.for === domain && k.name === name);
        expect(XSD_TYPE[typeof value as 'string' | 'number' | 'boolean']).toContain(key?.type);
      }
    }
  }
}

/** An independent reader (graphology-graphml on @xmldom/xmldom, into an undirected simple graph): typed values as the keys declare them. */
function checkWithGraphology(map: NetworkMap, snapshot: Snapshot, names: boolean): void {
  const graph = parseWithGraphology(UndirectedGraph, exportGraphml(map, snapshot, { names }));
  const want = expected(map, snapshot, names);
  expect(graph.type).toBe('undirected');
  expect(graph.multi).toBe(false);
  const { id: graphElementId, ...graphData } = graph.getAttributes();
  expect(graphElementId).toBe('G');
  expect(graphData).toEqual(want.graph);
  expect(graph.nodes()).toEqual(snapshot.alters.map((a) => a.id));
  expect(graph.nodes().map((id) => graph.getNodeAttributes(id))).toEqual(want.nodes);
  expect(graph.edges().map((e) => [e, ...graph.extremities(e)])).toEqual(snapshot.ties.map(([a, b]) => [`${a}--${b}`, a, b]));
}

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples');
const exampleMaps = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).map((file) => {
  const parsed = parseMapDocumentText(readFileSync(join(EXAMPLES, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  return [file, parsed.value.map] as const;
});

describe('GraphML', () => {
  it('[X1] map → GraphML → read back: the same people, ties and every attribute of the map format, keys per domain with unique names and fitting types', () => {
    fc.assert(fc.property(mapInputArbitrary, fc.boolean(), (input, names) => {
      const map = buildMap(input);
      for (const snapshot of map.snapshots) checkWithOwnReader(map, snapshot, names);
    }), { numRuns: 120 });
  });

  it('[X7] map → GraphML → read with graphology-graphml (an independent reader): the same people, ties and typed attributes (property)', () => {
    fc.assert(fc.property(mapInputArbitrary, fc.boolean(), (input, names) => {
      const map = buildMap(input);
      for (const snapshot of map.snapshots) checkWithGraphology(map, snapshot, names);
    }), { numRuns: 60 });
  });

  it.each(exampleMaps)('[X7] the example %s → GraphML → graphology-graphml: the same people, ties and typed attributes, with and without names', (_file, map) => {
    expect(map.snapshots.length).toBeGreaterThan(0);
    for (const snapshot of map.snapshots) {
      for (const names of [true, false]) {
        checkWithGraphology(map, snapshot, names);
        checkWithOwnReader(map, snapshot, names);
      }
    }
  });

  it('[X2] without names the labels are pseudonyms and the ego name is left out', () => {
    const map = buildMap({ id: 'm', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: [{ id: 's', kind: 'is', date: '2026-01-01', alters: [{ id: 'a1', name: 'Tom <&>', ring: 1 }] }] });
    const text = exportGraphml(map, map.snapshots[0]!);
    expect(text).not.toContain('Tom');
    expect(text).not.toContain('Ilse');
    expect(text).toContain('Persoon 1');
    expect(exportGraphml(map, map.snapshots[0]!, { names: true })).toContain('Tom &lt;&amp;&gt;');
  });

  it('[X3] a billion-laughs document is refused at its DOCTYPE, nothing expanded', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n')}\n]>\n<graphml><graph edgedefault="undirected"><node id="n"><data key="d">&lol9;</data></node></graph></graphml>`;
    const read = readGraphml(bomb);
    expect(read).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'xml_doctype', line: 13 })] });
  });

  it('[X4] an external entity is refused, and an undeclared entity is an XML error with its line', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml><graph><node id="&x;"/></graph></graphml>';
    expect(readGraphml(xxe)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'xml_doctype', line: 2 })] });
    const undeclared = '<graphml>\n<graph edgedefault="undirected">\n<node id="&x;"/></graph></graphml>';
    expect(readGraphml(undeclared)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'not_xml', line: 3 })] });
  });

  it('[X5] limits: more characters, deeper nesting or more elements than allowed are refused', () => {
    const deep = `<graphml>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</graphml>`;
    expect(readGraphml(deep)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'xml_too_deep' })] });
    const many = `<graphml><graph>${'<node id="n"/>'.repeat(20)}</graph></graphml>`;
    expect(readGraphml(many, { maxChars: 1e6, maxDepth: 10, maxElements: 10 })).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'xml_too_many_elements' })] });
    const big = `<graphml><graph>${' '.repeat(50 * 1024 * 1024)}</graph></graphml>`;
    expect(readGraphml(big)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'xml_too_big' })] });
    expect(readGraphml('<svg/>')).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'not_graphml', line: 1 })] });
  });
});

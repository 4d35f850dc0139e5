import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import { ALTER_FLAGS, CHANNELS, SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { mapInputArbitrary } from '../test-support/arbitraries.js';
import { FLAG_COLUMNS } from './columns.js';
import { dataByName, readGraphml } from './graphml-read.js';
import { exportGraphml } from './graphml-write.js';


describe('GraphML', () => {
  it('[X1] map → GraphML → read back: the same people, ties and attributes, keys per domain with unique names', () => {
    fc.assert(fc.property(mapInputArbitrary, (input) => {
      const map = buildMap(input);
      for (const snapshot of map.snapshots) {
        const read = readGraphml(exportGraphml(map, snapshot, { names: true }));
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        const doc = read.document;
        expect(doc.keys.every((k) => k.for === 'graph' || k.for === 'node')).toBe(true);
        for (const domain of ['graph', 'node']) {
          const names = doc.keys.filter((k) => k.for === domain).map((k) => k.name);
          expect(new Set(names).size).toBe(names.length);
          expect(names).not.toContain('id');
        }
        expect(doc.graphs).toHaveLength(1);
        const graph = doc.graphs[0]!;
        expect(dataByName(doc, 'graph', graph.data)).toMatchObject({ nk_format: 'netwerkkracht', map_id: map.id, snapshot_id: snapshot.id, snapshot_kind: snapshot.kind,
          snapshot_date: snapshot.date, ring_count: String(map.ringCount), sector_scheme: map.sectorScheme, ego_kind: map.ego.kind, ego_name: map.ego.name });
        expect(graph.nodes.map((n) => n.id)).toEqual(snapshot.alters.map((a) => a.id));
        expect(graph.edges.map((e) => [e.source, e.target])).toEqual(snapshot.ties.map(([a, b]) => [a, b]));
        snapshot.alters.forEach((a, i) => {
          const d = dataByName(doc, 'node', graph.nodes[i]!.data);
          expect(d.label).toBe(a.name);
          expect(d.kind).toBe(a.kind);
          expect(d.sector).toBe(a.sector ?? undefined);
          expect(Number(d.ring)).toBe(a.ring);
          expect(d.status).toBe(a.status);
          expect(d.formal).toBe(String(a.formal));
          expect(d.valence).toBe(a.valence);
          expect(d.frequency).toBe(a.frequency);
          expect(d.angle === undefined ? undefined : Number(d.angle)).toBe(a.position?.angle);
          expect(d.distance === undefined ? undefined : Number(d.distance)).toBe(a.position?.distance);
          for (const f of SUPPORT_FUNCTIONS) expect(d[`support_${f}`]).toBe(a.support[f]);
          for (const f of ALTER_FLAGS) expect(d[FLAG_COLUMNS[f]]).toBe(String(a.flags[f]));
          for (const c of CHANNELS) expect(d[`channel_${c}`]).toBe(String(a.channels.includes(c)));
        });
      }
    }), { numRuns: 120 });
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

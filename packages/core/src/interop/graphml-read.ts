import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { problem, type InteropProblem } from './report.js';

/**
 * A safe, small GraphML reader on saxes (style.md): saxes never expands DTD entities, and on top
 * of it any DOCTYPE is refused outright (no internal subset, so no entity bombs and no external
 * entities), with limits on characters, depth and elements. Every problem carries line:column.
 * The result is plain GraphML (keys, graphs, nodes, edges, data by key id); what the data mean is
 * for the format readers (ours, Network Canvas).
 */
export interface XmlLimits {
  readonly maxChars: number;
  readonly maxDepth: number;
  readonly maxElements: number;
}

/** 20 MB of text, 32 levels, 500,000 elements: far above any interview, far below a bomb. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxChars: 20_000_000, maxDepth: 32, maxElements: 500_000 };

export interface GraphmlKey {
  readonly id: string;
  readonly for: string;
  readonly name: string;
  readonly type: string;
}

export interface GraphmlNode {
  readonly id: string;
  readonly line: number;
  readonly data: Readonly<Record<string, string>>;
}

export interface GraphmlEdge extends GraphmlNode {
  readonly source: string;
  readonly target: string;
}

export interface GraphmlGraph {
  readonly line: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly data: Readonly<Record<string, string>>;
  readonly nodes: readonly GraphmlNode[];
  readonly edges: readonly GraphmlEdge[];
}

export interface GraphmlDocument {
  readonly keys: readonly GraphmlKey[];
  /** Namespace declarations and other attributes of the root element. */
  readonly rootAttributes: Readonly<Record<string, string>>;
  readonly graphs: readonly GraphmlGraph[];
}

export type GraphmlRead = { readonly ok: true; readonly document: GraphmlDocument } | { readonly ok: false; readonly problems: readonly InteropProblem[] };

class Stop extends Error {
  constructor(readonly problem: InteropProblem) {
    super(problem.code);
  }
}

type MutableElement = { id: string; line: number; data: Record<string, string>; source?: string; target?: string };
type MutableGraph = { line: number; attributes: Record<string, string>; data: Record<string, string>; nodes: GraphmlNode[]; edges: GraphmlEdge[] };

export function readGraphml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): GraphmlRead {
  if (text.length > limits.maxChars) return { ok: false, problems: [problem('xml_too_big', { line: 1, column: 1 }, { max: limits.maxChars })] };
  const parser = new SaxesParser({ position: true });
  const at = () => ({ line: parser.line, column: parser.column + 1 });
  const keys: GraphmlKey[] = [];
  const graphs: MutableGraph[] = [];
  let rootAttributes: Record<string, string> = {};
  let depth = 0;
  let elements = 0;
  let graph: MutableGraph | null = null;
  let element: MutableElement | null = null;
  let dataKey: string | null = null;
  let dataText = '';

  parser.on('doctype', () => {
    throw new Stop(problem('xml_doctype', at()));
  });
  parser.on('error', (error) => {
    throw new Stop(problem('not_xml', at(), { reason: error.message.replace(/^[^:]*:\d+:\d+: /, '').slice(0, 120) }));
  });
  parser.on('opentag', (tag) => {
    const node = tag as SaxesTagPlain;
    depth++;
    elements++;
    if (depth > limits.maxDepth) throw new Stop(problem('xml_too_deep', at(), { max: limits.maxDepth }));
    if (elements > limits.maxElements) throw new Stop(problem('xml_too_many_elements', at(), { max: limits.maxElements }));
    const name = localName(node.name);
    const attrs = node.attributes;
    if (depth === 1) {
      if (name !== 'graphml') throw new Stop(problem('not_graphml', at(), { root: node.name.slice(0, 40) }));
      rootAttributes = { ...attrs };
      return;
    }
    if (name === 'key' && depth === 2) {
      keys.push({ id: attrs.id ?? '', for: attrs.for ?? 'all', name: attrs['attr.name'] ?? attrs.id ?? '', type: attrs['attr.type'] ?? 'string' });
    } else if (name === 'graph' && depth === 2) {
      graph = { line: parser.line, attributes: { ...attrs }, data: {}, nodes: [], edges: [] };
      graphs.push(graph);
    } else if ((name === 'node' || name === 'edge') && graph && depth === 3) {
      element = { id: attrs.id ?? '', line: parser.line, data: {}, ...(name === 'edge' ? { source: attrs.source ?? '', target: attrs.target ?? '' } : {}) };
    } else if (name === 'data' && graph && (depth === 3 || (element && depth === 4))) {
      dataKey = attrs.key ?? '';
      dataText = '';
    }
  });
  parser.on('text', (t) => {
    if (dataKey !== null) dataText += t;
  });
  parser.on('cdata', (t) => {
    if (dataKey !== null) dataText += t;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    depth--;
    if (name === 'data' && dataKey !== null) {
      (element ?? graph)!.data[dataKey] = dataText;
      dataKey = null;
    } else if ((name === 'node' || name === 'edge') && element && graph && depth === 2) {
      if (element.source === undefined) graph.nodes.push(element);
      else graph.edges.push(element as GraphmlEdge);
      element = null;
    } else if (name === 'graph' && depth === 1) graph = null;
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problems: [error.problem] };
    throw error;
  }
  return { ok: true, document: { keys, rootAttributes, graphs } };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The data of an element by attribute name (keys of the element's domain or `all`). */
export function dataByName(document: GraphmlDocument, domain: 'graph' | 'node' | 'edge', data: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of document.keys) {
    if ((key.for === domain || key.for === 'all') && key.id in data) out[key.name] = data[key.id] as string;
  }
  return out;
}

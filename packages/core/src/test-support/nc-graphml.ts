/**
 * A Network Canvas GraphML export as its exporter writes it (research note interop.md §2.3): the
 * built-in keys `for="all"`, one key per node variable, the session on the `<graph>` element.
 * For tests (core, CLI, web e2e) that need a file of their own shape.
 */
export interface NcFixture {
  /** `nc:` attributes of the session, e.g. { caseId: 'c1', sessionUUID: 's-1' }. */
  readonly session: Readonly<Record<string, string>>;
  /** Node variables and their GraphML types. */
  readonly variables: Readonly<Record<string, 'string' | 'boolean' | 'int' | 'double'>>;
  readonly nodes: readonly { readonly uuid: string; readonly type: string; readonly label: string; readonly data?: Readonly<Record<string, string>> }[];
  readonly edges: readonly { readonly source: number; readonly target: number; readonly type: string }[];
}

export function ncGraphml(fixture: NcFixture): string {
  const keys = Object.entries(fixture.variables).map(([name, type]) => `<key id="v-${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  const session = Object.entries(fixture.session).map(([name, value]) => ` nc:${name}="${value}"`).join('');
  const nodes = fixture.nodes.map((node, i) => {
    const data = Object.entries(node.data ?? {}).map(([name, value]) => `<data key="v-${name}">${value}</data>`).join('');
    return `<node id="${i + 1}"><data key="networkCanvasUUID">${node.uuid}</data><data key="networkCanvasType">${node.type}</data><data key="label">${node.label}</data>${data}</node>`;
  });
  const edges = fixture.edges.map((edge, i) => `<edge id="${i + 1}" source="${edge.source}" target="${edge.target}"><data key="networkCanvasType">${edge.type}</data></edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:nc="http://schema.networkcanvas.com/xmlns">',
    '<key id="label" for="all" attr.name="label" attr.type="string"/>',
    '<key id="networkCanvasType" for="all" attr.name="networkCanvasType" attr.type="string"/>',
    '<key id="networkCanvasUUID" for="all" attr.name="networkCanvasUUID" attr.type="string"/>',
    ...keys,
    `<graph edgedefault="undirected"${session}>`,
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
  ].join('\n');
}

import type { NetworkMap, Snapshot } from '../records/index.js';
import { ALTER_FLAGS, CHANNELS, SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { FLAG_COLUMNS } from './columns.js';

/**
 * The Netwerkkracht GraphML profile (research note interop.md §9.2): one snapshot per file,
 * undirected, every key declared per domain (never for="all", which igraph skips and Gephi turns
 * into node columns), unique ASCII attr.names per domain, never an attribute named `id`. Missing
 * values have no <data>. Readable by networkx, igraph and Gephi (Gephi drops the graph data).
 */
export const GRAPHML_FORMAT_VERSION = 1;

type KeyType = 'string' | 'int' | 'double' | 'boolean';
type Domain = 'graph' | 'node';

/*
 * Every field of the map format (docs/map-format.md) and where it goes:
 * - map: `id` → map_id, `title` → map_title (with names: a title is often "Netwerk van <name>"),
 *   `sectorScheme` → sector_scheme, `ringCount` → ring_count, `snapshots` → one file each.
 * - ego: `kind` → ego_kind, `name` → ego_name (with names), `personId` → ego_person_id (an opaque
 *   id), household `members` → household_size, and with names household_members (JSON text of
 *   `{ personId, name, role? }`, as egor's export: GraphML has no list type).
 * - snapshot: `id`, `kind`, `date`, `label`, `appraisal` → snapshot_*, appraisal;
 *   `note` → snapshot_note (with names: free text about the family).
 * - alter: `id` → node id, `name` → label (else "Persoon n"), `note` → note (with names), every
 *   other field its own column (NODE_KEYS); `position` → angle, distance and x, y for Gephi.
 * - tie: an <edge> with both ends; a tie has no other field.
 * Left out: nothing of the map; the lossless route is still netwerkkaart JSON (the data are text).
 */

const GRAPH_KEYS: readonly (readonly [string, KeyType])[] = [
  ['nk_format', 'string'], ['nk_version', 'int'], ['map_id', 'string'], ['map_title', 'string'], ['snapshot_id', 'string'],
  ['snapshot_kind', 'string'], ['snapshot_date', 'string'], ['snapshot_label', 'string'], ['appraisal', 'string'], ['ring_count', 'int'],
  ['sector_scheme', 'string'], ['ego_kind', 'string'], ['ego_person_id', 'string'], ['household_size', 'int'], ['ego_name', 'string'],
  ['household_members', 'string'], ['snapshot_note', 'string'],
];
const NODE_KEYS: readonly (readonly [string, KeyType])[] = [
  ['label', 'string'], ['kind', 'string'], ['sector', 'string'], ['role', 'string'], ['formal', 'boolean'], ['formal_mode', 'string'],
  ['formal_level', 'string'], ['chosen_by_family', 'boolean'], ['ring', 'int'], ['angle', 'double'], ['distance', 'double'], ['x', 'double'],
  ['y', 'double'], ['status', 'string'], ['valence', 'string'], ['fixed_arrangement', 'string'], ['frequency', 'string'], ...CHANNELS.map((c) => [`channel_${c}`, 'boolean'] as const),
  ['reachability', 'string'], ['since', 'int'], ['origin', 'string'], ...ALTER_FLAGS.map((f) => [FLAG_COLUMNS[f], 'boolean'] as const),
  ...SUPPORT_FUNCTIONS.map((f) => [`support_${f}`, 'string'] as const), ['person_id', 'string'], ['note', 'string'],
];

/** The key id of an attribute: a domain prefix keeps ids unique across domains. */
export function graphmlKeyId(domain: Domain, name: string): string {
  return `${domain === 'graph' ? 'g' : 'n'}_${name}`;
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
    // Characters XML 1.0 cannot hold at all (C0 controls other than tab, LF, CR) are left out.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    // Half a character (a lone surrogate, possible in a note) cannot be written as UTF-8.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    // A reader turns a written CR (and CR LF) into LF (XML 1.0 §2.11): a reference keeps it.
    .replace(/\r/g, '&#13;');
}

export interface GraphmlExportOptions {
  /** Names of the ego, the household and the alters, the map title and notes (personal); otherwise labels are "Persoon 1", "Persoon 2"... */
  readonly names?: boolean;
}

/** File name of one snapshot's GraphML: `<mapId>_<snapshotId>.graphml`. */
export function graphmlFileName(map: NetworkMap, snapshot: Snapshot): string {
  return `${map.id}_${snapshot.id}.graphml`;
}

export function exportGraphml(map: NetworkMap, snapshot: Snapshot, options: GraphmlExportOptions = {}): string {
  const names = options.names === true;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of GRAPH_KEYS) lines.push(`  <key id="${graphmlKeyId('graph', name)}" for="graph" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of NODE_KEYS) lines.push(`  <key id="${graphmlKeyId('node', name)}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  lines.push('  <graph id="G" edgedefault="undirected">');
  const data = (indent: string, domain: Domain, name: string, value: string | number | boolean | undefined | null): void => {
    if (value === undefined || value === null) return;
    lines.push(`${indent}<data key="${graphmlKeyId(domain, name)}">${escapeXml(String(value))}</data>`);
  };
  const ego = map.ego;
  const graphData: Record<string, string | number | undefined | null> = {
    nk_format: 'netwerkkracht', nk_version: GRAPHML_FORMAT_VERSION, map_id: map.id, map_title: names ? map.title : undefined, snapshot_id: snapshot.id,
    snapshot_kind: snapshot.kind, snapshot_date: snapshot.date, snapshot_label: snapshot.label, appraisal: snapshot.appraisal,
    ring_count: map.ringCount, sector_scheme: map.sectorScheme, ego_kind: ego.kind, ego_person_id: ego.kind === 'persoon' ? ego.personId : undefined,
    household_size: ego.kind === 'huishouden' ? ego.members.length : undefined, ego_name: names ? ego.name : undefined,
    household_members: names && ego.kind === 'huishouden' && ego.members.length > 0 ? JSON.stringify(ego.members) : undefined,
    snapshot_note: names ? snapshot.note : undefined,
  };
  for (const [name] of GRAPH_KEYS) data('    ', 'graph', name, graphData[name]);
  snapshot.alters.forEach((a, index) => {
    lines.push(`    <node id="${escapeXml(a.id)}">`);
    const radians = ((a.position?.angle ?? 0) * Math.PI) / 180;
    const values: Record<string, string | number | boolean | undefined> = {
      label: names ? a.name : `Persoon ${index + 1}`, kind: a.kind, sector: a.sector ?? undefined, role: a.role, formal: a.formal,
      formal_mode: a.formalMode, formal_level: a.formalLevel, chosen_by_family: a.chosenByFamily, ring: a.ring,
      angle: a.position?.angle, distance: a.position?.distance,
      // For Gephi: y up, the top of our drawing is angle 0.
      x: a.position ? 1000 * a.position.distance * Math.sin(radians) : undefined,
      y: a.position ? 1000 * a.position.distance * Math.cos(radians) : undefined,
      status: a.status, valence: a.valence, fixed_arrangement: a.fixedArrangement, frequency: a.frequency, reachability: a.reachability, since: a.since, origin: a.origin,
      person_id: a.personId, note: names ? a.note : undefined,
    };
    for (const c of CHANNELS) values[`channel_${c}`] = a.channels.includes(c);
    for (const f of ALTER_FLAGS) values[FLAG_COLUMNS[f]] = a.flags[f];
    for (const f of SUPPORT_FUNCTIONS) values[`support_${f}`] = a.support[f];
    for (const [name] of NODE_KEYS) data('      ', 'node', name, values[name]);
    lines.push('    </node>');
  });
  for (const [a, b] of snapshot.ties) lines.push(`    <edge id="${escapeXml(`${a}--${b}`)}" source="${escapeXml(a)}" target="${escapeXml(b)}"/>`);
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

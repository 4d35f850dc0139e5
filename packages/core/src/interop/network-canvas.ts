import { z } from 'zod';
import type { AlterInput, NetworkMapInput } from '../records/index.js';
import { DIRECTIONS, SECTORS_B, SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { foreignId, tableEntry } from './columns.js';
import { finishImport, cutText, type InteropImport } from './finish.js';
import { brusselsDay } from './brussels-day.js';
import { dataByName, readGraphml, type GraphmlDocument } from './graphml-read.js';
import { problem, ReportBuilder, type InteropProblem } from './report.js';
import { unprotectFromFormula } from '../strengthening/sociale-kaart/csv-columns.js';
import { parseCsv } from '../strengthening/sociale-kaart/csv-parse.js';

/**
 * Network Canvas GraphML (research note interop.md §2.3, §2.5). NC has none of our vocabulary, so
 * what a variable means is the user's choice: the mapping below, filled in from the template that
 * `ncMappingTemplate` makes from the file. One <graph> (an interview session) is one map with one
 * snapshot, as issue 15 asks; `mapPer: 'case'` makes the sessions of one nc:caseId the snapshots of
 * one map instead (the research note's §2.5). A categorical variable comes as one yes/no variable
 * per option (`<variable>_<option>`); the template groups them, and sector and ring can be read
 * from such a group (`{ categorical, values }`).
 */
export const NC_NAMESPACE = 'http://schema.networkcanvas.com/xmlns';

export const NcMappingSchema = z.strictObject({
  /** The node type whose nodes become people (networkCanvasType, e.g. "Person"). */
  nodeType: z.string().min(1).max(200),
  /** The variable holding the name; default `label`. */
  name: z.string().min(1).max(200).optional(),
  /**
   * The sector: a variable and which of its values means which sector (scheme B), or a categorical
   * variable exported as one yes/no variable per option (`<categorical>_<option>`) and which option
   * means which sector.
   */
  sector: z.union([
    z.strictObject({ variable: z.string().min(1).max(200), values: z.record(z.string(), z.enum(SECTORS_B)) }),
    z.strictObject({ categorical: z.string().min(1).max(200), values: z.record(z.string(), z.enum(SECTORS_B)) }),
  ]).optional(),
  /** The ring: from a variable's values, from a categorical's options, or from a layout variable (`<v>_X`, `<v>_Y`; approximate). */
  ring: z.union([
    z.strictObject({ variable: z.string().min(1).max(200), values: z.record(z.string(), z.number().int().min(1).max(3)) }),
    z.strictObject({ categorical: z.string().min(1).max(200), values: z.record(z.string(), z.number().int().min(1).max(3)) }),
    z.strictObject({ layout: z.string().min(1).max(200) }),
  ]).optional(),
  /** Boolean variables that mean a kind of support, with its direction (NC has none: the user says it). */
  support: z.array(z.strictObject({ variable: z.string().min(1).max(200), function: z.enum(SUPPORT_FUNCTIONS), direction: z.enum(DIRECTIONS) })).max(50).default([]),
  /** Edge types (networkCanvasType) that mean "these two know each other". */
  tieEdgeTypes: z.array(z.string().min(1).max(200)).max(50).default([]),
  /** 'session' (default): every session its own map; 'case': the sessions of one case id are the snapshots of one map. */
  mapPer: z.enum(['session', 'case']).default('session'),
});
export type NcMapping = z.input<typeof NcMappingSchema>;

const BUILT_IN = new Set(['networkCanvasType', 'networkCanvasUUID', 'networkCanvasSourceUUID', 'networkCanvasTargetUUID']);

function isNetworkCanvas(doc: GraphmlDocument): boolean {
  return Object.values(doc.rootAttributes).includes(NC_NAMESPACE) || doc.keys.some((k) => k.name === 'networkCanvasType');
}

export interface NcTemplate {
  readonly nodeTypes: readonly {
    readonly name: string;
    readonly count: number;
    readonly variables: readonly string[];
    /** The values found per variable, for variables with at most NC_TEMPLATE_VALUES different ones (to map to sectors and rings). */
    readonly values: Readonly<Record<string, readonly string[]>>;
    /** Categorical variables exported as one yes/no variable per option (`<name>_<option>`), grouped. */
    readonly categoricals: readonly NcCategorical[];
  }[];
  readonly edgeTypes: readonly { readonly name: string; readonly count: number }[];
  /** The protocols the sessions were made with (a mapping is saved per protocol). */
  readonly protocols: readonly string[];
  /** The same protocols with their UID where the file names one (GraphML's nc:protocolUID): a saved mapping's key (nc-mapping-key.ts). */
  readonly protocolRefs: readonly NcProtocolRef[];
  /** A mapping to fill in: the first node type, every edge type as "know each other". */
  readonly mapping: NcMapping;
}

export interface NcCategorical {
  readonly name: string;
  readonly options: readonly string[];
}

const YES_NO = new Set(['true', 'false']);

/**
 * The one-hot groups among a node type's variables: yes/no variables `<name>_<option>` with the
 * longest `<name>` that two or more of them share (so `help_type_money` and `help_type_care` are
 * the options `money` and `care` of `help_type`).
 */
export function ncCategoricals(values: Readonly<Record<string, readonly string[]>>): NcCategorical[] {
  const yesNo = Object.keys(values).filter((v) => (values[v]?.length ?? 0) > 0 && (values[v] ?? []).every((x) => YES_NO.has(x))).sort();
  const prefixes = (v: string) => [...v.matchAll(/_/g)].map((m) => m.index).filter((i) => i > 0 && i < v.length - 1).map((i) => v.slice(0, i));
  const shared = new Map<string, number>();
  for (const v of yesNo) for (const p of prefixes(v)) shared.set(p, (shared.get(p) ?? 0) + 1);
  const groups = new Map<string, string[]>();
  for (const v of yesNo) {
    const name = prefixes(v).filter((p) => (shared.get(p) ?? 0) >= 2).sort((a, b) => b.length - a.length)[0];
    if (name !== undefined) groups.set(name, [...(groups.get(name) ?? []), v.slice(name.length + 1)]);
  }
  return [...groups].filter(([, options]) => options.length >= 2).map(([name, options]) => ({ name, options })).sort((a, b) => a.name.localeCompare(b.name));
}

/** A protocol as a file names it: its UID (GraphML) and its name. */
export interface NcProtocolRef {
  readonly uid?: string;
  readonly name?: string;
}

/** A file of a Network Canvas export: its name (the CSV set's names say what each holds) and text. */
export interface NcFile {
  readonly name: string;
  readonly text: string;
}

type NcRead = { readonly ok: true; readonly sessions: readonly NcSession[]; readonly egoVariables: readonly string[] } | { readonly ok: false; readonly problems: InteropProblem[] };

/** The variables a node of the CSV set or of GraphML carries that are not Network Canvas's own ids. */
function isOwnVariable(name: string): boolean {
  return !BUILT_IN.has(name) && !NC_CSV_FIXED.has(name);
}

/** Variables with more different values than this (names, ages) are not listed with their values. */
export const NC_TEMPLATE_VALUES = 12;

/**
 * What an export holds (node types with their variables, edge types) and a mapping to start from,
 * for GraphML and for the CSV set alike (both read into sessions first).
 */
export function ncMappingTemplate(files: readonly NcFile[], format: 'nc-graphml' | 'nc-csv'): { ok: true; template: NcTemplate } | { ok: false; problems: InteropProblem[] } {
  const read = format === 'nc-graphml' ? readGraphmlSessions(files) : readCsvSessions(files);
  if (!read.ok) return read;
  const nodeTypes = new Map<string, { count: number; values: Map<string, Set<string>> }>();
  const edgeTypes = new Map<string, number>();
  for (const session of read.sessions) {
    for (const node of session.nodes) {
      const entry = nodeTypes.get(node.type) ?? { count: 0, values: new Map<string, Set<string>>() };
      entry.count++;
      for (const [name, value] of Object.entries(node.data)) {
        if (!isOwnVariable(name)) continue;
        const values = entry.values.get(name) ?? new Set<string>();
        // One more than the cap is kept, to know the variable has too many to list.
        if (values.size <= NC_TEMPLATE_VALUES) values.add(value);
        entry.values.set(name, values);
      }
      nodeTypes.set(node.type, entry);
    }
    for (const edge of session.edges) edgeTypes.set(edge.type, (edgeTypes.get(edge.type) ?? 0) + 1);
  }
  const nodes = [...nodeTypes].map(([name, e]) => {
    const variables = [...e.values.keys()].sort();
    const listed = variables.filter((v) => (e.values.get(v)?.size ?? 0) <= NC_TEMPLATE_VALUES);
    const values = Object.fromEntries(listed.map((v) => [v, [...(e.values.get(v) ?? [])].sort()]));
    return { name, count: e.count, variables, values, categoricals: ncCategoricals(values) };
  });
  const edges = [...edgeTypes].map(([name, count]) => ({ name, count }));
  const protocols = [...new Set(read.sessions.map((s) => s.protocolName).filter((p): p is string => p !== undefined && p !== ''))];
  const refs = new Map<string, NcProtocolRef>();
  for (const { protocolUid: uid, protocolName: pName } of read.sessions) {
    if (uid || pName) refs.set(`${uid ?? ''}\n${pName ?? ''}`, { ...(uid ? { uid } : {}), ...(pName ? { name: pName } : {}) });
  }
  const name = format === 'nc-graphml' ? 'label' : 'name';
  return { ok: true, template: { nodeTypes: nodes, edgeTypes: edges, protocols, protocolRefs: [...refs.values()], mapping: { nodeType: nodes[0]?.name ?? 'Person', name, support: [], tieEdgeTypes: edges.map((e) => e.name), mapPer: 'session' } } };
}

/** The snapshot date: the Brussels day of the session's finish, else start, else export time. */
function sessionDate(times: readonly (string | undefined)[]): string | null {
  for (const time of times) {
    const day = brusselsDay(time);
    if (day) return day;
  }
  return null;
}

/** One interview session, from GraphML or the CSV set: what the mapping is applied to. */
interface NcSession {
  readonly caseId: string;
  readonly sessionId: string | undefined;
  readonly date: string | null;
  readonly protocolName: string | undefined;
  readonly protocolUid?: string | undefined;
  /** `key`: what edges refer to (GraphML node id, CSV nodeID). */
  readonly nodes: readonly { readonly key: string; readonly uuid: string | undefined; readonly type: string; readonly data: Readonly<Record<string, string>> }[];
  readonly edges: readonly { readonly type: string; readonly source: string; readonly target: string }[];
}

function parseMapping(input: NcMapping): { ok: true; mapping: z.output<typeof NcMappingSchema> } | { ok: false; problems: ReturnType<typeof problem>[] } {
  const result = NcMappingSchema.safeParse(input);
  if (result.success) return { ok: true, mapping: result.data };
  const first = result.error.issues[0];
  return { ok: false, problems: [problem('bad_mapping', { path: first?.path.join('.') ?? '' }, { reason: first?.message ?? '' })] };
}

/** The sessions of one or more GraphML files (a Network Canvas zip has one file per session). */
function readGraphmlSessions(files: readonly NcFile[]): NcRead {
  const sessions: NcSession[] = [];
  const egoVariables = new Set<string>();
  for (const file of files) {
    const inFile = (p: InteropProblem): InteropProblem => (files.length > 1 && !p.file ? { ...p, file: file.name } : p);
    const read = readGraphml(file.text);
    if (!read.ok) return { ok: false, problems: read.problems.map(inFile) };
    const doc = read.document;
    if (!isNetworkCanvas(doc)) return { ok: false, problems: [inFile(problem('not_recognised', { line: 1 }, { format: 'Network Canvas GraphML' }))] };
    for (const graph of doc.graphs) {
      sessions.push({
        caseId: graph.attributes['nc:caseId'] ?? 'nc',
        sessionId: graph.attributes['nc:sessionUUID'],
        date: sessionDate(['nc:sessionFinishTime', 'nc:sessionStartTime', 'nc:sessionExportTime'].map((key) => graph.attributes[key])),
        protocolName: graph.attributes['nc:protocolName'],
        protocolUid: graph.attributes['nc:protocolUID'],
        nodes: graph.nodes.map((node) => {
          const data = dataByName(doc, 'node', node.data);
          return { key: node.id, uuid: data.networkCanvasUUID, type: data.networkCanvasType ?? '?', data };
        }),
        edges: graph.edges.map((edge) => ({ type: dataByName(doc, 'edge', edge.data).networkCanvasType ?? '', source: edge.source, target: edge.target })),
      });
    }
    for (const key of doc.keys) if (key.for === 'graph') egoVariables.add(key.name);
  }
  return { ok: true, sessions, egoVariables: [...egoVariables] };
}

export function importNcGraphml(files: readonly NcFile[], mappingInput: NcMapping, options: { today: string }): InteropImport {
  const parsedMapping = parseMapping(mappingInput);
  if (!parsedMapping.ok) return parsedMapping;
  const read = readGraphmlSessions(files);
  if (!read.ok) return read;
  return sessionsToMaps('nc-graphml', read.sessions, read.egoVariables, parsedMapping.mapping, 'label', options.today);
}

function sessionsToMaps(format: 'nc-graphml' | 'nc-csv', sessions: readonly NcSession[], egoVariables: readonly string[],
  mapping: z.output<typeof NcMappingSchema>, defaultName: string, today: string): InteropImport {
  const report = new ReportBuilder();
  const maps = new Map<string, NetworkMapInput & { snapshots: NonNullable<NetworkMapInput['snapshots']> }>();
  const nameVariable = mapping.name ?? defaultName;
  const used = new Set([nameVariable, ...mapping.support.map((s) => s.variable)]);
  /** The options of the categoricals read (`<name>_<option>`) count as used: they were looked at. */
  const categoricals = [mapping.sector, mapping.ring].flatMap((m) => (m && 'categorical' in m ? [`${m.categorical}_`] : []));
  if (mapping.sector && 'variable' in mapping.sector) used.add(mapping.sector.variable);
  if (mapping.ring && 'variable' in mapping.ring) used.add(mapping.ring.variable);
  const layout = mapping.ring && 'layout' in mapping.ring ? mapping.ring.layout : null;
  if (layout) for (const axis of ['_X', '_Y', '_x', '_y']) used.add(`${layout}${axis}`);
  const isUsed = (name: string) => used.has(name) || categoricals.some((prefix) => name.startsWith(prefix));
  /** The options of a categorical that are yes for this person, in the file's order. */
  const chosenOptions = (data: Readonly<Record<string, string>>, categorical: string): string[] =>
    Object.entries(data).filter(([k, v]) => k.startsWith(`${categorical}_`) && (v === 'true' || v === '1')).map(([k]) => k.slice(categorical.length + 1));

  sessions.forEach((session, g) => {
    const caseName = cutText(session.caseId, 120) ?? 'Ego';
    const date = session.date ?? today;
    let mapId = mapping.mapPer === 'case' ? foreignId('case_', session.caseId, 'nc') : foreignId('s', session.sessionId, `s${g + 1}`);
    if (mapping.mapPer === 'session' && maps.has(mapId)) {
      // Two sessions with one id (a file given twice): each still its own map, under its own id.
      let n = 2;
      while (maps.has(`${mapId.slice(0, 60)}_${n}`)) n++;
      mapId = `${mapId.slice(0, 60)}_${n}`;
    }
    let map = maps.get(mapId);
    if (!map) {
      const title = mapping.mapPer === 'case' ? caseName : `${caseName} ${date}`;
      map = { id: mapId, title, ego: { kind: 'persoon', name: caseName }, sectorScheme: 'B', ringCount: 3, snapshots: [] };
      maps.set(mapId, map);
      report.interpreted('caseId', 'ego.name', 'case_id_as_name');
    }
    report.interpreted('sessionFinish', 'snapshot.date', session.date ? 'brussels_day' : 'today');
    const alters: AlterInput[] = [];
    const alterOf = new Map<string, string>();
    for (const node of session.nodes) {
      const data = node.data;
      if (node.type !== mapping.nodeType) {
        report.dropped(`node type ${node.type}`, 'other_node_type');
        continue;
      }
      const id = foreignId('n', node.uuid, `n${node.key}`);
      alterOf.set(node.key, id);
      const givenName = data[nameVariable] === 'ENCRYPTED' ? undefined : cutText(data[nameVariable], 120);
      if (givenName && givenName !== 'Node') report.mapped(nameVariable, 'name');
      else report.interpreted(nameVariable, 'name', 'no_name');
      const alter: Record<string, unknown> = { id, name: givenName && givenName !== 'Node' ? givenName : `Persoon ${alters.length + 1}`, ring: 3 };
      if (mapping.sector && 'variable' in mapping.sector) {
        const sector = tableEntry(mapping.sector.values, data[mapping.sector.variable] ?? '');
        if (sector) {
          alter.sector = sector;
          report.interpreted(mapping.sector.variable, 'sector', 'mapping');
        } else report.dropped(mapping.sector.variable, 'value_not_in_mapping');
      } else if (mapping.sector) {
        const { categorical, values } = mapping.sector;
        const sectors = [...new Set(chosenOptions(data, categorical).flatMap((o) => tableEntry(values, o) ?? []))];
        if (sectors[0]) {
          alter.sector = sectors[0];
          report.interpreted(`${categorical}_*`, 'sector', sectors.length > 1 ? 'first_of_several_options' : 'mapping');
        } else report.dropped(`${categorical}_*`, 'value_not_in_mapping');
      }
      if (mapping.ring && 'categorical' in mapping.ring) {
        const { categorical, values } = mapping.ring;
        const rings = chosenOptions(data, categorical).flatMap((o) => tableEntry(values, o) ?? []);
        if (rings.length > 0) {
          alter.ring = Math.min(...rings);
          report.interpreted(`${categorical}_*`, 'ring', new Set(rings).size > 1 ? 'closest_of_several_options' : 'mapping');
        } else report.interpreted(`${categorical}_*`, 'ring', 'outer_ring_unknown');
      } else if (mapping.ring && 'variable' in mapping.ring) {
        const ring = tableEntry(mapping.ring.values, data[mapping.ring.variable] ?? '');
        if (ring) {
          alter.ring = ring;
          report.interpreted(mapping.ring.variable, 'ring', 'mapping');
        } else report.interpreted(mapping.ring.variable, 'ring', 'outer_ring_unknown');
      } else if (layout) {
        const x = Number(data[`${layout}_X`] ?? data[`${layout}_x`] ?? NaN);
        const y = Number(data[`${layout}_Y`] ?? data[`${layout}_y`] ?? NaN);
        if (Number.isFinite(x) && Number.isFinite(y)) {
          const dx = x - 0.5;
          const dy = y - 0.5;
          let angle = (Math.atan2(dx, -dy) * 180) / Math.PI;
          if (angle < 0) angle += 360;
          if (angle >= 360) angle = 0;
          const distance = Math.min(1, 2 * Math.sqrt(dx * dx + dy * dy));
          alter.position = { angle, distance };
          alter.ring = Math.min(3, Math.max(1, Math.ceil(distance * 3)));
          report.interpreted(`${layout}_X/_Y`, 'ring', 'layout_approximate');
        } else report.interpreted(layout, 'ring', 'outer_ring_unknown');
      } else report.interpreted('(none)', 'ring', 'outer_ring_unknown');
      const support: Record<string, string> = {};
      for (const s of mapping.support) {
        if (data[s.variable] === 'true' || data[s.variable] === '1') {
          support[s.function] = s.direction;
          report.interpreted(s.variable, `support.${s.function}`, 'mapping');
        }
      }
      alter.support = support;
      for (const name of Object.keys(data)) if (!BUILT_IN.has(name) && !isUsed(name)) report.dropped(name, 'no_field');
      alters.push(alter as AlterInput);
    }
    const ties = new Map<string, [string, string]>();
    for (const edge of session.edges) {
      const type = edge.type;
      if (!mapping.tieEdgeTypes.includes(type)) {
        report.dropped(`edge type ${type}`, 'not_a_tie_type');
        continue;
      }
      const a = alterOf.get(edge.source);
      const b = alterOf.get(edge.target);
      if (!a || !b) report.dropped(`edge type ${type}`, 'not_between_people');
      else if (a === b) report.dropped(`edge type ${type}`, 'self_tie');
      else {
        const pair: [string, string] = a < b ? [a, b] : [b, a];
        if (ties.has(pair.join(' '))) report.dropped(`edge type ${type}`, 'duplicate_tie');
        else {
          ties.set(pair.join(' '), pair);
          report.mapped(`edge type ${type}`, 'ties');
        }
      }
    }
    const snapshotId = foreignId('s', session.sessionId, `s${g + 1}`);
    const label = cutText(session.protocolName, 120);
    map.snapshots.push({ id: snapshotId, kind: 'is', date, ...(label ? { label } : {}), alters, ties: [...ties.values()] });
  });
  for (const name of egoVariables) report.dropped(`ego: ${name}`, 'no_field');
  return finishImport(format, [...maps.values()], report);
}

const NC_CSV_FIXED = new Set(['nodeID', 'edgeID', 'from', 'to', 'networkCanvasEgoUUID', 'networkCanvasUUID', 'networkCanvasSourceUUID', 'networkCanvasTargetUUID', 'null']);

/** The kind and type of a file of a Network Canvas CSV export, from its name (`…_ego.csv`, `…_attributeList_<Type>.csv`, `…_edgeList_<Type>.csv`). */
export function ncCsvFileKind(name: string): { kind: 'ego' } | { kind: 'nodes' | 'edges'; type: string } | null {
  const base = name.replace(/^.*[/\\]/, '');
  if (/_ego\.csv$/i.test(base)) return { kind: 'ego' };
  const nodes = /_attributeList_(\w+)\.csv$/i.exec(base);
  if (nodes) return { kind: 'nodes', type: nodes[1] as string };
  const edges = /_edgeList_(\w+)\.csv$/i.exec(base);
  if (edges) return { kind: 'edges', type: edges[1] as string };
  return null;
}

/**
 * A Network Canvas CSV export (research note §2.4): the ego file names the sessions, one
 * attribute list per node type, one edge list per edge type; rows link to their session by
 * `networkCanvasEgoUUID` and edges to nodes by the node UUIDs (never by the per-session numbers).
 * Columns are found by header; a leading apostrophe before = + - @ is taken off; ENCRYPTED is missing.
 */
export function importNcCsv(files: readonly NcFile[], mappingInput: NcMapping, options: { today: string }): InteropImport {
  const parsedMapping = parseMapping(mappingInput);
  if (!parsedMapping.ok) return parsedMapping;
  const read = readCsvSessions(files);
  if (!read.ok) return read;
  return sessionsToMaps('nc-csv', read.sessions, read.egoVariables, parsedMapping.mapping, 'name', options.today);
}

function readCsvSessions(files: readonly NcFile[]): NcRead {
  type Row = Record<string, string>;
  const tables: { kind: NonNullable<ReturnType<typeof ncCsvFileKind>>; rows: Row[]; name: string }[] = [];
  for (const file of files) {
    const kind = ncCsvFileKind(file.name);
    if (!kind) return { ok: false, problems: [problem('not_recognised', { file: file.name }, { format: 'Network Canvas CSV' })] };
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    const parsed = parseCsv(text, ',');
    if (!parsed.ok) return { ok: false, problems: [problem('csv_syntax', { file: file.name, line: parsed.line, column: parsed.column }, { syntax: parsed.code })] };
    const [head, ...records] = parsed.records;
    const header = head?.fields.map((f) => f.value.trim()) ?? [];
    const rows: Row[] = [];
    for (const record of records) {
      if (record.fields.length !== header.length) {
        return { ok: false, problems: [problem('wrong_field_count', { file: file.name, line: record.line }, { got: record.fields.length, expected: header.length })] };
      }
      const row: Row = {};
      header.forEach((h, i) => {
        const value = unprotectFromFormula(record.fields[i]?.value ?? '');
        if (value !== '' && value !== 'ENCRYPTED') row[h] = value;
      });
      rows.push(row);
    }
    for (const needed of kind.kind === 'ego' ? ['networkCanvasEgoUUID'] : ['networkCanvasEgoUUID', ...(kind.kind === 'nodes' ? ['networkCanvasUUID'] : ['networkCanvasSourceUUID', 'networkCanvasTargetUUID'])]) {
      if (!header.includes(needed)) return { ok: false, problems: [problem('missing_column', { file: file.name, line: 1 }, { name: needed })] };
    }
    tables.push({ kind, rows, name: file.name });
  }
  const egoRows = tables.filter((t) => t.kind.kind === 'ego').flatMap((t) => t.rows);
  if (egoRows.length === 0) return { ok: false, problems: [problem('required', { file: '…_ego.csv' })] };
  const sessions = egoRows.map((ego): NcSession => {
    const egoId = ego.networkCanvasEgoUUID as string;
    const nodes = tables.flatMap((t) => (t.kind.kind === 'nodes' ? t.rows.filter((r) => r.networkCanvasEgoUUID === egoId).map((r) => ({
      key: r.networkCanvasUUID as string, uuid: r.networkCanvasUUID, type: (t.kind as { type: string }).type,
      data: Object.fromEntries(Object.entries(r).filter(([k]) => !NC_CSV_FIXED.has(k))),
    })) : []));
    const edges = tables.flatMap((t) => (t.kind.kind === 'edges' ? t.rows.filter((r) => r.networkCanvasEgoUUID === egoId).map((r) => ({
      type: (t.kind as { type: string }).type, source: r.networkCanvasSourceUUID ?? '', target: r.networkCanvasTargetUUID ?? '',
    })) : []));
    return { caseId: ego.networkCanvasCaseID ?? 'nc', sessionId: ego.networkCanvasSessionID ?? egoId, date: sessionDate([ego.sessionFinish, ego.sessionStart, ego.sessionExported]), protocolName: ego.networkCanvasProtocolName, nodes, edges };
  });
  const egoVariables = [...new Set(egoRows.flatMap((r) => Object.keys(r)))].filter((k) => !['networkCanvasEgoUUID', 'networkCanvasCaseID', 'networkCanvasSessionID', 'networkCanvasProtocolName', 'sessionStart', 'sessionFinish', 'sessionExported'].includes(k));
  return { ok: true, sessions, egoVariables };
}

import {
  CaseSchema, CURRENT_MAP_FORMAT_VERSION, MAP_FORMAT, parseMapDocument, type Case, type NetworkMap, type Snapshot,
} from '@netwerkkracht/core';

/**
 * The cases and maps held on this device until the server is wired in: what the pages read and
 * change. Stored as JSON and parsed with core's schemas when read back, so a damaged or older
 * entry is reported and left out, never put into state unchecked.
 */
export interface MapEntry {
  /** The map with its saved versions (snapshots). */
  readonly map: NetworkMap;
  /** The version being edited, not saved yet. */
  readonly draft: Snapshot;
  /** The conversation guide's state for this map, as saved by the guide. */
  readonly guide: unknown;
}

export interface CaseEntry {
  readonly case: Case;
  readonly maps: readonly MapEntry[];
}

export interface Workspace {
  readonly cases: readonly CaseEntry[];
}

export const EMPTY_WORKSPACE: Workspace = { cases: [] };

interface StoredEntry {
  readonly case: unknown;
  readonly maps: readonly { readonly map: unknown; readonly draft: unknown; readonly guide?: unknown }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The envelope only; each case and map inside is checked by core's schemas. */
function storedCases(json: unknown): StoredEntry[] | null {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.cases)) return null;
  return json.cases.filter(isRecord).map((c) => ({
    case: c.case,
    maps: Array.isArray(c.maps) ? c.maps.filter(isRecord).map((m) => ({ map: m.map, draft: m.draft, guide: m.guide })) : [],
  }));
}

export interface LoadResult {
  readonly workspace: Workspace;
  /** How many cases or maps could not be read. */
  readonly dropped: number;
}

/** Parses one map with its draft through the map format parser (the draft rides as a snapshot). */
function parseMapEntry(raw: { map: unknown; draft: unknown; guide?: unknown }): MapEntry | null {
  if (typeof raw.map !== 'object' || raw.map === null) return null;
  const map = raw.map as Record<string, unknown>;
  const snapshots = Array.isArray(map.snapshots) ? map.snapshots : [];
  const parsed = parseMapDocument({ format: MAP_FORMAT, version: CURRENT_MAP_FORMAT_VERSION, map: { ...map, snapshots: [...snapshots, raw.draft] } });
  if (!parsed.ok) return null;
  const all = parsed.value.map.snapshots;
  const draft = all[all.length - 1];
  if (!draft) return null;
  return { map: { ...parsed.value.map, snapshots: all.slice(0, -1) }, draft, guide: raw.guide ?? null };
}

export function parseWorkspace(text: string | null): LoadResult {
  if (text === null) return { workspace: EMPTY_WORKSPACE, dropped: 0 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { workspace: EMPTY_WORKSPACE, dropped: 1 };
  }
  const stored = storedCases(json);
  if (stored === null) return { workspace: EMPTY_WORKSPACE, dropped: 1 };
  let dropped = 0;
  const cases: CaseEntry[] = [];
  for (const entry of stored) {
    const parsedCase = CaseSchema.safeParse(entry.case);
    if (!parsedCase.success) {
      dropped += 1;
      continue;
    }
    const maps: MapEntry[] = [];
    for (const rawMap of entry.maps) {
      const map = parseMapEntry(rawMap);
      if (map) maps.push(map);
      else dropped += 1;
    }
    cases.push({ case: parsedCase.data as Case, maps });
  }
  return { workspace: { cases }, dropped };
}

export function serialiseWorkspace(workspace: Workspace): string {
  return JSON.stringify({ version: 1, ...workspace });
}

export function updateCase(workspace: Workspace, caseId: string, change: (entry: CaseEntry) => CaseEntry): Workspace {
  return { cases: workspace.cases.map((c) => (c.case.id === caseId ? change(c) : c)) };
}

export function updateMapEntry(workspace: Workspace, caseId: string, mapId: string, change: (entry: MapEntry) => MapEntry): Workspace {
  return updateCase(workspace, caseId, (c) => ({ ...c, maps: c.maps.map((m) => (m.map.id === mapId ? change(m) : m)) }));
}

export function findMapEntry(workspace: Workspace, caseId: string, mapId: string): { caseEntry: CaseEntry; mapEntry: MapEntry } | null {
  const caseEntry = workspace.cases.find((c) => c.case.id === caseId);
  const mapEntry = caseEntry?.maps.find((m) => m.map.id === mapId);
  return caseEntry && mapEntry ? { caseEntry, mapEntry } : null;
}

import { CURRENT_MAP_FORMAT_VERSION, MAP_FORMAT } from './format/document.js';
import { parseMapDocument } from './format/parse.js';
import { describeIssue } from './messages/issue-messages.js';
import type { NetworkMap, NetworkMapInput, Snapshot } from './records/index.js';
import type { AlterInput } from './records/network-map.js';

/**
 * Builds a map from code (demo data, generators, tests) through the same parser as a file, so a
 * built map obeys every rule a loaded one does. Throws on invalid input: code that builds a map
 * must build a valid one (input from people goes through parseMapDocument, which never throws).
 */
export function buildMap(input: NetworkMapInput): NetworkMap {
  const result = parseMapDocument({ format: MAP_FORMAT, version: CURRENT_MAP_FORMAT_VERSION, map: input });
  if (!result.ok) throw new Error(`invalid map: ${result.issues.map((i) => describeIssue(i, 'en')).join('; ')}`);
  return result.value.map;
}

export interface SnapshotInput {
  readonly id?: string;
  readonly kind?: 'was' | 'is' | 'wens';
  readonly date?: string;
  readonly appraisal?: 'versterkend' | 'belastend' | null;
  readonly alters: readonly AlterInput[];
  readonly ties?: readonly (readonly [string, string])[];
}

/** One snapshot on a person map with the default scheme (B) and three rings. */
export function buildSnapshot(input: SnapshotInput, shape: { sectorScheme?: 'A' | 'B'; ringCount?: number } = {}): Snapshot {
  const map = buildMap({
    id: 'm',
    ego: { kind: 'persoon', name: 'ego' },
    ...shape,
    snapshots: [{
      id: input.id ?? 's',
      kind: input.kind ?? 'is',
      date: input.date ?? '2026-01-01',
      appraisal: input.appraisal ?? null,
      alters: input.alters.map((a) => ({ ...a })),
      ties: (input.ties ?? []).map(([a, b]) => [a, b]),
    }],
  } as NetworkMapInput);
  return map.snapshots[0] as Snapshot;
}

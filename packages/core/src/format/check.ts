import type { z } from 'zod';
import {
  DEFAULT_RING_COUNT, isFormalByDefault, MAX_RING_COUNT, MIN_RING_COUNT, SECTOR_SCHEME_CODES, sectorCodesOf,
  type SectorSchemeCode,
} from '../vocabularies/index.js';
import type { Alter, NetworkMap, NetworkMapSchema, Snapshot, Tie } from '../records/network-map.js';
import { issue, previewText, type Issue, type PathSegment } from './issues.js';
import { isPlainObject } from './migrations.js';

type ParsedMap = z.output<typeof NetworkMapSchema>;

/** A valid id has at most 64 characters: shown whole; a longer one is cut there. */
const ID_PREVIEW = 64;

/**
 * The rules that need the whole map (F5–F9 of docs/map-format.md): ids unique, each ring within
 * the map's ring count, each sector within the map's scheme, ties only between existing and
 * distinct alters and each pair once. They are checked on the raw JSON, defensively, so that a file
 * with schema errors still gets every one of these problems reported in the same run. A tie written
 * with the larger id first is not an error: it is turned round and reported as a warning.
 */
export function mapRuleIssues(rawMap: unknown, base: readonly PathSegment[]): Issue[] {
  const issues: Issue[] = [];
  if (!isPlainObject(rawMap)) return issues;
  const scheme: SectorSchemeCode = (SECTOR_SCHEME_CODES as readonly unknown[]).includes(rawMap.sectorScheme)
    ? (rawMap.sectorScheme as SectorSchemeCode)
    : 'B';
  const ringCount = isWholeIn(rawMap.ringCount, MIN_RING_COUNT, MAX_RING_COUNT) ? (rawMap.ringCount as number) : DEFAULT_RING_COUNT;
  const allowedSectors: readonly string[] = sectorCodesOf(scheme);
  const snapshotIds = new Set<string>();
  const snapshots = Array.isArray(rawMap.snapshots) ? rawMap.snapshots : [];

  snapshots.forEach((snapshot: unknown, si) => {
    if (!isPlainObject(snapshot)) return;
    const at = [...base, 'snapshots', si];
    if (typeof snapshot.id === 'string') {
      if (snapshotIds.has(snapshot.id)) issues.push(issue('duplicate_id', [...at, 'id'], { id: previewText(snapshot.id, ID_PREVIEW) }));
      snapshotIds.add(snapshot.id);
    }
    const alterIds = new Set<string>();
    const alters = Array.isArray(snapshot.alters) ? snapshot.alters : [];
    alters.forEach((alter: unknown, ai) => {
      if (!isPlainObject(alter)) return;
      const alterAt = [...at, 'alters', ai];
      if (typeof alter.id === 'string') {
        if (alterIds.has(alter.id)) issues.push(issue('duplicate_id', [...alterAt, 'id'], { id: previewText(alter.id, ID_PREVIEW) }));
        alterIds.add(alter.id);
      }
      if (typeof alter.ring === 'number' && Number.isInteger(alter.ring) && (alter.ring < 1 || alter.ring > ringCount)) {
        issues.push(issue('ring_out_of_range', [...alterAt, 'ring'], { max: ringCount, got: alter.ring }));
      }
      if (typeof alter.sector === 'string' && !allowedSectors.includes(alter.sector)) {
        issues.push(issue('sector_not_in_scheme', [...alterAt, 'sector'], { scheme, allowed: allowedSectors.join(', '), got: previewText(alter.sector) }));
      }
    });

    const seenPairs = new Set<string>();
    const ties = Array.isArray(snapshot.ties) ? snapshot.ties : [];
    ties.forEach((tie: unknown, ti) => {
      if (!Array.isArray(tie) || tie.length !== 2 || typeof tie[0] !== 'string' || typeof tie[1] !== 'string') return;
      const [a, b] = tie as [string, string];
      const tieAt = [...at, 'ties', ti];
      let broken = false;
      if (!alterIds.has(a)) { issues.push(issue('unknown_alter', [...tieAt, 0], { id: previewText(a, ID_PREVIEW) })); broken = true; }
      if (!alterIds.has(b)) { issues.push(issue('unknown_alter', [...tieAt, 1], { id: previewText(b, ID_PREVIEW) })); broken = true; }
      if (a === b) { issues.push(issue('self_tie', tieAt, { id: previewText(a, ID_PREVIEW) })); broken = true; }
      if (broken) return;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const key = `${lo}\u0000${hi}`;
      if (seenPairs.has(key)) { issues.push(issue('duplicate_tie', tieAt, { a: previewText(lo, ID_PREVIEW), b: previewText(hi, ID_PREVIEW) })); return; }
      seenPairs.add(key);
      if (lo !== a) issues.push(issue('tie_reordered', tieAt, { a: previewText(lo, ID_PREVIEW), b: previewText(hi, ID_PREVIEW) }, 'warning'));
    });
  });
  return issues;
}

/**
 * Puts a schema-checked map whose rules hold into the form the program holds: `formal` resolved
 * from the sector where the input left it out, every tie with the smaller id first.
 */
export function normaliseMap(parsed: ParsedMap): NetworkMap {
  const snapshots = parsed.snapshots.map((snapshot): Snapshot => ({
    ...snapshot,
    alters: snapshot.alters.map(canonicalAlter),
    ties: snapshot.ties.map(([a, b]): Tie => (a < b ? [a, b] : [b, a])),
  }));
  return { ...parsed, snapshots } as NetworkMap;
}

/**
 * An alter with every field present in one fixed order (absent optional fields as undefined, which
 * JSON leaves out). All alters then share one object shape, which keeps the indicator engine's
 * property reads fast: with shapes that vary by which optional fields a file happens to fill in,
 * they become megamorphic and the engine runs at a third of the speed.
 */
export function canonicalAlter(alter: ParsedMap['snapshots'][number]['alters'][number]): Alter {
  return {
    id: alter.id,
    kind: alter.kind,
    name: alter.name,
    personId: alter.personId,
    sector: alter.sector,
    role: alter.role,
    formal: alter.formal ?? isFormalByDefault(alter.sector),
    formalMode: alter.formalMode,
    formalLevel: alter.formalLevel,
    chosenByFamily: alter.chosenByFamily,
    ring: alter.ring,
    position: alter.position,
    status: alter.status,
    support: alter.support,
    valence: alter.valence,
    frequency: alter.frequency,
    channels: alter.channels,
    reachability: alter.reachability,
    since: alter.since,
    origin: alter.origin,
    flags: alter.flags,
    fixedArrangement: alter.fixedArrangement,
    note: alter.note,
  };
}

function isWholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

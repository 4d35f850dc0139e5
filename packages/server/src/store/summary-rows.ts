import { latestPerQuarter, summariseSnapshot, type NetworkMap, type SnapshotSummary } from '@netwerkkracht/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { mapInSlices } from '../documents/slices.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The organisation report's summary rows (docs/organisation-report.md, OR1–OR3): per map and
 * quarter, the latest saved "is" version's bands and codes (`snapshot_summaries`) and its counts
 * per support function and sector (`snapshot_summary_counts`). Rebuilt for a map whenever it is
 * stored or changed, inside the same transaction, so the report never reads a single alter.
 */
export async function summariesOfMap(map: NetworkMap): Promise<SnapshotSummary[]> {
  const latest = latestPerQuarter(map.snapshots.map((s, seq) => ({ id: s.id, kind: s.kind, date: s.date, seq })));
  const wanted = new Set([...latest.values()].map((h) => h.id));
  // A map at the limits may have a hundred quarters of 300 people: analysed a slice at a time.
  return mapInSlices(map.snapshots.filter((s) => wanted.has(s.id)), (s) => summariseSnapshot(s, map));
}

export async function replaceSummaries(db: Db, mapId: string, organisationId: string, summaries: readonly SnapshotSummary[]): Promise<void> {
  await db.deleteFrom('snapshot_summary_counts').where('map_id', '=', mapId).execute();
  await db.deleteFrom('snapshot_summaries').where('map_id', '=', mapId).execute();
  if (summaries.length === 0) return;
  await db.insertInto('snapshot_summaries').values(summaries.map((s) => ({
    map_id: mapId, quarter: s.quarter, organisation_id: organisationId, snapshot_id: s.snapshotId,
    size_band: s.sizeBand, quadrant: s.quadrant, dependence: s.dependence, reciprocity: s.reciprocity,
  }))).execute();
  const counts = summaries.flatMap((s) => [
    ...Object.entries(s.coverage).map(([f, c]) => ({ map_id: mapId, quarter: s.quarter, organisation_id: organisationId, kind: `coverage:${f}`, category: c, n: 1 })),
    ...Object.entries(s.sectors).map(([code, n]) => ({ map_id: mapId, quarter: s.quarter, organisation_id: organisationId, kind: 'sector', category: code, n })),
  ]);
  for (let i = 0; i < counts.length; i += 500) await db.insertInto('snapshot_summary_counts').values(counts.slice(i, i + 500)).execute();
}


import { latestPerQuarter, summariseSnapshot, type NetworkMap, type SnapshotSummary } from '@netwerkkracht/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { mapInSlices } from '../documents/slices.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The organisation report's rows (docs/organisation-report.md, OR1–OR3, OR8). Per map and quarter,
 * the latest saved "is" version's bands and codes (`snapshot_summaries`) and what it adds to the
 * organisation's counts (`snapshot_summary_counts`: one map to its quarter, its size band, quadrant,
 * dependence and reciprocity band, its coverage per function, its people per sector). The
 * organisation's totals per quarter (`organisation_report_counts`) are kept by adding what a map
 * adds now and taking away what it added before, in the same transaction as the change: the report
 * reads a few hundred rows whatever the number of maps.
 */
export async function summariesOfMap(map: NetworkMap): Promise<SnapshotSummary[]> {
  const latest = latestPerQuarter(map.snapshots.map((s, seq) => ({ id: s.id, kind: s.kind, date: s.date, seq })));
  const wanted = new Set([...latest.values()].map((h) => h.id));
  // A map at the limits may have a hundred quarters of 300 people: analysed a slice at a time.
  return mapInSlices(map.snapshots.filter((s) => wanted.has(s.id)), (s) => summariseSnapshot(s, map));
}

interface Contribution { readonly quarter: string; readonly kind: string; readonly category: string; readonly n: number }

/** OR8: what one summary adds to its quarter's counts. */
export function contributionsOf(s: SnapshotSummary): Contribution[] {
  const one = (kind: string, category: string): Contribution => ({ quarter: s.quarter, kind, category, n: 1 });
  return [
    one('maps', ''), one('size', s.sizeBand), one('quadrant', s.quadrant), one('dependence', s.dependence), one('reciprocity', s.reciprocity),
    ...Object.entries(s.coverage).map(([f, c]) => one(`coverage:${f}`, c)),
    ...Object.entries(s.sectors).map(([code, n]) => ({ quarter: s.quarter, kind: 'sector', category: code, n })),
  ];
}

export async function replaceSummaries(db: Db, mapId: string, organisationId: string, summaries: readonly SnapshotSummary[]): Promise<void> {
  const before = await db.selectFrom('snapshot_summary_counts').select(['quarter', 'kind', 'category', 'n']).where('map_id', '=', mapId).execute();
  await db.deleteFrom('snapshot_summary_counts').where('map_id', '=', mapId).execute();
  await db.deleteFrom('snapshot_summaries').where('map_id', '=', mapId).execute();
  const after = summaries.flatMap(contributionsOf);
  if (summaries.length > 0) {
    await db.insertInto('snapshot_summaries').values(summaries.map((s) => ({
      map_id: mapId, quarter: s.quarter, organisation_id: organisationId, snapshot_id: s.snapshotId,
      size_band: s.sizeBand, quadrant: s.quadrant, dependence: s.dependence, reciprocity: s.reciprocity,
    }))).execute();
    const rows = after.map((c) => ({ map_id: mapId, organisation_id: organisationId, ...c }));
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('snapshot_summary_counts').values(rows.slice(i, i + 500)).execute();
  }
  const delta = new Map<string, Contribution>();
  const add = (c: Contribution, sign: number) => {
    const key = `${c.quarter}\u0000${c.kind}\u0000${c.category}`;
    const n = (delta.get(key)?.n ?? 0) + sign * Number(c.n);
    delta.set(key, { ...c, n });
  };
  for (const c of before) add(c, -1);
  for (const c of after) add(c, 1);
  // In key order: two writes that both change some of the same counts lock them in the same order
  // (PostgreSQL), so they wait for each other instead of deadlocking.
  const changes = [...delta.entries()].filter(([, c]) => c.n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => ({ organisation_id: organisationId, ...c }));
  for (let i = 0; i < changes.length; i += 500) {
    await db.insertInto('organisation_report_counts').values(changes.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['organisation_id', 'quarter', 'kind', 'category']).doUpdateSet({ n: sql<number>`organisation_report_counts.n + excluded.n` }))
      .execute();
  }
}

/** Before a map or a case is deleted: its share of the organisation's counts is taken away. */
export async function forgetSummaries(db: Db, mapIds: readonly string[], organisationId: string): Promise<void> {
  for (const mapId of mapIds) await replaceSummaries(db, mapId, organisationId, []);
}

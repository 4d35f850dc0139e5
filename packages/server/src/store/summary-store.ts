import { latestPerQuarter } from '@netwerkkracht/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, MapsTable } from '../db/schema.js';
import { readMap } from './map-store.js';
import { replaceSummaries, summariesOfMap } from './summary-rows.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * After a change of a stored map: reads the snapshot headers, then only the versions that are the
 * latest of their quarter (their names stay encrypted: no cipher), and replaces the map's rows.
 */
export async function refreshMapSummaries(db: Db, mapRow: Selectable<MapsTable>): Promise<void> {
  const owner = await db.selectFrom('cases').select('organisation_id').where('id', '=', mapRow.case_id).executeTakeFirstOrThrow();
  const headers = await db.selectFrom('snapshots').select(['id', 'kind', 'date', 'seq']).where('map_id', '=', mapRow.id).execute();
  const latest = latestPerQuarter(headers);
  if (latest.size === 0) {
    await replaceSummaries(db, mapRow.id, owner.organisation_id, []);
    return;
  }
  const map = await readMap(db, null, mapRow, [...latest.values()].map((h) => h.id));
  await replaceSummaries(db, mapRow.id, owner.organisation_id, await summariesOfMap(map));
}

import { LocalServiceSchema, type LocalService, type LocalServiceFields } from '@netwerkkracht/core';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database, LocalServicesTable } from '../db/schema.js';
import { nowIso } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

const list = (stored: string): string[] => (stored === '' ? [] : stored.split('|'));

/** A row back to the core record, parsed: a hand-edited row with an unknown code is a bug, not data. */
export function localServiceFromRow(row: Selectable<LocalServicesTable>): LocalService {
  return LocalServiceSchema.parse({
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    region: row.region,
    contact: row.contact,
    cost: row.cost,
    accessibility: row.accessibility,
    targetGroup: row.target_group,
    supportFunctions: list(row.support_functions),
    domains: list(row.domains),
    models: list(row.models),
    online: row.online === 1,
  }) as LocalService;
}

export function localServiceColumns(fields: LocalServiceFields) {
  return {
    name: fields.name,
    organisation: fields.organisation,
    region: fields.region,
    contact: fields.contact,
    cost: fields.cost,
    accessibility: fields.accessibility,
    target_group: fields.targetGroup,
    support_functions: fields.supportFunctions.join('|'),
    domains: fields.domains.join('|'),
    models: fields.models.join('|'),
    online: fields.online ? 1 : 0,
  };
}

/** The organisation's sociale kaart in list order (the order entries were added or imported). */
export async function listLocalServices(db: Db, organisationId: string): Promise<LocalService[]> {
  const rows = await db.selectFrom('local_services').selectAll().where('organisation_id', '=', organisationId).orderBy('seq').orderBy('id').execute();
  return rows.map(localServiceFromRow);
}

export async function findLocalService(db: Db, organisationId: string, id: string): Promise<LocalService | undefined> {
  const row = await db.selectFrom('local_services').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row ? localServiceFromRow(row) : undefined;
}

async function nextSeq(db: Db, organisationId: string): Promise<number> {
  const row = await db.selectFrom('local_services').select((eb) => eb.fn.max('seq').as('seq')).where('organisation_id', '=', organisationId).executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq) + 1;
}

/**
 * Adds or replaces services of one organisation, keeping the list position of those that exist and
 * appending the new ones in the order given. Ids are per organisation (the primary key includes
 * it), so a file from another organisation can never touch its entries.
 */
export async function upsertLocalServices(trx: Transaction<Database>, organisationId: string, services: readonly LocalService[]): Promise<{ added: number; updated: number }> {
  let seq = await nextSeq(trx, organisationId);
  let added = 0;
  let updated = 0;
  const now = nowIso();
  for (const service of services) {
    const columns = localServiceColumns(service);
    const result = await trx.updateTable('local_services').set({ ...columns, updated_at: now })
      .where('organisation_id', '=', organisationId).where('id', '=', service.id).executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) {
      updated++;
      continue;
    }
    const row: Insertable<LocalServicesTable> = { organisation_id: organisationId, id: service.id, seq: seq++, ...columns, created_at: now, updated_at: now };
    await trx.insertInto('local_services').values(row).execute();
    added++;
  }
  return { added, updated };
}

import { CaseRightStatusSchema, ExplorerRightSchema, type CaseRightStatus, type ExplorerRight, type ExplorerRightFields } from '@netwerkkracht/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { CaseRightsTable, Database, ExplorerRightsTable } from '../db/schema.js';
import { nowIso } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

function fromRow(row: Selectable<ExplorerRightsTable>): ExplorerRight {
  return ExplorerRightSchema.parse({
    id: row.id, domain: row.domain, name: row.name, what: row.what, forWhom: row.for_whom, how: row.how, where: row.where_to, when: row.when_to, contact: row.contact,
  }) as ExplorerRight;
}

function columns(fields: ExplorerRightFields) {
  return { domain: fields.domain, name: fields.name, what: fields.what, for_whom: fields.forWhom, how: fields.how, where_to: fields.where, when_to: fields.when, contact: fields.contact };
}

/** The organisation's rechtenverkenner in list order (the order rights were added or imported). */
export async function listExplorerRights(db: Db, organisationId: string): Promise<ExplorerRight[]> {
  const rows = await db.selectFrom('explorer_rights').selectAll().where('organisation_id', '=', organisationId).orderBy('seq').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findExplorerRight(db: Db, organisationId: string, id: string): Promise<ExplorerRight | undefined> {
  const row = await db.selectFrom('explorer_rights').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Adds or replaces rights of one organisation, keeping the place of those that exist (ids are per organisation). */
export async function upsertExplorerRights(trx: Transaction<Database>, organisationId: string, rights: readonly ExplorerRight[]): Promise<{ added: number; updated: number }> {
  const max = await trx.selectFrom('explorer_rights').select((eb) => eb.fn.max('seq').as('seq')).where('organisation_id', '=', organisationId).executeTakeFirst();
  let seq = max?.seq === null || max?.seq === undefined ? 0 : Number(max.seq) + 1;
  let added = 0;
  let updated = 0;
  const now = nowIso();
  for (const right of rights) {
    const result = await trx.updateTable('explorer_rights').set({ ...columns(right), updated_at: now })
      .where('organisation_id', '=', organisationId).where('id', '=', right.id).executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) { updated++; continue; }
    await trx.insertInto('explorer_rights').values({ organisation_id: organisationId, id: right.id, seq: seq++, ...columns(right), created_at: now, updated_at: now }).execute();
    added++;
  }
  return { added, updated };
}

function statusFromRow(cipher: CaseCipher, row: Selectable<CaseRightsTable>): CaseRightStatus {
  return CaseRightStatusSchema.parse({
    rightId: row.right_id, status: row.status, statusOn: row.status_on,
    ...(row.asked_on !== null ? { askedOn: row.asked_on } : {}),
    ...(row.realised_on !== null ? { realisedOn: row.realised_on } : {}),
    ...(row.note_enc !== null ? { note: cipher.decrypt(row.note_enc, 'case_rights.note') } : {}),
  }) as CaseRightStatus;
}

export async function listCaseRights(db: Db, cipher: CaseCipher, caseId: string): Promise<CaseRightStatus[]> {
  const rows = await db.selectFrom('case_rights').selectAll().where('case_id', '=', caseId).orderBy('right_id').execute();
  return rows.map((r) => statusFromRow(cipher, r));
}

export async function findCaseRight(db: Db, cipher: CaseCipher, caseId: string, rightId: string): Promise<CaseRightStatus | undefined> {
  const row = await db.selectFrom('case_rights').selectAll().where('case_id', '=', caseId).where('right_id', '=', rightId).executeTakeFirst();
  return row ? statusFromRow(cipher, row) : undefined;
}

export async function writeCaseRight(trx: Transaction<Database>, cipher: CaseCipher, caseId: string, status: CaseRightStatus): Promise<void> {
  const values = {
    status: status.status, status_on: status.statusOn, asked_on: status.askedOn ?? null, realised_on: status.realisedOn ?? null,
    note_enc: status.note === undefined ? null : cipher.encrypt(status.note, 'case_rights.note'), updated_at: nowIso(),
  };
  const result = await trx.updateTable('case_rights').set(values).where('case_id', '=', caseId).where('right_id', '=', status.rightId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) await trx.insertInto('case_rights').values({ case_id: caseId, right_id: status.rightId, ...values }).execute();
}

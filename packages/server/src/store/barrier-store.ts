import { BarrierRecordSchema, type BarrierRecord } from '@netwerkkracht/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { BarriersTable, Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { nowIso } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Barrier records ↔ rows. The code, holder, status and dates are categorical and stay clear; the
 * notes are what the worker wrote about the family and are encrypted.
 */
export function barrierColumns(cipher: CaseCipher, barrier: BarrierRecord) {
  return {
    code: barrier.code,
    holder_kind: barrier.holder.kind,
    holder_alter_id: barrier.holder.kind === 'netwerklid' ? barrier.holder.alterId : null,
    status: barrier.status,
    noted_on: barrier.notedOn,
    action_ids: JSON.stringify(barrier.actionIds),
    notes_enc: barrier.notes.length === 0 ? null : cipher.encrypt(JSON.stringify(barrier.notes), 'barriers.notes'),
  };
}

export function barrierFromRow(cipher: CaseCipher, row: Selectable<BarriersTable>): BarrierRecord {
  return BarrierRecordSchema.parse({
    id: row.id,
    code: row.code,
    holder: row.holder_kind === 'netwerklid' ? { kind: 'netwerklid', alterId: row.holder_alter_id } : { kind: row.holder_kind },
    status: row.status,
    notedOn: row.noted_on,
    notes: row.notes_enc === null ? [] : JSON.parse(cipher.decrypt(row.notes_enc, 'barriers.notes')) as unknown,
    actionIds: JSON.parse(row.action_ids) as unknown,
  }) as BarrierRecord;
}

export async function listBarrierRows(db: Db, caseId: string): Promise<Selectable<BarriersTable>[]> {
  return db.selectFrom('barriers').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
}

export async function insertBarrier(trx: Transaction<Database>, cipher: CaseCipher, caseId: string, barrier: BarrierRecord): Promise<void> {
  const now = nowIso();
  await trx.insertInto('barriers').values({ id: barrier.id, case_id: caseId, ...barrierColumns(cipher, barrier), version: 1, created_at: now, updated_at: now }).execute();
}

/** Compare-and-set of a barrier's version: of two changes based on the same version one wins. */
export async function claimBarrierVersion(trx: Transaction<Database>, caseId: string, barrierId: string, expected: number): Promise<number> {
  const result = await trx.updateTable('barriers')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() }))
    .where('id', '=', barrierId).where('case_id', '=', caseId).where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expected + 1;
  const current = await trx.selectFrom('barriers').select('version').where('id', '=', barrierId).where('case_id', '=', caseId).executeTakeFirst();
  throw new ApiError(current ? 'stale_version' : 'not_found', current ? { currentVersion: current.version } : {});
}

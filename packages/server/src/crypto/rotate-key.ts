import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCipher } from './field-cipher.js';

/**
 * Every encrypted column, with the key columns of its table and the context it is encrypted
 * under. A new encrypted column must be added here, or rotation would leave it on the old key
 * (the rotation test checks that no value is left behind).
 */
export const ENCRYPTED_COLUMNS = [
  { table: 'cases', keys: ['id'], column: 'name_enc', context: 'cases.name' },
  { table: 'case_members', keys: ['case_id', 'person_id'], column: 'name_enc', context: 'case_members.name' },
  { table: 'case_members', keys: ['case_id', 'person_id'], column: 'role_enc', context: 'case_members.role' },
  { table: 'consents', keys: ['id'], column: 'given_by_enc', context: 'consents.given_by' },
  { table: 'consents', keys: ['id'], column: 'partners_enc', context: 'consents.partners' },
  { table: 'maps', keys: ['id'], column: 'title_enc', context: 'maps.title' },
  { table: 'maps', keys: ['id'], column: 'ego_enc', context: 'maps.ego' },
  { table: 'snapshots', keys: ['map_id', 'id'], column: 'label_enc', context: 'snapshots.label' },
  { table: 'snapshots', keys: ['map_id', 'id'], column: 'note_enc', context: 'snapshots.note' },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'name_enc', context: 'alters.name' },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'role_enc', context: 'alters.role' },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'origin_enc', context: 'alters.origin' },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'note_enc', context: 'alters.note' },
  { table: 'plans', keys: ['id'], column: 'starting_answer_enc', context: 'plans.starting_answer' },
  { table: 'plans', keys: ['id'], column: 'eigen_kracht_enc', context: 'plans.eigen_kracht' },
  { table: 'plan_goals', keys: ['plan_id', 'id'], column: 'words_enc', context: 'plan_goals.words' },
  { table: 'plan_goals', keys: ['plan_id', 'id'], column: 'worker_note_enc', context: 'plan_goals.worker_note' },
  { table: 'plan_actions', keys: ['plan_id', 'id'], column: 'what_enc', context: 'plan_actions.what' },
  { table: 'plan_actions', keys: ['plan_id', 'id'], column: 'people_enc', context: 'plan_actions.people' },
  { table: 'plan_reviews', keys: ['plan_id', 'action_id', 'seq'], column: 'text_enc', context: 'plan_reviews.text' },
  { table: 'barriers', keys: ['id'], column: 'notes_enc', context: 'barriers.notes' },
  { table: 'user_draft_keys', keys: ['user_id'], column: 'key_enc', context: 'user_draft_keys.key' },
] as const;

export interface RotationReport {
  /** Values re-encrypted under the current key. */
  readonly reencrypted: number;
  /** Values that were already under the current key. */
  readonly current: number;
}

/**
 * Re-encrypts every value not yet under the keyring's current key. The cipher must hold the old
 * keys too (they decrypt). Each batch is its own transaction, so a rotation may be interrupted and
 * run again: values already rotated are skipped. Afterwards the old key can be removed.
 */
export async function rotateKey(db: Kysely<Database>, cipher: FieldCipher, batchSize = 500): Promise<RotationReport> {
  const anyDb = db as unknown as Kysely<Record<string, Record<string, string | null>>>;
  const prefix = `v1.${cipher.keyring.currentId}.`;
  let reencrypted = 0;
  let current = 0;
  for (const spec of ENCRYPTED_COLUMNS) {
    current += Number((await anyDb.selectFrom(spec.table).select((eb) => eb.fn.countAll().as('n'))
      .where(spec.column, 'like', `${prefix}%`).executeTakeFirstOrThrow()).n);
    for (;;) {
      const rows = await anyDb.selectFrom(spec.table).select([...spec.keys, spec.column])
        .where(spec.column, 'is not', null).where(spec.column, 'not like', `${prefix}%`).limit(batchSize).execute();
      if (rows.length === 0) break;
      await anyDb.transaction().execute(async (trx) => {
        for (const row of rows) {
          const stored = row[spec.column] as string;
          const value = cipher.encrypt(cipher.decrypt(stored, spec.context), spec.context);
          let update = trx.updateTable(spec.table).set({ [spec.column]: value }).where(spec.column, '=', stored);
          for (const key of spec.keys) update = update.where(key, '=', row[key] as string);
          await update.execute();
        }
      });
      reencrypted += rows.length;
    }
  }
  return { reencrypted, current };
}

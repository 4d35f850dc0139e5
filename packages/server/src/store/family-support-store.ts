import {
  BasicRightsListSchema, defaultBasicRights, DEFAULT_KANSARMOEDE_SETTINGS, KansarmoedeCheckSchema, KansarmoedeSettingsSchema,
  RightsMeasurementSchema, type BasicRight, type KansarmoedeCheck, type KansarmoedeSettings, type Language, type RightsMeasurement,
} from '@netwerkkracht/core';
import type { Kysely, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/schema.js';
import { nowIso } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The organisation's kansarmoede rule; a stored value that no longer parses falls back to the default. */
export async function kansarmoedeSettings(db: Db, organisationId: string): Promise<KansarmoedeSettings> {
  const row = await db.selectFrom('organisations').select('kansarmoede_settings').where('id', '=', organisationId).executeTakeFirst();
  if (!row?.kansarmoede_settings) return DEFAULT_KANSARMOEDE_SETTINGS;
  const parsed = KansarmoedeSettingsSchema.safeParse(JSON.parse(row.kansarmoede_settings));
  return parsed.success ? parsed.data : DEFAULT_KANSARMOEDE_SETTINGS;
}

/**
 * The organisation's list of basic rights: its own when the beheerder wrote one (in the language
 * it was written in), else the nine life domains with the default definitions in `lang`.
 */
export async function basicRights(db: Db, organisationId: string, lang: Language): Promise<{ rights: BasicRight[]; custom: boolean }> {
  const row = await db.selectFrom('organisations').select('basic_rights').where('id', '=', organisationId).executeTakeFirst();
  if (row?.basic_rights) {
    const parsed = BasicRightsListSchema.safeParse(JSON.parse(row.basic_rights));
    if (parsed.success) return { rights: parsed.data, custom: true };
  }
  return { rights: defaultBasicRights(lang), custom: false };
}

export async function listKansarmoedeChecks(db: Db, cipher: CaseCipher, caseId: string): Promise<KansarmoedeCheck[]> {
  const rows = await db.selectFrom('kansarmoede_checks').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => KansarmoedeCheckSchema.parse({
    id: r.id, checkedOn: r.checked_on, judgements: JSON.parse(cipher.decrypt(r.judgements_enc, 'kansarmoede_checks.judgements')) as unknown,
  }) as KansarmoedeCheck);
}

export async function insertKansarmoedeCheck(trx: Transaction<Database>, cipher: CaseCipher, caseId: string, check: KansarmoedeCheck): Promise<void> {
  await trx.insertInto('kansarmoede_checks').values({
    id: check.id, case_id: caseId, checked_on: check.checkedOn,
    judgements_enc: cipher.encrypt(JSON.stringify(check.judgements), 'kansarmoede_checks.judgements'), created_at: nowIso(),
  }).execute();
}

export async function listRightsMeasurements(db: Db, cipher: CaseCipher, caseId: string): Promise<RightsMeasurement[]> {
  const rows = await db.selectFrom('rights_measurements').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => {
    const stored = JSON.parse(cipher.decrypt(r.measurement_enc, 'rights_measurements.measurement')) as Record<string, unknown>;
    return RightsMeasurementSchema.parse({ ...stored, id: r.id, measuredOn: r.measured_on }) as RightsMeasurement;
  });
}

export async function insertRightsMeasurement(trx: Transaction<Database>, cipher: CaseCipher, caseId: string, measurement: RightsMeasurement): Promise<void> {
  const { id, measuredOn, ...secret } = measurement;
  await trx.insertInto('rights_measurements').values({
    id, case_id: caseId, measured_on: measuredOn,
    measurement_enc: cipher.encrypt(JSON.stringify(secret), 'rights_measurements.measurement'), created_at: nowIso(),
  }).execute();
}

import { forgetSummaries } from './summary-rows.js';
import type { CaseMember } from '@netwerkkracht/core';
import type { Kysely, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { ConsentScope, Database } from '../db/schema.js';
import { auditInTransaction } from './audit.js';
import { newId } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function readMembers(db: Db, cipher: CaseCipher, caseId: string): Promise<CaseMember[]> {
  const rows = await db.selectFrom('case_members').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map((r) => {
    const role = r.role_enc === null ? undefined : cipher.decrypt(r.role_enc, 'case_members.role');
    return {
      personId: r.person_id,
      name: cipher.decrypt(r.name_enc, 'case_members.name'),
      ...(role !== undefined ? { role } : {}),
      ...(r.birth_year !== null ? { birthYear: r.birth_year } : {}),
    } as CaseMember;
  });
}

export async function writeMembers(db: Db, cipher: CaseCipher, caseId: string, members: readonly CaseMember[]): Promise<void> {
  await db.deleteFrom('case_members').where('case_id', '=', caseId).execute();
  if (members.length === 0) return;
  await db.insertInto('case_members').values(members.map((m, seq) => ({
    case_id: caseId,
    person_id: m.personId,
    seq,
    name_enc: cipher.encrypt(m.name, 'case_members.name'),
    role_enc: m.role === undefined ? null : cipher.encrypt(m.role, 'case_members.role'),
    birth_year: m.birthYear ?? null,
  }))).execute();
}

export async function readConsents(db: Db, cipher: CaseCipher, caseId: string) {
  const rows = await db.selectFrom('consents').selectAll().where('case_id', '=', caseId).orderBy('recorded_at').execute();
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope,
    givenBy: cipher.decrypt(r.given_by_enc, 'consents.given_by'),
    givenOn: r.given_on,
    ...(r.partners_enc !== null ? { partners: JSON.parse(cipher.decrypt(r.partners_enc, 'consents.partners')) as string[] } : {}),
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    withdrawnAt: r.withdrawn_at,
  }));
}

export async function hasActiveConsent(db: Db, caseId: string, scope: ConsentScope): Promise<boolean> {
  const row = await db.selectFrom('consents').select('id')
    .where('case_id', '=', caseId).where('scope', '=', scope).where('withdrawn_at', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Erases a case, in one transaction: first the case's data key (crypto-shredding: any copy of the
 * case's values that survives somewhere, in the WAL, a dead PostgreSQL row or a backup, no longer
 * decrypts), then the case, its members, consents, shares, plan, barriers and every map with all
 * snapshots, alters, support and ties (by cascade). The audit lines of the case stay, as they hold
 * no personal data, but lose the record they pointed at inside the case and the case's id: they
 * are moved to a new random id, so what remains is a pseudonymous trail (some case was read and
 * changed by these users, then erased) that no copy of the old id leads to. The caller then
 * wipes the SQLite WAL (db/wipe.ts).
 */
export async function eraseCase(trx: Transaction<Database>, caseId: string, by: { organisationId: string; userId: string | null; reason: string }): Promise<void> {
  await trx.deleteFrom('case_keys').where('case_id', '=', caseId).execute();
  const maps = await trx.selectFrom('maps').select('id').where('case_id', '=', caseId).execute();
  await forgetSummaries(trx, maps.map((m) => m.id), by.organisationId);
  await trx.deleteFrom('maps').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('cases').where('id', '=', caseId).execute();
  const pseudonym = newId();
  await trx.updateTable('audit_log').set({ case_id: pseudonym, target: null }).where('case_id', '=', caseId).execute();
  await auditInTransaction(trx, { organisationId: by.organisationId, userId: by.userId, action: 'case.erase', caseId: pseudonym, target: by.reason });
}

import { DEFAULT_EIGEN_KRACHT_CONTACT, EigenKrachtContactSchema, type EigenKrachtContact } from '@netwerkkracht/core';
import type { Kysely, Transaction } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;
export const EIGEN_KRACHT_CONTACT_CONTEXT = 'organisations.eigen_kracht_contact';

/**
 * Where the organisation's workers ask for an Eigen Kracht-conferentie: the beheerder's own contact
 * (`custom`), or seed 000's. A stored value that no longer parses falls back to the default, as
 * the other organisation settings do.
 */
export async function eigenKrachtContact(db: Db, cipher: FieldCipher, organisationId: string): Promise<{ contact: EigenKrachtContact; custom: boolean }> {
  const row = await db.selectFrom('organisations').select('eigen_kracht_contact_enc').where('id', '=', organisationId).executeTakeFirst();
  if (!row?.eigen_kracht_contact_enc) return { contact: DEFAULT_EIGEN_KRACHT_CONTACT, custom: false };
  const parsed = EigenKrachtContactSchema.safeParse(JSON.parse(cipher.decrypt(row.eigen_kracht_contact_enc, EIGEN_KRACHT_CONTACT_CONTEXT)));
  return parsed.success ? { contact: parsed.data, custom: true } : { contact: DEFAULT_EIGEN_KRACHT_CONTACT, custom: false };
}

/** `null` goes back to seed 000's contact. */
export async function setEigenKrachtContact(trx: Transaction<Database>, cipher: FieldCipher, organisationId: string, contact: EigenKrachtContact | null): Promise<void> {
  const stored = contact === null ? null : cipher.encrypt(JSON.stringify(contact), EIGEN_KRACHT_CONTACT_CONTEXT);
  await trx.updateTable('organisations').set({ eigen_kracht_contact_enc: stored }).where('id', '=', organisationId).execute();
}

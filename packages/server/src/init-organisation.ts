import type { Kysely } from 'kysely';
import { hashPassword, oneTimePassword } from './auth/passwords.js';
import { DEFAULT_SETTINGS, type ServerSettings } from './config.js';
import type { Database } from './db/schema.js';
import { auditInTransaction } from './store/audit.js';
import { newId, nowIso } from './store/ids.js';

export interface InitOrganisationInput {
  readonly organisationName: string;
  readonly adminEmail: string;
  readonly adminName: string;
  /** Default: a fresh one-time password, which the caller shows once. */
  readonly password?: string;
  readonly passwordHashing?: ServerSettings['passwordHashing'];
}

export interface InitOrganisationResult {
  readonly organisationId: string;
  readonly userId: string;
  /** Set when the password was generated: print it once; the beheerder must change it at first login. */
  readonly oneTimePassword: string | null;
}

/** True when no organisation exists yet (a first `npm start` then runs initOrganisation). */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Creates an organisation and its first beheerder, in one transaction. */
export async function initOrganisation(db: Kysely<Database>, input: InitOrganisationInput): Promise<InitOrganisationResult> {
  const name = input.organisationName.trim();
  const email = input.adminEmail.trim().toLowerCase();
  if (name === '' || name.length > 200) throw new Error('the organisation needs a name of 1 to 200 characters');
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) throw new Error(`not an e-mail address: ${input.adminEmail}`);
  if (input.password !== undefined && input.password.length < 12) throw new Error('a password needs at least 12 characters');
  const password = input.password ?? oneTimePassword();
  const hash = await hashPassword(password, input.passwordHashing ?? DEFAULT_SETTINGS.passwordHashing);
  const organisationId = newId();
  const userId = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new Error(`there is already an account for ${email}`);
    await trx.insertInto('organisations').values({ id: organisationId, name, created_at: now }).execute();
    await trx.insertInto('users').values({
      id: userId, organisation_id: organisationId, team_id: null, email, display_name: input.adminName.trim() || 'Beheerder',
      role: 'beheerder', password_hash: hash, must_change_password: input.password === undefined ? 1 : 0,
      failed_logins: 0, locked_until: null, disabled: 0, created_at: now,
    }).execute();
    await auditInTransaction(trx, { organisationId, userId: null, action: 'organisation.init', target: userId });
  });
  return { organisationId, userId, oneTimePassword: input.password === undefined ? password : null };
}

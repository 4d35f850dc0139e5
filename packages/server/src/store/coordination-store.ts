import { casusoverlegWarnings, DEFAULT_CASELOAD_LIMIT, type CasusoverlegWarning, type ContactChannel } from '@netwerkkracht/core';
import type { Kysely, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface CoordinationView {
  readonly coordinator: { readonly userId: string; readonly displayName: string } | null;
  readonly startedOn: string;
  readonly partners: readonly { readonly id: string; readonly organisation: string; readonly role: string }[];
  readonly casusoverleggen: readonly { readonly id: string; readonly heldOn: string; readonly parentsPresent: boolean; readonly note: string }[];
  readonly contacts: readonly { readonly id: string; readonly channel: ContactChannel; readonly date: string; readonly withUserId: string; readonly withName: string; readonly note: string }[];
}

/** The start of the guidance: the stored one, else the day the case was made. */
export async function startedOn(db: Db, caseId: string, caseCreatedAt: string): Promise<string> {
  const row = await db.selectFrom('case_coordination').select('started_on').where('case_id', '=', caseId).executeTakeFirst();
  return row?.started_on ?? caseCreatedAt.slice(0, 10);
}

/** Everything of a case's coordination, decrypted with the case key. */
export async function readCoordination(db: Db, cipher: CaseCipher, caseId: string, caseCreatedAt: string): Promise<CoordinationView> {
  const [coordination, partners, meetings, contacts] = await Promise.all([
    db.selectFrom('case_coordination').leftJoin('users', 'users.id', 'case_coordination.coordinator_id')
      .select(['case_coordination.coordinator_id', 'case_coordination.started_on', 'users.display_name']).where('case_id', '=', caseId).executeTakeFirst(),
    db.selectFrom('case_partners').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('casusoverleggen').selectAll().where('case_id', '=', caseId).orderBy('held_on').orderBy('id').execute(),
    db.selectFrom('contact_log').innerJoin('users', 'users.id', 'contact_log.with_user_id')
      .selectAll('contact_log').select('users.display_name').where('case_id', '=', caseId)
      .orderBy('contact_on', 'desc').orderBy('contact_log.created_at', 'desc').orderBy('contact_log.id').execute(),
  ]);
  return {
    coordinator: coordination?.coordinator_id ? { userId: coordination.coordinator_id, displayName: coordination.display_name ?? '' } : null,
    startedOn: coordination?.started_on ?? caseCreatedAt.slice(0, 10),
    partners: partners.map((p) => ({ id: p.id, organisation: cipher.decrypt(p.organisation_enc, 'case_partners.organisation'), role: cipher.decrypt(p.role_enc, 'case_partners.role') })),
    casusoverleggen: meetings.map((m) => ({ id: m.id, heldOn: m.held_on, parentsPresent: m.parents_present === 1, note: m.note_enc === null ? '' : cipher.decrypt(m.note_enc, 'casusoverleggen.note') })),
    contacts: contacts.map((c) => ({
      id: c.id, channel: c.channel as ContactChannel, date: c.contact_on, withUserId: c.with_user_id, withName: c.display_name,
      note: c.note_enc === null ? '' : cipher.decrypt(c.note_enc, 'contact_log.note'),
    })),
  };
}

/** CC1/CC2 for many cases at once (the worker's attention list): no personal field is read. */
export async function casusoverlegWarningsOf(db: Db, cases: readonly { id: string; created_at: string }[], today: string): Promise<Map<string, readonly CasusoverlegWarning[]>> {
  const out = new Map<string, readonly CasusoverlegWarning[]>();
  if (cases.length === 0) return out;
  const ids = cases.map((c) => c.id);
  const [starts, meetings] = await Promise.all([
    db.selectFrom('case_coordination').select(['case_id', 'started_on']).where('case_id', 'in', ids).execute(),
    db.selectFrom('casusoverleggen').select(['case_id', 'held_on', 'parents_present']).where('case_id', 'in', ids).execute(),
  ]);
  const startOf = new Map(starts.map((s) => [s.case_id, s.started_on]));
  const factsOf = new Map<string, { heldOn: string; parentsPresent: boolean }[]>();
  for (const m of meetings) {
    const list = factsOf.get(m.case_id) ?? [];
    list.push({ heldOn: m.held_on, parentsPresent: m.parents_present === 1 });
    factsOf.set(m.case_id, list);
  }
  for (const c of cases) {
    const facts = factsOf.get(c.id) ?? [];
    const warnings = casusoverlegWarnings(startOf.get(c.id) ?? c.created_at.slice(0, 10), facts, today);
    if (warnings.length > 0) out.set(c.id, warnings);
  }
  return out;
}

export async function caseloadLimit(db: Db, organisationId: string): Promise<number> {
  return (await coordinationSettings(db, organisationId, 0)).caseloadLimit;
}

/**
 * The organisation's settings of issue 12: the caseload limit (default 16) and the small-cell rule
 * of its signals: the organisation may hide more than the server does, never less (the effective
 * threshold is the larger of the two).
 */
export async function coordinationSettings(db: Db, organisationId: string, serverSmallCell: number): Promise<{ caseloadLimit: number; smallCellThreshold: number; organisationSmallCell: number | null }> {
  const row = await db.selectFrom('coordination_settings').select(['caseload_limit', 'small_cell_threshold']).where('organisation_id', '=', organisationId).executeTakeFirst();
  const own = row?.small_cell_threshold ?? null;
  return { caseloadLimit: row?.caseload_limit ?? DEFAULT_CASELOAD_LIMIT, smallCellThreshold: Math.max(serverSmallCell, own ?? 0), organisationSmallCell: own };
}

/** The small-cell threshold that applies to the organisation's signals. */
export async function signalSmallCell(db: Db, organisationId: string, serverSmallCell: number): Promise<number> {
  return (await coordinationSettings(db, organisationId, serverSmallCell)).smallCellThreshold;
}

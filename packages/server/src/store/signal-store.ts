import { createHmac, randomBytes } from 'node:crypto';
import { familyCount, type FamilyCount, type LifeDomain, type SignalOwnerKind, type SignalStatus } from '@netwerkkracht/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Database, SignalHistoryTable, SignalsTable } from '../db/schema.js';
import { newId, nowIso } from './ids.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The signalenbundel's storage (docs/security.md, "Signals"). A family's contribution is stored as
 * HMAC-SHA256(signal key, case id): one family gives the same tag on one signal however often it
 * contributes (so it counts once), different tags on different signals (so signals cannot be
 * joined family by family), and nobody holding only the database can say which case a tag belongs
 * to (the signal key is wrapped by the master key).
 */
export function familyTag(cipher: FieldCipher, tagKeyEnc: string, caseId: string): string {
  const key = Buffer.from(cipher.decrypt(tagKeyEnc, 'signals.tag_key'), 'base64');
  return createHmac('sha256', key).update(caseId).digest('base64url');
}

export interface SignalOwner { readonly kind: SignalOwnerKind; readonly name: string }

export interface SignalHistoryEntry {
  readonly status: SignalStatus;
  readonly owner: SignalOwner | null;
  readonly meetingId: string | null;
  readonly note: string;
  readonly changedOn: string;
}

/** A signal as anyone of the organisation sees it: never a case, the family count after SN1. */
export interface SignalView {
  readonly id: string;
  readonly text: string;
  readonly lifeDomain: LifeDomain;
  readonly status: SignalStatus;
  readonly owner: SignalOwner | null;
  readonly families: FamilyCount;
  readonly createdOn: string;
  readonly history: readonly SignalHistoryEntry[];
}

const ownerOf = (kind: string | null, name: string | null): SignalOwner | null => (kind !== null && name !== null ? { kind: kind as SignalOwnerKind, name } : null);

export async function insertSignal(trx: Transaction<Database>, cipher: FieldCipher, organisationId: string, input: { text: string; lifeDomain: LifeDomain }, today: string, userId: string): Promise<Selectable<SignalsTable>> {
  const row = {
    id: newId(),
    organisation_id: organisationId,
    text_enc: cipher.encrypt(input.text, 'signals.text'),
    life_domain: input.lifeDomain,
    status: 'open',
    owner_kind: null,
    owner_name: null,
    tag_key_enc: cipher.encrypt(randomBytes(32).toString('base64'), 'signals.tag_key'),
    created_on: today,
    updated_at: nowIso(),
  };
  await trx.insertInto('signals').values(row).execute();
  await trx.insertInto('signal_history').values({
    id: newId(), signal_id: row.id, meeting_id: null, status: 'open', owner_kind: null, owner_name: null,
    note_enc: null, changed_on: today, changed_by: userId, created_at: nowIso(),
  }).execute();
  return row;
}

/** A signal of the organisation, or undefined (another organisation's answers as a missing one). */
export async function findSignalRow(db: Db, organisationId: string, signalId: string): Promise<Selectable<SignalsTable> | undefined> {
  return db.selectFrom('signals').selectAll().where('id', '=', signalId).where('organisation_id', '=', organisationId).executeTakeFirst();
}

export async function listSignalRows(db: Db, organisationId: string): Promise<Selectable<SignalsTable>[]> {
  return db.selectFrom('signals').selectAll().where('organisation_id', '=', organisationId).orderBy('created_on').orderBy('id').execute();
}

/** Signals as shown: text decrypted, counts after SN1, history oldest first. Three queries for any number. */
export async function signalViews(db: Db, cipher: FieldCipher, rows: readonly Selectable<SignalsTable>[], smallCellThreshold: number): Promise<SignalView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [counts, history] = await Promise.all([
    db.selectFrom('signal_contributions').select(['signal_id']).select((eb) => eb.fn.countAll<number>().as('n'))
      .where('signal_id', 'in', ids).groupBy('signal_id').execute(),
    db.selectFrom('signal_history').selectAll().where('signal_id', 'in', ids).orderBy('changed_on').orderBy('created_at').orderBy('id').execute(),
  ]);
  const countOf = new Map(counts.map((c) => [c.signal_id, Number(c.n)]));
  const historyOf = new Map<string, Selectable<SignalHistoryTable>[]>();
  for (const h of history) historyOf.set(h.signal_id, [...(historyOf.get(h.signal_id) ?? []), h]);
  return rows.map((r) => ({
    id: r.id,
    text: cipher.decrypt(r.text_enc, 'signals.text'),
    lifeDomain: r.life_domain as LifeDomain,
    status: r.status as SignalStatus,
    owner: ownerOf(r.owner_kind, r.owner_name),
    families: familyCount(countOf.get(r.id) ?? 0, smallCellThreshold),
    createdOn: r.created_on,
    history: (historyOf.get(r.id) ?? []).map((h) => ({
      status: h.status as SignalStatus,
      owner: ownerOf(h.owner_kind, h.owner_name),
      meetingId: h.meeting_id,
      note: h.note_enc === null ? '' : cipher.decrypt(h.note_enc, 'signal_history.note'),
      changedOn: h.changed_on,
    })),
  }));
}

/** The signals one case contributed to: the case's tag is computed per signal and looked up. */
export async function signalsOfCase(db: Db, cipher: FieldCipher, organisationId: string, caseId: string): Promise<Selectable<SignalsTable>[]> {
  const rows = await listSignalRows(db, organisationId);
  if (rows.length === 0) return [];
  const tags = rows.map((r) => familyTag(cipher, r.tag_key_enc, caseId));
  const found = await db.selectFrom('signal_contributions').select('signal_id').where('family_tag', 'in', tags).execute();
  const hit = new Set(found.map((f) => f.signal_id));
  return rows.filter((r, i) => hit.has(r.id) && tags[i] !== undefined);
}

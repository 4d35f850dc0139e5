import type { SevenB } from '@netwerkkracht/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Database, SevenBNotesTable } from '../db/schema.js';

export interface SevenBNoteView {
  readonly id: string;
  readonly subject: { readonly kind: 'dienst'; readonly serviceId: string } | { readonly kind: 'actie'; readonly actionId: string };
  readonly notedOn: string;
  readonly items: readonly { readonly b: SevenB; readonly note: string }[];
}

/** Rows ↔ notes: the B codes stay clear (they name no one), what the family said is under the case key. */
export function sevenBNoteFromRow(cipher: CaseCipher, row: Selectable<SevenBNotesTable>): SevenBNoteView {
  const bs = JSON.parse(row.bs) as SevenB[];
  const notes = row.notes_enc === null ? {} : JSON.parse(cipher.decrypt(row.notes_enc, 'seven_b_notes.notes')) as Record<string, string>;
  return {
    id: row.id,
    subject: row.subject_kind === 'dienst' ? { kind: 'dienst', serviceId: row.subject_id } : { kind: 'actie', actionId: row.subject_id },
    notedOn: row.noted_on,
    items: bs.map((b) => ({ b, note: notes[b] ?? '' })),
  };
}

export async function listSevenBNotes(db: Kysely<Database> | Transaction<Database>, cipher: CaseCipher, caseId: string): Promise<SevenBNoteView[]> {
  const rows = await db.selectFrom('seven_b_notes').selectAll().where('case_id', '=', caseId).orderBy('noted_on').orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => sevenBNoteFromRow(cipher, r));
}


import type { Kysely, Transaction } from 'kysely';
import type { CaseLink, EncryptedColumn } from './encrypted-columns.js';

/** The tables of ENCRYPTED_COLUMNS by name: the typed query builder knows each table separately. */
export type AnyTableDb = Kysely<Record<string, Record<string, string | null>>> | Transaction<Record<string, Record<string, string | null>>>;
export type ColumnRow = Record<string, string | null>;

/** The key columns and the encrypted column of `spec` for every row of one case. */
export function caseRows(db: AnyTableDb, spec: EncryptedColumn & { readonly case: CaseLink }, caseId: string) {
  const link = spec.case;
  const query = db.selectFrom(spec.table).select([...spec.keys, spec.column]).where(spec.column, 'is not', null);
  return 'parent' in link && link.parent !== undefined
    ? query.where(link.column, 'in', db.selectFrom(link.parent).select('id').where('case_id', '=', caseId))
    : query.where(link.column, '=', caseId);
}

/**
 * Writes `rewrite(stored)` over each row's value, matched by the row's keys and the value it had
 * (a value changed meanwhile is left to the change that made it).
 */
export async function rewriteValues(trx: AnyTableDb, spec: EncryptedColumn, rows: readonly ColumnRow[], rewrite: (stored: string) => string): Promise<void> {
  for (const row of rows) {
    const stored = row[spec.column] as string;
    let update = trx.updateTable(spec.table).set({ [spec.column]: rewrite(stored) }).where(spec.column, '=', stored);
    for (const key of spec.keys) update = update.where(key, '=', row[key] as string);
    await update.execute();
  }
}

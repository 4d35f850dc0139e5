import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/schema.js';
import { anyKeyCipher } from './any-key.js';

export interface StoredText {
  /** `table.column` */
  readonly where: string;
  /** The value as it is in the database. */
  readonly stored: string;
  /** The same value decrypted for `_enc` columns, else the stored value. */
  readonly plain: string;
}

const EXPECTED_TABLES = ['cases', 'alters', 'audit_log', 'consents', 'maps', 'snapshots', 'case_members', 'plans', 'plan_goals', 'plan_actions', 'plan_reviews', 'barriers'];

/**
 * Every text value of every table, with the plaintext of the encrypted ones (under the master key
 * or any case key still stored): what a search of the database for a name or an id must look through. On PostgreSQL only `schema` (the test's
 * own) is read.
 */
export async function everyText(db: Kysely<Database>, cipher: FieldCipher, schema: string | undefined): Promise<StoredText[]> {
  const anyDb = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const out: StoredText[] = [];
  const tables = (await db.introspection.getTables()).filter((t) => schema === undefined || t.schema === schema);
  const missing = EXPECTED_TABLES.filter((name) => !tables.some((t) => t.name === name));
  if (missing.length > 0) throw new Error(`the search would miss tables: ${missing.join(', ')}`);
  const reader = await anyKeyCipher(db, cipher);
  for (const table of tables) {
    const textColumns = table.columns.filter((c) => /text|char/i.test(c.dataType)).map((c) => c.name);
    if (textColumns.length === 0) continue;
    const rows = await anyDb.selectFrom(table.name).select(textColumns).execute();
    for (const row of rows) {
      for (const column of textColumns) {
        const stored = row[column];
        if (typeof stored !== 'string') continue;
        const plain = column.endsWith('_enc') ? reader.decrypt(stored, `${table.name}.${column.slice(0, -4)}`) : stored;
        out.push({ where: `${table.name}.${column}`, stored, plain });
      }
    }
  }
  return out;
}

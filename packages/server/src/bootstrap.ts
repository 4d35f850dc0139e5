import { existsSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type { ServerConfig } from './config.js';
import { moveCasesToCaseKeys } from './crypto/case-keys.js';
import { createFieldCipher, type FieldCipher } from './crypto/field-cipher.js';
import { checkKeyCanary } from './crypto/key-canary.js';
import { ensureKeyFile, loadKeyring, type Keyring } from './crypto/keyring.js';
import { runMigrations } from './db/migrations.js';
import { openDatabase, type DatabaseHandle } from './db/open-database.js';
import { truncateWal } from './db/wipe.js';
import { initOrganisation, isDatabaseEmpty, type InitOrganisationResult } from './init-organisation.js';

export interface BootstrapOptions {
  /** On an empty database, create an organisation and its first beheerder (a first `npm start`). */
  readonly initIfEmpty?: { readonly organisationName: string; readonly adminEmail: string; readonly adminName: string } | undefined;
  readonly env?: NodeJS.ProcessEnv;
}

export interface BootstrapResult {
  readonly database: DatabaseHandle;
  readonly keyring: Keyring;
  /** Set when this run created the organisation: print `oneTimePassword` once. */
  readonly initialised: InitOrganisationResult | null;
  readonly keyFileCreated: boolean;
}

/**
 * Everything before `buildApp`: open and migrate the database, find the key (creating the key
 * file only for a database that holds nothing yet, since a new key cannot read old data), check
 * that the key reads the stored data (the key canary, written at the first start), give cases
 * from before issue 11 their own key, and optionally set up the first organisation.
 */
export async function bootstrap(config: ServerConfig, options: BootstrapOptions = {}): Promise<BootstrapResult> {
  const env = options.env ?? process.env;
  const database = openDatabase(config.database);
  try {
    // A data migration that rewrites encrypted values asks for the key; a new, empty database never does.
    await runMigrations(database.db as unknown as Kysely<unknown>, { cipher: () => createFieldCipher(loadKeyring({ env, keyFile: config.keyFile })) });
    const empty = await isDatabaseEmpty(database.db);
    let keyFileCreated = false;
    if (!env.NETWERKKRACHT_KEY && !existsSync(config.keyFile)) {
      if (!empty) throw new Error(`the database holds data but the key file ${config.keyFile} is missing; restore it from the backup of the key (see docs/operations.md)`);
      keyFileCreated = ensureKeyFile(config.keyFile);
    }
    const keyring = loadKeyring({ env, keyFile: config.keyFile });
    const cipher = createFieldCipher(keyring);
    await checkKeyCanary(database.db, cipher, env.NETWERKKRACHT_KEY ? 'NETWERKKRACHT_KEY' : config.keyFile);
    await moveToCaseKeys(database, cipher);
    const initialised = empty && options.initIfEmpty ? await initOrganisation(database.db, { ...options.initIfEmpty, passwordHashing: config.settings.passwordHashing }) : null;
    return { database, keyring, initialised, keyFileCreated };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Values stored before issue 11 move from the master key to their case's key. On SQLite the file
 * is then rebuilt once (VACUUM: the old values' pages are gone, also those freed before
 * secure_delete was on) and the WAL emptied; another process holding the file open postpones the
 * VACUUM to a later start. On PostgreSQL the old values wait in dead rows for VACUUM and in older
 * backups: docs/operations.md advises a key rotation after this upgrade.
 */
async function moveToCaseKeys(database: DatabaseHandle, cipher: FieldCipher): Promise<void> {
  const moved = await moveCasesToCaseKeys(database.db, cipher);
  if (database.dialect !== 'sqlite') return;
  if (moved > 0) await sql`vacuum`.execute(database.db).catch(() => undefined);
  // Also wipes what an erasure left in the WAL when its own wipe could not finish (db/wipe.ts).
  await truncateWal(database.db);
}

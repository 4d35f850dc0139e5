import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config.js';
import { createFieldCipher } from './crypto/field-cipher.js';
import { ensureKeyFile, loadKeyring, type Keyring } from './crypto/keyring.js';
import { runMigrations } from './db/migrations.js';
import { openDatabase, type DatabaseHandle } from './db/open-database.js';
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
 * that the key reads the stored data, and optionally set up the first organisation.
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
    await assertKeyReadsData(database, keyring);
    const initialised = empty && options.initIfEmpty ? await initOrganisation(database.db, { ...options.initIfEmpty, passwordHashing: config.settings.passwordHashing }) : null;
    return { database, keyring, initialised, keyFileCreated };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Fails early, with a clear message, when the key does not match the stored data. */
async function assertKeyReadsData(database: DatabaseHandle, keyring: Keyring): Promise<void> {
  const sample = await database.db.selectFrom('cases').select('name_enc').limit(1).executeTakeFirst();
  if (!sample) return;
  try {
    createFieldCipher(keyring).decrypt(sample.name_enc, 'cases.name');
  } catch (error) {
    throw new Error(`the encryption key cannot read the stored data (${error instanceof Error ? error.message : String(error)}); is this the right key?`);
  }
}

import { demoHouseholds, type CaseMember, type NetworkMap } from '@netwerkkracht/core';
import {
  auditInTransaction, createFieldCipher, hashPassword, insertCaseKey, insertMap, mapWithOpaqueIds, newId, newRenamers, nowIso, oneTimePassword, writeMembers,
  type DatabaseHandle, type FieldCipher, type Role, type ServerSettings,
} from '@netwerkkracht/server';
import { parseCommandArgs } from '../args.js';
import { EXIT_OK, UserError } from '../errors.js';
import { terminalSafe } from '../terminal-text.js';
import type { Command } from './command.js';
import { SERVER_MESSAGES } from './server-messages.js';
import { bootstrapForCommand, printSetup, serverConfig, SETUP_OPTION_HELP, SETUP_OPTIONS, setupInput } from './server-setup.js';

/** The demo team's accounts. The .invalid domain can never receive mail: these are nobody's addresses. */
export const DEMO_ACCOUNTS: readonly { readonly email: string; readonly displayName: string; readonly role: Role }[] = [
  { email: 'demo-coach@netwerkkracht.invalid', displayName: 'Demo-coach (fictief)', role: 'coach' },
  { email: 'demo-begeleider1@netwerkkracht.invalid', displayName: 'Demo-begeleider 1 (fictief)', role: 'begeleider' },
  { email: 'demo-begeleider2@netwerkkracht.invalid', displayName: 'Demo-begeleider 2 (fictief)', role: 'begeleider' },
];
export const DEMO_TEAM_NAME = 'Demoteam (fictief)';
export const DEMO_HOUSEHOLD_COUNT = 24;

export interface DemoLoadResult {
  readonly households: number;
  readonly snapshots: number;
  readonly accounts: readonly { readonly email: string; readonly role: Role; readonly oneTimePassword: string }[];
}

export const demoCommand: Command = {
  summary: {
    nl: 'vul de database met verzonnen gezinnen om de app uit te proberen',
    fr: 'remplir la base avec des familles inventées pour essayer l’application',
    en: 'fill the database with made-up households to try the app',
  },
  usage: 'demo [--organisation NAME --email E --name N] [--lang nl|fr|en]',
  description: {
    nl: `Voegt ${DEMO_HOUSEHOLD_COUNT} verzonnen gezinnen toe, elk met toestemming voor registratie en een netwerkkaart met meerdere momentopnames, verdeeld over twee demo-begeleiders van een demoteam met een demo-coach. Toont de eenmalige wachtwoorden van die accounts. Op een lege database maakt de opdracht eerst de organisatie en de eerste beheerder aan (zoals init). Werkt maar één keer.`,
    fr: `Ajoute ${DEMO_HOUSEHOLD_COUNT} familles inventées, chacune avec un consentement d’enregistrement et une carte de réseau à plusieurs instantanés, réparties entre deux accompagnateurs de démonstration d’une équipe de démonstration avec un coach. Affiche les mots de passe à usage unique de ces comptes. Sur une base vide, crée d’abord l’organisation et le premier gestionnaire (comme init). Ne fonctionne qu’une fois.`,
    en: `Adds ${DEMO_HOUSEHOLD_COUNT} made-up households, each with registration consent and a network map over several snapshots, shared out between two demo workers of a demo team with a demo coach. Shows the one-time passwords of those accounts. On an empty database it first creates the organisation and the first administrator (as init does). Works only once.`,
  },
  options: SETUP_OPTION_HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, SETUP_OPTIONS, 0);
    const { lang } = parsed;
    const m = SERVER_MESSAGES[lang];
    const setup = setupInput(parsed);
    const config = serverConfig(io, lang);
    const boot = await bootstrapForCommand(config, io, lang, setup);
    try {
      if (boot.initialised) printSetup(io, lang, config, setup, boot.initialised, boot.keyFileCreated);
      const db = boot.database.db;
      const organisation = boot.initialised?.organisationId
        ?? (await db.selectFrom('organisations').select('id').orderBy('created_at').limit(1).executeTakeFirst())?.id;
      if (organisation === undefined) throw new UserError(m.demoNoOrganisation);
      const result = await loadDemo(db, createFieldCipher(boot.keyring), organisation, config.settings.passwordHashing);
      if (result === null) throw new UserError(m.demoAlreadyLoaded);
      io.stdout(`${m.demoLoaded(result.households, result.snapshots)}\n${m.demoAccounts}\n`);
      for (const account of result.accounts) io.stdout(`    ${account.role.padEnd(10)}  ${account.email}  ${terminalSafe(account.oneTimePassword)}\n`);
      io.stdout(`${m.demoFictitious}\n`);
      return EXIT_OK;
    } finally {
      await boot.database.close();
    }
  },
};

/**
 * Stores the demo team, its accounts and the demo households in one transaction (all or nothing),
 * through the same store functions the API uses, so the data is encrypted and audited like real
 * data. Returns null when the demo accounts exist already.
 */
export async function loadDemo(db: DatabaseHandle['db'], cipher: FieldCipher, organisationId: string, hashing: ServerSettings['passwordHashing']): Promise<DemoLoadResult | null> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  if (await db.selectFrom('users').select('id').where('email', 'in', emails).limit(1).executeTakeFirst()) return null;
  const accounts = await Promise.all(DEMO_ACCOUNTS.map(async (a) => {
    const password = oneTimePassword();
    return { ...a, id: newId(), password, hash: await hashPassword(password, hashing) };
  }));
  const households = demoHouseholds(DEMO_HOUSEHOLD_COUNT);
  const workers = accounts.filter((a) => a.role === 'begeleider');
  const teamId = newId();
  let snapshots = 0;
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    await trx.insertInto('teams').values({ id: teamId, organisation_id: organisationId, name: DEMO_TEAM_NAME, created_at: now }).execute();
    await auditInTransaction(trx, { organisationId, userId: null, action: 'team.create', target: teamId });
    await trx.insertInto('users').values(accounts.map((a) => ({
      id: a.id, organisation_id: organisationId, team_id: teamId, email: a.email, display_name: a.displayName, role: a.role,
      password_hash: a.hash, must_change_password: 1, failed_logins: 0, locked_until: null, disabled: 0, created_at: now,
    }))).execute();
    for (const a of accounts) await auditInTransaction(trx, { organisationId, userId: null, action: 'user.create', target: a.id });

    for (const [index, household] of households.entries()) {
      const owner = workers[index % workers.length];
      if (!owner) throw new Error('the demo team has no begeleider');
      const caseId = newId();
      // Every case has its own data key, as one made in the app (erasing it destroys the key).
      const { wrapped, cipher: caseCipher } = cipher.newCaseKey();
      await trx.insertInto('cases').values({
        id: caseId, organisation_id: organisationId, team_id: teamId, owner_id: owner.id,
        name_enc: caseCipher.encrypt(`${household.name} (fictief)`, 'cases.name'), created_at: now,
      }).execute();
      await insertCaseKey(trx, caseId, wrapped);
      // Opaque ids, as the API would store them: one renaming for the members and their map.
      const renamers = newRenamers();
      const members = household.members.map((m) => ({ ...m, personId: renamers.persons.id(m.personId) }));
      await writeMembers(trx, caseCipher, caseId, members as unknown as CaseMember[]);
      await auditInTransaction(trx, { organisationId, userId: owner.id, action: 'case.create', caseId });
      // Network data needs the family's registration consent first, as for a real case.
      const consentId = newId();
      await trx.insertInto('consents').values({
        id: consentId, case_id: caseId, scope: 'registratie',
        given_by_enc: caseCipher.encrypt(household.members[0]?.name ?? household.name, 'consents.given_by'),
        given_on: household.map.snapshots[0]?.date ?? now.slice(0, 10),
        partners_enc: null, recorded_by: owner.id, recorded_at: now, withdrawn_at: null,
      }).execute();
      await auditInTransaction(trx, { organisationId, userId: owner.id, action: 'consent.record', caseId, target: consentId });
      const mapId = newId();
      await insertMap(trx, caseCipher, caseId, mapWithOpaqueIds({ ...household.map, id: mapId as NetworkMap['id'], title: `${household.map.title ?? household.name} (fictief)` }, renamers));
      await auditInTransaction(trx, { organisationId, userId: owner.id, action: 'map.import', caseId, target: mapId });
      snapshots += household.map.snapshots.length;
    }
  });
  return { households: households.length, snapshots, accounts: accounts.map((a) => ({ email: a.email, role: a.role, oneTimePassword: a.password })) };
}

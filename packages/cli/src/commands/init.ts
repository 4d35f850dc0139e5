import { parseCommandArgs } from '../args.js';
import { EXIT_OK, UserError } from '../errors.js';
import type { Command } from './command.js';
import { SERVER_MESSAGES } from './server-messages.js';
import { bootstrapForCommand, printSetup, serverConfig, SETUP_OPTION_HELP, SETUP_OPTIONS, setupInput } from './server-setup.js';

export const initCommand: Command = {
  summary: {
    nl: 'maak de database, de sleutel, de organisatie en de eerste beheerder aan',
    fr: 'créer la base de données, la clé, l’organisation et le premier gestionnaire',
    en: 'create the database, the key, the organisation and the first administrator',
  },
  usage: 'init [--organisation NAME] [--email E] [--name N] [--lang nl|fr|en]',
  description: {
    nl: 'Doet wat de eerste start van de server doet, maar apart: maakt de database aan (SQLite onder ./data/ of PostgreSQL met DATABASE_URL), de sleutel voor de versleuteling (./data/netwerkkracht.key, alleen leesbaar voor jou), de organisatie en de eerste beheerder, en toont één keer een eenmalig wachtwoord. Weigert (code 2) als de database niet leeg is.',
    fr: 'Fait ce que fait le premier démarrage du serveur, mais séparément : crée la base de données (SQLite sous ./data/ ou PostgreSQL avec DATABASE_URL), la clé de chiffrement (./data/netwerkkracht.key, lisible par vous seul), l’organisation et le premier gestionnaire, et affiche une seule fois un mot de passe à usage unique. Refuse (code 2) si la base n’est pas vide.',
    en: 'Does what the server’s first start does, separately: creates the database (SQLite under ./data/ or PostgreSQL with DATABASE_URL), the encryption key (./data/netwerkkracht.key, readable by you only), the organisation and the first administrator, and shows a one-time password once. Refuses (code 2) when the database is not empty.',
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
      if (!boot.initialised) throw new UserError(m.notEmpty);
      printSetup(io, lang, config, setup, boot.initialised, boot.keyFileCreated);
      io.stdout(`${m.initDone}\n`);
      return EXIT_OK;
    } finally {
      await boot.database.close();
    }
  },
};

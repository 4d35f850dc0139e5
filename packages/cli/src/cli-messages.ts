import type { Language } from '@netwerkkracht/core';

/** The texts of the command itself (help, errors, summaries), per language; Dutch (B1) first. */
export interface CliMessages {
  readonly tool: string;
  readonly usage: string;
  readonly synopsis: string;
  readonly commands: string;
  readonly options: string;
  readonly globalOptions: readonly (readonly [string, string])[];
  readonly moreHelp: string;
  readonly fileMissing: (path: string) => string;
  readonly fileNotFile: (path: string) => string;
  readonly fileUnreadable: (path: string, reason: string) => string;
  readonly fileTooLarge: (path: string, maxMb: number) => string;
  readonly fileNotUtf8: (path: string) => string;
  readonly fileArgumentMissing: string;
  readonly unknownOption: (option: string) => string;
  readonly optionNeedsValue: (option: string) => string;
  readonly optionTakesNoValue: (option: string) => string;
  readonly unexpectedArgument: (arg: string) => string;
  readonly requiredOption: (option: string) => string;
  readonly unknownCommand: (name: string) => string;
  readonly noCommand: string;
  readonly badLanguage: (got: string) => string;
  readonly moreIssues: (count: number, command: string) => string;
  readonly internal: (message: string) => string;
  readonly debugHint: string;
  readonly error: string;
  readonly warning: string;
  readonly valid: (facts: { version: number; snapshots: number; people: number; ties: number; warnings: number; migratedFrom: number | null }) => string;
  readonly invalid: (errors: number, warnings: number) => string;
  readonly mapHeading: string;
  readonly snapshotHeading: string;
  readonly comparisonHeading: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const CLI_MESSAGES: Readonly<Record<Language, CliMessages>> = {
  nl: {
    tool: 'netwerkkracht: samen het sociale netwerk van een gezin in kaart brengen, versterken en opvolgen.',
    usage: 'Gebruik',
    synopsis: 'netwerkkracht OPDRACHT [opties]',
    commands: 'Opdrachten',
    options: 'Opties',
    globalOptions: [
      ['--lang nl|fr|en', 'taal van de uitvoer (standaard nl, of NETWERKKRACHT_LANG)'],
      ['--help', 'toon deze hulp'],
      ['--version', 'toon de versie'],
    ],
    moreHelp: 'Meer over een opdracht: netwerkkracht OPDRACHT --help',
    fileMissing: (p) => `het bestand "${p}" bestaat niet`,
    fileNotFile: (p) => `"${p}" is geen gewoon bestand`,
    fileUnreadable: (p, r) => `het bestand "${p}" kan niet gelezen worden (${r})`,
    fileTooLarge: (p, mb) => `het bestand "${p}" is te groot (hoogstens ${mb} MB)`,
    fileNotUtf8: (p) => `het bestand "${p}" is geen UTF-8-tekst`,
    fileArgumentMissing: 'geef een kaartbestand op (FILE)',
    unknownOption: (o) => `onbekende optie ${o}`,
    optionNeedsValue: (o) => `de optie ${o} heeft een waarde nodig`,
    optionTakesNoValue: (o) => `de optie ${o} neemt geen waarde`,
    unexpectedArgument: (a) => `onverwacht argument "${a}"`,
    requiredOption: (o) => `de optie ${o} is verplicht`,
    unknownCommand: (n) => `onbekende opdracht "${n}"; zie netwerkkracht --help`,
    noCommand: 'geef een opdracht; zie netwerkkracht --help',
    badLanguage: (g) => `onbekende taal "${g}"; kies nl, fr of en`,
    moreIssues: (n, c) => `(en nog ${plural(n, 'probleem', 'problemen')}; ${c} toont ze allemaal)`,
    internal: (m) => `interne fout: ${m}`,
    debugHint: 'Zet NETWERKKRACHT_DEBUG=1 om de details te zien.',
    error: 'fout',
    warning: 'waarschuwing',
    valid: (f) => `OK: geldige netwerkkaart (formaat versie ${f.version}${f.migratedFrom !== null ? `, omgezet van versie ${f.migratedFrom}` : ''}): ${plural(f.snapshots, 'versie', 'versies')}, ${plural(f.people, 'persoon', 'personen')}, ${plural(f.ties, 'band', 'banden')}, ${plural(f.warnings, 'waarschuwing', 'waarschuwingen')}.`,
    invalid: (e, w) => `geen geldige netwerkkaart: ${plural(e, 'fout', 'fouten')}, ${plural(w, 'waarschuwing', 'waarschuwingen')}`,
    mapHeading: 'Netwerkkaart',
    snapshotHeading: 'Versie',
    comparisonHeading: 'Vergelijking',
  },
  fr: {
    tool: 'netwerkkracht : cartographier, renforcer et suivre ensemble le réseau social d’une famille.',
    usage: 'Utilisation',
    synopsis: 'netwerkkracht COMMANDE [options]',
    commands: 'Commandes',
    options: 'Options',
    globalOptions: [
      ['--lang nl|fr|en', 'langue de la sortie (nl par défaut, ou NETWERKKRACHT_LANG)'],
      ['--help', 'afficher cette aide'],
      ['--version', 'afficher la version'],
    ],
    moreHelp: 'En savoir plus sur une commande : netwerkkracht COMMANDE --help',
    fileMissing: (p) => `le fichier « ${p} » n’existe pas`,
    fileNotFile: (p) => `« ${p} » n’est pas un fichier ordinaire`,
    fileUnreadable: (p, r) => `le fichier « ${p} » ne peut pas être lu (${r})`,
    fileTooLarge: (p, mb) => `le fichier « ${p} » est trop grand (${mb} Mo au plus)`,
    fileNotUtf8: (p) => `le fichier « ${p} » n’est pas du texte UTF-8`,
    fileArgumentMissing: 'indiquez un fichier de carte (FILE)',
    unknownOption: (o) => `option inconnue ${o}`,
    optionNeedsValue: (o) => `l’option ${o} demande une valeur`,
    optionTakesNoValue: (o) => `l’option ${o} ne prend pas de valeur`,
    unexpectedArgument: (a) => `argument inattendu « ${a} »`,
    requiredOption: (o) => `l’option ${o} est obligatoire`,
    unknownCommand: (n) => `commande inconnue « ${n} » ; voir netwerkkracht --help`,
    noCommand: 'indiquez une commande ; voir netwerkkracht --help',
    badLanguage: (g) => `langue inconnue « ${g} » ; choisissez nl, fr ou en`,
    moreIssues: (n, c) => `(et encore ${plural(n, 'problème', 'problèmes')} ; ${c} les montre tous)`,
    internal: (m) => `erreur interne : ${m}`,
    debugHint: 'Définissez NETWERKKRACHT_DEBUG=1 pour voir les détails.',
    error: 'erreur',
    warning: 'avertissement',
    valid: (f) => `OK : carte de réseau valide (format version ${f.version}${f.migratedFrom !== null ? `, convertie depuis la version ${f.migratedFrom}` : ''}) : ${plural(f.snapshots, 'version', 'versions')}, ${plural(f.people, 'personne', 'personnes')}, ${plural(f.ties, 'lien', 'liens')}, ${plural(f.warnings, 'avertissement', 'avertissements')}.`,
    invalid: (e, w) => `carte de réseau non valide : ${plural(e, 'erreur', 'erreurs')}, ${plural(w, 'avertissement', 'avertissements')}`,
    mapHeading: 'Carte de réseau',
    snapshotHeading: 'Version',
    comparisonHeading: 'Comparaison',
  },
  en: {
    tool: 'netwerkkracht: map, strengthen and follow up the social network of a family, together.',
    usage: 'Usage',
    synopsis: 'netwerkkracht COMMAND [options]',
    commands: 'Commands',
    options: 'Options',
    globalOptions: [
      ['--lang nl|fr|en', 'language of the output (default nl, or NETWERKKRACHT_LANG)'],
      ['--help', 'show this help'],
      ['--version', 'show the version'],
    ],
    moreHelp: 'More about a command: netwerkkracht COMMAND --help',
    fileMissing: (p) => `the file "${p}" does not exist`,
    fileNotFile: (p) => `"${p}" is not a regular file`,
    fileUnreadable: (p, r) => `the file "${p}" cannot be read (${r})`,
    fileTooLarge: (p, mb) => `the file "${p}" is too large (at most ${mb} MB)`,
    fileNotUtf8: (p) => `the file "${p}" is not UTF-8 text`,
    fileArgumentMissing: 'give a map file (FILE)',
    unknownOption: (o) => `unknown option ${o}`,
    optionNeedsValue: (o) => `the option ${o} needs a value`,
    optionTakesNoValue: (o) => `the option ${o} takes no value`,
    unexpectedArgument: (a) => `unexpected argument "${a}"`,
    requiredOption: (o) => `the option ${o} is required`,
    unknownCommand: (n) => `unknown command "${n}"; see netwerkkracht --help`,
    noCommand: 'give a command; see netwerkkracht --help',
    badLanguage: (g) => `unknown language "${g}"; choose nl, fr or en`,
    moreIssues: (n, c) => `(and ${plural(n, 'more problem', 'more problems')}; ${c} shows them all)`,
    internal: (m) => `internal error: ${m}`,
    debugHint: 'Set NETWERKKRACHT_DEBUG=1 to see the details.',
    error: 'error',
    warning: 'warning',
    valid: (f) => `OK: valid network map (format version ${f.version}${f.migratedFrom !== null ? `, converted from version ${f.migratedFrom}` : ''}): ${plural(f.snapshots, 'snapshot', 'snapshots')}, ${plural(f.people, 'person', 'people')}, ${plural(f.ties, 'tie', 'ties')}, ${plural(f.warnings, 'warning', 'warnings')}.`,
    invalid: (e, w) => `not a valid network map: ${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}`,
    mapHeading: 'Network map',
    snapshotHeading: 'Snapshot',
    comparisonHeading: 'Comparison',
  },
};

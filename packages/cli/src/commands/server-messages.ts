import type { Language } from '@netwerkkracht/core';

/**
 * The texts of the commands that run the app (serve, init, demo, rotate-key), per language; Dutch
 * (B1) first. Kept apart from cli-messages.ts, which holds the texts every command shares.
 */
export interface ServerMessages {
  readonly badPort: (got: string) => string;
  readonly badOrganisation: string;
  readonly badEmail: (got: string) => string;
  readonly badName: string;
  readonly cannotStart: (reason: string) => string;
  /** The key (a file or NETWERKKRACHT_KEY, with its id) does not read this database. */
  readonly wrongKey: (source: string, keyId: string) => string;
  readonly webMissing: (dir: string) => string;
  readonly webBuilding: string;
  readonly webBuildFailed: (code: string) => string;
  readonly webBuilt: string;
  readonly webSkipped: string;
  readonly badWorkers: (got: string, max: number) => string;
  readonly listening: (url: string, database: string, workers: number) => string;
  readonly workerStopped: (how: string, replaced: boolean) => string;
  readonly workersGaveUp: string;
  readonly stopHint: string;
  readonly stopping: (signal: string) => string;
  readonly stopped: string;
  readonly firstStart: string;
  readonly organisationCreated: (name: string) => string;
  readonly adminAccount: (email: string) => string;
  readonly oneTimePassword: (password: string) => string;
  readonly passwordShownOnce: string;
  readonly keyFileCreated: (path: string) => string;
  readonly keyFromEnv: string;
  readonly notEmpty: string;
  readonly initDone: string;
  readonly demoAlreadyLoaded: string;
  readonly demoNoOrganisation: string;
  readonly demoLoaded: (households: number, snapshots: number) => string;
  readonly demoAccounts: string;
  readonly demoFictitious: string;
  readonly rotated: (reencrypted: number, keyId: string) => string;
  readonly rotationChecked: (left: number) => string;
  readonly rotationOneKey: string;
  readonly rotationNext: string;
  readonly defaultOrganisation: string;
  readonly defaultAdminName: string;
}

export const SERVER_MESSAGES: Readonly<Record<Language, ServerMessages>> = {
  nl: {
    badPort: (g) => `--port moet een poortnummer van 0 tot 65535 zijn, niet "${g}"`,
    badOrganisation: '--organisation moet een naam van 1 tot 200 tekens zijn',
    badEmail: (g) => `--email moet een e-mailadres zijn, niet "${g}"`,
    badName: '--name mag hoogstens 200 tekens hebben',
    cannotStart: (r) => `de server kan niet starten: ${r}`,
    wrongKey: (source, id) => `de server kan niet starten: de sleutel uit ${source} (sleutel ${id}) past niet bij deze database. Gebruik de sleutel waarmee de gegevens bewaard zijn (zie docs/operations.md, deel 3).`,
    webMissing: (d) => `De webapp is nog niet gebouwd (${d}/index.html ontbreekt).`,
    webBuilding: 'Ik bouw de webapp nu met "npm run build -w @netwerkkracht/web". Dat duurt even...',
    webBuildFailed: (c) => `het bouwen van de webapp is mislukt (${c}); bekijk de meldingen hierboven, of start met --no-web om alleen de API te gebruiken`,
    webBuilt: 'De webapp is gebouwd.',
    webSkipped: 'Zonder webapp (--no-web): alleen de API draait.',
    badWorkers: (g, max) => `--workers moet auto of een geheel getal van 1 tot ${max} zijn, niet "${g}"`,
    listening: (u, d, w) => `Netwerkkracht draait op ${u} (database: ${d}${w > 1 ? `, ${w} werkprocessen` : ''}).`,
    workerStopped: (how, replaced) => `een werkproces stopte onverwacht (${how}); ${replaced ? 'een nieuw neemt het over' : 'dat gebeurde te vaak na elkaar, dus de server stopt'}`,
    workersGaveUp: 'de werkprocessen stopten te vaak na elkaar; de server is gestopt. Bekijk de meldingen hierboven.',
    stopHint: 'Stoppen: Ctrl+C.',
    stopping: (s) => `Signaal ${s} ontvangen: ik stop netjes...`,
    stopped: 'Netwerkkracht is gestopt.',
    firstStart: 'Eerste start: de database was leeg.',
    organisationCreated: (n) => `De organisatie "${n}" is aangemaakt.`,
    adminAccount: (e) => `Eerste beheerder: ${e}`,
    oneTimePassword: (p) => `Eenmalig wachtwoord: ${p}`,
    passwordShownOnce: 'Schrijf dit wachtwoord nu op: het wordt maar één keer getoond. Bij de eerste aanmelding kies je een nieuw wachtwoord.',
    keyFileCreated: (p) => `Nieuwe sleutel voor de versleuteling: ${p} (alleen leesbaar voor jou). Maak er een aparte back-up van: zonder sleutel zijn de namen niet meer te lezen.`,
    keyFromEnv: 'De sleutel komt uit NETWERKKRACHT_KEY.',
    notEmpty: 'de database is niet leeg: er is al een organisatie. init werkt alleen op een lege database.',
    initDone: 'Klaar. Start de app met: npm start',
    demoAlreadyLoaded: 'de demogegevens staan al in de database; demo werkt maar één keer',
    demoNoOrganisation: 'er is nog geen organisatie in de database',
    demoLoaded: (h, s) => `${h} gezinnen met een netwerkkaart (${s} momentopnames) zijn toegevoegd, elk met toestemming voor registratie.`,
    demoAccounts: 'Demo-accounts (elk met een eenmalig wachtwoord, dat maar één keer getoond wordt):',
    demoFictitious: 'Alle gezinnen en personen zijn verzonnen. Gebruik deze database niet voor echte gezinnen.',
    rotated: (n, k) => `${n} waarden opnieuw versleuteld met de sleutel ${k}.`,
    rotationChecked: (l) => (l === 0 ? 'Controle: een tweede ronde vond niets meer. Je mag de oude sleutel nu weghalen en de server herstarten.' : `Controle: nog ${l} waarden waren niet omgezet; voer rotate-key opnieuw uit.`),
    rotationOneKey: 'Er is maar één sleutel. Zet eerst de nieuwe sleutel bovenaan (zie docs/operations.md, deel 3).',
    rotationNext: 'Bewaar een back-up van de nieuwe sleutel, apart van de database.',
    defaultOrganisation: 'Mijn organisatie',
    defaultAdminName: 'Beheerder',
  },
  fr: {
    badPort: (g) => `--port doit être un numéro de port de 0 à 65535, pas « ${g} »`,
    badOrganisation: '--organisation doit être un nom de 1 à 200 caractères',
    badEmail: (g) => `--email doit être une adresse e-mail, pas « ${g} »`,
    badName: '--name peut compter 200 caractères au plus',
    cannotStart: (r) => `le serveur ne peut pas démarrer : ${r}`,
    wrongKey: (source, id) => `le serveur ne peut pas démarrer : la clé de ${source} (clé ${id}) ne correspond pas à cette base de données. Utilisez la clé avec laquelle les données ont été enregistrées (voir docs/operations.md, partie 3).`,
    webMissing: (d) => `L’application web n’est pas encore construite (${d}/index.html manque).`,
    webBuilding: 'Je construis l’application web avec « npm run build -w @netwerkkracht/web ». Cela prend un moment...',
    webBuildFailed: (c) => `la construction de l’application web a échoué (${c}) ; voyez les messages ci-dessus, ou démarrez avec --no-web pour n’utiliser que l’API`,
    webBuilt: 'L’application web est construite.',
    webSkipped: 'Sans application web (--no-web) : seule l’API tourne.',
    badWorkers: (g, max) => `--workers doit être auto ou un nombre entier de 1 à ${max}, pas « ${g} »`,
    listening: (u, d, w) => `Netwerkkracht tourne sur ${u} (base de données : ${d}${w > 1 ? `, ${w} processus` : ''}).`,
    workerStopped: (how, replaced) => `un processus de travail s’est arrêté de façon inattendue (${how}) ; ${replaced ? 'un nouveau prend le relais' : 'c’est arrivé trop souvent d’affilée, le serveur s’arrête'}`,
    workersGaveUp: 'les processus de travail se sont arrêtés trop souvent d’affilée ; le serveur est arrêté. Voir les messages ci-dessus.',
    stopHint: 'Arrêter : Ctrl+C.',
    stopping: (s) => `Signal ${s} reçu : arrêt propre en cours...`,
    stopped: 'Netwerkkracht est arrêté.',
    firstStart: 'Premier démarrage : la base de données était vide.',
    organisationCreated: (n) => `L’organisation « ${n} » est créée.`,
    adminAccount: (e) => `Premier gestionnaire : ${e}`,
    oneTimePassword: (p) => `Mot de passe à usage unique : ${p}`,
    passwordShownOnce: 'Notez ce mot de passe maintenant : il n’est affiché qu’une fois. À la première connexion, vous en choisissez un nouveau.',
    keyFileCreated: (p) => `Nouvelle clé de chiffrement : ${p} (lisible par vous seul). Sauvegardez-la à part : sans la clé, les noms ne sont plus lisibles.`,
    keyFromEnv: 'La clé vient de NETWERKKRACHT_KEY.',
    notEmpty: 'la base de données n’est pas vide : une organisation existe déjà. init ne fonctionne que sur une base vide.',
    initDone: 'Terminé. Démarrez l’application avec : npm start',
    demoAlreadyLoaded: 'les données de démonstration sont déjà dans la base ; demo ne fonctionne qu’une fois',
    demoNoOrganisation: 'il n’y a pas encore d’organisation dans la base de données',
    demoLoaded: (h, s) => `${h} familles avec une carte de réseau (${s} instantanés) ont été ajoutées, chacune avec un consentement d’enregistrement.`,
    demoAccounts: 'Comptes de démonstration (chacun avec un mot de passe à usage unique, affiché une seule fois) :',
    demoFictitious: 'Toutes les familles et personnes sont inventées. N’utilisez pas cette base pour de vraies familles.',
    rotated: (n, k) => `${n} valeurs rechiffrées avec la clé ${k}.`,
    rotationChecked: (l) => (l === 0 ? 'Contrôle : un second passage n’a plus rien trouvé. Vous pouvez retirer l’ancienne clé et redémarrer le serveur.' : `Contrôle : ${l} valeurs n’étaient pas encore converties ; relancez rotate-key.`),
    rotationOneKey: 'Il n’y a qu’une seule clé. Placez d’abord la nouvelle clé en tête (voir docs/operations.md, partie 3).',
    rotationNext: 'Gardez une sauvegarde de la nouvelle clé, à part de la base de données.',
    defaultOrganisation: 'Mon organisation',
    defaultAdminName: 'Gestionnaire',
  },
  en: {
    badPort: (g) => `--port must be a port number from 0 to 65535, not "${g}"`,
    badOrganisation: '--organisation must be a name of 1 to 200 characters',
    badEmail: (g) => `--email must be an e-mail address, not "${g}"`,
    badName: '--name may have at most 200 characters',
    cannotStart: (r) => `the server cannot start: ${r}`,
    wrongKey: (source, id) => `the server cannot start: the key from ${source} (key ${id}) does not match this database. Use the key the data was stored with (see docs/operations.md, section 3).`,
    webMissing: (d) => `The web app is not built yet (${d}/index.html is missing).`,
    webBuilding: 'Building the web app now with "npm run build -w @netwerkkracht/web". This takes a moment...',
    webBuildFailed: (c) => `building the web app failed (${c}); see the messages above, or start with --no-web to use the API only`,
    webBuilt: 'The web app is built.',
    webSkipped: 'Without the web app (--no-web): only the API runs.',
    badWorkers: (g, max) => `--workers must be auto or a whole number from 1 to ${max}, not "${g}"`,
    listening: (u, d, w) => `Netwerkkracht is running at ${u} (database: ${d}${w > 1 ? `, ${w} worker processes` : ''}).`,
    workerStopped: (how, replaced) => `a worker process stopped unexpectedly (${how}); ${replaced ? 'a new one takes over' : 'this happened too often in a row, so the server stops'}`,
    workersGaveUp: 'the worker processes stopped too often in a row; the server has stopped. See the messages above.',
    stopHint: 'Stop: Ctrl+C.',
    stopping: (s) => `Received ${s}: stopping cleanly...`,
    stopped: 'Netwerkkracht has stopped.',
    firstStart: 'First start: the database was empty.',
    organisationCreated: (n) => `The organisation "${n}" has been created.`,
    adminAccount: (e) => `First administrator: ${e}`,
    oneTimePassword: (p) => `One-time password: ${p}`,
    passwordShownOnce: 'Write this password down now: it is shown only once. At the first login you choose a new password.',
    keyFileCreated: (p) => `New encryption key: ${p} (readable by you only). Back it up separately: without the key, the names can no longer be read.`,
    keyFromEnv: 'The key comes from NETWERKKRACHT_KEY.',
    notEmpty: 'the database is not empty: an organisation already exists. init only works on an empty database.',
    initDone: 'Done. Start the app with: npm start',
    demoAlreadyLoaded: 'the demo data is already in the database; demo works only once',
    demoNoOrganisation: 'there is no organisation in the database yet',
    demoLoaded: (h, s) => `${h} households with a network map (${s} snapshots) have been added, each with registration consent.`,
    demoAccounts: 'Demo accounts (each with a one-time password, shown only once):',
    demoFictitious: 'All households and people are made up. Do not use this database for real families.',
    rotated: (n, k) => `${n} values re-encrypted under the key ${k}.`,
    rotationChecked: (l) => (l === 0 ? 'Check: a second pass found nothing left. You may now remove the old key and restart the server.' : `Check: ${l} values were not converted yet; run rotate-key again.`),
    rotationOneKey: 'There is only one key. First put the new key at the top (see docs/operations.md, section 3).',
    rotationNext: 'Keep a backup of the new key, apart from the database.',
    defaultOrganisation: 'My organisation',
    defaultAdminName: 'Administrator',
  },
};

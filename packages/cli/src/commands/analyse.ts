import { analyseSnapshot, INDICATOR_NAMES, readSnapshot, type Indicators } from '@netwerkkracht/core';
import { flag, parseCommandArgs, stringOption } from '../args.js';
import { CLI_MESSAGES } from '../cli-messages.js';
import { EXIT_OK, UserError } from '../errors.js';
import { readingText } from '../format-reading.js';
import { terminalSafeJson } from '../terminal-text.js';
import { loadMapFile, pickSnapshot } from '../load-map.js';
import type { Command } from './command.js';
import { describeSnapshot, mapName } from './describe-snapshot.js';

export const analyseCommand: Command = {
  summary: {
    nl: 'lees wat een netwerkkaart toont: kansen en kwetsbaarheden',
    fr: 'lire ce que montre une carte de réseau : forces et fragilités',
    en: 'read what a network map shows: strengths and vulnerabilities',
  },
  usage: 'analyse FILE [--snapshot ID] [--json] [--lang nl|fr|en]',
  description: {
    nl: 'Berekent de indicatoren van één versie van de kaart (standaard de laatste versie "hoe het nu is") en toont ze in gewone taal, sterke kanten eerst. Met --json: één JSON-object met alle indicatoren.',
    fr: 'Calcule les indicateurs d’une version de la carte (par défaut la dernière version « comment c’est maintenant ») et les présente en langage simple, les forces d’abord. Avec --json : un objet JSON avec tous les indicateurs.',
    en: 'Works out the indicators of one snapshot of the map (by default the latest "how it is now") and shows them in plain language, strengths first. With --json: one JSON object with every indicator.',
  },
  options: [
    { flag: '--snapshot ID', text: { nl: 'de versie met deze id', fr: 'la version avec cet identifiant', en: 'the snapshot with this id' } },
    { flag: '--json', text: { nl: 'de indicatoren als JSON (sleutels: de namen van de indicatoren)', fr: 'les indicateurs en JSON (clés : les noms des indicateurs)', en: 'the indicators as JSON (keys: the indicator names)' } },
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { snapshot: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const { lang } = parsed;
    const file = parsed.positionals[0];
    if (file === undefined) throw new UserError(CLI_MESSAGES[lang].fileArgumentMissing);
    const document = await loadMapFile(file, io, lang);
    const snapshot = pickSnapshot(document, stringOption(parsed, 'snapshot'), lang);
    const indicators = analyseSnapshot(snapshot, document.map);
    if (flag(parsed, 'json')) {
      io.stdout(`${terminalSafeJson(indicatorObject(indicators))}\n`);
      return EXIT_OK;
    }
    const m = CLI_MESSAGES[lang];
    io.stdout(`${m.mapHeading}: ${mapName(document)}\n${m.snapshotHeading}: ${describeSnapshot(snapshot, lang)}\n\n`);
    io.stdout(readingText(readSnapshot(indicators, snapshot, document.map, lang)));
    return EXIT_OK;
  },
};

/** Exactly the indicator names as keys, in the order of domain.md §5. */
export function indicatorObject(indicators: Indicators): Record<string, unknown> {
  return Object.fromEntries(INDICATOR_NAMES.map((name) => [name, indicators[name]]));
}

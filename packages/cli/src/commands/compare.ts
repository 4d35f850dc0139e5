import { compareSnapshots, readComparison, type Language } from '@netwerkkracht/core';
import { flag, parseCommandArgs, stringOption, type ParsedCommandArgs } from '../args.js';
import { CLI_MESSAGES } from '../cli-messages.js';
import { EXIT_OK, UserError } from '../errors.js';
import { readingText } from '../format-reading.js';
import { terminalSafeJson } from '../terminal-text.js';
import { loadMapFile, pickSnapshot } from '../load-map.js';
import type { Command } from './command.js';
import { describeSnapshot, mapName } from './describe-snapshot.js';

export const compareCommand: Command = {
  summary: {
    nl: 'vergelijk twee versies van een kaart: wat veranderde er',
    fr: 'comparer deux versions d’une carte : ce qui a changé',
    en: 'compare two snapshots of a map: what changed',
  },
  usage: 'compare FILE --from ID --to ID [--json] [--lang nl|fr|en]',
  description: {
    nl: 'Zet twee versies van dezelfde kaart naast elkaar (mensen worden herkend aan hun id): wie kwam erbij of ging weg, wie werd weer opgepikt, welke wens kwam uit, wie staat dichterbij of verder weg, welke steun veranderde, en de kerncijfers toen en nu.',
    fr: 'Met côte à côte deux versions de la même carte (les personnes sont reconnues par leur identifiant) : qui est arrivé ou parti, quel contact a repris, quel souhait s’est réalisé, qui est plus proche ou plus loin, quel soutien a changé, et les chiffres clés avant et maintenant.',
    en: 'Puts two snapshots of the same map side by side (people are matched by their id): who came or went, who was picked up again, which wish came true, who moved closer or further away, which support changed, and the key figures then and now.',
  },
  options: [
    { flag: '--from ID', text: { nl: 'de eerste (oudere) versie', fr: 'la première version (la plus ancienne)', en: 'the first (earlier) snapshot' } },
    { flag: '--to ID', text: { nl: 'de tweede (nieuwere) versie', fr: 'la deuxième version (la plus récente)', en: 'the second (later) snapshot' } },
    { flag: '--json', text: { nl: 'de vergelijking als JSON', fr: 'la comparaison en JSON', en: 'the comparison as JSON' } },
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const { lang } = parsed;
    const file = parsed.positionals[0];
    if (file === undefined) throw new UserError(CLI_MESSAGES[lang].fileArgumentMissing);
    const fromId = required(parsed, 'from', lang);
    const toId = required(parsed, 'to', lang);
    const document = await loadMapFile(file, io, lang);
    const from = pickSnapshot(document, fromId, lang, '--from');
    const to = pickSnapshot(document, toId, lang, '--to');
    const comparison = compareSnapshots(document.map, from, to);
    if (flag(parsed, 'json')) {
      io.stdout(`${terminalSafeJson(comparison)}\n`);
      return EXIT_OK;
    }
    const m = CLI_MESSAGES[lang];
    io.stdout(`${m.mapHeading}: ${mapName(document)}\n${m.comparisonHeading}: ${describeSnapshot(from, lang)} → ${describeSnapshot(to, lang)}\n\n`);
    io.stdout(readingText(readComparison(comparison, from, to, lang)));
    return EXIT_OK;
  },
};

function required(parsed: ParsedCommandArgs, name: string, lang: Language): string {
  const value = stringOption(parsed, name);
  if (value === undefined) throw new UserError(CLI_MESSAGES[lang].requiredOption(`--${name}`));
  return value;
}

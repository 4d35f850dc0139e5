import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EGOR_FILE_NAMES, exportEgorFiles, exportGraphml, graphmlFileName } from '@netwerkkracht/core';
import { writeZip } from '@netwerkkracht/server';
import { flag, parseCommandArgs, stringOption } from '../args.js';
import { CLI_MESSAGES } from '../cli-messages.js';
import { EXIT_OK, UserError } from '../errors.js';
import { INTEROP_CLI_MESSAGES } from '../interop-messages.js';
import { loadMapFile, pickSnapshot } from '../load-map.js';
import { terminalSafe } from '../terminal-text.js';
import type { Command } from './command.js';
import { writeFolderWhole, writeWhole } from './import.js';

const TARGETS = ['graphml', 'egor', 'egor-excel'] as const;

export const exportCommand: Command = {
  summary: {
    nl: 'schrijf een kaart als GraphML of egor-bestanden',
    fr: 'écrire une carte en GraphML ou en fichiers egor',
    en: 'write a map as GraphML or egor files',
  },
  usage: 'export FILE --to graphml|egor|egor-excel [--snapshot ID] [--out PATH|FILE.zip] [--names] [--lang nl|fr|en]',
  description: {
    nl: 'GraphML: één momentopname (--snapshot, anders de laatste "is") naar het bestand PATH of het scherm. egor: drie bestanden (egos.csv, alters.csv, aaties.csv) in de map (folder) PATH, één ego-regel per momentopname; egor-excel met ; en een BOM voor Excel. Eindigt PATH op .zip, dan komt alles in één zip-bestand (bij GraphML: één bestand per momentopname). Namen en notities alleen met --names. Zie docs/interop.md.',
    fr: 'GraphML : un instantané (--snapshot, sinon le dernier « is ») vers le fichier PATH ou l’écran. egor : trois fichiers (egos.csv, alters.csv, aaties.csv) dans le dossier PATH, une ligne d’ego par instantané ; egor-excel avec ; et un BOM pour Excel. Si PATH finit par .zip, tout va dans un seul fichier zip (GraphML : un fichier par instantané). Noms et notes seulement avec --names. Voir docs/interop.md.',
    en: 'GraphML: one snapshot (--snapshot, else the latest "is") to the file PATH or the screen. egor: three files (egos.csv, alters.csv, aaties.csv) into the folder PATH, one ego row per snapshot; egor-excel with ; and a BOM for Excel. When PATH ends in .zip, everything goes into one zip file (GraphML: one file per snapshot). Names and notes only with --names. See docs/interop.md.',
  },
  options: [
    { flag: '--to graphml|egor|egor-excel', text: { nl: 'het formaat', fr: 'le format', en: 'the format' } },
    { flag: '--snapshot ID', text: { nl: 'alleen deze momentopname', fr: 'seulement cet instantané', en: 'only this snapshot' } },
    { flag: '--out PATH', text: { nl: 'bestand (GraphML) of map/folder (egor); .zip: één zip-bestand', fr: 'fichier (GraphML) ou dossier (egor) ; .zip : un fichier zip', en: 'file (GraphML) or folder (egor); .zip: one zip file' } },
    { flag: '--names', text: { nl: 'met namen en notities (persoonsgegevens)', fr: 'avec noms et notes (données personnelles)', en: 'with names and notes (personal data)' } },
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { to: { type: 'string' }, snapshot: { type: 'string' }, out: { type: 'string' }, names: { type: 'boolean' } }, 1);
    const { lang } = parsed;
    const m = INTEROP_CLI_MESSAGES[lang];
    const file = parsed.positionals[0];
    if (file === undefined) throw new UserError(CLI_MESSAGES[lang].fileArgumentMissing);
    const to = stringOption(parsed, 'to');
    if (to === undefined) throw new UserError(CLI_MESSAGES[lang].requiredOption('--to'));
    if (!(TARGETS as readonly string[]).includes(to)) throw new UserError(m.badFormat(terminalSafe(to), TARGETS.join(', ')));
    const out = stringOption(parsed, 'out');
    const target = out === undefined ? undefined : resolve(io.cwd, out);
    if (target !== undefined && existsSync(target)) throw new UserError(m.outExists(terminalSafe(out as string)));
    const document = await loadMapFile(file, io, lang);
    const snapshotId = stringOption(parsed, 'snapshot');
    const names = flag(parsed, 'names');
    const asZip = out !== undefined && /\.zip$/i.test(out);
    if (to === 'graphml' && asZip) {
      // A zip holds the whole map, one GraphML per snapshot (or only the one asked for).
      const snapshots = snapshotId === undefined ? document.map.snapshots : [pickSnapshot(document, snapshotId, lang)];
      await writeWhole(target as string, await writeZip(Object.fromEntries(snapshots.map((s) => [graphmlFileName(document.map, s), exportGraphml(document.map, s, { names })]))));
      io.stderr(`${m.written(terminalSafe(out))}\n`);
      return EXIT_OK;
    }
    if (to === 'graphml') {
      const snapshot = pickSnapshot(document, snapshotId, lang);
      const text = exportGraphml(document.map, snapshot, { names });
      if (target === undefined) io.stdout(text);
      else await writeWhole(target, text);
      return EXIT_OK;
    }
    if (target === undefined) throw new UserError(m.egorNeedsOut);
    if (snapshotId !== undefined) pickSnapshot(document, snapshotId, lang);
    const files = exportEgorFiles([document.map], { dialect: to === 'egor-excel' ? 'excel' : 'r', names, ...(snapshotId !== undefined ? { snapshotId } : {}) });
    const named = { [EGOR_FILE_NAMES.egos]: files.egos, [EGOR_FILE_NAMES.alters]: files.alters, [EGOR_FILE_NAMES.aaties]: files.aaties };
    if (asZip) await writeWhole(target, await writeZip(named));
    else await writeFolderWhole(target, named);
    io.stderr(`${m.written(terminalSafe(out as string))}\n`);
    return EXIT_OK;
  },
};

import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  describeImportReport, describeInteropProblem, importFiles, importMappingTemplate, ImportMappingSchema, INTEROP_FORMATS, toMapDocument,
  type ImportFile, type ImportMapping, type InteropFormat, type InteropProblem, type Language,
} from '@netwerkkracht/core';
import { CLI_ZIP_LIMITS, isZip, readZip } from '@netwerkkracht/server';
import { flag, parseCommandArgs, stringOption } from '../args.js';
import { CLI_MESSAGES } from '../cli-messages.js';
import { EXIT_OK, UserError } from '../errors.js';
import { INTEROP_CLI_MESSAGES } from '../interop-messages.js';
import { decodeTextFile, readFileBytes, readTextFile } from '../load-map.js';
import { terminalSafe } from '../terminal-text.js';
import { cliVersion } from '../version.js';
import type { CliIo } from '../io.js';
import type { Command } from './command.js';

/** Today in the families' time zone (the date of snapshots of formats without dates). */
export function todayInBrussels(env: Readonly<Record<string, string | undefined>>): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: env.NETWERKKRACHT_TIME_ZONE ?? 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function problemsError(problems: readonly InteropProblem[], lang: Language, fileName?: string): UserError {
  const [first, ...rest] = problems;
  const prefix = fileName && !first?.file ? `${terminalSafe(fileName)}: ` : '';
  const more = rest.length > 0 ? ` ${INTEROP_CLI_MESSAGES[lang].moreProblems(rest.length)}` : '';
  return new UserError(prefix + terminalSafe(first ? describeInteropProblem(first, lang) : '') + more);
}

/** The files to import: each named file as text, or, for a zip (told by its first bytes), the files inside it. */
export async function readImportFiles(names: readonly string[], io: CliIo, lang: Language): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const name of names) {
    const bytes = await readFileBytes(name, io, lang);
    if (!isZip(bytes)) {
      files.push({ name, text: decodeTextFile(name, bytes, lang) });
      continue;
    }
    const unpacked = await readZip(bytes, name, CLI_ZIP_LIMITS);
    if (!unpacked.ok) throw problemsError(unpacked.problems, lang);
    files.push(...unpacked.files);
  }
  return files;
}

/** Writes a file whole or not at all: a temporary name first, then a rename. */
export async function writeWhole(path: string, text: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, { flag: 'wx' });
  await rename(temporary, path);
}

/** Writes a new folder of files whole or not at all: a temporary folder beside it, renamed when every file is in. */
export async function writeFolderWhole(path: string, files: Readonly<Record<string, string>>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await mkdir(temporary);
  for (const [name, text] of Object.entries(files)) await writeFile(join(temporary, name), text);
  await rename(temporary, path);
}

export const importCommand: Command = {
  summary: {
    nl: 'lees kaarten uit easyNWK, egor of Network Canvas',
    fr: 'lire des cartes d’easyNWK, d’egor ou de Network Canvas',
    en: 'read maps from easyNWK, egor or Network Canvas',
  },
  usage: 'import FILE...|FILE.zip [--from easynwk|egor|nc-graphml|nc-csv] [--mapping FILE] [--mapping-template] [--out FILE] [--lang nl|fr|en]',
  description: {
    nl: 'Zet een bestand van een ander programma (of een .zip met die bestanden) om naar netwerkkaart JSON: op het scherm, of in het bestand van --out (een map/folder als er meer kaarten uitkomen). Het verslag (wat overgenomen, geïnterpreteerd en weggelaten is) komt op de foutuitvoer. Bij een fout wordt niets bewaard. Zie docs/interop.md.',
    fr: 'Convertit un fichier d’un autre programme (ou un .zip de ces fichiers) en netwerkkaart JSON : à l’écran, ou dans le fichier de --out (un dossier s’il en sort plusieurs cartes). Le rapport (ce qui est repris, interprété, laissé de côté) va sur la sortie d’erreur. En cas d’erreur, rien n’est enregistré. Voir docs/interop.md.',
    en: 'Converts a file of another program (or a .zip of such files) into netwerkkaart JSON: on screen, or into the file of --out (a folder when several maps come out). The report (what was mapped, interpreted, dropped) goes to standard error. On an error nothing is written. See docs/interop.md.',
  },
  options: [
    { flag: '--mapping-template', text: { nl: 'toon een koppeling om in te vullen: bij Network Canvas (GraphML of CSV) de soorten personen, hun variabelen en de soorten banden; bij drie CSV-bestanden van een ander programma elke kolom met haar waarden', fr: 'afficher une correspondance à compléter : pour Network Canvas (GraphML ou CSV) les types de personnes, leurs variables et les types de liens ; pour trois fichiers CSV d’un autre programme chaque colonne avec ses valeurs', en: 'print a mapping to fill in: for Network Canvas (GraphML or CSV) the node types, their variables and the edge types; for three CSV files of another program every column with its values' } },
    { flag: '--from easynwk|egor|nc-graphml|nc-csv', text: { nl: 'het formaat (anders herkend)', fr: 'le format (sinon reconnu)', en: 'the format (detected otherwise)' } },
    { flag: '--mapping FILE', text: { nl: 'koppeling als JSON (zie --mapping-template), bv. {"egor":{"tie":{"column":"weight","min":2}}}', fr: 'correspondance en JSON (voir --mapping-template), p. ex. {"egor":{"tie":{"column":"weight","min":2}}}', en: 'mapping as JSON (see --mapping-template), e.g. {"egor":{"tie":{"column":"weight","min":2}}}' } },
    { flag: '--out FILE', text: { nl: 'bewaar in dit bestand (of deze map bij meer kaarten)', fr: 'enregistrer dans ce fichier (ou ce dossier si plusieurs cartes)', en: 'write to this file (or this folder for several maps)' } },
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { from: { type: 'string' }, mapping: { type: 'string' }, out: { type: 'string' }, 'mapping-template': { type: 'boolean' } }, 20);
    const { lang } = parsed;
    const m = INTEROP_CLI_MESSAGES[lang];
    if (parsed.positionals.length === 0) throw new UserError(CLI_MESSAGES[lang].fileArgumentMissing);
    const from = stringOption(parsed, 'from');
    const supported: readonly InteropFormat[] = ['easynwk', 'egor', 'nc-graphml', 'nc-csv'];
    if (from !== undefined && !supported.includes(from as InteropFormat)) {
      throw new UserError(m.badFormat(terminalSafe(from), (INTEROP_FORMATS as readonly string[]).filter((f) => supported.includes(f as InteropFormat)).join(', ')));
    }
    let mapping: ImportMapping | undefined;
    const mappingFile = stringOption(parsed, 'mapping');
    if (mappingFile !== undefined) {
      const text = await readTextFile(mappingFile, io, lang);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new UserError(m.badMapping(terminalSafe(mappingFile), 'JSON'));
      }
      const result = ImportMappingSchema.safeParse(json);
      if (!result.success) {
        const first = result.error.issues[0];
        throw new UserError(m.badMapping(terminalSafe(mappingFile), terminalSafe(`${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim())));
      }
      mapping = result.data;
    }
    const files = await readImportFiles(parsed.positionals, io, lang);
    if (flag(parsed, 'mapping-template')) {
      // Network Canvas and foreign three-file CSVs need a mapping made from the file; easyNWK and our own egor export none.
      const template = importMappingTemplate(files, from as InteropFormat | undefined);
      if (!template.ok) throw problemsError(template.problems, lang, files.length === 1 ? files[0]?.name : undefined);
      if (!template.needed) throw new UserError(m.templateNotNeeded);
      const printed = template.format === 'egor'
        ? { found: { egos: template.template.egos, alters: template.template.alters, aaties: template.template.aaties }, egor: template.template.mapping }
        : { found: { nodeTypes: template.template.nodeTypes, edgeTypes: template.template.edgeTypes, protocols: template.template.protocols }, nc: template.template.mapping };
      io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
      return EXIT_OK;
    }
    const result = importFiles({ files, ...(from ? { format: from as InteropFormat } : {}), ...(mapping ? { mapping } : {}), today: todayInBrussels(io.env) });
    if (!result.ok) {
      if (result.problems[0]?.code === 'not_recognised' && from === undefined) throw new UserError(m.notRecognised);
      throw problemsError(result.problems, lang, files.length === 1 ? files[0]?.name : undefined);
    }
    const documents = result.maps.map((map) => `${JSON.stringify(toMapDocument(map, { generator: `netwerkkracht ${cliVersion()}` }), null, 2)}\n`);
    const out = stringOption(parsed, 'out');
    if (documents.length === 1 && out === undefined) io.stdout(documents[0] as string);
    else if (out === undefined) throw new UserError(m.severalMapsNeedOut(documents.length));
    else {
      const target = resolve(io.cwd, out);
      if (existsSync(target)) throw new UserError(m.outExists(terminalSafe(out)));
      if (documents.length === 1) await writeWhole(target, documents[0] as string);
      else await writeFolderWhole(target, Object.fromEntries(result.maps.map((map, i) => [`${map.id}.json`, documents[i] as string])));
      io.stderr(`${m.written(terminalSafe(out))}\n`);
    }
    for (const line of describeImportReport(result.report, lang)) io.stderr(`${terminalSafe(line)}\n`);
    return EXIT_OK;
  },
};

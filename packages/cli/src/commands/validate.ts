import { describeIssue, parseMapDocumentText, type MapDocument } from '@netwerkkracht/core';
import { flag, parseCommandArgs } from '../args.js';
import { CLI_MESSAGES } from '../cli-messages.js';
import { EXIT_OK, EXIT_USER, UserError } from '../errors.js';
import { readTextFile } from '../load-map.js';
import { terminalSafe, terminalSafeJson } from '../terminal-text.js';
import type { Command } from './command.js';

export const validateCommand: Command = {
  summary: {
    nl: 'controleer een kaartbestand en toon elk probleem',
    fr: 'vérifier un fichier de carte et montrer chaque problème',
    en: 'check a map file and show every problem',
  },
  usage: 'validate FILE [--json] [--lang nl|fr|en]',
  description: {
    nl: 'Controleert een bestand in het formaat netwerkkaart JSON (zie docs/map-format.md) en toont elke fout en waarschuwing met de plaats in het bestand. Geeft 0 terug als het bestand geldig is, 2 als het dat niet is.',
    fr: 'Vérifie un fichier au format netwerkkaart JSON (voir docs/map-format.md) et montre chaque erreur et chaque avertissement avec leur emplacement dans le fichier. Renvoie 0 si le fichier est valide, 2 sinon.',
    en: 'Checks a file in the netwerkkaart JSON format (see docs/map-format.md) and shows every error and warning with its place in the file. Returns 0 when the file is valid, 2 when it is not.',
  },
  options: [
    { flag: '--json', text: { nl: 'het resultaat als JSON', fr: 'le résultat en JSON', en: 'the result as JSON' } },
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { json: { type: 'boolean' } }, 1);
    const { lang } = parsed;
    const m = CLI_MESSAGES[lang];
    const file = parsed.positionals[0];
    if (file === undefined) throw new UserError(m.fileArgumentMissing);
    const text = await readTextFile(file, io, lang);
    const result = parseMapDocumentText(text);
    const issues = result.ok ? result.warnings : result.issues;
    if (flag(parsed, 'json')) {
      io.stdout(`${terminalSafeJson({
        valid: result.ok,
        issues: issues.map((i) => ({ ...i, message: describeIssue(i, lang) })),
      })}\n`);
      return result.ok ? EXIT_OK : EXIT_USER;
    }
    for (const i of issues) io.stdout(`${i.severity === 'error' ? m.error : m.warning}: ${terminalSafe(describeIssue(i, lang))}\n`);
    if (!result.ok) {
      const errors = issues.filter((i) => i.severity === 'error').length;
      io.stderr(`netwerkkracht: ${m.invalid(errors, issues.length - errors)}\n`);
      return EXIT_USER;
    }
    io.stdout(`${m.valid({ ...counts(result.value), warnings: issues.length, migratedFrom: result.fromVersion === result.value.version ? null : result.fromVersion })}\n`);
    return EXIT_OK;
  },
};

function counts(document: MapDocument) {
  const people = new Set<string>();
  let ties = 0;
  for (const snapshot of document.map.snapshots) {
    for (const alter of snapshot.alters) people.add(alter.id);
    ties += snapshot.ties.length;
  }
  return { version: document.version, snapshots: document.map.snapshots.length, people: people.size, ties };
}

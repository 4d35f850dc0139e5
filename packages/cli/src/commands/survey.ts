import { writeFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  BRUSSELS_2018_RANGES, COLUMN_SHORT_LABELS, GROUPING_COLUMNS, MEASURE_LABELS, SURVEY_MEASURES, buildSurveyReport,
  compareGroups, describeComparison, describeSurveyCsvIssue, groupLabel, isGroupingColumn, isSurveyMeasure, parseSurveyCsv,
  serialiseSurveyCsv, surveyCodebook, surveyCodebookMarkdown, type Language, type MeasureCell, type ReportGroup,
  type SurveyColumn, type SurveyReport, type SurveyResponse,
} from '@netwerkkracht/core';
import { flag, parseCommandArgs, stringOption, type ParsedCommandArgs } from '../args.js';
import { CLI_MESSAGES } from '../cli-messages.js';
import { EXIT_OK, EXIT_USER, UserError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readFileBytes } from '../load-map.js';
import { terminalSafe, terminalSafeJson } from '../terminal-text.js';
import type { Command } from './command.js';

const T = {
  nl: {
    subMissing: 'kies wat je wilt doen: survey report, compare, check, export of codebook',
    subUnknown: (s: string) => `onbekende opdracht "survey ${s}"; kies report, compare, check, export of codebook`,
    fileMissing: 'geef een CSV-bestand van de vragenlijst op (FILE.csv)',
    badBy: (b: string) => `--by ${b} kan niet: kies ${GROUPING_COLUMNS.join(', ')}`,
    badSmallCell: (v: string) => `--small-cell ${v} is geen heel getal van 0 tot 1000`,
    badMeasure: (v: string) => `--measure ${v} is geen maat; kies ${SURVEY_MEASURES.join(', ')}`,
    needMeasure: 'geef een maat op met --measure',
    badFile: (file: string, first: string, more: number) => `${file}: ${first}${more > 0 ? ` (en nog ${more} ${more === 1 ? 'probleem' : 'problemen'}; survey check toont ze allemaal)` : ''}`,
    valid: (n: number) => `geldig: ${n} respondenten`,
    title: (by: string, t: number) => `Zorgkracht-vragenlijst per ${by}${t > 0 ? ` (aantallen onder ${t} verborgen)` : ' (niets verborgen)'}`,
    head: ['groep', 'n', 'aantal', 'aandeel', '95 %-interval'],
    hiddenNote: (t: number) => `* minder dan ${t}, of verborgen omdat je er anders een kleine groep mee zou kunnen uitrekenen`,
    brussels: (low: string, high: string) => `Brussel 2018: ${low} tot ${high} over de groepen van het onderzoek`,
    respondents: 'respondenten',
    written: (f: string, n: number) => `${n} respondenten geschreven naar ${f}`,
  },
  fr: {
    subMissing: 'choisissez une action : survey report, compare, check, export ou codebook',
    subUnknown: (s: string) => `commande inconnue « survey ${s} » ; choisissez report, compare, check, export ou codebook`,
    fileMissing: 'indiquez un fichier CSV du questionnaire (FILE.csv)',
    badBy: (b: string) => `--by ${b} n’est pas possible : choisissez ${GROUPING_COLUMNS.join(', ')}`,
    badSmallCell: (v: string) => `--small-cell ${v} n’est pas un nombre entier de 0 à 1000`,
    badMeasure: (v: string) => `--measure ${v} n’est pas une mesure ; choisissez ${SURVEY_MEASURES.join(', ')}`,
    needMeasure: 'indiquez une mesure avec --measure',
    badFile: (file: string, first: string, more: number) => `${file} : ${first}${more > 0 ? ` (et encore ${more} problème${more === 1 ? '' : 's'} ; survey check les montre tous)` : ''}`,
    valid: (n: number) => `valide : ${n} répondants`,
    title: (by: string, t: number) => `Questionnaire sur la force de soin, par ${by}${t > 0 ? ` (nombres sous ${t} masqués)` : ' (rien de masqué)'}`,
    head: ['groupe', 'n', 'nombre', 'part', 'intervalle 95 %'],
    hiddenNote: (t: number) => `* moins de ${t}, ou masqué parce qu’il permettrait de calculer un petit groupe`,
    brussels: (low: string, high: string) => `Bruxelles 2018 : de ${low} à ${high} selon les groupes de l’étude`,
    respondents: 'répondants',
    written: (f: string, n: number) => `${n} répondants écrits dans ${f}`,
  },
  en: {
    subMissing: 'choose what to do: survey report, compare, check, export or codebook',
    subUnknown: (s: string) => `unknown command "survey ${s}"; choose report, compare, check, export or codebook`,
    fileMissing: 'give a survey CSV file (FILE.csv)',
    badBy: (b: string) => `--by ${b} is not possible: choose ${GROUPING_COLUMNS.join(', ')}`,
    badSmallCell: (v: string) => `--small-cell ${v} is not a whole number from 0 to 1000`,
    badMeasure: (v: string) => `--measure ${v} is not a measure; choose ${SURVEY_MEASURES.join(', ')}`,
    needMeasure: 'give a measure with --measure',
    badFile: (file: string, first: string, more: number) => `${file}: ${first}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}; survey check shows them all)` : ''}`,
    valid: (n: number) => `valid: ${n} respondents`,
    title: (by: string, t: number) => `Care strength survey by ${by}${t > 0 ? ` (numbers below ${t} hidden)` : ' (nothing hidden)'}`,
    head: ['group', 'n', 'count', 'share', '95 % interval'],
    hiddenNote: (t: number) => `* fewer than ${t}, or hidden because it would let a small group be worked out`,
    brussels: (low: string, high: string) => `Brussels 2018: ${low} to ${high} over the study's groups`,
    respondents: 'respondents',
    written: (f: string, n: number) => `${n} respondents written to ${f}`,
  },
} as const;

export const surveyCommand: Command = {
  summary: {
    nl: 'de zorgkracht-vragenlijst: rapport per groep, groepen vergelijken, bestand controleren, codeboek',
    fr: 'le questionnaire sur la force de soin : rapport par groupe, comparaison, contrôle du fichier, livre de codes',
    en: 'the care strength survey: report per group, compare groups, check a file, codebook',
  },
  usage: 'survey report FILE.csv [--by COLUMN] [--small-cell N] [--json]  |  survey compare FILE.csv --measure MEASURE [--by COLUMN] [--small-cell N] [--json]  |  survey check FILE.csv [--json]  |  survey export FILE.csv --out OUT.csv  |  survey codebook [--json]',
  description: {
    nl: 'Leest een CSV-bestand van de zorgkracht-vragenlijst (zie docs/survey.md). "report" toont per groep (standaard per plaats) voor elke maat n, aantal, aandeel en het 95 %-interval van Wilson; kleine aantallen en wat ze zou verraden blijven verborgen. "compare" vergelijkt de groepen voor één maat met een chikwadraattoets of de exacte toets van Fisher. "check" toont elk probleem in het bestand met regel en kolom. "export" schrijft het bestand netjes opnieuw weg (vaste kolomvolgorde, voor R of SPSS). "codebook" geeft het codeboek. Een fout in het bestand geeft code 2.',
    fr: 'Lit un fichier CSV du questionnaire sur la force de soin (voir docs/survey.md). « report » montre par groupe (par lieu par défaut), pour chaque mesure, n, nombre, part et l’intervalle de Wilson à 95 % ; les petits nombres et ce qui les trahirait restent masqués. « compare » compare les groupes pour une mesure par un test du khi carré ou le test exact de Fisher. « check » montre chaque problème du fichier avec ligne et colonne. « export » réécrit le fichier proprement (ordre fixe des colonnes, pour R ou SPSS). « codebook » donne le livre de codes. Une erreur dans le fichier donne le code 2.',
    en: 'Reads a care strength survey CSV file (see docs/survey.md). "report" shows per group (by site by default), for every measure, n, count, share and the 95 % Wilson interval; small numbers and whatever would give them away stay hidden. "compare" compares the groups on one measure with a chi-square test or Fisher\'s exact test. "check" shows every problem in the file with line and column. "export" writes the file out again cleanly (fixed column order, for R or SPSS). "codebook" gives the codebook. A mistake in the file gives code 2.',
  },
  options: [
    { flag: '--by COLUMN', text: { nl: 'groeperen per deze kolom (standaard site)', fr: 'grouper selon cette colonne (site par défaut)', en: 'group by this column (default site)' } },
    { flag: '--small-cell N', text: { nl: 'aantallen onder N verbergen (standaard 5; 0 = niets verbergen)', fr: 'masquer les nombres sous N (5 par défaut ; 0 = ne rien masquer)', en: 'hide numbers below N (default 5; 0 = hide nothing)' } },
    { flag: '--measure MEASURE', text: { nl: 'de maat om te vergelijken (compare)', fr: 'la mesure à comparer (compare)', en: 'the measure to compare (compare)' } },
    { flag: '--out FILE', text: { nl: 'waar export schrijft', fr: 'où export écrit', en: 'where export writes' } },
    { flag: '--json', text: { nl: 'het resultaat als JSON', fr: 'le résultat en JSON', en: 'the result as JSON' } },
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, {
      by: { type: 'string' }, 'small-cell': { type: 'string' }, measure: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' },
    }, 2);
    const { lang } = parsed;
    const t = T[lang];
    const [sub, file] = parsed.positionals;
    if (sub === undefined) throw new UserError(t.subMissing);
    if (sub === 'codebook') {
      io.stdout(flag(parsed, 'json') ? `${JSON.stringify(surveyCodebook(), null, 2)}\n` : surveyCodebookMarkdown(lang));
      return EXIT_OK;
    }
    if (!['report', 'compare', 'check', 'export'].includes(sub)) throw new UserError(t.subUnknown(terminalSafe(sub)));
    if (file === undefined) throw new UserError(t.fileMissing);
    const by = groupingOf(parsed, lang);
    const smallCell = smallCellOf(parsed, lang);
    const measureOption = stringOption(parsed, 'measure');
    if (sub === 'compare') {
      if (measureOption === undefined) throw new UserError(t.needMeasure);
      if (!isSurveyMeasure(measureOption)) throw new UserError(t.badMeasure(terminalSafe(measureOption)));
    }
    const outOption = stringOption(parsed, 'out');
    if (sub === 'export' && outOption === undefined) throw new UserError(CLI_MESSAGES[lang].requiredOption('--out'));
    const responses = await readSurvey(file, io, lang, sub !== 'check' ? 'first' : flag(parsed, 'json') ? 'json' : 'text');
    if (responses === null) return EXIT_USER;
    switch (sub) {
      case 'check':
        if (flag(parsed, 'json')) io.stdout(`${JSON.stringify({ valid: true, respondents: responses.length, issues: [] })}\n`);
        else io.stdout(`${t.valid(responses.length)}\n`);
        return EXIT_OK;
      case 'export': {
        const target = resolve(io.cwd, outOption as string);
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, serialiseSurveyCsv(responses, { bom: false }), 'utf8');
        await rename(temporary, target);
        io.stdout(`${t.written(terminalSafe(outOption as string), responses.length)}\n`);
        return EXIT_OK;
      }
      case 'compare': {
        const comparison = compareGroups(responses, measureOption as (typeof SURVEY_MEASURES)[number], { by, smallCell });
        if (flag(parsed, 'json')) io.stdout(`${terminalSafeJson({ ...comparison, sentence: describeComparison(comparison, lang) })}\n`);
        else {
          const report = buildSurveyReport(responses, { by, smallCell });
          io.stdout(`${renderMeasure(report, comparison.measure, lang)}\n\n${terminalSafe(describeComparison(comparison, lang))}\n`);
        }
        return EXIT_OK;
      }
      default: {
        const report = buildSurveyReport(responses, { by, smallCell });
        io.stdout(flag(parsed, 'json') ? `${terminalSafeJson(report)}\n` : renderReport(report, lang));
        return EXIT_OK;
      }
    }
  },
};

function groupingOf(parsed: ParsedCommandArgs, lang: Language): SurveyColumn {
  const by = stringOption(parsed, 'by') ?? 'site';
  if (!isGroupingColumn(by)) throw new UserError(T[lang].badBy(terminalSafe(by)));
  return by;
}

function smallCellOf(parsed: ParsedCommandArgs, lang: Language): number {
  const raw = stringOption(parsed, 'small-cell');
  if (raw === undefined) return 5;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) > 1000) throw new UserError(T[lang].badSmallCell(terminalSafe(raw)));
  return Number(raw);
}

/**
 * The survey in the file, or a user error on its first problem (one line; `survey check` lists
 * them all). For `check` every problem is printed (as text or JSON) and null comes back (exit 2).
 */
async function readSurvey(file: string, io: CliIo, lang: Language, problems: 'first' | 'json' | 'text'): Promise<readonly SurveyResponse[] | null> {
  const bytes = await readFileBytes(file, io, lang);
  const result = parseSurveyCsv(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (result.ok) return result.responses;
  if (problems === 'json') {
    io.stdout(`${terminalSafeJson({ valid: false, issues: result.issues.map((i) => ({ ...i, message: describeSurveyCsvIssue(i, lang) })) })}\n`);
    return null;
  }
  if (problems === 'text') {
    for (const found of result.issues) io.stdout(`${CLI_MESSAGES[lang].error}: ${terminalSafe(describeSurveyCsvIssue(found, lang))}\n`);
    return null;
  }
  const [first, ...rest] = result.issues;
  throw new UserError(T[lang].badFile(terminalSafe(file), terminalSafe(describeSurveyCsvIssue(first!, lang)), rest.length));
}

const pct = (v: number, lang: Language): string => `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, { maximumFractionDigits: 0 }).format(v * 100)} %`;

function cellTexts(cell: MeasureCell, lang: Language): string[] {
  const hidden = '*';
  return [
    cell.n === null ? hidden : String(cell.n),
    cell.count === null ? hidden : String(cell.count),
    cell.share === null ? (cell.n === 0 ? '-' : hidden) : pct(cell.share, lang),
    cell.ci95 === null ? (cell.n === 0 ? '-' : hidden) : `${pct(cell.ci95[0], lang)}–${pct(cell.ci95[1], lang)}`,
  ];
}

function renderMeasure(report: SurveyReport, measure: (typeof SURVEY_MEASURES)[number], lang: Language): string {
  const t = T[lang];
  const rows: string[][] = [
    [...t.head],
    ...[...report.groups, report.total].map((g: ReportGroup) => [terminalSafe(groupLabel(report.by, g.group, lang)), ...cellTexts(g.measures[measure], lang)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const lines = [MEASURE_LABELS[measure][lang]];
  for (const r of rows) lines.push(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`);
  const range = BRUSSELS_2018_RANGES[measure];
  if (range) lines.push(`  ${t.brussels(pct(range[0], lang), pct(range[1], lang))}`);
  return lines.join('\n');
}

function renderReport(report: SurveyReport, lang: Language): string {
  const t = T[lang];
  const respondents = [...report.groups, report.total].map((g) => `  ${terminalSafe(groupLabel(report.by, g.group, lang))}: ${g.respondents ?? '*'}`);
  return [
    t.title(COLUMN_SHORT_LABELS[report.by][lang], report.smallCellThreshold),
    '',
    `${t.respondents}`,
    ...respondents,
    '',
    ...SURVEY_MEASURES.flatMap((m) => [renderMeasure(report, m, lang), '']),
    report.smallCellThreshold > 0 ? t.hiddenNote(report.smallCellThreshold) : '',
    '',
  ].join('\n');
}

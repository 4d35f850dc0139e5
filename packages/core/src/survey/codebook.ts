import type { Labels, Language } from '../labels.js';
import { MEASURE_DEFINITIONS, SURVEY_MEASURES } from './measures.js';
import { CODE_LABELS, COLUMN_LABELS, MEASURE_LABELS } from './survey-labels.js';
import { SURVEY_COLUMNS, SURVEY_COLUMN_KINDS, type SurveyColumn } from './survey-record.js';

export interface CodebookColumn {
  readonly name: SurveyColumn;
  /** As R and SPSS read it: 'string', 'date' (YYYY-MM-DD), 'integer', or 'categorical'. */
  readonly type: 'string' | 'date' | 'integer' | 'categorical';
  readonly question: Labels;
  readonly values?: readonly { readonly code: string; readonly label: Labels }[];
  readonly min?: number;
  readonly max?: number;
}

export interface Codebook {
  readonly format: 'netwerkkracht-zorgkracht-survey';
  readonly version: 1;
  readonly encoding: 'UTF-8';
  readonly delimiter: ',';
  readonly missing: '';
  readonly columns: readonly CodebookColumn[];
  readonly measures: readonly { readonly name: string; readonly item: SurveyColumn; readonly counts: readonly string[]; readonly label: Labels }[];
}

/** What counts in each measure, for the codebook (kept beside MEASURE_DEFINITIONS; a test checks they agree). */
export const MEASURE_NUMERATOR_TEXT: Readonly<Record<(typeof SURVEY_MEASURES)[number], readonly string[]>> = {
  zelden_nooit_buren: ['nooit', 'zelden'],
  zelden_nooit_vrienden: ['nooit', 'zelden'],
  zelden_nooit_familie: ['nooit', 'zelden'],
  zelden_nooit_gezin: ['nooit', 'zelden'],
  soms_familie: ['soms'],
  geen_vrienden: ['0'],
  max5_vrienden: ['0..5'],
  alleenstaand: ['ja'],
  max2_buren_voornaam: ['0..2'],
  geen_familie_in_stad: ['nee'],
  hulp_emotioneel: ['ja'],
  hulp_praktisch: ['ja'],
};

/** CB1: the codebook of the survey CSV: every column with its type, question and codes. */
export function surveyCodebook(): Codebook {
  return {
    format: 'netwerkkracht-zorgkracht-survey',
    version: 1,
    encoding: 'UTF-8',
    delimiter: ',',
    missing: '',
    columns: SURVEY_COLUMNS.map((name): CodebookColumn => {
      const kind = SURVEY_COLUMN_KINDS[name];
      const question = COLUMN_LABELS[name];
      switch (kind.kind) {
        case 'id':
        case 'text':
          return { name, type: 'string', question };
        case 'date':
          return { name, type: 'date', question };
        case 'integer':
          return { name, type: 'integer', question, min: kind.min, max: kind.max };
        case 'code':
          return { name, type: 'categorical', question, values: kind.codes.map((code) => ({ code, label: CODE_LABELS[code] as Labels })) };
      }
    }),
    measures: SURVEY_MEASURES.map((name) => ({ name, item: MEASURE_DEFINITIONS[name].item, counts: MEASURE_NUMERATOR_TEXT[name], label: MEASURE_LABELS[name] })),
  };
}

const HEADINGS: Readonly<Record<Language, Record<string, string>>> = {
  nl: { title: 'Codeboek: zorgkracht-vragenlijst', intro: 'Eén rij per respondent, UTF-8, kommagescheiden, een lege cel = niet beantwoord.', column: 'Kolom', type: 'Type', question: 'Vraag', values: 'Waarden', measures: 'Maten', measure: 'Maat', item: 'Vraag', counts: 'Telt mee', base: 'Elke maat is een aandeel: wie meetelt, gedeeld door wie de vraag beantwoordde.', r: 'In R', spss: 'In SPSS' },
  fr: { title: 'Livre de codes : questionnaire sur la force de soin', intro: 'Une ligne par répondant, UTF-8, séparée par des virgules, une cellule vide = sans réponse.', column: 'Colonne', type: 'Type', question: 'Question', values: 'Valeurs', measures: 'Mesures', measure: 'Mesure', item: 'Question', counts: 'Compte', base: 'Chaque mesure est une part : ceux qui comptent, divisés par ceux qui ont répondu à la question.', r: 'Dans R', spss: 'Dans SPSS' },
  en: { title: 'Codebook: care strength survey', intro: 'One row per respondent, UTF-8, comma-separated, an empty cell = not answered.', column: 'Column', type: 'Type', question: 'Question', values: 'Values', measures: 'Measures', measure: 'Measure', item: 'Question', counts: 'Counts', base: 'Every measure is a share: those who count, over those who answered the question.', r: 'In R', spss: 'In SPSS' },
};

/** CB2: the codebook as a readable page (Markdown) in one language, with how to read the file in R and SPSS. */
export function surveyCodebookMarkdown(lang: Language): string {
  const h = HEADINGS[lang];
  const book = surveyCodebook();
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = [`# ${h.title}`, '', h.intro, '', `| ${h.column} | ${h.type} | ${h.question} | ${h.values} |`, '|---|---|---|---|'];
  for (const c of book.columns) {
    const values = c.values ? c.values.map((v) => `\`${v.code}\` = ${v.label[lang]}`).join('; ') : c.type === 'integer' ? `${c.min}–${c.max}` : c.type === 'date' ? 'YYYY-MM-DD' : '';
    lines.push(`| \`${c.name}\` | ${c.type} | ${cell(c.question[lang])} | ${cell(values)} |`);
  }
  lines.push('', `## ${h.measures}`, '', h.base, '', `| ${h.measure} | ${h.item} | ${h.counts} |`, '|---|---|---|');
  for (const m of book.measures) lines.push(`| \`${m.name}\` (${cell(m.label[lang])}) | \`${m.item}\` | ${m.counts.map((c) => `\`${c}\``).join(', ')} |`);
  lines.push('', `## ${h.r}`, '', '```r', 'd <- read.csv("survey.csv", encoding = "UTF-8", na.strings = "", colClasses = "character")',
    'd$beroep_buren <- factor(d$beroep_buren, levels = c("nooit", "zelden", "soms", "vaak"), ordered = TRUE)',
    'd$aantal_vrienden <- as.integer(d$aantal_vrienden)', '```', '', `## ${h.spss}`, '', '```',
    'GET DATA /TYPE=TXT /FILE="survey.csv" /ENCODING="UTF8" /DELIMITERS="," /QUALIFIER=\'"\' /FIRSTCASE=2',
    '  /VARIABLES=' + book.columns.map((c) => `${c.name} ${c.type === 'integer' ? 'F4.0' : 'A200'}`).join(' ') + '.',
    ...book.columns.filter((c) => c.values).map((c) => `VALUE LABELS ${c.name} ${(c.values ?? []).map((v) => `'${v.code}' '${v.label[lang].replace(/'/g, "''")}'`).join(' ')}.`),
    '```', '');
  return lines.join('\n');
}

import type { Language } from '../../labels.js';
import type { CsvIssue, CsvIssueCode } from './csv-issues.js';

type Template = (p: CsvIssue['params']) => string;
const v = (p: CsvIssue['params'], key: string): string => String(p[key] ?? '');

/** Plain-language texts for CSV import problems, per language (a test checks every code has one). */
export const CSV_ISSUE_MESSAGES: Readonly<Record<Language, Readonly<Record<CsvIssueCode, Template>>>> = {
  nl: {
    bad_encoding: (p) => `het bestand is geen geldige UTF-8-tekst vanaf teken ${v(p, 'position')}; bewaar het als "CSV UTF-8"`,
    empty_file: () => 'het bestand is leeg; de eerste regel moet de kolomnamen bevatten',
    unclosed_quote: () => 'een veld begint met een aanhalingsteken (") dat nergens gesloten wordt',
    stray_quote: () => 'een aanhalingsteken (") midden in een veld; zet het hele veld tussen aanhalingstekens en verdubbel het teken ("")',
    text_after_quote: () => 'na het sluitende aanhalingsteken komt nog tekst; verdubbel aanhalingstekens binnen een veld ("")',
    missing_column: (p) => `de kolom "${v(p, 'name')}" ontbreekt in de eerste regel`,
    unknown_column: (p) => `onbekende kolom "${v(p, 'name')}"; verwachte kolommen: ${v(p, 'allowed')}`,
    duplicate_column: (p) => `de kolom "${v(p, 'name')}" staat er meer dan eens`,
    wrong_field_count: (p) => `deze regel heeft ${v(p, 'got')} velden, de eerste regel ${v(p, 'expected')}`,
    required: () => 'dit veld is leeg en is verplicht',
    unknown_code: (p) => `"${v(p, 'got')}" is geen bekende code; kies uit: ${v(p, 'allowed')}`,
    bad_boolean: (p) => `"${v(p, 'got')}" is geen ja of nee (gebruik ja, nee, true of false)`,
    too_long: (p) => `te lang: hoogstens ${v(p, 'max')} tekens`,
    bad_id: (p) => `"${v(p, 'got')}" is geen geldige id (letters, cijfers, - en _, hoogstens 64 tekens)`,
    duplicate_id: (p) => `id "${v(p, 'id')}" staat al op regel ${v(p, 'firstLine')}`,
    duplicate_value: (p) => `"${v(p, 'got')}" staat meer dan eens in deze lijst`,
    too_many_records: (p) => `te veel regels: hoogstens ${v(p, 'max')} per bestand`,
    more_issues: (p) => `en nog ${v(p, 'count')} andere problemen`,
  },
  fr: {
    bad_encoding: (p) => `le fichier n’est pas un texte UTF-8 valide à partir du caractère ${v(p, 'position')} ; enregistrez-le en « CSV UTF-8 »`,
    empty_file: () => 'le fichier est vide ; la première ligne doit contenir les noms des colonnes',
    unclosed_quote: () => 'un champ commence par un guillemet (") qui n’est jamais fermé',
    stray_quote: () => 'un guillemet (") au milieu d’un champ ; mettez tout le champ entre guillemets et doublez le caractère ("")',
    text_after_quote: () => 'du texte suit le guillemet fermant ; doublez les guillemets à l’intérieur d’un champ ("")',
    missing_column: (p) => `la colonne "${v(p, 'name')}" manque dans la première ligne`,
    unknown_column: (p) => `colonne inconnue "${v(p, 'name')}" ; colonnes attendues : ${v(p, 'allowed')}`,
    duplicate_column: (p) => `la colonne "${v(p, 'name')}" apparaît plus d’une fois`,
    wrong_field_count: (p) => `cette ligne a ${v(p, 'got')} champs, la première ligne ${v(p, 'expected')}`,
    required: () => 'ce champ est vide et il est obligatoire',
    unknown_code: (p) => `"${v(p, 'got')}" n’est pas un code connu ; choisissez parmi : ${v(p, 'allowed')}`,
    bad_boolean: (p) => `"${v(p, 'got')}" n’est ni oui ni non (utilisez ja, nee, true ou false)`,
    too_long: (p) => `trop long : au plus ${v(p, 'max')} caractères`,
    bad_id: (p) => `"${v(p, 'got')}" n’est pas un identifiant valide (lettres, chiffres, - et _, 64 caractères au plus)`,
    duplicate_id: (p) => `l’identifiant "${v(p, 'id')}" figure déjà à la ligne ${v(p, 'firstLine')}`,
    duplicate_value: (p) => `"${v(p, 'got')}" figure plus d’une fois dans cette liste`,
    too_many_records: (p) => `trop de lignes : au plus ${v(p, 'max')} par fichier`,
    more_issues: (p) => `et encore ${v(p, 'count')} autres problèmes`,
  },
  en: {
    bad_encoding: (p) => `the file is not valid UTF-8 text from character ${v(p, 'position')}; save it as "CSV UTF-8"`,
    empty_file: () => 'the file is empty; the first line must hold the column names',
    unclosed_quote: () => 'a field starts with a quote (") that is never closed',
    stray_quote: () => 'a quote (") in the middle of a field; put the whole field in quotes and double the quote ("")',
    text_after_quote: () => 'there is text after the closing quote; double quotes inside a field ("")',
    missing_column: (p) => `the column "${v(p, 'name')}" is missing from the first line`,
    unknown_column: (p) => `unknown column "${v(p, 'name')}"; expected columns: ${v(p, 'allowed')}`,
    duplicate_column: (p) => `the column "${v(p, 'name')}" appears more than once`,
    wrong_field_count: (p) => `this line has ${v(p, 'got')} fields, the first line ${v(p, 'expected')}`,
    required: () => 'this field is empty and required',
    unknown_code: (p) => `"${v(p, 'got')}" is not a known code; choose from: ${v(p, 'allowed')}`,
    bad_boolean: (p) => `"${v(p, 'got')}" is not yes or no (use ja, nee, true or false)`,
    too_long: (p) => `too long: at most ${v(p, 'max')} characters`,
    bad_id: (p) => `"${v(p, 'got')}" is not a valid id (letters, digits, - and _, at most 64 characters)`,
    duplicate_id: (p) => `id "${v(p, 'id')}" is already on line ${v(p, 'firstLine')}`,
    duplicate_value: (p) => `"${v(p, 'got')}" appears more than once in this list`,
    too_many_records: (p) => `too many lines: at most ${v(p, 'max')} per file`,
    more_issues: (p) => `and ${v(p, 'count')} more problems`,
  },
};

const WHERE: Readonly<Record<Language, (line: number, column: number | null, field: string | null) => string>> = {
  nl: (line, column, field) => `regel ${line}${column !== null ? `, kolom ${column}` : ''}${field ? ` (${field})` : ''}`,
  fr: (line, column, field) => `ligne ${line}${column !== null ? `, colonne ${column}` : ''}${field ? ` (${field})` : ''}`,
  en: (line, column, field) => `line ${line}${column !== null ? `, column ${column}` : ''}${field ? ` (${field})` : ''}`,
};

/** `regel 4, kolom 6 (kosten): "duur" is geen bekende code; kies uit: gratis, ...` */
export function describeCsvIssue(found: CsvIssue, lang: Language): string {
  return `${WHERE[lang](found.line, found.column, found.field)}: ${CSV_ISSUE_MESSAGES[lang][found.code](found.params)}`;
}

import type { Language } from '../labels.js';
import { formatPath, type Issue, type IssueCode } from '../format/issues.js';

type Params = Issue['params'];
type Template = (p: Params) => string;

const v = (p: Params, key: string): string => String(p[key] ?? '');

/**
 * The one catalogue of input problems, in plain language, per language. Every code of IssueCode
 * has a text in every language (a test checks it). The path is put in front by describeIssue.
 */
export const ISSUE_MESSAGES: Readonly<Record<Language, Readonly<Record<IssueCode, Template>>>> = {
  nl: {
    not_json: (p) => `dit is geen geldige JSON (regel ${v(p, 'line')}, kolom ${v(p, 'column')})`,
    not_an_object: () => 'verwacht een JSON-object met een netwerkkaart',
    wrong_format: (p) => `dit is geen netwerkkaart-bestand: "format" moet "${v(p, 'expected')}" zijn, kreeg "${v(p, 'got')}"`,
    unsupported_version: (p) => `versie ${v(p, 'got')} kan dit programma niet lezen; het leest versie ${v(p, 'supported')}`,
    required: () => 'dit veld ontbreekt en is verplicht',
    wrong_type: (p) => `verkeerd soort waarde: verwacht ${v(p, 'expected')}, kreeg ${v(p, 'got')}`,
    not_allowed: (p) => (v(p, 'allowed') ? `"${v(p, 'got')}" is geen toegelaten waarde; kies uit: ${v(p, 'allowed')}` : `"${v(p, 'got')}" is geen toegelaten waarde`),
    unknown_field: (p) => `onbekend veld "${v(p, 'field')}"`,
    too_small: (p) => `te klein: minstens ${v(p, 'min')}, kreeg ${v(p, 'got')}`,
    too_big: (p) => `te groot: hoogstens ${v(p, 'max')}, kreeg ${v(p, 'got')}`,
    too_short: (p) => `te kort: minstens ${v(p, 'min')} teken(s)`,
    too_long: (p) => `te lang: hoogstens ${v(p, 'max')} tekens`,
    too_few: (p) => `te weinig: minstens ${v(p, 'min')}`,
    too_many: (p) => `te veel: hoogstens ${v(p, 'max')}`,
    not_integer: (p) => `moet een geheel getal zijn, kreeg ${v(p, 'got')}`,
    bad_id: (p) => `"${v(p, 'got')}" is geen geldige id (letters, cijfers, - en _, hoogstens 64 tekens)`,
    bad_date: (p) => `"${v(p, 'got')}" is geen geldige datum (JJJJ-MM-DD)`,
    invalid: () => 'deze waarde is niet geldig',
    ring_out_of_range: (p) => `cirkel moet tussen 1 en ${v(p, 'max')} liggen, kreeg ${v(p, 'got')}`,
    sector_not_in_scheme: (p) => `sector "${v(p, 'got')}" hoort niet bij indeling ${v(p, 'scheme')}; kies uit: ${v(p, 'allowed')}`,
    duplicate_id: (p) => `id "${v(p, 'id')}" komt meer dan eens voor`,
    unknown_alter: (p) => `verwijst naar "${v(p, 'id')}", maar die persoon staat niet op deze kaart`,
    self_tie: (p) => `"${v(p, 'id')}" kan niet met zichzelf verbonden zijn`,
    duplicate_tie: (p) => `de band tussen "${v(p, 'a')}" en "${v(p, 'b')}" staat er al`,
    tie_reordered: (p) => `band omgedraaid naar ["${v(p, 'a')}", "${v(p, 'b')}"] (kleinste id eerst)`,
    unknown_snapshot: (p) => `er is geen versie met id "${v(p, 'id')}"`,
    no_snapshot: () => 'deze kaart heeft nog geen versie "hoe het nu is"',
    name_characters: () => 'deze naam bevat tekens die niet mogen: stuurtekens, een half teken of tekens die de leesrichting omdraaien',
    name_invisible: () => 'deze naam bestaat alleen uit spaties of onzichtbare tekens; vul een naam in die je kunt lezen',
  },
  fr: {
    not_json: (p) => `ce n’est pas du JSON valide (ligne ${v(p, 'line')}, colonne ${v(p, 'column')})`,
    not_an_object: () => 'un objet JSON contenant une carte de réseau est attendu',
    wrong_format: (p) => `ce n’est pas un fichier de carte de réseau : "format" doit valoir "${v(p, 'expected')}", reçu "${v(p, 'got')}"`,
    unsupported_version: (p) => `ce programme ne lit pas la version ${v(p, 'got')} ; il lit la version ${v(p, 'supported')}`,
    required: () => 'ce champ manque et il est obligatoire',
    wrong_type: (p) => `type de valeur incorrect : ${v(p, 'expected')} attendu, reçu ${v(p, 'got')}`,
    not_allowed: (p) => (v(p, 'allowed') ? `"${v(p, 'got')}" n’est pas une valeur permise ; choisissez parmi : ${v(p, 'allowed')}` : `"${v(p, 'got')}" n’est pas une valeur permise`),
    unknown_field: (p) => `champ inconnu "${v(p, 'field')}"`,
    too_small: (p) => `trop petit : au moins ${v(p, 'min')}, reçu ${v(p, 'got')}`,
    too_big: (p) => `trop grand : au plus ${v(p, 'max')}, reçu ${v(p, 'got')}`,
    too_short: (p) => `trop court : au moins ${v(p, 'min')} caractère(s)`,
    too_long: (p) => `trop long : au plus ${v(p, 'max')} caractères`,
    too_few: (p) => `pas assez d’éléments : au moins ${v(p, 'min')}`,
    too_many: (p) => `trop d’éléments : au plus ${v(p, 'max')}`,
    not_integer: (p) => `doit être un nombre entier, reçu ${v(p, 'got')}`,
    bad_id: (p) => `"${v(p, 'got')}" n’est pas un identifiant valide (lettres, chiffres, - et _, 64 caractères au plus)`,
    bad_date: (p) => `"${v(p, 'got')}" n’est pas une date valide (AAAA-MM-JJ)`,
    invalid: () => 'cette valeur n’est pas valide',
    ring_out_of_range: (p) => `le cercle doit être entre 1 et ${v(p, 'max')}, reçu ${v(p, 'got')}`,
    sector_not_in_scheme: (p) => `le secteur "${v(p, 'got')}" n’appartient pas au schéma ${v(p, 'scheme')} ; choisissez parmi : ${v(p, 'allowed')}`,
    duplicate_id: (p) => `l’identifiant "${v(p, 'id')}" apparaît plus d’une fois`,
    unknown_alter: (p) => `renvoie à "${v(p, 'id')}", mais cette personne n’est pas sur la carte`,
    self_tie: (p) => `"${v(p, 'id')}" ne peut pas être lié à lui-même`,
    duplicate_tie: (p) => `le lien entre "${v(p, 'a')}" et "${v(p, 'b')}" existe déjà`,
    tie_reordered: (p) => `lien remis dans l’ordre ["${v(p, 'a')}", "${v(p, 'b')}"] (plus petit identifiant d’abord)`,
    unknown_snapshot: (p) => `il n’y a pas de version avec l’identifiant "${v(p, 'id')}"`,
    no_snapshot: () => 'cette carte n’a pas encore de version « comment c’est maintenant »',
    name_characters: () => 'ce nom contient des caractères interdits : caractères de contrôle, un demi-caractère ou des caractères qui inversent le sens de lecture',
    name_invisible: () => 'ce nom ne contient que des espaces ou des caractères invisibles ; indiquez un nom lisible',
  },
  en: {
    not_json: (p) => `this is not valid JSON (line ${v(p, 'line')}, column ${v(p, 'column')})`,
    not_an_object: () => 'expected a JSON object holding a network map',
    wrong_format: (p) => `this is not a network map file: "format" must be "${v(p, 'expected')}", got "${v(p, 'got')}"`,
    unsupported_version: (p) => `this program cannot read version ${v(p, 'got')}; it reads version ${v(p, 'supported')}`,
    required: () => 'this field is missing and required',
    wrong_type: (p) => `wrong kind of value: expected ${v(p, 'expected')}, got ${v(p, 'got')}`,
    not_allowed: (p) => (v(p, 'allowed') ? `"${v(p, 'got')}" is not an allowed value; choose from: ${v(p, 'allowed')}` : `"${v(p, 'got')}" is not an allowed value`),
    unknown_field: (p) => `unknown field "${v(p, 'field')}"`,
    too_small: (p) => `too small: at least ${v(p, 'min')}, got ${v(p, 'got')}`,
    too_big: (p) => `too big: at most ${v(p, 'max')}, got ${v(p, 'got')}`,
    too_short: (p) => `too short: at least ${v(p, 'min')} character(s)`,
    too_long: (p) => `too long: at most ${v(p, 'max')} characters`,
    too_few: (p) => `too few items: at least ${v(p, 'min')}`,
    too_many: (p) => `too many items: at most ${v(p, 'max')}`,
    not_integer: (p) => `must be a whole number, got ${v(p, 'got')}`,
    bad_id: (p) => `"${v(p, 'got')}" is not a valid id (letters, digits, - and _, at most 64 characters)`,
    bad_date: (p) => `"${v(p, 'got')}" is not a valid date (YYYY-MM-DD)`,
    invalid: () => 'this value is not valid',
    ring_out_of_range: (p) => `ring must be between 1 and ${v(p, 'max')}, got ${v(p, 'got')}`,
    sector_not_in_scheme: (p) => `sector "${v(p, 'got')}" is not part of scheme ${v(p, 'scheme')}; choose from: ${v(p, 'allowed')}`,
    duplicate_id: (p) => `id "${v(p, 'id')}" occurs more than once`,
    unknown_alter: (p) => `refers to "${v(p, 'id')}", but that person is not on this map`,
    self_tie: (p) => `"${v(p, 'id')}" cannot be tied to itself`,
    duplicate_tie: (p) => `the tie between "${v(p, 'a')}" and "${v(p, 'b')}" is already there`,
    tie_reordered: (p) => `tie turned round to ["${v(p, 'a')}", "${v(p, 'b')}"] (smaller id first)`,
    unknown_snapshot: (p) => `there is no version with id "${v(p, 'id')}"`,
    no_snapshot: () => 'this map has no "how it is now" version yet',
    name_characters: () => 'this name contains characters that are not allowed: control characters, half a character or characters that reverse the reading direction',
    name_invisible: () => 'this name is only spaces or invisible characters; enter a name that can be read',
  },
};

/** `map.snapshots[0].alters[3].ring: cirkel moet tussen 1 en 3 liggen, kreeg 7` */
export function describeIssue(found: Issue, lang: Language): string {
  return `${formatPath(found.path)}: ${ISSUE_MESSAGES[lang][found.code](found.params)}`;
}

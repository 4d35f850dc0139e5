import type { Language } from '../labels.js';
import type { FieldReport, ImportReport, InteropProblem, InteropProblemCode, NotableKind } from './report.js';

type Params = InteropProblem['params'];
const v = (p: Params, key: string): string => String(p[key] ?? '');

/** Plain-language texts for import problems; the Record type demands every code in every language. */
export const INTEROP_PROBLEM_MESSAGES: Readonly<Record<Language, Readonly<Record<InteropProblemCode, (p: Params) => string>>>> = {
  nl: {
    not_json: () => 'dit is geen JSON-tekst',
    not_xml: (p) => `dit is geen geldige XML (${v(p, 'reason')})`,
    xml_doctype: () => 'het bestand heeft een DOCTYPE; dat aanvaarden we niet uit veiligheid (een GraphML-bestand heeft er geen nodig)',
    xml_too_big: (p) => `het bestand is te groot: hoogstens ${v(p, 'max')} tekens`,
    xml_too_deep: (p) => `de XML is te diep genest: hoogstens ${v(p, 'max')} niveaus`,
    xml_too_many_elements: (p) => `de XML heeft te veel elementen: hoogstens ${v(p, 'max')}`,
    not_graphml: (p) => `dit is geen GraphML-bestand (het begint met <${v(p, 'root')}>)`,
    not_recognised: (p) => `dit lijkt geen ${v(p, 'format')}-bestand`,
    wrong_type: (p) => `verwacht: ${v(p, 'expected')}, gekregen: "${v(p, 'got')}"`,
    not_allowed: (p) => `"${v(p, 'got')}" kan hier niet; mogelijk: ${v(p, 'allowed')}`,
    required: () => 'dit ontbreekt en is nodig',
    bad_date: (p) => `"${v(p, 'got')}" is geen datum (JJJJ-MM-DD)`,
    duplicate_id: (p) => `id "${v(p, 'id')}" komt meer dan eens voor`,
    unknown_ego: (p) => `ego "${v(p, 'id')}" staat niet in het ego-bestand`,
    unknown_alter: (p) => `persoon "${v(p, 'id')}" staat niet bij de personen van dit ego`,
    missing_column: (p) => `de kolom "${v(p, 'name')}" ontbreekt`,
    csv_syntax: (p) => `fout met aanhalingstekens (${v(p, 'syntax')})`,
    wrong_field_count: (p) => `deze regel heeft ${v(p, 'got')} velden, de eerste regel ${v(p, 'expected')}`,
    bad_encoding: () => 'het bestand is geen geldige UTF-8-tekst',
    bad_mapping: (p) => `de koppeling klopt niet: ${v(p, 'reason')}`,
    too_many: (p) => `te veel: hoogstens ${v(p, 'max')}`,
    invalid_map: (p) => `de kaart die hieruit volgt is niet geldig (${v(p, 'issue')})`,
    zip_broken: (p) => `dit zip-bestand is beschadigd of onvolledig (${v(p, 'reason')})`,
    zip_too_big: (p) => `uitgepakt is dit te groot: hoogstens ${v(p, 'max')} bytes`,
    zip_too_many_entries: (p) => `het zip-bestand heeft te veel bestanden: hoogstens ${v(p, 'max')}`,
    zip_bad_name: () => 'deze naam in het zip-bestand kan niet: geen "..", geen "\\" en geen naam die met "/" of een schijfletter begint',
    zip_link: () => 'dit is een snelkoppeling (symbolische link); die lezen we niet',
    zip_crc: () => 'de controlesom (CRC) klopt niet: het bestand is beschadigd',
    zip_encrypted: () => 'dit bestand in de zip heeft een wachtwoord; pak het eerst uit',
    zip_empty: () => 'het zip-bestand heeft geen bestanden',
  },
  fr: {
    not_json: () => 'ce n’est pas un texte JSON',
    not_xml: (p) => `ce n’est pas du XML valide (${v(p, 'reason')})`,
    xml_doctype: () => 'le fichier contient un DOCTYPE ; refusé par sécurité (un fichier GraphML n’en a pas besoin)',
    xml_too_big: (p) => `le fichier est trop grand : au plus ${v(p, 'max')} caractères`,
    xml_too_deep: (p) => `le XML est trop imbriqué : au plus ${v(p, 'max')} niveaux`,
    xml_too_many_elements: (p) => `le XML a trop d’éléments : au plus ${v(p, 'max')}`,
    not_graphml: (p) => `ce n’est pas un fichier GraphML (il commence par <${v(p, 'root')}>)`,
    not_recognised: (p) => `ce fichier ne semble pas être au format ${v(p, 'format')}`,
    wrong_type: (p) => `attendu : ${v(p, 'expected')}, reçu : « ${v(p, 'got')} »`,
    not_allowed: (p) => `« ${v(p, 'got')} » n’est pas possible ici ; possible : ${v(p, 'allowed')}`,
    required: () => 'cette donnée manque et est nécessaire',
    bad_date: (p) => `« ${v(p, 'got')} » n’est pas une date (AAAA-MM-JJ)`,
    duplicate_id: (p) => `l’identifiant « ${v(p, 'id')} » apparaît plus d’une fois`,
    unknown_ego: (p) => `l’ego « ${v(p, 'id')} » n’est pas dans le fichier des egos`,
    unknown_alter: (p) => `la personne « ${v(p, 'id')} » n’est pas parmi les personnes de cet ego`,
    missing_column: (p) => `la colonne « ${v(p, 'name')} » manque`,
    csv_syntax: (p) => `erreur de guillemets (${v(p, 'syntax')})`,
    wrong_field_count: (p) => `cette ligne a ${v(p, 'got')} champs, la première ${v(p, 'expected')}`,
    bad_encoding: () => 'le fichier n’est pas un texte UTF-8 valide',
    bad_mapping: (p) => `la correspondance ne va pas : ${v(p, 'reason')}`,
    too_many: (p) => `trop nombreux : au plus ${v(p, 'max')}`,
    invalid_map: (p) => `la carte qui en résulte n’est pas valide (${v(p, 'issue')})`,
    zip_broken: (p) => `ce fichier zip est abîmé ou incomplet (${v(p, 'reason')})`,
    zip_too_big: (p) => `décompressé, c’est trop grand : au plus ${v(p, 'max')} octets`,
    zip_too_many_entries: (p) => `le fichier zip contient trop de fichiers : au plus ${v(p, 'max')}`,
    zip_bad_name: () => 'ce nom dans le fichier zip n’est pas admis : pas de « .. », pas de « \\ », pas de nom commençant par « / » ou une lettre de lecteur',
    zip_link: () => 'c’est un lien symbolique ; il n’est pas lu',
    zip_crc: () => 'la somme de contrôle (CRC) ne correspond pas : le fichier est abîmé',
    zip_encrypted: () => 'ce fichier du zip est protégé par un mot de passe ; décompressez-le d’abord',
    zip_empty: () => 'le fichier zip ne contient aucun fichier',
  },
  en: {
    not_json: () => 'this is not JSON text',
    not_xml: (p) => `this is not valid XML (${v(p, 'reason')})`,
    xml_doctype: () => 'the file has a DOCTYPE, which is refused for safety (a GraphML file needs none)',
    xml_too_big: (p) => `the file is too big: at most ${v(p, 'max')} characters`,
    xml_too_deep: (p) => `the XML is nested too deeply: at most ${v(p, 'max')} levels`,
    xml_too_many_elements: (p) => `the XML has too many elements: at most ${v(p, 'max')}`,
    not_graphml: (p) => `this is not a GraphML file (it starts with <${v(p, 'root')}>)`,
    not_recognised: (p) => `this does not look like a ${v(p, 'format')} file`,
    wrong_type: (p) => `expected ${v(p, 'expected')}, got "${v(p, 'got')}"`,
    not_allowed: (p) => `"${v(p, 'got')}" is not possible here; possible: ${v(p, 'allowed')}`,
    required: () => 'this is missing and needed',
    bad_date: (p) => `"${v(p, 'got')}" is not a date (YYYY-MM-DD)`,
    duplicate_id: (p) => `id "${v(p, 'id')}" occurs more than once`,
    unknown_ego: (p) => `ego "${v(p, 'id')}" is not in the ego file`,
    unknown_alter: (p) => `person "${v(p, 'id')}" is not among this ego's people`,
    missing_column: (p) => `the column "${v(p, 'name')}" is missing`,
    csv_syntax: (p) => `quoting error (${v(p, 'syntax')})`,
    wrong_field_count: (p) => `this line has ${v(p, 'got')} fields, the first line ${v(p, 'expected')}`,
    bad_encoding: () => 'the file is not valid UTF-8 text',
    bad_mapping: (p) => `the mapping is wrong: ${v(p, 'reason')}`,
    too_many: (p) => `too many: at most ${v(p, 'max')}`,
    invalid_map: (p) => `the resulting map is not valid (${v(p, 'issue')})`,
    zip_broken: (p) => `this zip file is damaged or incomplete (${v(p, 'reason')})`,
    zip_too_big: (p) => `unpacked, this is too big: at most ${v(p, 'max')} bytes`,
    zip_too_many_entries: (p) => `the zip file holds too many files: at most ${v(p, 'max')}`,
    zip_bad_name: () => 'this name in the zip file is not allowed: no "..", no "\\" and no name starting with "/" or a drive letter',
    zip_link: () => 'this is a symbolic link, which is not read',
    zip_crc: () => 'the checksum (CRC) does not match: the file is damaged',
    zip_encrypted: () => 'this file in the zip has a password; unpack it first',
    zip_empty: () => 'the zip file holds no files',
  },
};

const PLACE = {
  nl: { line: 'regel', column: 'kolom' },
  fr: { line: 'ligne', column: 'colonne' },
  en: { line: 'line', column: 'column' },
} as const;

/** "alters.csv, regel 3, kolom 2: ..." or "versions[0].nwk.alteri[3].angle: ...". */
export function describeInteropProblem(found: InteropProblem, lang: Language): string {
  const place: string[] = [];
  if (found.file) place.push(found.file);
  if (found.line !== undefined) place.push(`${PLACE[lang].line} ${found.line}`);
  if (found.column !== undefined) place.push(`${PLACE[lang].column} ${found.column}`);
  if (found.path) place.push(found.path);
  const text = INTEROP_PROBLEM_MESSAGES[lang][found.code](found.params);
  return place.length > 0 ? `${place.join(', ')}: ${text}` : text;
}

const REPORT_TEXTS = {
  nl: {
    summary: (r: ImportReport) => `${r.maps} kaart(en), ${r.snapshots} momentopname(n), ${r.alters} personen, ${r.ties} banden`,
    outcome: { mapped: 'overgenomen', interpreted: 'geïnterpreteerd', dropped: 'weggelaten' },
    people: { non_human: 'geen mens (als persoon ingevoerd)', deceased: 'overleden (status verbroken)', outside_horizon: 'buiten de cirkels (op de buitenste cirkel gezet)', not_placed: 'niet geplaatst (geen sector)' },
  },
  fr: {
    summary: (r: ImportReport) => `${r.maps} carte(s), ${r.snapshots} instantané(s), ${r.alters} personnes, ${r.ties} liens`,
    outcome: { mapped: 'repris', interpreted: 'interprété', dropped: 'laissé de côté' },
    people: { non_human: 'pas un humain (importé comme personne)', deceased: 'décédé (statut rompu)', outside_horizon: 'hors des cercles (mis sur le cercle extérieur)', not_placed: 'pas placé (pas de secteur)' },
  },
  en: {
    summary: (r: ImportReport) => `${r.maps} map(s), ${r.snapshots} snapshot(s), ${r.alters} people, ${r.ties} ties`,
    outcome: { mapped: 'mapped', interpreted: 'interpreted', dropped: 'dropped' },
    people: { non_human: 'not human (imported as a person)', deceased: 'deceased (status lost)', outside_horizon: 'outside the rings (put on the outer ring)', not_placed: 'not placed (no sector)' },
  },
} as const;

function fieldLine(f: FieldReport, lang: Language): string {
  const target = f.target ? ` → ${f.target}` : '';
  const rule = f.rule ? ` (${f.rule})` : '';
  return `${REPORT_TEXTS[lang].outcome[f.outcome]}: ${f.source}${target}${rule} × ${f.count}`;
}

/** The report as lines of text: a summary, every field with its outcome and count, the people to look at. */
export function describeImportReport(report: ImportReport, lang: Language): string[] {
  const t = REPORT_TEXTS[lang];
  const lines = [`${report.format}: ${t.summary(report)}`];
  for (const f of report.fields) lines.push(`  ${fieldLine(f, lang)}`);
  for (const p of report.people) lines.push(`  ${p.name} (${p.snapshotId}/${p.alterId}): ${t.people[p.kind as NotableKind]}`);
  return lines;
}

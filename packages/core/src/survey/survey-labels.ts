import type { Labels } from '../labels.js';
import type { SurveyMeasure } from './measures.js';
import type { SurveyColumn } from './survey-record.js';

/** What each measure counts, in plain words (the report's row and chart labels). */
export const MEASURE_LABELS: Readonly<Record<SurveyMeasure, Labels>> = {
  zelden_nooit_buren: { nl: 'doet zelden of nooit een beroep op buren', fr: 'fait rarement ou jamais appel aux voisins', en: 'rarely or never calls on neighbours' },
  zelden_nooit_vrienden: { nl: 'doet zelden of nooit een beroep op vrienden', fr: 'fait rarement ou jamais appel aux amis', en: 'rarely or never calls on friends' },
  zelden_nooit_familie: { nl: 'doet zelden of nooit een beroep op familie', fr: 'fait rarement ou jamais appel à la famille', en: 'rarely or never calls on family' },
  zelden_nooit_gezin: { nl: 'doet zelden of nooit een beroep op het eigen gezin', fr: 'fait rarement ou jamais appel à son ménage', en: 'rarely or never calls on their own household' },
  soms_familie: { nl: 'doet soms een beroep op familie', fr: 'fait parfois appel à la famille', en: 'sometimes calls on family' },
  geen_vrienden: { nl: 'heeft geen vrienden', fr: 'n’a pas d’amis', en: 'has no friends' },
  max5_vrienden: { nl: 'heeft hoogstens 5 vrienden', fr: 'a 5 amis au plus', en: 'has 5 friends at most' },
  alleenstaand: { nl: 'woont alleen', fr: 'vit seul·e', en: 'lives alone' },
  max2_buren_voornaam: { nl: 'kent hoogstens 2 buren bij de voornaam', fr: 'connaît au plus 2 voisins par leur prénom', en: 'knows at most 2 neighbours by first name' },
  geen_familie_in_stad: { nl: 'heeft geen familie in de stad', fr: 'n’a pas de famille en ville', en: 'has no family in the city' },
  hulp_emotioneel: { nl: 'vroeg het voorbije jaar iemand om steun bij zorgen of verdriet', fr: 'a demandé l’an dernier un soutien moral à quelqu’un', en: 'asked someone for emotional support in the past year' },
  hulp_praktisch: { nl: 'vroeg het voorbije jaar iemand om praktische hulp', fr: 'a demandé l’an dernier une aide pratique à quelqu’un', en: 'asked someone for practical help in the past year' },
};

/** The question behind each column, as the form and the codebook ask it. */
export const COLUMN_LABELS: Readonly<Record<SurveyColumn, Labels>> = {
  respondent: { nl: 'Nummer van de vragenlijst', fr: 'Numéro du questionnaire', en: 'Questionnaire number' },
  site: { nl: 'Waar de vragenlijst werd ingevuld', fr: 'Lieu où le questionnaire a été rempli', en: 'Where the questionnaire was filled in' },
  date: { nl: 'Datum van invullen', fr: 'Date du questionnaire', en: 'Date filled in' },
  beroep_buren: { nl: 'Hoe vaak vraagt u hulp of zorg aan uw buren?', fr: 'À quelle fréquence demandez-vous de l’aide à vos voisins ?', en: 'How often do you ask your neighbours for help or care?' },
  beroep_vrienden: { nl: 'Hoe vaak vraagt u hulp of zorg aan vrienden?', fr: 'À quelle fréquence demandez-vous de l’aide à vos amis ?', en: 'How often do you ask friends for help or care?' },
  beroep_familie: { nl: 'Hoe vaak vraagt u hulp of zorg aan familie?', fr: 'À quelle fréquence demandez-vous de l’aide à votre famille ?', en: 'How often do you ask family for help or care?' },
  beroep_gezin: { nl: 'Hoe vaak vraagt u hulp of zorg aan de mensen met wie u samenwoont?', fr: 'À quelle fréquence demandez-vous de l’aide aux personnes avec qui vous vivez ?', en: 'How often do you ask the people you live with for help or care?' },
  buren_voornaam: { nl: 'Van hoeveel buren kent u de voornaam?', fr: 'De combien de voisins connaissez-vous le prénom ?', en: 'How many neighbours do you know by first name?' },
  aantal_vrienden: { nl: 'Hoeveel vrienden hebt u?', fr: 'Combien d’amis avez-vous ?', en: 'How many friends do you have?' },
  familie_in_stad: { nl: 'Woont er familie van u in de stad?', fr: 'Avez-vous de la famille qui habite en ville ?', en: 'Does any of your family live in the city?' },
  alleenstaand: { nl: 'Woont u alleen?', fr: 'Vivez-vous seul·e ?', en: 'Do you live alone?' },
  hulp_emotioneel: { nl: 'Hebt u het voorbije jaar iemand gevraagd om u te steunen bij zorgen of verdriet?', fr: 'Au cours de l’année, avez-vous demandé à quelqu’un de vous soutenir moralement ?', en: 'In the past year, did you ask someone to support you with worries or sorrow?' },
  hulp_praktisch: { nl: 'Hebt u het voorbije jaar iemand gevraagd om praktische hulp?', fr: 'Au cours de l’année, avez-vous demandé une aide pratique à quelqu’un ?', en: 'In the past year, did you ask someone for practical help?' },
  geeft_steun: { nl: 'Hoe vaak helpt of zorgt u zelf voor anderen?', fr: 'À quelle fréquence aidez-vous vous-même d’autres personnes ?', en: 'How often do you yourself help or care for others?' },
  vertrouwen: { nl: 'Hoeveel vertrouwen hebt u in andere mensen? (1 = weinig, 5 = veel)', fr: 'Quelle confiance avez-vous dans les autres ? (1 = peu, 5 = beaucoup)', en: 'How much do you trust other people? (1 = little, 5 = a lot)' },
  contact_hulpverlening: { nl: 'Hoe vaak hebt u contact met hulpverleners?', fr: 'À quelle fréquence êtes-vous en contact avec des services d’aide ?', en: 'How often are you in touch with support services?' },
  betaald_werk: { nl: 'Hebt u betaald werk?', fr: 'Avez-vous un travail rémunéré ?', en: 'Do you have paid work?' },
  dakloos: { nl: 'Bent u dakloos?', fr: 'Êtes-vous sans abri ?', en: 'Are you homeless?' },
  inkomen: { nl: 'Hoe hoog is uw inkomen?', fr: 'Quel est le niveau de vos revenus ?', en: 'How high is your income?' },
  diploma: { nl: 'Wat is uw hoogste diploma?', fr: 'Quel est votre diplôme le plus élevé ?', en: 'What is your highest qualification?' },
  leeftijd: { nl: 'Hoe oud bent u?', fr: 'Quel âge avez-vous ?', en: 'How old are you?' },
  geslacht: { nl: 'Wat is uw geslacht?', fr: 'Quel est votre genre ?', en: 'What is your gender?' },
  migratie: { nl: 'Bent u of zijn uw ouders naar hier gekomen uit een ander land?', fr: 'Vous-même ou vos parents, êtes-vous venus d’un autre pays ?', en: 'Did you or your parents come here from another country?' },
  meer_buren_vrienden_kennen: { nl: 'Zou u graag meer buren en vrienden leren kennen?', fr: 'Aimeriez-vous connaître plus de voisins et d’amis ?', en: 'Would you like to get to know more neighbours and friends?' },
};

/** Short names of the columns (table headings, the --by choice). */
export const COLUMN_SHORT_LABELS: Readonly<Record<SurveyColumn, Labels>> = {
  respondent: { nl: 'respondent', fr: 'répondant', en: 'respondent' },
  site: { nl: 'plaats', fr: 'lieu', en: 'site' },
  date: { nl: 'datum', fr: 'date', en: 'date' },
  beroep_buren: { nl: 'beroep op buren', fr: 'appel aux voisins', en: 'calls on neighbours' },
  beroep_vrienden: { nl: 'beroep op vrienden', fr: 'appel aux amis', en: 'calls on friends' },
  beroep_familie: { nl: 'beroep op familie', fr: 'appel à la famille', en: 'calls on family' },
  beroep_gezin: { nl: 'beroep op gezin', fr: 'appel au ménage', en: 'calls on household' },
  buren_voornaam: { nl: 'buren bij voornaam', fr: 'voisins par prénom', en: 'neighbours by first name' },
  aantal_vrienden: { nl: 'aantal vrienden', fr: 'nombre d’amis', en: 'number of friends' },
  familie_in_stad: { nl: 'familie in de stad', fr: 'famille en ville', en: 'family in the city' },
  alleenstaand: { nl: 'woont alleen', fr: 'vit seul·e', en: 'lives alone' },
  hulp_emotioneel: { nl: 'vroeg steun', fr: 'a demandé du soutien', en: 'asked for support' },
  hulp_praktisch: { nl: 'vroeg praktische hulp', fr: 'a demandé une aide pratique', en: 'asked for practical help' },
  geeft_steun: { nl: 'geeft zelf steun', fr: 'aide les autres', en: 'gives support' },
  vertrouwen: { nl: 'vertrouwen', fr: 'confiance', en: 'trust' },
  contact_hulpverlening: { nl: 'contact met hulpverlening', fr: 'contact avec les services', en: 'contact with services' },
  betaald_werk: { nl: 'betaald werk', fr: 'travail rémunéré', en: 'paid work' },
  dakloos: { nl: 'dakloos', fr: 'sans abri', en: 'homeless' },
  inkomen: { nl: 'inkomen', fr: 'revenus', en: 'income' },
  diploma: { nl: 'diploma', fr: 'diplôme', en: 'qualification' },
  leeftijd: { nl: 'leeftijd', fr: 'âge', en: 'age' },
  geslacht: { nl: 'geslacht', fr: 'genre', en: 'gender' },
  migratie: { nl: 'migratie', fr: 'migration', en: 'migration' },
  meer_buren_vrienden_kennen: { nl: 'wil meer mensen kennen', fr: 'veut connaître plus de gens', en: 'wants to know more people' },
};

/** The answer codes in words. */
export const CODE_LABELS: Readonly<Record<string, Labels>> = {
  nooit: { nl: 'nooit', fr: 'jamais', en: 'never' },
  zelden: { nl: 'zelden', fr: 'rarement', en: 'rarely' },
  soms: { nl: 'soms', fr: 'parfois', en: 'sometimes' },
  vaak: { nl: 'vaak', fr: 'souvent', en: 'often' },
  ja: { nl: 'ja', fr: 'oui', en: 'yes' },
  nee: { nl: 'nee', fr: 'non', en: 'no' },
  laag: { nl: 'laag', fr: 'bas', en: 'low' },
  midden: { nl: 'midden', fr: 'moyen', en: 'middle' },
  hoog: { nl: 'hoog', fr: 'élevé', en: 'high' },
  vrouw: { nl: 'vrouw', fr: 'femme', en: 'woman' },
  man: { nl: 'man', fr: 'homme', en: 'man' },
  anders: { nl: 'anders', fr: 'autre', en: 'other' },
  geen: { nl: 'nee, geen van beide', fr: 'non', en: 'no' },
  eerste_generatie: { nl: 'ja, ikzelf', fr: 'oui, moi-même', en: 'yes, I did' },
  tweede_generatie: { nl: 'ja, mijn ouders', fr: 'oui, mes parents', en: 'yes, my parents' },
};

/** The group's name in a report: the code in words, a site as written, '' as "not answered". */
export function groupLabel(by: SurveyColumn, group: string | null, lang: keyof Labels): string {
  if (group === null) return { nl: 'alle respondenten', fr: 'tous les répondants', en: 'all respondents' }[lang];
  if (group === '') return { nl: 'niet beantwoord', fr: 'sans réponse', en: 'not answered' }[lang];
  if (by === 'site' || by === 'vertrouwen') return group;
  return CODE_LABELS[group]?.[lang] ?? group;
}

/**
 * The 2018 Brussels figures (seed 002, p. 8): the ranges its text gives over the groups it
 * questioned, for comparison beside a report. Only these four measures have a stated range.
 */
export const BRUSSELS_2018_RANGES: Readonly<Partial<Record<SurveyMeasure, readonly [number, number]>>> = {
  max2_buren_voornaam: [0.4, 0.6],
  zelden_nooit_buren: [0.8, 0.9],
  soms_familie: [0.4, 0.7],
  geen_familie_in_stad: [0.5, 0.85],
};

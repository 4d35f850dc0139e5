import type { Vocabulary } from './vocabulary.js';

/**
 * Vocabularies for the fields of an alter (a person, group or service on the map), following
 * domain.md section 2. Codes are stable and never shown; labels are for the screen.
 */

const s004Analysis = { seed: '004', where: 'netwerkanalyse: structuurkenmerken' } as const;
const s000Network = { seed: '000', where: 'het netwerk (opnieuw) in beeld brengen' } as const;

export const ALTER_KINDS = ['persoon', 'groep', 'dienst'] as const;
export type AlterKind = (typeof ALTER_KINDS)[number];
export const ALTER_KIND_VOCABULARY: Vocabulary<AlterKind> = [
  { code: 'persoon', labels: { nl: 'Persoon', fr: 'Personne', en: 'Person' }, sources: [s004Analysis] },
  { code: 'groep', labels: { nl: 'Groep', fr: 'Groupe', en: 'Group' },
    explanation: { nl: 'Een club, een oudergroep, een ploeg.', fr: 'Un club, un groupe de parents, une équipe.', en: 'A club, a parents’ group, a team.' },
    sources: [s004Analysis] },
  { code: 'dienst', labels: { nl: 'Dienst of organisatie', fr: 'Service ou organisation', en: 'Service or organisation' }, sources: [s004Analysis] },
];

export const STATUSES = ['actief', 'ondergesneeuwd', 'verbroken', 'gewenst'] as const;
export type AlterStatus = (typeof STATUSES)[number];
export const STATUS_VOCABULARY: Vocabulary<AlterStatus> = [
  { code: 'actief', labels: { nl: 'Actief', fr: 'Actif', en: 'Active' },
    explanation: { nl: 'Er is nu contact.', fr: 'Il y a du contact maintenant.', en: 'There is contact now.' }, sources: [s000Network] },
  { code: 'ondergesneeuwd', labels: { nl: 'Ondergesneeuwd', fr: 'En sommeil', en: 'Dormant' },
    explanation: { nl: 'Het contact is stilgevallen, maar kan weer opgepikt worden.', fr: 'Le contact s’est arrêté mais peut reprendre.', en: 'Contact has lapsed but can be picked up again.' },
    sources: [s000Network] },
  { code: 'verbroken', labels: { nl: 'Verbroken', fr: 'Rompu', en: 'Lost' },
    explanation: { nl: 'Het contact is voorbij of verloren.', fr: 'Le contact est terminé ou perdu.', en: 'The contact has ended or been lost.' }, sources: [s000Network] },
  { code: 'gewenst', labels: { nl: 'Gewenst', fr: 'Souhaité', en: 'Wished for' },
    explanation: { nl: 'Iemand met wie je graag contact zou hebben.', fr: 'Quelqu’un avec qui vous aimeriez avoir du contact.', en: 'Someone you would like to be in touch with.' },
    sources: [{ seed: '004', where: 'hoe het was, hoe het is, hoe het zou moeten zijn' }] },
];

export const DIRECTIONS = ['ontvangt', 'geeft', 'wederzijds'] as const;
export type SupportDirection = (typeof DIRECTIONS)[number];
export const DIRECTION_VOCABULARY: Vocabulary<SupportDirection> = [
  { code: 'ontvangt', labels: { nl: 'Ik krijg', fr: 'Je reçois', en: 'I receive' }, sources: [{ seed: '000', where: 'wat kan je teruggeven' }] },
  { code: 'geeft', labels: { nl: 'Ik geef', fr: 'Je donne', en: 'I give' }, sources: [{ seed: '000', where: 'wat kan je teruggeven' }] },
  { code: 'wederzijds', labels: { nl: 'Over en weer', fr: 'Dans les deux sens', en: 'Both ways' }, sources: [{ seed: '004', where: 'wederkerigheid' }] },
];

export const VALENCES = ['steunend', 'neutraal', 'ambivalent', 'belastend'] as const;
export type Valence = (typeof VALENCES)[number];
export const VALENCE_VOCABULARY: Vocabulary<Valence> = [
  { code: 'steunend', labels: { nl: 'Steunend', fr: 'Soutenant', en: 'Supportive' }, sources: [s004Analysis] },
  { code: 'neutraal', labels: { nl: 'Neutraal', fr: 'Neutre', en: 'Neutral' }, sources: [s004Analysis] },
  { code: 'ambivalent', labels: { nl: 'Dubbel gevoel', fr: 'Sentiment partagé', en: 'Mixed feelings' }, sources: [s004Analysis] },
  { code: 'belastend', labels: { nl: 'Zwaar of conflict', fr: 'Pesant ou conflictuel', en: 'Burdening or conflict' }, sources: [s004Analysis] },
];

/**
 * Seed 004's fourth need, stability ("sociale zekerheid"): someone of the network offers
 * certainty through a fixed arrangement. Absent on an alter: no such arrangement. It is not a
 * support function and feeds no indicator (domain.md sections 3 and 5 stay as they are); the
 * reading shows it beside the three other needs.
 */
export const FIXED_ARRANGEMENTS = ['afspraak', 'contract', 'lidmaatschap'] as const;
export type FixedArrangement = (typeof FIXED_ARRANGEMENTS)[number];
const s004Needs = { seed: '004', where: 'vier behoeften: stabiliteit' } as const;
export const FIXED_ARRANGEMENT_VOCABULARY: Vocabulary<FixedArrangement> = [
  { code: 'afspraak', labels: { nl: 'Vaste afspraak', fr: 'Accord fixe', en: 'Fixed agreement' },
    explanation: { nl: 'Bijvoorbeeld: elke woensdag haalt oma de kinderen op.', fr: 'Par exemple : chaque mercredi, la grand-mère va chercher les enfants.', en: 'For example: every Wednesday grandma picks up the children.' },
    sources: [s004Needs] },
  { code: 'contract', labels: { nl: 'Contract', fr: 'Contrat', en: 'Contract' },
    explanation: { nl: 'Een arbeidscontract of een andere geschreven overeenkomst.', fr: 'Un contrat de travail ou un autre accord écrit.', en: 'An employment contract or another written agreement.' },
    sources: [s004Needs] },
  { code: 'lidmaatschap', labels: { nl: 'Lidmaatschap', fr: 'Affiliation', en: 'Membership' },
    explanation: { nl: 'Lid zijn van een club of vereniging.', fr: 'Être membre d’un club ou d’une association.', en: 'Being a member of a club or association.' },
    sources: [s004Needs] },
];

export const FREQUENCIES = ['dagelijks', 'wekelijks', 'maandelijks', 'enkele_keren_per_jaar', 'zelden'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_VOCABULARY: Vocabulary<Frequency> = [
  { code: 'dagelijks', labels: { nl: 'Elke dag', fr: 'Tous les jours', en: 'Daily' }, sources: [s004Analysis] },
  { code: 'wekelijks', labels: { nl: 'Elke week', fr: 'Chaque semaine', en: 'Weekly' }, sources: [s004Analysis] },
  { code: 'maandelijks', labels: { nl: 'Elke maand', fr: 'Chaque mois', en: 'Monthly' }, sources: [s004Analysis] },
  { code: 'enkele_keren_per_jaar', labels: { nl: 'Een paar keer per jaar', fr: 'Quelques fois par an', en: 'A few times a year' }, sources: [s004Analysis] },
  { code: 'zelden', labels: { nl: 'Zelden', fr: 'Rarement', en: 'Rarely' }, sources: [s004Analysis] },
];

export const CHANNELS = ['face_to_face', 'telefoon', 'online', 'brief'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_VOCABULARY: Vocabulary<Channel> = [
  { code: 'face_to_face', labels: { nl: 'Zien elkaar', fr: 'En personne', en: 'Face to face' }, sources: [s004Analysis] },
  { code: 'telefoon', labels: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' }, sources: [s004Analysis] },
  { code: 'online', labels: { nl: 'Online of sociale media', fr: 'En ligne ou réseaux sociaux', en: 'Online or social media' }, sources: [s004Analysis, { seed: '000', where: 'digitale netwerken' }] },
  { code: 'brief', labels: { nl: 'Brief of kaartje', fr: 'Lettre ou carte', en: 'Letter or card' }, sources: [s004Analysis] },
];

export const REACHABILITIES = ['dichtbij', 'in_de_stad', 'ver', 'buitenland'] as const;
export type Reachability = (typeof REACHABILITIES)[number];
export const REACHABILITY_VOCABULARY: Vocabulary<Reachability> = [
  { code: 'dichtbij', labels: { nl: 'Woont dichtbij', fr: 'Habite tout près', en: 'Lives nearby' }, sources: [s004Analysis] },
  { code: 'in_de_stad', labels: { nl: 'Woont in de stad', fr: 'Habite en ville', en: 'Lives in the city' }, sources: [s004Analysis, { seed: '002', where: 'familie in Brussel' }] },
  { code: 'ver', labels: { nl: 'Woont ver weg', fr: 'Habite loin', en: 'Lives far away' }, sources: [s004Analysis] },
  { code: 'buitenland', labels: { nl: 'Woont in het buitenland', fr: 'Habite à l’étranger', en: 'Lives abroad' }, sources: [s004Analysis] },
];

export const FORMAL_MODES = ['vrijwillig', 'gedwongen'] as const;
export type FormalMode = (typeof FORMAL_MODES)[number];
export const FORMAL_MODE_VOCABULARY: Vocabulary<FormalMode> = [
  { code: 'vrijwillig', labels: { nl: 'Zelf gekozen hulp', fr: 'Aide volontaire', en: 'Voluntary help' }, sources: [{ seed: '004', where: 'vrijwillige en gedwongen hulpverlening' }] },
  { code: 'gedwongen', labels: { nl: 'Opgelegde hulp', fr: 'Aide imposée', en: 'Imposed help' }, sources: [{ seed: '004', where: 'vrijwillige en gedwongen hulpverlening' }] },
];

export const FORMAL_LEVELS = ['algemeen', 'gespecialiseerd'] as const;
export type FormalLevel = (typeof FORMAL_LEVELS)[number];
export const FORMAL_LEVEL_VOCABULARY: Vocabulary<FormalLevel> = [
  { code: 'algemeen', labels: { nl: 'Algemene hulp', fr: 'Aide générale', en: 'General help' },
    explanation: { nl: 'Voor iedereen: huisarts, school, OCMW, CAW.', fr: 'Pour tous : médecin, école, CPAS, CAW.', en: 'For everyone: GP, school, social welfare office.' },
    sources: [{ seed: '002', where: 'zorgmix: algemene en gespecialiseerde zorg' }] },
  { code: 'gespecialiseerd', labels: { nl: 'Gespecialiseerde hulp', fr: 'Aide spécialisée', en: 'Specialised help' },
    explanation: { nl: 'Voor een bepaalde vraag: psychiater, jeugdhulp, thuisbegeleiding.', fr: 'Pour une question précise : psychiatre, aide à la jeunesse.', en: 'For a particular need: psychiatrist, youth care, home support.' },
    sources: [{ seed: '002', where: 'zorgmix: algemene en gespecialiseerde zorg' }] },
];

/** Closeness rings; ring 1 is the closest. Three by default; a map may use two to five. */
export const DEFAULT_RING_COUNT = 3;
export const MIN_RING_COUNT = 2;
export const MAX_RING_COUNT = 5;
export const RING_VOCABULARY: Vocabulary<'1' | '2' | '3'> = [
  { code: '1', labels: { nl: 'Heel dichtbij', fr: 'Très proche', en: 'Very close' }, sources: [s004Analysis] },
  { code: '2', labels: { nl: 'Dichtbij', fr: 'Proche', en: 'Close' }, sources: [s004Analysis] },
  { code: '3', labels: { nl: 'Verder weg', fr: 'Plus éloigné', en: 'Further away' }, sources: [s004Analysis] },
];

/** Yes/no marks on an alter that feed the social-capital and strength indicators. */
export const ALTER_FLAGS = ['aanspreekfiguur', 'andereAchtergrond', 'toegangTotMiddelen', 'alleenDigitaal'] as const;
export type AlterFlag = (typeof ALTER_FLAGS)[number];
export const ALTER_FLAG_VOCABULARY: Vocabulary<AlterFlag> = [
  { code: 'aanspreekfiguur', labels: { nl: 'Aanspreekpunt als het moeilijk is', fr: 'Personne de référence en cas de difficulté', en: 'Go-to person in trouble' }, sources: [{ seed: '000', where: 'wie kan je bereiken in nood' }] },
  { code: 'andereAchtergrond', labels: { nl: 'Andere achtergrond dan ik', fr: 'Autre milieu que le mien', en: 'Different background from mine' }, sources: [{ seed: '004', where: 'bonding en bridging' }] },
  { code: 'toegangTotMiddelen', labels: { nl: 'Opent deuren (middelen, instanties)', fr: 'Ouvre des portes (ressources, institutions)', en: 'Opens doors (resources, institutions)' }, sources: [{ seed: '004', where: 'linking: hoger op de sociale ladder' }] },
  { code: 'alleenDigitaal', labels: { nl: 'Alleen online contact', fr: 'Contact uniquement en ligne', en: 'Online contact only' }, sources: [{ seed: '000', where: 'digitale netwerken' }] },
];

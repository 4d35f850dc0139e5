import type { Labels, SourceRef } from '../labels.js';
import type {
  Condition,
  IndividualOrGroup,
  NamedBy,
  PersonsDeployedCode,
  PriorRelationCode,
  ProfessionalRoleCode,
  SwotItem,
  SwotScope,
  VolunteerInvolvement,
  VolunteerRoleCode,
  WorkingModel,
  WorkingModelCode,
} from './types.js';

/**
 * The seven working models for personal network strengthening, from seed 003 (Odisee, 2017):
 * descriptions in 4.2, the five parameters in table 2 (4.3), the strengths and limits and the
 * conditions per model in 6.3 (tables 10–16). All texts are our own plain-language wording.
 *
 * The list follows the order of table 2. It is not a ranking: the research compares every model
 * only with itself, and both the steering group and the focus groups refused to filter the list
 * ("what works for whom"). Nothing here may be turned into a score.
 */

const l = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

function swot(text: Labels, options: { scope?: SwotScope; origin?: 'tabel' | 'tekst'; note?: Labels } = {}): SwotItem {
  const item: SwotItem = { text, scope: options.scope ?? null, origin: options.origin ?? 'tabel' };
  return options.note ? { ...item, note: options.note } : item;
}

function condition(
  text: Labels,
  source: SourceRef,
  options: { namedBy?: NamedBy; origin?: 'tabel' | 'tekst'; note?: Labels } = {},
): Condition {
  const result: Condition = {
    text,
    namedBy: options.namedBy ?? 'ervarings_en_praktijkdeskundigen',
    origin: options.origin ?? 'tabel',
    source,
  };
  return options.note ? { ...result, note: options.note } : result;
}

const table2: SourceRef = { seed: '003', where: 'hoofdstuk 4.3, tabel 2' };
const describedIn = (section: string): SourceRef => ({ seed: '003', where: `hoofdstuk 4.2 en ${section}` });

// ---------------------------------------------------------------------------------------------
// Labels of the parameter values (for the UI; codes are what is stored)

export const INDIVIDUAL_OR_GROUP_LABELS: Readonly<Record<IndividualOrGroup, Labels>> = {
  individueel: l('Individueel', 'Individuel', 'Individual'),
  groep: l('In groep', 'En groupe', 'In a group'),
  beide: l('Individueel of in groep', 'Individuel ou en groupe', 'Individual or in a group'),
};

export const PERSONS_DEPLOYED_LABELS: Readonly<Record<PersonsDeployedCode, Labels>> = {
  betrokkene_zelf: l('De persoon werkt aan zichzelf', 'La personne travaille sur elle-même', 'The person works on themselves'),
  een_sleutelfiguur: l(
    'Eén sleutelfiguur werkt met de persoon',
    'Une personne clé travaille avec la personne',
    'One key person works with the person',
  ),
  meerdere_persoonlijke_contacten_of_vrijwilligers: l(
    'Meerdere persoonlijke contacten of vrijwilligers',
    'Plusieurs contacts personnels ou bénévoles',
    'Several personal contacts or volunteers',
  ),
  meerdere_vrijwilligers: l('Meerdere vrijwilligers', 'Plusieurs bénévoles', 'Several volunteers'),
  meerdere_contacten_buurt: l(
    'Meerdere contacten in de buurt',
    'Plusieurs contacts dans le quartier',
    'Several contacts in the neighbourhood',
  ),
};

export const PRIOR_RELATION_LABELS: Readonly<Record<PriorRelationCode, Labels>> = {
  niet_van_toepassing: l('Niet van toepassing', 'Sans objet', 'Not applicable'),
  neen: l('Nee, er is vooraf geen relatie', 'Non, il n’y a pas de relation au départ', 'No, there is no relationship beforehand'),
  noodzakelijk: l('Ja, een relatie vooraf is nodig', 'Oui, une relation préalable est nécessaire', 'Yes, a prior relationship is needed'),
  niet_noodzakelijk: l('Een relatie vooraf is niet nodig', 'Une relation préalable n’est pas nécessaire', 'A prior relationship is not needed'),
  mogelijk_niet_noodzakelijk: l(
    'Een relatie vooraf kan, maar is niet nodig',
    'Une relation préalable est possible, mais pas nécessaire',
    'A prior relationship is possible, but not needed',
  ),
};

export const VOLUNTEER_INVOLVEMENT_LABELS: Readonly<Record<VolunteerInvolvement, Labels>> = {
  niet_van_toepassing: l('Geen vrijwilligers', 'Pas de bénévoles', 'No volunteers'),
  ingezet: l('Vrijwilligers doen mee', 'Des bénévoles participent', 'Volunteers take part'),
  mogelijk_via_organisatie: l(
    'Vrijwilligers kunnen meedoen via een organisatie',
    'Des bénévoles peuvent participer via une organisation',
    'Volunteers may take part through an organisation',
  ),
};

export const VOLUNTEER_ROLE_LABELS: Readonly<Record<VolunteerRoleCode, Labels>> = {
  sociale_steun: l('Sociale steun', 'Soutien social', 'Social support'),
  sociale_relatie: l('Sociale relatie', 'Relation sociale', 'Social relationship'),
  overbruggen: l('Bruggen bouwen naar een andere leefwereld', 'Faire le pont vers un autre milieu', 'Bridging to another world'),
  trajectbegeleiding: l('Het traject begeleiden', 'Accompagner le parcours', 'Guiding the process'),
  ervaringsdeskundigheid: l('Ervaringsdeskundigheid', 'Expertise du vécu', 'Expertise from lived experience'),
  recreatief: l('Ontspanning', 'Loisirs', 'Recreation'),
};

export const PROFESSIONAL_ROLE_LABELS: Readonly<Record<ProfessionalRoleCode, Labels>> = {
  educatief: l('Educatief: les en vorming geven', 'Éducatif : donner cours et formation', 'Educational: teaching and training'),
  coordinatie_vrijwilligers: l('Vrijwilligers coördineren', 'Coordonner les bénévoles', 'Coordinating volunteers'),
  trajectbegeleiding: l('Het traject begeleiden', 'Accompagner le parcours', 'Guiding the process'),
  coordinatie_activiteiten: l('Activiteiten coördineren', 'Coordonner les activités', 'Coordinating activities'),
  coordinatie_netwerk: l('Het netwerk coördineren', 'Coordonner le réseau', 'Coordinating the network'),
  coordinatie_activiteiten_buurt_vereniging: l(
    'Activiteiten in de buurt of vereniging coördineren',
    'Coordonner les activités du quartier ou de l’association',
    'Coordinating activities in the neighbourhood or club',
  ),
};

// ---------------------------------------------------------------------------------------------
// The general conditions: they hold for every model (seed 003, 5.2, 6.2.1, 6.4, 7.1, 8.2)

const s521 = { seed: '003', where: 'hoofdstuk 6.2.1, algemene randvoorwaarden' } as const;

export const GENERAL_CONDITIONS: readonly Condition[] = [
  condition(
    l(
      'Werk op maat en volg het tempo van de persoon.',
      'Travailler sur mesure et suivre le rythme de la personne.',
      'Work in a tailor-made way and follow the person’s pace.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Laat de duur van de begeleiding afhangen van de persoon, niet van de agenda van de hulpverlening, en zorg voor continuïteit.',
      'Adapter la durée de l’accompagnement à la personne, pas à l’agenda des professionnels, et assurer la continuité.',
      'Let the length of the support depend on the person, not on the professionals’ agenda, and make sure it continues.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Pas je taal aan: geen dialect of moeilijke uitdrukkingen.',
      'Adapter son langage : pas de dialecte ni d’expressions difficiles.',
      'Adapt your language: no dialect or difficult expressions.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Zorg voor veiligheid, bijvoorbeeld door iemand niet te koppelen aan een begeleider die te dominant is.',
      'Assurer la sécurité, par exemple en ne jumelant pas quelqu’un avec un accompagnateur trop dominant.',
      'Make it safe, for example by not pairing someone with a supporter who is too dominant.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Leg niets op. Netwerkversterking gebeurt alleen op vraag van de persoon zelf; ‘moeten’ geeft extra druk.',
      'Ne rien imposer. Le renforcement du réseau se fait seulement à la demande de la personne ; « devoir » ajoute de la pression.',
      'Impose nothing. Strengthening a network only happens when the person asks for it; being told you ‘must’ adds pressure.',
    ),
    { seed: '003', where: 'hoofdstuk 6.2.1, 7.1.3 en 8.2.2' },
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Vertrek van de talenten en vaardigheden van de persoon.',
      'Partir des talents et des capacités de la personne.',
      'Start from the person’s talents and skills.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'De beroepskracht of vrijwilliger werkt vanuit krachten, is professioneel en voelt aan wat leven in armoede betekent.',
      'Le professionnel ou le bénévole part des forces, reste professionnel et comprend ce que vivre dans la pauvreté veut dire.',
      'The professional or volunteer starts from strengths, acts professionally and understands what living in poverty means.',
    ),
    { seed: '003', where: 'hoofdstuk 6.2.1 en 6.4' },
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Houd rekening met de draagkracht van wie zelf kwetsbaar is en anderen steunt; met goede steun kan dat wel.',
      'Tenir compte des forces de la personne elle-même vulnérable qui en soutient d’autres ; avec un bon appui, c’est possible.',
      'Keep in mind how much a vulnerable person who supports others can carry; with good backing it can work.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Beperk het aantal organisaties en hulpverleners, bijvoorbeeld tot één of twee personen.',
      'Limiter le nombre d’organisations et de professionnels, par exemple à une ou deux personnes.',
      'Keep the number of organisations and workers small, for example one or two people.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Ken de sociale kaart, zodat je vlot naar de juiste organisatie kunt verwijzen.',
      'Connaître la carte sociale, pour orienter facilement vers la bonne organisation.',
      'Know the local services map, so you can refer people to the right organisation easily.',
    ),
    s521,
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Wat de persoon zelf ervaart, telt eerst: netwerkversterking is persoonlijk als hij of zij het zo beleeft.',
      'Ce que la personne vit elle-même compte d’abord : le renforcement du réseau est personnel si elle le vit ainsi.',
      'What the person experiences comes first: strengthening a network is personal when they feel it is.',
    ),
    { seed: '003', where: 'hoofdstuk 5.1.1 en 5.2' },
    { namedBy: 'stuurgroep', origin: 'tekst' },
  ),
  condition(
    l(
      'Veiligheid en vertrouwen in beide richtingen: in de begeleider en in de methode.',
      'Sécurité et confiance dans les deux sens : envers l’accompagnateur et envers la méthode.',
      'Safety and trust both ways: in the supporter and in the method.',
    ),
    { seed: '003', where: 'hoofdstuk 5.2' },
    { namedBy: 'stuurgroep', origin: 'tekst' },
  ),
  condition(
    l(
      'De persoon blijft vrij om te kiezen: wie in het netwerk komt, en of het proces start of stopt.',
      'La personne reste libre de choisir : qui fait partie du réseau, et si le processus commence ou s’arrête.',
      'The person stays free to choose: who is in the network, and whether the process starts or stops.',
    ),
    { seed: '003', where: 'hoofdstuk 5.2 en 6.4' },
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Vertrek van de leefwereld van de persoon en volg de stappen die hij of zij wil en kan zetten.',
      'Partir du vécu de la personne et suivre les pas qu’elle veut et peut faire.',
      'Start from the person’s own world and follow the steps they want to and can take.',
    ),
    { seed: '003', where: 'hoofdstuk 5.2' },
    { namedBy: 'stuurgroep', origin: 'tekst' },
  ),
  condition(
    l(
      'Erken armoede als een probleem van de samenleving en pak het ook zo aan, bijvoorbeeld met een hoger inkomen. Een groter netwerk alleen lost armoede niet op.',
      'Reconnaître la pauvreté comme un problème de société et la combattre comme tel, par exemple par un revenu plus élevé. Un réseau plus grand ne suffit pas.',
      'Recognise poverty as a problem of society and tackle it as such, for example with a higher income. A bigger network alone does not solve poverty.',
    ),
    { seed: '003', where: 'hoofdstuk 7.1.1 en 8.2.2' },
    { namedBy: 'stuurgroep', origin: 'tekst' },
  ),
  condition(
    l(
      'Het persoonlijke netwerk vervangt de professionele hulp niet: persoonlijk waar het kan, professioneel waar het nodig is.',
      'Le réseau personnel ne remplace pas l’aide professionnelle : personnel quand c’est possible, professionnel quand c’est nécessaire.',
      'The personal network does not replace professional help: personal where possible, professional where needed.',
    ),
    { seed: '003', where: 'hoofdstuk 7.1.3 en 8.2.3' },
    { origin: 'tekst' },
  ),
  condition(
    l(
      'Verwacht van vrijwilligers niet dezelfde vaardigheden als van beroepskrachten.',
      'Ne pas attendre des bénévoles les mêmes compétences que des professionnels.',
      'Do not expect volunteers to have the same skills as professionals.',
    ),
    { seed: '003', where: 'hoofdstuk 7.1.3 en 8.2.3' },
    { origin: 'tekst' },
  ),
];

// ---------------------------------------------------------------------------------------------
// The seven models

const t10 = { seed: '003', where: 'hoofdstuk 6.3.1, tabel 10' } as const;
const t11 = { seed: '003', where: 'hoofdstuk 6.3.2, tabel 11' } as const;
const t12 = { seed: '003', where: 'hoofdstuk 6.3.3, tabel 12' } as const;
const t13 = { seed: '003', where: 'hoofdstuk 6.3.4, tabel 13' } as const;
const t14 = { seed: '003', where: 'hoofdstuk 6.3.5, tabel 14' } as const;
const t15 = { seed: '003', where: 'hoofdstuk 6.3.6, tabel 15' } as const;
const t16 = { seed: '003', where: 'hoofdstuk 6.3.7, tabel 16' } as const;

const notOnMeasure = (nl: string, fr: string, en: string): SwotItem =>
  swot(l(`Niet op maat: ${nl}`, `Pas sur mesure : ${fr}`, `Not tailor-made: ${en}`));

const competence: WorkingModel = {
  code: 'persoonlijke_competentieversterking',
  labels: l('Persoonlijke competentieversterking', 'Renforcement des compétences personnelles', 'Building personal skills'),
  alsoKnownAs: [],
  summary: l(
    'Cursussen en vorming, soms online, waarin je leert hoe je contacten legt en houdt. Je krijgt kennis, oefent vaardigheden en denkt na over je eigen houding. Een professionele begeleider leidt het leren.',
    'Des cours et formations, parfois en ligne, pour apprendre à créer et garder des contacts. On reçoit des connaissances, on exerce des compétences et on réfléchit à sa propre attitude. Un accompagnateur professionnel guide l’apprentissage.',
    'Courses and training, sometimes online, where you learn how to make and keep contacts. You gain knowledge, practise skills and think about your own attitude. A professional trainer guides the learning.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'individueel',
      explanation: l(
        'Het onderzoek rekent dit model tot de individuele modellen: elke deelnemer werkt aan zijn eigen vaardigheden, ook als de cursus in groep loopt.',
        'La recherche classe ce modèle parmi les modèles individuels : chaque participant travaille ses propres compétences, même si le cours se donne en groupe.',
        'The research counts this as an individual model: each participant works on their own skills, even when the course is given in a group.',
      ),
    },
    personsDeployed: {
      code: 'betrokkene_zelf',
      explanation: l(
        'Er wordt niemand extra ingezet: de persoon werkt zelf aan zijn manier van contact maken.',
        'Personne d’autre n’est mobilisé : la personne travaille elle-même sa façon de nouer des contacts.',
        'Nobody extra is brought in: the person works on their own way of making contact.',
      ),
    },
    priorRelation: {
      code: 'niet_van_toepassing',
      explanation: l(
        'Een relatie vooraf speelt hier geen rol.',
        'Une relation préalable ne joue aucun rôle ici.',
        'A prior relationship plays no part here.',
      ),
    },
    volunteerRole: {
      involvement: 'niet_van_toepassing',
      variants: [],
      explanation: l('Er zijn geen vrijwilligers in dit model.', 'Il n’y a pas de bénévoles dans ce modèle.', 'There are no volunteers in this model.'),
    },
    professionalRole: {
      variants: [{ variant: null, roles: ['educatief'] }],
      explanation: l(
        'De beroepskracht geeft les of vorming en volgt vaak een vast programma.',
        'Le professionnel donne cours ou formation et suit souvent un programme fixe.',
        'The professional teaches or trains, often following a set programme.',
      ),
    },
  },
  emphasisedFunctions: ['educatief'],
  strengthsAndOpportunities: [
    swot(l('Een veilige plek om te oefenen.', 'Un cadre sûr pour s’exercer.', 'A safe place to practise.')),
    swot(
      l(
        'Je werkt aan vaardigheden, bijvoorbeeld leren opkomen voor jezelf.',
        'On travaille des compétences, par exemple apprendre à s’affirmer.',
        'You work on skills, for example learning to stand up for yourself.',
      ),
    ),
    swot(
      l(
        'Je leert de andere deelnemers kennen: dat alleen al maakt je netwerk sterker.',
        'On fait connaissance avec les autres participants : cela seul renforce déjà le réseau.',
        'You get to know the other participants: that alone already strengthens your network.',
      ),
    ),
    swot(
      l(
        'De groep houdt je een spiegel voor: je hoort hoe je overkomt en kunt werken aan je lichaamstaal.',
        'Le groupe vous tend un miroir : vous entendez comment vous êtes perçu et pouvez travailler votre langage corporel.',
        'The group holds up a mirror: you hear how you come across and can work on your body language.',
      ),
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'Zeggen dat mensen in armoede sociale vaardigheden moeten ‘leren’, kan stigmatiseren: dan leg je het probleem bij hen.',
        'Dire que les personnes en pauvreté doivent « apprendre » des compétences sociales peut stigmatiser : on met alors le problème chez elles.',
        'Saying that people in poverty must ‘learn’ social skills can stigmatise: it puts the problem on them.',
      ),
    ),
    swot(
      l(
        'Het kan confronterend zijn, bijvoorbeeld als je je eigen armoede scherper gaat zien.',
        'Cela peut être confrontant, par exemple si l’on voit plus clairement sa propre pauvreté.',
        'It can be confronting, for example when you start to see your own poverty more sharply.',
      ),
    ),
    swot(l('Vaak is er geen opvolging of nazorg.', 'Souvent, il n’y a pas de suivi ni d’accompagnement après.', 'Often there is no follow-up or aftercare.')),
    swot(
      l(
        'Het duurt meestal maar een vaste, korte tijd.',
        'Cela ne dure en général qu’une période fixe et courte.',
        'It usually lasts only a fixed, short period.',
      ),
    ),
    notOnMeasure('de stap kan te groot zijn.', 'le pas peut être trop grand.', 'the step can be too big.'),
    notOnMeasure('het gaat soms te snel.', 'cela va parfois trop vite.', 'it sometimes goes too fast.'),
    notOnMeasure(
      'weinig diepgang, één onderwerp, en problemen worden niet hersteld.',
      'peu de profondeur, un seul sujet, et les problèmes ne sont pas réglés.',
      'little depth, one narrow topic, and problems are not repaired.',
    ),
    notOnMeasure(
      'de mensen rond de deelnemer worden niet betrokken.',
      'l’entourage du participant n’est pas impliqué.',
      'the people around the participant are not involved.',
    ),
    notOnMeasure(
      'de taal past vaak niet, bijvoorbeeld door dialect of onbekende uitdrukkingen.',
      'la langue ne convient souvent pas, par exemple à cause du dialecte ou d’expressions inconnues.',
      'the language often does not fit, for example dialect or unfamiliar expressions.',
    ),
    swot(
      l(
        'De mensen dicht bij de deelnemer, zoals een partner, staan er niet altijd achter.',
        'Les proches du participant, comme un partenaire, ne soutiennent pas toujours la démarche.',
        'The people close to the participant, such as a partner, do not always back it.',
      ),
      {
        note: l(
          'Als iemand groeit en de partner of familie niet mee, kan de afstand groter worden of kan de relatie zelfs breken.',
          'Si quelqu’un grandit sans que le partenaire ou la famille suive, la distance peut augmenter, voire mener à une rupture.',
          'When someone grows and their partner or family does not, the distance can grow or the relationship can even break.',
        ),
      },
    ),
    swot(
      l(
        'Cursussen zijn vaak duur voor mensen in armoede.',
        'Les cours sont souvent chers pour les personnes en pauvreté.',
        'Courses are often expensive for people in poverty.',
      ),
    ),
    swot(
      l(
        'Er zijn steeds meer online cursussen, maar niet iedereen kan een computer of internet betalen.',
        'Il y a de plus en plus de cours en ligne, mais tout le monde ne peut pas payer un ordinateur ou internet.',
        'There are more and more online courses, but not everyone can pay for a computer or internet.',
      ),
      { scope: 'online_cursussen' },
    ),
    swot(
      l(
        'Veel mensen kunnen niet goed genoeg met een computer werken.',
        'Beaucoup de personnes n’utilisent pas assez bien un ordinateur.',
        'Many people do not have the computer skills that are needed.',
      ),
      { scope: 'online_cursussen' },
    ),
    swot(
      l(
        'Vervoer: niet iedereen heeft een auto, en het openbaar vervoer ontbreekt of is niet goed genoeg, zeker op het platteland.',
        'Transport : tout le monde n’a pas de voiture, et les transports publics manquent ou sont insuffisants, surtout à la campagne.',
        'Transport: not everyone has a car, and public transport is missing or not good enough, especially in the countryside.',
      ),
      { scope: 'cursussen_op_locatie' },
    ),
    swot(
      l(
        'Kinderopvang is er te weinig en is te duur.',
        'La garde d’enfants est trop rare et trop chère.',
        'Childcare is too scarce and too expensive.',
      ),
      { scope: 'cursussen_op_locatie' },
    ),
  ],
  conditions: [
    condition(
      l(
        'Waardeer wat deelnemers zelf inbrengen: werk interactief.',
        'Valoriser ce que les participants apportent : travailler de manière interactive.',
        'Value what participants bring in themselves: work interactively.',
      ),
      t10,
    ),
    condition(
      l(
        'Sterke begeleiders, die ook durven ingrijpen als één deelnemer te veel aandacht vraagt ten koste van de groep.',
        'Des animateurs solides, qui osent intervenir quand un participant prend trop de place au détriment du groupe.',
        'Strong group leaders who dare to step in when one participant takes too much attention at the cost of the group.',
      ),
      t10,
    ),
    condition(
      l(
        'Veel oefenen, bijvoorbeeld met rollenspel, en weinig theorie.',
        'Beaucoup d’exercices, par exemple des jeux de rôle, et peu de théorie.',
        'Lots of practice, for example role play, and little theory.',
      ),
      t10,
    ),
    condition(l('Een goede omkadering.', 'Un bon encadrement.', 'Good support around the course.'), t10),
    condition(l('Opvolging en nazorg.', 'Suivi et accompagnement après.', 'Follow-up and aftercare.'), t10),
    condition(
      l(
        'Help deelnemers met vervoer en opvang voor de kinderen, zodat de drempel lager wordt.',
        'Aider les participants pour le transport et la garde des enfants, pour abaisser le seuil.',
        'Help participants with transport and childcare, so that it is easier to take part.',
      ),
      t10,
    ),
    condition(
      l(
        'Ga na of de mensen dicht bij de deelnemer, zoals een partner, de stap steunen.',
        'Vérifier si les proches du participant, comme un partenaire, soutiennent la démarche.',
        'Check whether the people close to the participant, such as a partner, support the step.',
      ),
      t10,
    ),
    condition(
      l(
        'Een cursus vertrekt liefst van een kwaliteit, niet van een tekort.',
        'Un cours part de préférence d’une qualité, pas d’un manque.',
        'A course should preferably start from a strength, not from a shortcoming.',
      ),
      { seed: '003', where: 'hoofdstuk 6.3.1 en 8.2.3' },
      { namedBy: 'ervaringsdeskundigen', origin: 'tekst' },
    ),
    condition(
      l(
        'Zulke cursussen staan open voor iedereen, los van inkomen of achtergrond.',
        'Ces cours sont ouverts à tous, quel que soit le revenu ou l’origine.',
        'Such courses are open to everyone, whatever their income or background.',
      ),
      { seed: '003', where: 'hoofdstuk 6.3.1' },
      { origin: 'tekst' },
    ),
  ],
  conditionsNote: null,
  tables: { examples: 3, swot: 10 },
  sources: [table2, describedIn('4.3.1, tabel 3'), t10],
};

const buddy: WorkingModel = {
  code: 'persoonlijke_vriend',
  labels: l('Persoonlijke vriend (buddy)', 'Ami personnel (binôme)', 'Personal friend (buddy)'),
  alsoKnownAs: ['buddy', 'buddywerking', 'duo-werking', 'maatjesproject'],
  summary: l(
    'Een coördinator koppelt een vrijwilliger aan iemand in een kwetsbare situatie. Het duo doet samen gewone dingen: wandelen, naar een concert gaan of samen papieren in orde brengen. Soms worden mensen gekoppeld op basis van gedeelde interesses, soms brengt men iemand met en iemand zonder armoede-ervaring samen.',
    'Un coordinateur met en lien un bénévole avec une personne en situation de vulnérabilité. Le binôme fait ensemble des choses ordinaires : se promener, aller à un concert ou régler des papiers. Parfois on associe des personnes selon leurs intérêts communs, parfois une personne avec et une personne sans expérience de la pauvreté.',
    'A coordinator matches a volunteer with someone in a vulnerable situation. The pair does ordinary things together: a walk, a concert or sorting out paperwork. Sometimes people are matched on shared interests, sometimes someone with and someone without experience of poverty are brought together.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'individueel',
      explanation: l('Eén op één: een duo.', 'En tête-à-tête : un binôme.', 'One to one: a pair.'),
    },
    personsDeployed: {
      code: 'een_sleutelfiguur',
      explanation: l(
        'Eén vrijwilliger is de sleutelfiguur voor de persoon of het gezin.',
        'Un bénévole est la personne clé pour la personne ou la famille.',
        'One volunteer is the key person for the person or family.',
      ),
    },
    priorRelation: {
      code: 'neen',
      explanation: l(
        'Het duo kent elkaar vooraf niet; de relatie groeit door de koppeling.',
        'Le binôme ne se connaît pas avant ; la relation naît du jumelage.',
        'The pair do not know each other beforehand; the relationship grows from the match.',
      ),
    },
    volunteerRole: {
      involvement: 'ingezet',
      variants: [{ variant: null, roles: ['sociale_steun', 'sociale_relatie', 'overbruggen'] }],
      explanation: l(
        'De buddy geeft steun, wordt een vriend en kan een brug slaan naar een andere leefwereld.',
        'Le binôme apporte du soutien, devient un ami et peut faire le pont vers un autre milieu.',
        'The buddy gives support, becomes a friend and can build a bridge to another world.',
      ),
    },
    professionalRole: {
      variants: [{ variant: null, roles: ['coordinatie_vrijwilligers'] }],
      explanation: l(
        'De beroepskracht koppelt de duo’s en begeleidt de vrijwilligers.',
        'Le professionnel forme les binômes et accompagne les bénévoles.',
        'The professional matches the pairs and supports the volunteers.',
      ),
    },
  },
  emphasisedFunctions: [],
  strengthsAndOpportunities: [
    swot(
      l(
        'De buddy kent je problemen op verschillende vlakken, zodat je je verhaal niet telkens opnieuw moet vertellen.',
        'Le binôme connaît vos difficultés dans plusieurs domaines : vous ne devez pas raconter votre histoire chaque fois.',
        'The buddy knows your problems in different areas, so you do not have to tell your story again and again.',
      ),
    ),
    swot(
      l(
        'De buddy kan je geldzaken mee bekijken en zoeken waar je recht op hebt, zoals een verhoogde tegemoetkoming.',
        'Le binôme peut regarder avec vous votre situation financière et chercher vos droits, comme l’intervention majorée.',
        'The buddy can look at your money matters with you and find what you are entitled to, such as increased health-care reimbursement.',
      ),
    ),
    swot(
      l(
        'Een buddy zonder armoede-ervaring kan je een andere wereld tonen; de buddy leert op zijn beurt jouw wereld kennen.',
        'Un binôme sans expérience de la pauvreté peut vous faire découvrir un autre monde ; lui découvre à son tour le vôtre.',
        'A buddy without experience of poverty can show you another world; in turn the buddy learns about yours.',
      ),
    ),
    swot(
      l(
        'Een buddy is ook buiten de kantooruren bereikbaar.',
        'Un binôme est joignable aussi en dehors des heures de bureau.',
        'A buddy can be reached outside office hours too.',
      ),
    ),
    swot(
      l(
        'Een buddy helpt een nieuwkomer om Nederlands te leren en zijn weg te vinden in de samenleving.',
        'Un binôme aide un nouvel arrivant à apprendre le néerlandais et à trouver sa place dans la société.',
        'A buddy helps a newcomer learn Dutch and find their way in society.',
      ),
      { scope: 'nieuwkomers' },
    ),
    swot(
      l(
        'Door tijd door te brengen met één vaste persoon leer je elkaar echt kennen.',
        'En passant du temps avec une seule personne, on apprend vraiment à se connaître.',
        'Spending time with one steady person lets you really get to know each other.',
      ),
      { origin: 'tekst' },
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'Niet elke buddy kan zich inleven in het leven van mensen in armoede.',
        'Tous les binômes ne peuvent pas se mettre à la place des personnes en pauvreté.',
        'Not every buddy can put themselves in the shoes of people in poverty.',
      ),
    ),
    swot(
      l(
        'De buddy kan afhaken als hij of zij niet meer wil.',
        'Le binôme peut abandonner s’il ne veut plus continuer.',
        'The buddy can drop out when they no longer want to go on.',
      ),
    ),
    swot(
      l(
        'Het duurt niet altijd lang: vaak is het maar voor een beperkte tijd.',
        'Cela ne dure pas toujours : souvent pour une période limitée seulement.',
        'It does not always last: often only for a limited time.',
      ),
      {
        note: l(
          'Praktijkwerkers merken op dat een beperkte duur op papier weinig zegt over blijvende effecten.',
          'Des praticiens notent qu’une durée limitée sur papier dit peu de chose des effets durables.',
          'Practitioners note that a limited duration on paper says little about lasting effects.',
        ),
      },
    ),
    swot(
      l('De vriendschap is gearrangeerd.', 'L’amitié est arrangée.', 'The friendship is arranged.'),
    ),
    swot(
      l(
        'Er zijn wachtlijsten, soms tot twee jaar.',
        'Il y a des listes d’attente, parfois jusqu’à deux ans.',
        'There are waiting lists, sometimes up to two years.',
      ),
    ),
    swot(
      l(
        'De buddy kan zich gaan moeien met je privéleven, bijvoorbeeld met advies waar je niet om vroeg.',
        'Le binôme peut se mêler de votre vie privée, par exemple avec des conseils que vous n’avez pas demandés.',
        'The buddy may interfere in your private life, for example with advice you did not ask for.',
      ),
    ),
    swot(
      l(
        'Te veel nadruk op vorming en coaching maakt het minder vrij en vrijwillig.',
        'Trop de formation et de coaching rend la relation moins libre et moins volontaire.',
        'Too much training and coaching makes it less free and less voluntary.',
      ),
    ),
  ],
  conditions: [
    condition(
      l(
        'De buddy werkt vanuit krachten en maakt de persoon sterker.',
        'Le binôme part des forces et rend la personne plus forte.',
        'The buddy starts from strengths and makes the person stronger.',
      ),
      t11,
    ),
    condition(
      l('Er zijn: aanwezig en bereikbaar.', 'Être là : présent et joignable.', 'Being there: present and reachable.'),
      t11,
    ),
    condition(
      l(
        'Een evenwicht tussen geven en nemen, in beide richtingen.',
        'Un équilibre entre donner et recevoir, dans les deux sens.',
        'A balance between giving and taking, both ways.',
      ),
      t11,
    ),
    condition(
      l(
        'Zelf kunnen kiezen wie je buddy wordt.',
        'Pouvoir choisir soi-même son binôme.',
        'Being able to choose your buddy yourself.',
      ),
      t11,
    ),
    condition(
      l(
        'Het duo wordt gecoacht door iemand die beide leefwerelden kent.',
        'Le binôme est coaché par quelqu’un qui connaît les deux mondes.',
        'The pair is coached by someone who knows both worlds.',
      ),
      t11,
    ),
    condition(
      l('Buddy’s krijgen intensieve coaching.', 'Les binômes reçoivent un coaching intensif.', 'Buddies get intensive coaching.'),
      t11,
      {
        note: l(
          'Praktijkwerkers waarschuwen: maak van vrijwilligers geen professionals. Samen coachen, bijvoorbeeld in intervisie tussen buddy’s, kan ook.',
          'Des praticiens préviennent : ne pas faire des bénévoles des professionnels. Un coaching commun, par exemple une intervision entre binômes, est aussi possible.',
          'Practitioners warn: do not turn volunteers into professionals. Coaching together, for example peer sessions between buddies, is another way.',
        ),
      },
    ),
    condition(
      l(
        'Beide kanten van het duo durven zich kwetsbaar te tonen.',
        'Les deux membres du binôme osent se montrer vulnérables.',
        'Both sides of the pair dare to show their vulnerability.',
      ),
      t11,
    ),
    condition(
      l(
        'De buddy weet in grote lijnen wat armoede is en heeft levenservaring.',
        'Le binôme sait dans les grandes lignes ce qu’est la pauvreté et a de l’expérience de vie.',
        'The buddy knows the basics of poverty and has life experience.',
      ),
      t11,
    ),
    condition(l('Je niet moeien.', 'Ne pas se mêler de tout.', 'Not interfering.'), t11),
    condition(
      l(
        'Een lang traject zonder dat de buddy afhaakt, en vooraf duidelijk zeggen hoe lang het duurt.',
        'Un long parcours sans abandon du binôme, et dire clairement au départ combien de temps il dure.',
        'A long process without the buddy dropping out, and saying clearly beforehand how long it will last.',
      ),
      t11,
    ),
    condition(
      l(
        'Vraag de persoon zelf welke rol de buddy mag opnemen, bijvoorbeeld wel of niet bij persoonlijke problemen.',
        'Demander à la personne quel rôle le binôme peut prendre, par exemple pour les problèmes personnels ou non.',
        'Ask the person what role the buddy may take on, for example whether or not to help with personal problems.',
      ),
      { seed: '003', where: 'hoofdstuk 6.3.2' },
      { origin: 'tekst' },
    ),
  ],
  conditionsNote: null,
  tables: { examples: 4, swot: 11 },
  sources: [table2, describedIn('4.3.2, tabel 4'), t11],
};

const personalNetwork: WorkingModel = {
  code: 'persoonlijk_netwerk',
  labels: l('Persoonlijk netwerk', 'Réseau personnel', 'Personal network'),
  alsoKnownAs: ['PCP', 'person-centered planning'],
  summary: l(
    'De persoon kiest zelf een netwerk van mensen rond zich, vaak familie en vrienden. Samen werken ze aan een plan of een vraag, zodat er meer steun komt. Een vrijwillige of betaalde coördinator begeleidt het proces. Hulpverleners komen er alleen bij als het netwerk dat zelf wil.',
    'La personne choisit elle-même un réseau de personnes autour d’elle, souvent la famille et les amis. Ensemble, ils travaillent à un plan ou à une question, pour plus de soutien. Un coordinateur bénévole ou rémunéré guide le processus. Les professionnels n’interviennent que si le réseau le souhaite.',
    'The person chooses a network of people around them, often family and friends. Together they work on a plan or a question, so that there is more support. A volunteer or paid coordinator guides the process. Professionals only join when the network itself wants them to.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'individueel',
      explanation: l(
        'Alles draait rond één persoon en diens eigen netwerk.',
        'Tout tourne autour d’une personne et de son propre réseau.',
        'Everything centres on one person and their own network.',
      ),
    },
    personsDeployed: {
      code: 'meerdere_persoonlijke_contacten_of_vrijwilligers',
      explanation: l(
        'Meerdere mensen uit het eigen netwerk, soms met vrijwilligers.',
        'Plusieurs personnes du propre réseau, parfois avec des bénévoles.',
        'Several people from the person’s own network, sometimes with volunteers.',
      ),
    },
    priorRelation: {
      code: 'noodzakelijk',
      explanation: l(
        'Het model werkt met mensen die de persoon al kent.',
        'Le modèle travaille avec des personnes que la personne connaît déjà.',
        'The model works with people the person already knows.',
      ),
    },
    volunteerRole: {
      involvement: 'ingezet',
      variants: [
        { variant: 'a', roles: ['trajectbegeleiding'] },
        { variant: 'b', roles: ['sociale_steun', 'sociale_relatie'] },
      ],
      explanation: l(
        'Tabel 2 geeft twee varianten. In variant a begeleidt een vrijwilliger het traject. In variant b geeft de vrijwilliger steun en is hij een contact in het netwerk.',
        'Le tableau 2 donne deux variantes. Dans la variante a, un bénévole accompagne le parcours. Dans la variante b, le bénévole apporte du soutien et devient un contact du réseau.',
        'Table 2 gives two variants. In variant a, a volunteer guides the process. In variant b, the volunteer gives support and is a contact in the network.',
      ),
    },
    professionalRole: {
      variants: [
        { variant: 'a', roles: ['coordinatie_vrijwilligers'] },
        { variant: 'b', roles: ['trajectbegeleiding'] },
      ],
      explanation: l(
        'In variant a coördineert de beroepskracht de vrijwilligers. In variant b begeleidt de beroepskracht zelf het traject.',
        'Dans la variante a, le professionnel coordonne les bénévoles. Dans la variante b, le professionnel accompagne lui-même le parcours.',
        'In variant a, the professional coordinates the volunteers. In variant b, the professional guides the process.',
      ),
    },
  },
  emphasisedFunctions: [],
  strengthsAndOpportunities: [
    swot(
      l(
        'Het netwerk ziet beter wat er in het leven van de persoon speelt.',
        'Le réseau voit mieux ce qui se passe dans la vie de la personne.',
        'The network gets a clearer view of what is going on in the person’s life.',
      ),
    ),
    swot(
      l(
        'Het versterkt contacten die niet afhangen van een organisatie of een beroep.',
        'Cela renforce des liens qui ne dépendent pas d’une organisation ou d’un métier.',
        'It strengthens ties that do not depend on an organisation or a job.',
      ),
    ),
    swot(
      l(
        'Wie het gesprek leidt, kan helpen om dingen te nuanceren.',
        'La personne qui anime la rencontre peut aider à nuancer.',
        'The person leading the meeting can help to put things in perspective.',
      ),
    ),
    swot(
      l(
        'Familiebanden kunnen soms hersteld worden.',
        'Les liens familiaux peuvent parfois être réparés.',
        'Family ties can sometimes be repaired.',
      ),
      {
        note: l(
          'Een kans, geen zekerheid: niet elke familieband is goed voor iemand. Deelnemers vroegen om dit zo te formuleren.',
          'Une chance, pas une certitude : tous les liens familiaux ne sont pas bons pour quelqu’un. Les participants ont demandé cette formulation.',
          'A chance, not a certainty: not every family tie is good for someone. Participants asked for it to be put this way.',
        ),
      },
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'De persoon en zijn moeilijke situatie staan erg in de kijker; dat kan schaamte geven.',
        'La personne et sa situation difficile sont très au centre ; cela peut faire honte.',
        'The person and their difficult situation are very much in the spotlight; that can cause shame.',
      ),
    ),
    swot(l('Angst om veroordeeld te worden.', 'La peur d’être jugé.', 'Fear of being judged.')),
    swot(l('Er is veel voorbereiding nodig.', 'Il faut beaucoup de préparation.', 'It takes a lot of preparation.')),
    swot(
      l(
        'Een rondetafelgesprek of conferentie voelt erg formeel aan.',
        'Une table ronde ou une conférence semble très formelle.',
        'A round-table meeting or conference feels very formal.',
      ),
      {
        note: l(
          'Sommige methoden laten de persoon de vorm kiezen: ook een barbecue of een familiefeest kan.',
          'Certaines méthodes laissent la personne choisir la forme : un barbecue ou une fête de famille est aussi possible.',
          'Some methods let the person choose the form: a barbecue or a family party can work too.',
        ),
      },
    ),
    swot(
      l(
        'Het kan voelen alsof je ‘bedelt’ om een netwerk.',
        'On peut avoir l’impression de « mendier » un réseau.',
        'It can feel like ‘begging’ for a network.',
      ),
    ),
    swot(
      l(
        'Het gaat ervan uit dat er al een netwerk is, en dat je weet wat dat netwerk voor je betekent.',
        'Cela suppose qu’il existe déjà un réseau, et qu’on sait ce qu’il représente pour soi.',
        'It assumes there already is a network, and that you know what it means to you.',
      ),
      {
        note: l(
          'Een praktijkwerker vertelt dat ze nooit stopten omdat er geen netwerk was: dan bouw je er samen een.',
          'Une praticienne raconte qu’ils n’ont jamais arrêté faute de réseau : on en construit alors un ensemble.',
          'A practitioner says they never stopped because there was no network: then you build one together.',
        ),
      },
    ),
    swot(
      l(
        'Het vertrekt vaak van een hulpvraag of probleem.',
        'Cela part souvent d’une demande d’aide ou d’un problème.',
        'It often starts from a request for help or a problem.',
      ),
    ),
    swot(
      l(
        'Wie iemand uit zijn netwerk helpt, bijvoorbeeld door hem in huis te nemen, kan een deel van zijn uitkering verliezen.',
        'Aider quelqu’un de son réseau, par exemple en l’hébergeant, peut faire perdre une partie de son allocation.',
        'Helping someone from your network, for example by taking them in, can cost you part of your benefit.',
      ),
    ),
    swot(
      l(
        'Hulpverleners durven het traject niet altijd los te laten.',
        'Les professionnels n’osent pas toujours lâcher prise sur le parcours.',
        'Workers do not always dare to let go of the process.',
      ),
    ),
    swot(
      l(
        'Taken van de samenleving worden doorgeschoven naar het netwerk.',
        'Des responsabilités de la société sont reportées sur le réseau.',
        'Responsibilities of society are pushed onto the network.',
      ),
    ),
    swot(
      l(
        'Mensen uit het eigen netwerk krijgen soms al te veel gevraagd.',
        'Les personnes du réseau naturel sont parfois déjà trop sollicitées.',
        'People in the natural network are sometimes already asked too much.',
      ),
    ),
  ],
  conditions: [
    condition(
      l('De persoon houdt zelf de regie.', 'La personne garde elle-même la maîtrise.', 'The person stays in charge.'),
      t12,
    ),
    condition(
      l(
        'De persoon kiest zelf wie er betrokken wordt.',
        'La personne choisit elle-même qui est impliqué.',
        'The person chooses who is involved.',
      ),
      t12,
    ),
    condition(
      l(
        'De persoon kiest zelf of hij of zij centraal wil staan.',
        'La personne choisit elle-même si elle veut être au centre.',
        'The person chooses whether they want to be at the centre.',
      ),
      t12,
    ),
    condition(l('Vertrouwen en veiligheid.', 'Confiance et sécurité.', 'Trust and safety.'), t12),
    condition(
      l(
        'Bekijk vooraf grondig, samen met de persoon, wie er in het netwerk zit. Niet elk contact is goed voor iemand.',
        'Examiner d’abord à fond, avec la personne, qui fait partie du réseau. Tous les contacts ne sont pas bons pour elle.',
        'First take a careful look, together with the person, at who is in the network. Not every contact is good for them.',
      ),
      t12,
      {
        note: l(
          'Gevoelens van trouw aan de familie maken dit moeilijker dan het lijkt; het vraagt tijd.',
          'Les sentiments de loyauté envers la famille rendent cela plus difficile qu’il n’y paraît ; cela demande du temps.',
          'Feelings of loyalty to the family make this harder than it seems; it takes time.',
        ),
      },
    ),
  ],
  conditionsNote: null,
  tables: { examples: 5, swot: 12 },
  sources: [table2, describedIn('4.3.3, tabel 5'), t12],
};

const peers: WorkingModel = {
  code: 'lotgenotennetwerk',
  labels: l('Lotgenotennetwerk', 'Réseau de pairs', 'Peer network'),
  alsoKnownAs: ['peer support'],
  summary: l(
    'Mensen met een gelijkaardige levenservaring komen samen, bijvoorbeeld mensen met armoede-ervaring. Ze begrijpen elkaar, steunen elkaar en delen ervaringen. Dat begrip alleen geeft al steun. Ze kennen elkaar vooraf niet altijd, maar er kunnen blijvende vriendschappen groeien.',
    'Des personnes ayant un vécu semblable se réunissent, par exemple des personnes qui connaissent la pauvreté. Elles se comprennent, se soutiennent et partagent leurs expériences. Cette compréhension apporte déjà du soutien. Elles ne se connaissent pas toujours au départ, mais des amitiés durables peuvent naître.',
    'People with similar life experience come together, for example people who have lived in poverty. They understand each other, support each other and share experiences. That understanding alone already gives support. They do not always know each other at the start, but lasting friendships can grow.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'beide',
      explanation: l(
        'Meestal in groep, soms ook individueel.',
        'Le plus souvent en groupe, parfois aussi individuellement.',
        'Mostly in a group, sometimes individually too.',
      ),
    },
    personsDeployed: {
      code: 'meerdere_vrijwilligers',
      explanation: l(
        'Meerdere vrijwilligers, vaak zelf lotgenoten.',
        'Plusieurs bénévoles, souvent eux-mêmes des pairs.',
        'Several volunteers, often peers themselves.',
      ),
    },
    priorRelation: {
      code: 'niet_noodzakelijk',
      explanation: l(
        'Je hoeft elkaar vooraf niet te kennen.',
        'Il n’est pas nécessaire de se connaître au départ.',
        'You do not need to know each other beforehand.',
      ),
    },
    volunteerRole: {
      involvement: 'ingezet',
      variants: [{ variant: null, roles: ['sociale_steun', 'ervaringsdeskundigheid'] }],
      explanation: l(
        'Vrijwilligers geven steun en brengen hun eigen ervaring in.',
        'Les bénévoles apportent du soutien et leur propre expérience.',
        'Volunteers give support and bring in their own experience.',
      ),
    },
    professionalRole: {
      variants: [{ variant: null, roles: ['coordinatie_activiteiten', 'coordinatie_vrijwilligers'] }],
      explanation: l(
        'De beroepskracht coördineert de activiteiten en de vrijwilligers.',
        'Le professionnel coordonne les activités et les bénévoles.',
        'The professional coordinates the activities and the volunteers.',
      ),
    },
  },
  emphasisedFunctions: [],
  strengthsAndOpportunities: [
    swot(
      l(
        'Je kunt je hart luchten bij mensen met dezelfde problemen en noden.',
        'On peut vider son cœur auprès de personnes qui ont les mêmes problèmes et besoins.',
        'You can pour your heart out to people with the same problems and needs.',
      ),
    ),
    swot(
      l(
        'Je gaat je eigen situatie beter begrijpen en plaatsen. Daardoor sta je ook meer open voor mensen in een andere situatie.',
        'On comprend et on situe mieux sa propre situation. On s’ouvre ainsi davantage aux personnes dans une autre situation.',
        'You understand and place your own situation better. That also makes you more open to people in a different situation.',
      ),
    ),
    swot(
      l('Mensen in armoede worden er weerbaarder door.', 'Les personnes en pauvreté deviennent plus fortes.', 'People in poverty become more resilient.'),
    ),
    swot(
      l(
        'Je komt toe aan dingen waar je anders niet aan zou beginnen, zoals sporten.',
        'On a l’occasion de faire des choses qu’on ne ferait pas autrement, comme du sport.',
        'You get the chance to do things you would not do otherwise, like sport.',
      ),
    ),
    swot(
      l(
        'Mensen in armoede kunnen zo bruggen bouwen naar andere groepen.',
        'Les personnes en pauvreté peuvent ainsi jeter des ponts vers d’autres groupes.',
        'People in poverty can build bridges to other groups this way.',
      ),
    ),
    swot(
      l(
        'Wie andere groepen ontmoet, bijvoorbeeld mensen met of zonder migratieachtergrond, merkt dat de problemen vaak dezelfde zijn. Dat brengt mensen dichter bij elkaar.',
        'Quand des groupes différents se rencontrent, par exemple des personnes avec et sans parcours migratoire, on voit que chacun peut avoir les mêmes problèmes. Cela rapproche.',
        'When different groups meet, for example people with and without a migration background, you see that anyone can face the same problems. That connects people.',
      ),
    ),
    swot(
      l(
        'Zelforganisaties geven psychosociale steun aan mensen met een migratieachtergrond.',
        'Les associations de personnes issues de l’immigration apportent un soutien psychosocial à leurs membres.',
        'Self-organisations give psychosocial support to people with a migration background.',
      ),
      { scope: 'zelforganisaties_etnisch_culturele_minderheden' },
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'Contacten kunnen achteraf snel verwateren: het netwerk hangt af van de groepsbijeenkomsten.',
        'Les contacts peuvent vite s’effacer ensuite : le réseau dépend des réunions du groupe.',
        'Contacts can fade quickly afterwards: the network depends on the group meetings.',
      ),
    ),
    swot(
      l(
        'Voor de meest kwetsbaren is de stap naar een groep groot.',
        'Pour les plus vulnérables, le pas vers un groupe est grand.',
        'For the most vulnerable, joining a group is a big step.',
      ),
    ),
    swot(
      l(
        'Ook voor ‘nieuwe armen’ is het een grote stap: je moet dan openlijk toegeven dat je in armoede leeft.',
        'Pour les « nouveaux pauvres » aussi, c’est un grand pas : il faut alors reconnaître ouvertement qu’on vit dans la pauvreté.',
        'For the ‘new poor’ too it is a big step: you have to admit openly that you live in poverty.',
      ),
    ),
    swot(
      l(
        'Alleen omgaan met mensen met dezelfde ervaring kan je wereld kleiner maken.',
        'Ne fréquenter que des personnes avec le même vécu peut rétrécir son monde.',
        'Only mixing with people with the same experience can make your world smaller.',
      ),
    ),
    swot(l('Mensen kunnen elkaar binnen de groep uitsluiten.', 'Des personnes peuvent s’exclure au sein du groupe.', 'People can exclude each other within the group.')),
    swot(
      l(
        'Zelforganisaties worden niet altijd erkend en krijgen niet altijd subsidie.',
        'Les associations de personnes issues de l’immigration ne sont pas toujours reconnues ni subventionnées.',
        'Self-organisations are not always recognised or funded.',
      ),
      { scope: 'zelforganisaties_etnisch_culturele_minderheden' },
    ),
  ],
  conditions: [
    condition(l('Gelijkwaardigheid.', 'Égalité.', 'Equality.'), t13),
    condition(l('Respect.', 'Respect.', 'Respect.'), t13),
    condition(l('Coaching.', 'Coaching.', 'Coaching.'), t13),
    condition(l('Subsidies.', 'Subventions.', 'Funding.'), t13),
  ],
  conditionsNote: null,
  tables: { examples: 6, swot: 13 },
  sources: [table2, describedIn('4.3.4, tabel 6'), t13],
};

const contextOriented: WorkingModel = {
  code: 'contextgericht_via_organisatie',
  labels: l(
    'Contextgericht werken via organisatie',
    'Travail avec l’entourage, via une organisation',
    'Working with the person’s surroundings, through an organisation',
  ),
  alsoKnownAs: ['samen hulp krijgen'],
  summary: l(
    'Hulp- en dienstverleners werken mobiel: in het gezin, in de familie en in de omgeving waar de persoon leeft. Ze nemen de zorg niet helemaal over, maar werken samen met de krachten in het netwerk. Gaat het om (deels) residentiële hulp, dan is het doel terugkeer naar of blijven in de eigen omgeving.',
    'Les professionnels de l’aide travaillent de façon mobile : dans le ménage, dans la famille et dans l’environnement où vit la personne. Ils ne prennent pas tout en charge, mais travaillent avec les forces du réseau. En cas d’aide (semi-)résidentielle, le but est de retourner ou de rester dans son propre milieu.',
    'Care and service workers work on the move: in the household, in the family and in the surroundings where the person lives. They do not take over all the care, but work with the strengths in the network. With (semi-)residential care, the aim is to return to or stay in one’s own surroundings.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'beide',
      explanation: l(
        'Met één persoon of met het hele gezin of de familie.',
        'Avec une personne ou avec tout le ménage ou la famille.',
        'With one person or with the whole household or family.',
      ),
    },
    personsDeployed: {
      code: 'meerdere_persoonlijke_contacten_of_vrijwilligers',
      explanation: l(
        'Meerdere persoonlijke contacten of vrijwilligers, vaak gezin en familie.',
        'Plusieurs contacts personnels ou bénévoles, souvent le ménage et la famille.',
        'Several personal contacts or volunteers, often household and family.',
      ),
    },
    priorRelation: {
      code: 'noodzakelijk',
      explanation: l(
        'Het model werkt met de mensen die al rond de persoon staan.',
        'Le modèle travaille avec les personnes déjà présentes autour de la personne.',
        'The model works with the people already around the person.',
      ),
    },
    volunteerRole: {
      involvement: 'ingezet',
      variants: [{ variant: null, roles: ['sociale_steun'] }],
      explanation: l('Vrijwilligers geven steun.', 'Les bénévoles apportent du soutien.', 'Volunteers give support.'),
    },
    professionalRole: {
      variants: [{ variant: null, roles: ['trajectbegeleiding', 'coordinatie_netwerk'] }],
      explanation: l(
        'De beroepskracht begeleidt het traject en coördineert het netwerk.',
        'Le professionnel accompagne le parcours et coordonne le réseau.',
        'The professional guides the process and coordinates the network.',
      ),
    },
  },
  emphasisedFunctions: [],
  strengthsAndOpportunities: [
    swot(
      l(
        'De hulpverlener kan problemen op tafel leggen waar men onderling niet over praat.',
        'Le professionnel peut mettre sur la table des problèmes dont on ne parle pas entre soi.',
        'The worker can raise problems that people do not talk about among themselves.',
      ),
    ),
    swot(
      l(
        'Naasten, zoals ouders, kunnen aangesproken worden op hun verantwoordelijkheid.',
        'Les proches, comme les parents, peuvent être mis face à leur responsabilité.',
        'People close by, such as parents, can be called on to take their responsibility.',
      ),
    ),
    swot(
      l(
        'De persoon kan meer aan: zijn draagkracht wordt groter.',
        'La personne peut porter davantage : ses forces augmentent.',
        'The person can cope with more: their capacity grows.',
      ),
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'Hulp aan huis kan bedreigend voelen, omdat je je schaamt voor je woning of je leefsituatie.',
        'L’aide à domicile peut sembler menaçante, parce qu’on a honte de son logement ou de sa situation.',
        'Help at home can feel threatening, because you are ashamed of your home or your living situation.',
      ),
    ),
    swot(l('Het vraagt veel tijd.', 'Cela demande beaucoup de temps.', 'It takes a lot of time.')),
    swot(
      l(
        'Er zijn lange wachtlijsten voor hulp aan huis; steeds meer gezinnen blijven zonder hulp.',
        'Il y a de longues listes d’attente pour l’aide à domicile ; de plus en plus de familles restent sans aide.',
        'There are long waiting lists for help at home; more and more families are left without help.',
      ),
      { origin: 'tekst' },
    ),
  ],
  conditions: [
    condition(
      l(
        'Een houding die vertrekt van krachten en professioneel is, zodat niemand zich bekeken of neergekeken voelt.',
        'Une attitude qui part des forces et qui est professionnelle, pour que personne ne se sente jugé ou méprisé.',
        'An attitude that starts from strengths and is professional, so that nobody feels watched or looked down on.',
      ),
      t14,
    ),
    condition(
      l(
        'Hulpverleners delen informatie met elkaar, zodat je je verhaal niet telkens opnieuw moet vertellen.',
        'Les professionnels partagent l’information entre eux, pour qu’on ne doive pas raconter son histoire chaque fois.',
        'Workers share information with each other, so that you do not have to tell your story every time.',
      ),
      t14,
      {
        note: l(
          'Praktijkwerkers vinden dit een goed doel, maar door de werkdruk lukt overleg met veel partners niet altijd.',
          'Des praticiens trouvent que c’est un bon objectif, mais la charge de travail ne permet pas toujours de se concerter avec beaucoup de partenaires.',
          'Practitioners find this a good aim, but with their workload, meeting with many partners is not always possible.',
        ),
      },
    ),
    condition(
      l(
        'De professionele hulpverleners stemmen hun hulp op elkaar af.',
        'Les professionnels accordent leur aide entre eux.',
        'The professional services coordinate their help with each other.',
      ),
      t14,
    ),
  ],
  conditionsNote: l(
    'De deelnemers hadden weinig ervaring met dit model en zien het als een deel van de gewone hulpverlening. Veel voorwaarden die ze noemden, gelden volgens hen voor alle modellen.',
    'Les participants avaient peu d’expérience de ce modèle et le voient comme une partie de l’aide habituelle. Selon eux, beaucoup de conditions citées valent pour tous les modèles.',
    'The participants had little experience with this model and see it as part of ordinary care. Many of the conditions they named hold, they said, for all models.',
  ),
  tables: { examples: 7, swot: 14 },
  sources: [table2, describedIn('4.3.5, tabel 7'), t14],
};

const volunteering: WorkingModel = {
  code: 'vrijwilligerswerking_via_organisatie',
  labels: l('Vrijwilligerswerking via organisatie', 'Volontariat via une organisation', 'Volunteering through an organisation'),
  alsoKnownAs: ['ingebouwd vrijwilligerswerk'],
  summary: l(
    'Vrijwilligers doen werk binnen een organisatie waar ook beroepskrachten werken, en vullen hun taken aan. Zo groeit een netwerk, vaak onrechtstreeks. De organisatie steunt de vrijwilligers en toont waardering voor hun inzet.',
    'Des bénévoles travaillent dans une organisation où il y a aussi des professionnels, et complètent leurs tâches. Un réseau se crée ainsi, souvent de façon indirecte. L’organisation soutient les bénévoles et montre de la reconnaissance pour leur engagement.',
    'Volunteers work inside an organisation that also has paid staff, adding to their tasks. A network grows this way, often indirectly. The organisation supports the volunteers and shows appreciation for their effort.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'groep',
      explanation: l('Het gebeurt in groep, binnen een organisatie.', 'Cela se passe en groupe, dans une organisation.', 'It happens in a group, inside an organisation.'),
    },
    personsDeployed: {
      code: 'meerdere_vrijwilligers',
      explanation: l('Meerdere vrijwilligers.', 'Plusieurs bénévoles.', 'Several volunteers.'),
    },
    priorRelation: {
      code: 'mogelijk_niet_noodzakelijk',
      explanation: l(
        'Je kunt elkaar al kennen, maar het hoeft niet.',
        'On peut déjà se connaître, mais ce n’est pas nécessaire.',
        'You may already know each other, but you do not have to.',
      ),
    },
    volunteerRole: {
      involvement: 'ingezet',
      variants: [{ variant: null, roles: ['recreatief', 'sociale_relatie', 'sociale_steun'] }],
      explanation: l(
        'Vrijwilligers zorgen voor ontspanning, contact en steun.',
        'Les bénévoles apportent détente, contact et soutien.',
        'Volunteers bring recreation, contact and support.',
      ),
    },
    professionalRole: {
      variants: [{ variant: null, roles: ['coordinatie_activiteiten', 'coordinatie_vrijwilligers'] }],
      explanation: l(
        'De beroepskracht coördineert de activiteiten en de vrijwilligers.',
        'Le professionnel coordonne les activités et les bénévoles.',
        'The professional coordinates the activities and the volunteers.',
      ),
    },
  },
  emphasisedFunctions: [],
  strengthsAndOpportunities: [
    swot(
      l(
        'Contact met anderen: wie lang genoeg meedoet, wordt vaak deel van elkaars netwerk.',
        'Le contact avec d’autres : qui participe assez longtemps fait souvent partie du réseau des autres.',
        'Contact with others: people who take part long enough often become part of each other’s network.',
      ),
    ),
    swot(
      l(
        'Anderstalige nieuwkomers oefenen hun Nederlands door met anderen samen te werken.',
        'Les nouveaux arrivants allophones pratiquent leur néerlandais en travaillant avec d’autres.',
        'Newcomers who speak another language practise their Dutch by working with others.',
      ),
    ),
    swot(
      l(
        'Als vrijwilliger merken mensen in armoede dat ze van waarde zijn voor anderen en voor de samenleving.',
        'Le bénévolat donne aux personnes en pauvreté le sentiment de compter pour la société.',
        'Volunteering gives people in poverty the feeling that they matter to society.',
      ),
    ),
    swot(l('Vrijwilligers zijn onafhankelijk.', 'Les bénévoles sont indépendants.', 'Volunteers are independent.')),
    swot(
      l(
        'Het kan een opstap zijn naar betaald werk.',
        'Cela peut être un tremplin vers un emploi rémunéré.',
        'It can be a stepping stone to paid work.',
      ),
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'Wat vrijwilligers in armoede bijdragen, wordt niet altijd erkend.',
        'L’apport des bénévoles en situation de pauvreté n’est pas toujours reconnu.',
        'What volunteers in poverty contribute is not always recognised.',
      ),
    ),
    swot(
      l(
        'Organisaties werken vooral op weekdagen; tijdens weekends, feestdagen en vakanties valt er weinig te beleven.',
        'Les organisations suivent la semaine de travail : le week-end, les jours fériés et pendant les vacances, il y a peu d’activités.',
        'Organisations follow the working week: at weekends, on holidays and during school breaks there is little going on.',
      ),
    ),
    swot(
      l(
        'Vrijwilligers komen en gaan.',
        'Les bénévoles vont et viennent.',
        'Volunteers come and go.',
      ),
    ),
    swot(
      l(
        'Mensen vrezen hun uitkering te verliezen als ze vrijwilligerswerk doen.',
        'Des personnes craignent de perdre leur allocation si elles font du bénévolat.',
        'People fear losing their benefit if they volunteer.',
      ),
    ),
  ],
  conditions: [
    condition(
      l(
        'Een goede match: de juiste vrijwilliger op de juiste plaats.',
        'Un bon jumelage : le bon bénévole à la bonne place.',
        'A good match: the right volunteer in the right place.',
      ),
      t15,
    ),
    condition(
      l(
        'Goede ondersteuning en coaching van vrijwilligers, ook met geld voor betaalde begeleiders.',
        'Un bon soutien et un bon coaching des bénévoles, aussi avec de l’argent pour des accompagnateurs rémunérés.',
        'Good support and coaching for volunteers, including money for paid coordinators.',
      ),
      t15,
    ),
    condition(
      l(
        'Erkenning voor wat vrijwilligers doen, bijvoorbeeld met een welgemeend dankjewel of een attest.',
        'De la reconnaissance pour ce que font les bénévoles, par exemple un vrai merci ou une attestation.',
        'Recognition for what volunteers do, for example a sincere thank you or a certificate.',
      ),
      t15,
    ),
    condition(
      l('Onkosten terugbetalen.', 'Rembourser les frais.', 'Paying back expenses.'),
      t15,
      {
        namedBy: 'ervarings_en_praktijkdeskundigen',
        note: l(
          'Zeggen dat je kosten niet kunt voorschieten, is voor veel vrijwilligers moeilijk; maak het bespreekbaar.',
          'Dire qu’on ne peut pas avancer les frais est difficile pour beaucoup de bénévoles ; il faut pouvoir en parler.',
          'Saying you cannot pay costs in advance is hard for many volunteers; make it easy to talk about.',
        ),
      },
    ),
  ],
  conditionsNote: null,
  tables: { examples: 8, swot: 15 },
  sources: [table2, describedIn('4.3.6, tabel 8'), t15],
};

const community: WorkingModel = {
  code: 'netwerk_via_regio_of_locatie',
  labels: l(
    'Netwerk via regio of locatie (community building)',
    'Réseau via le quartier ou le lieu (développement communautaire)',
    'Network through a neighbourhood or place (community building)',
  ),
  alsoKnownAs: ['community building', 'buurtgericht werken'],
  summary: l(
    'Een professionele organisatie versterkt netwerken in de buurt of de omgeving van de persoon, bijvoorbeeld met buurtwerk, een buurtcentrum of activiteiten in de wijk.',
    'Une organisation professionnelle renforce les réseaux dans le quartier ou l’environnement de la personne, par exemple par le travail de quartier, une maison de quartier ou des activités locales.',
    'A professional organisation strengthens networks in the person’s neighbourhood or surroundings, for example through neighbourhood work, a community centre or local activities.',
  ),
  parameters: {
    individualOrGroup: {
      code: 'groep',
      explanation: l('Het gebeurt in groep, in de buurt.', 'Cela se passe en groupe, dans le quartier.', 'It happens in a group, in the neighbourhood.'),
    },
    personsDeployed: {
      code: 'meerdere_contacten_buurt',
      explanation: l('Meerdere contacten in de buurt.', 'Plusieurs contacts dans le quartier.', 'Several contacts in the neighbourhood.'),
    },
    priorRelation: {
      code: 'mogelijk_niet_noodzakelijk',
      explanation: l(
        'Buren kunnen elkaar al kennen, maar het hoeft niet.',
        'Les voisins peuvent déjà se connaître, mais ce n’est pas nécessaire.',
        'Neighbours may already know each other, but they do not have to.',
      ),
    },
    volunteerRole: {
      involvement: 'mogelijk_via_organisatie',
      variants: [{ variant: null, roles: ['recreatief', 'sociale_relatie', 'sociale_steun'] }],
      explanation: l(
        'Vrijwilligers kunnen via een organisatie meedoen, voor ontspanning, contact en steun.',
        'Des bénévoles peuvent participer via une organisation, pour la détente, le contact et le soutien.',
        'Volunteers may take part through an organisation, for recreation, contact and support.',
      ),
    },
    professionalRole: {
      variants: [{ variant: null, roles: ['coordinatie_activiteiten_buurt_vereniging'] }],
      explanation: l(
        'De beroepskracht coördineert activiteiten in de buurt of de vereniging.',
        'Le professionnel coordonne les activités du quartier ou de l’association.',
        'The professional coordinates activities in the neighbourhood or club.',
      ),
    },
  },
  emphasisedFunctions: ['gemeenschapsvormend'],
  strengthsAndOpportunities: [
    swot(
      l(
        'Bij buurtactiviteiten is er vaak iets voor de kinderen, zodat ouders geen opvang moeten zoeken.',
        'Les activités de quartier prévoient souvent quelque chose pour les enfants, donc les parents ne doivent pas chercher de garde.',
        'Neighbourhood activities often have something for children, so parents do not need to find childcare.',
      ),
    ),
    swot(l('Dicht bij huis.', 'Près de chez soi.', 'Close to home.')),
    swot(
      l(
        'Een kans om je buren te leren kennen en samen iets op te bouwen.',
        'Une occasion de connaître ses voisins et de créer des liens.',
        'A chance to get to know your neighbours and connect with each other.',
      ),
    ),
    swot(
      l(
        'Rommelmarkten brengen mensen samen; je kunt er praten met anderen en goedkoop spullen kopen.',
        'Les brocantes rassemblent les gens ; on peut y parler avec d’autres et acheter des choses à bas prix.',
        'Flea markets bring people together; you can talk to others there and buy things cheaply.',
      ),
    ),
    swot(
      l(
        'Buurtfeesten kunnen werken aan verdraagzaamheid en tegen discriminatie.',
        'Les fêtes de quartier peuvent favoriser la tolérance et lutter contre les discriminations.',
        'Neighbourhood parties can promote tolerance and work against discrimination.',
      ),
    ),
    swot(
      l(
        'De school kan activiteiten organiseren waar ouders elkaar leren kennen.',
        'L’école peut organiser des activités où les parents font connaissance.',
        'The school can organise activities where parents get to know each other.',
      ),
    ),
    swot(
      l(
        'Verschillen in cultuur worden op een positieve manier zichtbaar, bijvoorbeeld met kraampjes met gerechten uit de hele wereld.',
        'Les différences culturelles deviennent visibles de manière positive, par exemple avec des stands de plats du monde entier.',
        'Cultural differences become visible in a positive way, for example with food stalls from around the world.',
      ),
    ),
  ],
  weaknessesAndThreats: [
    swot(
      l(
        'Eenmalige activiteiten, zoals een buurtfeest, voelen niet blijvend aan.',
        'Les activités ponctuelles, comme une fête de quartier, ne semblent pas durables.',
        'One-off activities, such as a neighbourhood party, do not feel lasting.',
      ),
    ),
    swot(l('In Brussel zijn er weinig initiatieven.', 'À Bruxelles, il y a peu d’initiatives.', 'In Brussels there are few initiatives.')),
    swot(
      l(
        'Ook gratis of goedkope activiteiten kosten vaak toch geld, bijvoorbeeld voor drank.',
        'Même les activités gratuites ou bon marché coûtent souvent de l’argent, par exemple pour les boissons.',
        'Even free or cheap activities often still cost money, for example for drinks.',
      ),
    ),
    swot(
      l(
        'Je kunt het gevoel hebben dat de buren over je armoede oordelen.',
        'On peut avoir l’impression que les voisins jugent sa pauvreté.',
        'You may feel that the neighbours judge your poverty.',
      ),
    ),
    swot(
      l(
        'In sommige buurten voel je je uitgesloten door je inkomen, je geloof of je afkomst.',
        'Dans certains quartiers, on se sent exclu à cause de son revenu, de sa religion ou de son origine.',
        'In some neighbourhoods you feel excluded because of your income, your religion or your background.',
      ),
    ),
    swot(
      l(
        'Buurthuizen sluiten of worden samengevoegd op één centrale plek.',
        'Des maisons de quartier ferment ou sont regroupées en un lieu central.',
        'Community centres close or are merged into one central place.',
      ),
    ),
    swot(
      l(
        'Als een wijk duurder wordt (gentrificatie), verliezen mensen in armoede buren en betaalbare cafés en winkels.',
        'Quand un quartier devient plus cher (gentrification), les personnes en pauvreté perdent des voisins et des cafés et commerces abordables.',
        'When a neighbourhood becomes more expensive (gentrification), people in poverty lose neighbours and affordable cafés and shops.',
      ),
    ),
  ],
  conditions: [
    condition(
      l(
        'Lokale organisaties en buurtactiviteiten tonen bewust de meerwaarde van verschillende culturen in de wijk.',
        'Les organisations locales et les activités de quartier montrent consciemment la richesse des différentes cultures du quartier.',
        'Local organisations and neighbourhood activities deliberately show the value of the different cultures in the area.',
      ),
      { seed: '003', where: 'hoofdstuk 6.3.7' },
      { namedBy: 'ervaringsdeskundigen', origin: 'tekst' },
    ),
    condition(
      l(
        'Een gemengde wijk werkt pas met goede ontmoetingsplekken en -momenten voor iedereen, waar bewoners samen aan een doel werken.',
        'Un quartier mixte ne fonctionne qu’avec de bons lieux et moments de rencontre pour tous, où les habitants poursuivent un but commun.',
        'A mixed neighbourhood only works with good places and moments to meet that are open to all, where residents work together towards a goal.',
      ),
      { seed: '003', where: 'hoofdstuk 7.1.4' },
      { namedBy: 'stuurgroep', origin: 'tekst' },
    ),
  ],
  conditionsNote: l(
    'Tabel 16 noemt geen eigen voorwaarden voor dit model; de algemene voorwaarden gelden. De voorwaarden hierboven komen uit de tekst bij het model en uit de reactie van de stuurgroep.',
    'Le tableau 16 ne cite pas de conditions propres à ce modèle ; les conditions générales s’appliquent. Les conditions ci-dessus viennent du texte sur le modèle et de la réaction du groupe de pilotage.',
    'Table 16 names no conditions of its own for this model; the general conditions apply. The conditions above come from the text about the model and from the steering group’s response.',
  ),
  tables: { examples: 9, swot: 16 },
  sources: [table2, describedIn('4.3.7, tabel 9'), t16, { seed: '003', where: 'hoofdstuk 7.1.4' }],
};

/** The seven working models, in the order of seed 003, table 2 (not a ranking). */
export const WORKING_MODELS: readonly WorkingModel[] = [
  competence,
  buddy,
  personalNetwork,
  peers,
  contextOriented,
  volunteering,
  community,
];

/** The model with this code. Every code has exactly one model, so this never returns undefined. */
export function workingModel(code: WorkingModelCode): WorkingModel {
  const found = WORKING_MODELS.find((model) => model.code === code);
  if (!found) throw new Error(`unknown working model ${code}`);
  return found;
}

import type { Labels, SourceRef } from '../labels.js';
import type {
  Initiative,
  InitiativeKind,
  LifeDomainCode,
  MethodFunctionCode,
  ModelFit,
  SourceTable,
  SupportFunctionCode,
  TableListing,
  WorkingModelCode,
} from './types.js';

/**
 * Initiatives and local routes that strengthen or broaden a personal network.
 *
 * - Every example in tables 3–9 of seed 003 (chapter 4.3), both the ones described in a row of their
 *   own and the ones only named in the list of similar practices under tables 4 and 6.
 * - The local routes of seed 000 (Thuiscompagnie, "Het sociaal netwerk verbreden"). Where a route is
 *   also a table entry (Domo, sociale restaurants, dienstencentra), it is one initiative with both
 *   sources.
 * - Two more that seed 003 names in its discussion (Koffie & formulieren, deeltijds kunstonderwijs).
 *
 * Names, organisations, places and figures are the source's; every description is our own wording.
 * What the source does not say is said to be unknown ('onbekend', 'niet vermeld'), never guessed.
 * Life domains, method functions and support functions are the catalogue's reading of the source's
 * description, made to suggest initiatives, not a claim of the source.
 */

const l = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

const NOT_STATED = l('Niet vermeld in de bron.', 'Non précisé dans la source.', 'Not stated in the source.');

const SECTION: Readonly<Record<SourceTable, string>> = {
  3: '4.3.1',
  4: '4.3.2',
  5: '4.3.3',
  6: '4.3.4',
  7: '4.3.5',
  8: '4.3.6',
  9: '4.3.7',
};

/** Which working model each of seed 003's tables 3–9 lists initiatives for. */
export const MODEL_OF_TABLE: Readonly<Record<SourceTable, WorkingModelCode>> = {
  3: 'persoonlijke_competentieversterking',
  4: 'persoonlijke_vriend',
  5: 'persoonlijk_netwerk',
  6: 'lotgenotennetwerk',
  7: 'contextgericht_via_organisatie',
  8: 'vrijwilligerswerking_via_organisatie',
  9: 'netwerk_via_regio_of_locatie',
};

const tableRef = (table: SourceTable, entry: TableListing['entry'] = 'beschreven'): SourceRef => ({
  seed: '003',
  where:
    entry === 'beschreven'
      ? `hoofdstuk ${SECTION[table]}, tabel ${table}`
      : `hoofdstuk ${SECTION[table]}, tabel ${table}, andere voorbeelden onder de tabel`,
});

const seed000 = (where: string): SourceRef => ({ seed: '000', where: `hoofdstuk 5, het sociaal netwerk verbreden: ${where}` });

interface Fields {
  id: string;
  name: string;
  kind: InitiativeKind;
  organisation: string;
  location: string;
  online?: boolean;
  aim: Labels;
  targetGroup: Labels;
  sectorInSource: string | null;
  domains: readonly LifeDomainCode[];
  functions: readonly MethodFunctionCode[];
  supportFunctions: readonly SupportFunctionCode[];
  examples?: readonly string[];
  note?: Labels;
}

/** An initiative from a table of seed 003: its first model is the table's model. */
function fromTable(
  table: SourceTable,
  fields: Fields,
  options: { entry?: TableListing['entry']; alsoModels?: readonly WorkingModelCode[]; moreSources?: readonly SourceRef[] } = {},
): Initiative {
  const entry = options.entry ?? 'beschreven';
  return build(fields, {
    models: [MODEL_OF_TABLE[table], ...(options.alsoModels ?? [])],
    modelFit: 'in_tabel',
    listing: { table, entry },
    sources: [tableRef(table, entry), ...(options.moreSources ?? [])],
  });
}

/** An initiative outside the tables; `models` is assigned by the catalogue or empty. */
function outsideTables(
  fields: Fields,
  placement: { models: readonly WorkingModelCode[]; modelFit: Exclude<ModelFit, 'in_tabel'>; sources: readonly [SourceRef, ...SourceRef[]] },
): Initiative {
  return build(fields, { ...placement, listing: null });
}

function build(
  fields: Fields,
  placement: {
    models: readonly WorkingModelCode[];
    modelFit: ModelFit;
    listing: TableListing | null;
    sources: readonly [SourceRef, ...SourceRef[]];
  },
): Initiative {
  const { online, examples, note, ...rest } = fields;
  return {
    ...rest,
    online: online ?? false,
    ...placement,
    ...(examples ? { examples } : {}),
    ...(note ? { note } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Table 3: persoonlijke competentieversterking

const table3: readonly Initiative[] = [
  fromTable(3, {
    id: 'spring-mee',
    name: 'Spring Mee',
    kind: 'project',
    organisation: 'Vormingplus Antwerpen, in opdracht van Stad Antwerpen',
    location: 'Antwerpen',
    aim: l(
      'Een stadsproject tegen kinderarmoede. Ouders van kinderen die voor het eerst naar de kleuterklas gaan, leren de school en de organisaties in de buurt kennen. Ze wisselen tips uit, met elkaar en met de school, en krijgen antwoord op vragen over opvoeding, bijvoorbeeld over twee talen thuis of een gezonde brooddoos.',
      'Un projet de la ville contre la pauvreté des enfants. Les parents d’enfants qui entrent pour la première fois en maternelle découvrent l’école et les organisations du quartier. Ils échangent des conseils, entre eux et avec l’école, et reçoivent des réponses à leurs questions d’éducation, par exemple sur deux langues à la maison ou une boîte à tartines saine.',
      'A city project against child poverty. Parents of children starting nursery school for the first time get to know the school and the organisations in the area. They swap tips, with each other and with the school, and get answers to questions about raising children, for example about two languages at home or a healthy lunch box.',
    ),
    targetGroup: l(
      'Ouders, met aandacht voor ouders in armoede.',
      'Les parents, avec une attention pour les parents en situation de pauvreté.',
      'Parents, with attention to parents in poverty.',
    ),
    sectorInSource: 'vormingswerk, sociaal-cultureel volwassenenwerk',
    domains: ['onderwijs', 'opvoeding'],
    functions: ['educatief', 'opvoedingsondersteunend'],
    supportFunctions: ['informatie', 'erbij_horen'],
  }),
  fromTable(3, {
    id: 'die-ken-ik',
    name: 'Die ken ik',
    kind: 'methode',
    organisation: 'Landelijke Federatie van Belangenverenigingen Onderling Sterk (LFB)',
    location: 'Nederland',
    aim: l(
      'Een cursus die mensen helpt om zelf een netwerk op te bouwen en te onderhouden, met andere mensen dan familie of begeleiders. Zo worden ze zelfstandiger en minder afhankelijk van begeleiders. De cursus is gemaakt door een vereniging van en voor mensen met een verstandelijke beperking.',
      'Un cours qui aide les personnes à construire et entretenir elles-mêmes un réseau, avec d’autres personnes que la famille ou les accompagnateurs. Elles deviennent ainsi plus autonomes et moins dépendantes des professionnels. Le cours a été créé par une association de et pour les personnes avec une déficience intellectuelle.',
      'A course that helps people build and keep up a network themselves, with people other than family or support workers. This makes them more independent and less reliant on support workers. It was made by an association run by and for people with an intellectual disability.',
    ),
    targetGroup: l(
      'Mensen met een verstandelijke beperking.',
      'Les personnes avec une déficience intellectuelle.',
      'People with an intellectual disability.',
    ),
    sectorInSource: 'sector voor personen met een beperking',
    domains: ['welbevinden'],
    functions: ['educatief'],
    supportFunctions: ['gezelschap', 'erbij_horen'],
  }),
  fromTable(3, {
    id: 'vrienden-maken-kun-je-leren',
    name: 'Vrienden maken… kun je leren',
    kind: 'methode',
    organisation: 'o.a. Rode Kruis Nederland',
    location: 'Nederland',
    aim: l(
      'Een cursus van zes weken, twee uur per week, voor meer informele steun en meer welbevinden; hij helpt ook depressie voorkomen. Deelnemers bekijken hun vriendschappen, werken aan hun zelfwaardering en maken een eigen plan om vriendschappen te sluiten en te houden. Ze oefenen met opdrachten en rollenspel en krijgen huiswerk mee.',
      'Un cours de six semaines, deux heures par semaine, pour plus de soutien informel et de bien-être ; il aide aussi à prévenir la dépression. Les participants regardent leurs amitiés, travaillent l’estime de soi et font leur propre plan pour nouer et garder des amitiés. Ils s’exercent avec des exercices et des jeux de rôle et reçoivent des devoirs.',
      'A six-week course, two hours a week, for more informal support and well-being; it also helps prevent depression. Participants look at their friendships, work on their self-esteem and make their own plan to make and keep friends. They practise with exercises and role play and get homework.',
    ),
    targetGroup: l(
      'Volwassenen met een klein netwerk die aan vriendschap willen werken en naar zichzelf willen kijken.',
      'Des adultes avec un petit réseau qui veulent travailler leurs amitiés et porter un regard sur eux-mêmes.',
      'Adults with a small network who want to work on friendship and are willing to look at themselves.',
    ),
    sectorInSource: 'algemeen welzijnswerk',
    domains: ['welbevinden', 'gezondheid'],
    functions: ['educatief', 'psychosociaal'],
    supportFunctions: ['gezelschap', 'emotioneel'],
  }),
  fromTable(3, {
    id: 'zin-in-vriendschap',
    name: 'Zin in vriendschap',
    kind: 'methode',
    organisation: 'verschillende organisaties',
    location: 'Nederland',
    aim: l(
      'Een cursus tegen eenzaamheid. Deelnemers leren bestaande vriendschappen beter te maken of nieuwe vriendschappen op te bouwen.',
      'Un cours contre la solitude. Les participantes apprennent à améliorer leurs amitiés ou à en créer de nouvelles.',
      'A course against loneliness. Participants learn to improve their friendships or build new ones.',
    ),
    targetGroup: l('Vrouwen van 55 jaar en ouder.', 'Les femmes de 55 ans et plus.', 'Women aged 55 and over.'),
    sectorInSource: 'algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['educatief', 'psychosociaal'],
    supportFunctions: ['gezelschap', 'emotioneel'],
  }),
  fromTable(3, {
    id: 'project-network',
    name: 'Project Network',
    kind: 'methode',
    organisation: 'niet vermeld (www.werkenaanjenetwerk.nl)',
    location: 'ontwikkeld in Nederland',
    online: true,
    aim: l(
      'Een app voor de smartphone om actief aan je netwerk te werken. Je kiest de vrienden in wie je wilt investeren en hoe vaak je hen wilt zien of spreken. Zo krijg je vaker en beter contact en leer je over vriendschap.',
      'Une application pour smartphone pour travailler activement son réseau. On choisit les amis dans qui on veut investir et à quelle fréquence on veut les voir ou leur parler. On a ainsi des contacts plus fréquents et de meilleure qualité et on apprend sur l’amitié.',
      'A smartphone app to work actively on your network. You choose the friends you want to invest in and how often you want to see or talk to them. This gives you more frequent and better contact and teaches you about friendship.',
    ),
    targetGroup: l(
      'Iedereen die zijn netwerk sterker wil maken, ook wie het door drukte verwaarloost.',
      'Toute personne qui veut renforcer son réseau, aussi celle qui le néglige faute de temps.',
      'Anyone who wants to strengthen their network, including people who neglect it because they are busy.',
    ),
    sectorInSource: null,
    domains: ['welbevinden'],
    functions: ['educatief'],
    supportFunctions: ['gezelschap'],
  }),
  fromTable(3, {
    id: 'miriam',
    name: 'MIRIAM',
    kind: 'project',
    organisation: 'OCMW/CPAS (vijf OCMW’s)',
    location: 'OCMW Charleroi, Leuven, Namen, Gent en Sint-Jans-Molenbeek',
    aim: l(
      'In vijf OCMW’s begeleiden casemanagers alleenstaande moeders, alleen en in groep, met aandacht voor gender. Ze werken aan zelfbeeld, aan de weg naar diensten en aan rechten, zodat de moeders meer kunnen meedoen in de samenleving, op termijn ook met werk, en minder alleen staan.',
      'Dans cinq CPAS, des case managers accompagnent des mères seules, individuellement et en groupe, avec une attention au genre. Elles travaillent l’image de soi, le chemin vers les services et les droits, pour que les mères participent davantage à la société, à terme aussi par le travail, et soient moins isolées.',
      'In five public social welfare centres (OCMW/CPAS), case managers support single mothers, one to one and in groups, with attention to gender. They work on self-image, finding the way to services, and rights, so that the mothers take more part in society, in time also through work, and are less isolated.',
    ),
    targetGroup: l(
      'Alleenstaande moeders met een leefloon.',
      'Les mères seules qui reçoivent le revenu d’intégration.',
      'Single mothers who receive the minimum income (leefloon).',
    ),
    sectorInSource: 'algemeen welzijnswerk, armoedebestrijding',
    domains: ['inkomen', 'werk', 'welbevinden'],
    functions: ['educatief', 'psychosociaal', 'activerend'],
    supportFunctions: ['informatie', 'emotioneel', 'erbij_horen'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Table 4: persoonlijke vriend (buddy)

const onlyNamedBuddy = l(
  'Een buddywerking: een vrijwilliger trekt op met één persoon of gezin. Het rapport noemt alleen de naam en de organisatie.',
  'Un projet de binômes : un bénévole accompagne une personne ou une famille. Le rapport ne donne que le nom et l’organisation.',
  'A buddy project: a volunteer spends time with one person or family. The report gives only the name and the organisation.',
);

const buddyNamedOnly = (
  id: string,
  name: string,
  organisation: string,
  location: string,
  extra: { domains?: readonly LifeDomainCode[]; targetGroup?: Labels; note?: Labels } = {},
): Initiative =>
  fromTable(
    4,
    {
      id,
      name,
      kind: 'project',
      organisation,
      location,
      aim: onlyNamedBuddy,
      targetGroup: extra.targetGroup ?? NOT_STATED,
      sectorInSource: null,
      domains: extra.domains ?? [],
      functions: ['psychosociaal'],
      supportFunctions: ['gezelschap'],
      ...(extra.note ? { note: extra.note } : {}),
    },
    { entry: 'andere_voorbeelden' },
  );

const fromOrganisationName = l(
  'De plaats is afgeleid uit de naam van de organisatie; het rapport noemt geen plaats.',
  'Le lieu est déduit du nom de l’organisation ; le rapport ne cite pas de lieu.',
  'The place is taken from the organisation’s name; the report gives no place.',
);

const table4: readonly Initiative[] = [
  fromTable(4, {
    id: 'armentekort',
    name: 'ArmenTeKort',
    kind: 'project',
    organisation: 'vzw ArmenTeKort',
    location: 'Antwerpen',
    aim: l(
      'Een vrijwilliger met veel engagement en veerkracht vormt twee jaar lang een duo met iemand in kansarmoede. Ze worden vrienden en doen gewone dingen samen. De vrijwilligers krijgen een professionele opleiding. Het doel is de eigenwaarde en het netwerk van mensen in kansarmoede te versterken.',
      'Un bénévole très engagé et résilient forme pendant deux ans un binôme avec une personne en situation de pauvreté. Ils deviennent amis et font ensemble des choses ordinaires. Les bénévoles reçoivent une formation professionnelle. Le but est de renforcer l’estime de soi et le réseau des personnes en pauvreté.',
      'A committed, resilient volunteer forms a pair for two years with someone living in poverty. They become friends and do ordinary things together. The volunteers get professional training. The aim is to strengthen the self-esteem and the network of people in poverty.',
    ),
    targetGroup: l('Mensen in kansarmoede.', 'Les personnes en situation de pauvreté.', 'People living in poverty.'),
    sectorInSource: 'armoedebestrijding, algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['gezelschap', 'emotioneel', 'voorbeeld', 'informatie'],
  }),
  fromTable(
    4,
    {
      id: 'duo-plus',
      name: 'DUO Plus',
      kind: 'project',
      organisation: 'RIMO Limburg',
      location: 'Genk',
      aim: l(
        'Een proefproject: een soort ‘vrienden-koppelkantoor’ in de wijken van Genk. Een opbouwwerker praat eerst met de bewoner over interesses en mogelijkheden en zoekt dan iemand die past. Na twee ontmoetingen kiezen beiden of en hoe vaak ze samen iets doen. Doel: bewoners verbinden en eenzaamheid tegengaan.',
        'Un projet pilote : une sorte de « bureau de jumelage entre amis » dans les quartiers de Genk. Un travailleur communautaire parle d’abord avec l’habitant de ses intérêts et possibilités, puis cherche quelqu’un qui lui correspond. Après deux rencontres, les deux choisissent s’ils font des choses ensemble et à quelle fréquence. But : relier les habitants et lutter contre la solitude.',
        'A pilot project: a kind of ‘friend-matching office’ in the neighbourhoods of Genk. A community worker first talks with the resident about interests and possibilities, then looks for someone who fits. After two meetings, both decide whether and how often they do things together. Aim: connect residents and counter loneliness.',
      ),
      targetGroup: l(
        'Iedereen, met aandacht voor maatschappelijk kwetsbare groepen.',
        'Tout le monde, avec une attention pour les groupes socialement vulnérables.',
        'Everyone, with attention to socially vulnerable groups.',
      ),
      sectorInSource: 'maatschappelijk opbouwwerk, armoedebestrijding',
      domains: ['welbevinden', 'vrije_tijd'],
      functions: ['gemeenschapsvormend', 'psychosociaal'],
      supportFunctions: ['gezelschap', 'erbij_horen'],
      note: l(
        'Ook bij netwerk via regio of locatie: het rapport zegt dat buddyprojecten uit het opbouwwerk onder beide modellen kunnen vallen (hoofdstuk 4.2).',
        'Aussi sous réseau via le quartier ou le lieu : le rapport dit que les projets de binômes issus du travail communautaire relèvent des deux modèles (chapitre 4.2).',
        'Also under network through a neighbourhood or place: the report says that buddy projects from community work can fall under both models (chapter 4.2).',
      ),
    },
    { alsoModels: ['netwerk_via_regio_of_locatie'] },
  ),
  fromTable(4, {
    id: 'een-paar-apart',
    name: 'Een Paar Apart',
    kind: 'project',
    organisation: 'Recht-Op vzw',
    location: 'Antwerpen',
    aim: l(
      'Telkens vormen twee mensen een duo: de ene kent armoede van binnenuit, de andere niet. Samen gaan ze naar cultuur in de stad. Cultuur is de aanleiding om elkaar te ontmoeten, tijdens een veilig ‘avondje uit’. Het project vangt drempels op die deelname aan cultuur moeilijk maken.',
      'Des binômes formés d’une personne qui vit dans la pauvreté et d’une personne qui n’y vit pas découvrent ensemble l’offre culturelle de la ville. La culture est l’occasion de se rencontrer, lors d’une « sortie » en toute sécurité. Le projet lève les obstacles à la participation culturelle.',
      'Pairs of someone living in poverty and someone who is not go to cultural events in the city together. Culture is the reason to meet, during a safe ‘night out’. The project removes barriers that make taking part in culture hard.',
    ),
    targetGroup: l(
      'Mensen in armoede en mensen zonder armoede-ervaring.',
      'Des personnes en pauvreté et des personnes sans expérience de la pauvreté.',
      'People in poverty and people without experience of poverty.',
    ),
    sectorInSource: 'armoedebestrijding, algemeen welzijnswerk',
    domains: ['vrije_tijd'],
    functions: ['cultureel', 'gemeenschapsvormend'],
    supportFunctions: ['gezelschap', 'erbij_horen'],
  }),
  fromTable(
    4,
    {
      id: 'mix-en-match',
      name: 'Mix & Match',
      kind: 'project',
      organisation: 'Samenlevingsopbouw Antwerpen Stad, de8 (nu Atlas Antwerpen), Servicepunt vrijwilligers',
      location: 'Antwerpen',
      aim: l(
        'Een ervaren vrijwilliger en een nieuwe vrijwilliger in een kwetsbare positie doen samen vrijwilligerswerk in een organisatie, tot de nieuwe vrijwilliger het zelf kan. Zolang het nodig is, steunt een vrijwillige coach het duo.',
        'Un bénévole expérimenté et un nouveau bénévole en situation de vulnérabilité font ensemble du bénévolat dans une organisation, jusqu’à ce que le nouveau puisse continuer seul. Tant qu’il le faut, un coach bénévole soutient le binôme.',
        'An experienced volunteer and a new volunteer in a vulnerable position do volunteer work together in an organisation until the new volunteer can do it alone. As long as needed, a volunteer coach supports the pair.',
      ),
      targetGroup: l(
        'Vrijwilligers in een kwetsbare positie en vrijwilligersorganisaties.',
        'Les bénévoles en situation de vulnérabilité et les organisations de bénévoles.',
        'Volunteers in a vulnerable position and volunteer organisations.',
      ),
      sectorInSource: 'armoedebestrijding, maatschappelijk opbouwwerk, integratie en inburgering, algemeen welzijnswerk',
      domains: ['werk', 'welbevinden'],
      functions: ['activerend'],
      supportFunctions: ['voorbeeld', 'erbij_horen', 'praktisch'],
      note: l(
        'Het project is afgelopen; sinds 2015 werkt het Servicepunt vrijwilligers van de stad Antwerpen zo verder, samen met Pegode vzw. De catalogus plaatst het ook bij vrijwilligerswerking via organisatie, omdat de duo’s vrijwilligerswerk in een organisatie doen.',
        'Le projet est terminé ; depuis 2015, le Servicepunt vrijwilligers de la ville d’Anvers poursuit la méthode avec Pegode vzw. Le catalogue le classe aussi sous volontariat via une organisation, car les binômes font du bénévolat dans une organisation.',
        'The project has ended; since 2015 the city of Antwerp’s volunteer service point carries on this way with Pegode vzw. The catalogue also places it under volunteering through an organisation, because the pairs do volunteer work in an organisation.',
      ),
    },
    { alsoModels: ['vrijwilligerswerking_via_organisatie'] },
  ),
  fromTable(4, {
    id: 'aangename-kennismaking',
    name: 'Aangen@me kennismaking',
    kind: 'project',
    organisation: 'Recht-Op i.s.m. Samenlevingsopbouw Antwerpen stad',
    location: 'Antwerpen',
    aim: l(
      'Duo’s, later trio’s, gaven eenvoudige computerlessen: e-mails sturen, iets opzoeken op internet, online spelletjes. Minstens één lesgever had armoede-ervaring. Zo werd de digitale kloof kleiner en ontmoetten mensen elkaar.',
      'Des binômes, puis des trios, donnaient des cours d’informatique simples : envoyer des e-mails, chercher sur internet, jouer en ligne. Au moins un formateur avait une expérience de la pauvreté. La fracture numérique diminuait et les personnes se rencontraient.',
      'Pairs, later groups of three, gave simple computer lessons: sending e-mails, searching the internet, playing online games. At least one teacher had experience of poverty. This narrowed the digital divide and brought people together.',
    ),
    targetGroup: l(
      'Mensen met en zonder armoede-ervaring.',
      'Des personnes avec et sans expérience de la pauvreté.',
      'People with and without experience of poverty.',
    ),
    sectorInSource: 'maatschappelijk opbouwwerk, algemeen welzijnswerk, armoedebestrijding',
    domains: ['onderwijs', 'vrije_tijd'],
    functions: ['educatief', 'gemeenschapsvormend'],
    supportFunctions: ['informatie', 'gezelschap'],
  }),
  fromTable(4, {
    id: 'tandemproject-luidsprekers',
    name: 'Tandemproject Luidsprekers',
    kind: 'project',
    organisation: 'Welzijnsschakels',
    location: 'Vlaanderen',
    aim: l(
      'Vrijwilligers met en zonder armoede-ervaring leren elkaars leven kennen. Daarna vertellen ze als duo hun verhaal in de eigen gemeente. Zo groeit vertrouwen en maken vooroordelen plaats voor begrip.',
      'Des bénévoles avec et sans expérience de la pauvreté apprennent à connaître la vie de l’autre. Ensuite, ils témoignent en binôme dans leur commune. La confiance grandit et les préjugés laissent place à la compréhension.',
      'Volunteers with and without experience of poverty get to know each other’s lives. Then they tell their story as a pair in their local community. Trust grows and prejudice makes way for understanding.',
    ),
    targetGroup: l(
      'Vrijwilligers met en zonder armoede-ervaring.',
      'Des bénévoles avec et sans expérience de la pauvreté.',
      'Volunteers with and without experience of poverty.',
    ),
    sectorInSource: 'armoedebestrijding, algemeen welzijnswerk, sociaal-cultureel volwassenenwerk',
    domains: ['welbevinden'],
    functions: ['gemeenschapsvormend', 'activerend'],
    supportFunctions: ['erbij_horen', 'gezelschap'],
  }),
  fromTable(4, {
    id: 'maatjesproject-newathome',
    name: 'Maatjesproject New@Home',
    kind: 'project',
    organisation: 'niet vermeld (www.newathome.nl)',
    location: 'Nederland',
    aim: l(
      'Jonge vluchtelingen en nieuwkomers met een klein netwerk krijgen een schooljaar lang een maatje. Ze spreken elke week af voor leuke activiteiten en leren zo de gewoontes van het land kennen. Om de twee maanden is er een activiteit voor de hele groep.',
      'De jeunes réfugiés et nouveaux arrivants avec un petit réseau reçoivent un binôme pendant une année scolaire. Ils se voient chaque semaine pour des activités agréables et découvrent ainsi les habitudes du pays. Tous les deux mois, il y a une activité pour tout le groupe.',
      'Young refugees and newcomers with a small network get a buddy for one school year. They meet every week for fun activities and learn the customs of the country. Every two months there is an activity for the whole group.',
    ),
    targetGroup: l(
      'Jonge nieuwkomers van 12 tot 20 jaar.',
      'Les jeunes nouveaux arrivants de 12 à 20 ans.',
      'Young newcomers aged 12 to 20.',
    ),
    sectorInSource: 'integratie en inburgering',
    domains: ['vrije_tijd', 'onderwijs'],
    functions: ['cultureel', 'psychosociaal'],
    supportFunctions: ['gezelschap', 'informatie', 'voorbeeld'],
  }),
  fromTable(4, {
    id: 'buddywerking-vlaanderen',
    name: 'Buddywerking Vlaanderen',
    kind: 'project',
    organisation: 'Buddywerking Vlaanderen (koepel van de regionale buddywerkingen)',
    location: 'Vlaanderen (koepel voor werkingen in Vlaanderen en Brussel)',
    aim: l(
      'Een vrijwilliger (de buddy) en iemand met psychische moeilijkheden vormen samen een vast duo. Ze spreken af om te praten, te wandelen, te fietsen of naar de film te gaan, volgens wat beiden willen en kunnen. Doel: uit het isolement, minder stigma en meer kansen om mee te doen.',
      'Un bénévole, le binôme, est associé à une personne ayant des difficultés psychiques. Ils se voient pour parler, se promener, faire du vélo ou aller au cinéma, selon les attentes et possibilités de chacun. But : sortir de l’isolement, réduire la stigmatisation et augmenter les chances de participer.',
      'One volunteer, the buddy, is matched with one person with mental health difficulties. They meet to talk, walk, cycle or go to the cinema, as both want and can. Aim: out of isolation, less stigma and more chances to take part.',
    ),
    targetGroup: l(
      'Mensen die psychisch kwetsbaar zijn.',
      'Les personnes psychiquement vulnérables.',
      'People who are mentally vulnerable.',
    ),
    sectorInSource: 'algemeen welzijnswerk, geestelijke gezondheidszorg',
    domains: ['gezondheid', 'welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['gezelschap', 'emotioneel', 'erbij_horen'],
  }),
  buddyNamedOnly('humanitas-tandem', 'Humanitas Tandem', 'Humanitas', 'onbekend'),
  buddyNamedOnly(
    'special-buddyproject-schuldpreventie',
    'Special Buddyproject Schuldpreventie',
    'CAW Limburg, samen met BudgetInzicht Limburg en het OCMW',
    'Limburg',
    {
      domains: ['inkomen'],
      note: l(
        'De plaats en het thema (schulden voorkomen) zijn afgeleid uit de namen; het rapport beschrijft het project niet.',
        'Le lieu et le thème (prévenir les dettes) sont déduits des noms ; le rapport ne décrit pas le projet.',
        'The place and the theme (preventing debt) are taken from the names; the report does not describe the project.',
      ),
    },
  ),
  buddyNamedOnly('homiesproject', 'Homiesproject', 'CAW Antwerpen', 'Antwerpen', { note: fromOrganisationName }),
  buddyNamedOnly('buddy-bij-de-wieg', 'Buddy bij de wieg', 'Arteveldehogeschool, opleiding Vroedkunde', 'onbekend'),
  buddyNamedOnly('2spraak', '2spraak', 'Inburgering Antwerpen', 'Antwerpen', { note: fromOrganisationName }),
  buddyNamedOnly('sportaal', 'SporTaal, samen sporten met een nieuwkomer', 'Servicepunt vrijwilligers Antwerpen', 'Antwerpen', {
    domains: ['vrije_tijd'],
    targetGroup: l(
      'Nieuwkomers (volgens de naam van het project).',
      'Les nouveaux arrivants (selon le nom du projet).',
      'Newcomers (according to the project’s name).',
    ),
    note: fromOrganisationName,
  }),
  buddyNamedOnly('dynamic-duo', 'Dynamic Duo', 'Formaat Jeugdhuiswerk Vlaanderen', 'Vlaanderen', { note: fromOrganisationName }),
  buddyNamedOnly('kompanjon', 'Kompanjon vzw', 'Kompanjon vzw', 'onbekend'),
  buddyNamedOnly('cultuurverkenners', 'Cultuurverkenners', 'WerkVormm', 'onbekend', { domains: ['vrije_tijd'] }),
  buddyNamedOnly(
    'samen-inburgeren',
    'Samen Inburgeren',
    'Stad Turnhout, met het Agentschap Integratie en Inburgering (Prisma)',
    'Turnhout',
    { note: fromOrganisationName },
  ),
  buddyNamedOnly('brug-binnen-buiten', 'Brug Binnen Buiten', 'CAW', 'onbekend'),
  buddyNamedOnly('metawonen', 'Metawonen vzw', 'Metawonen vzw', 'onbekend', { domains: ['huisvesting'] }),
  buddyNamedOnly('cohousing-curant', 'CoHousing Curant', 'OCMW, stad Antwerpen', 'Antwerpen', {
    domains: ['huisvesting'],
    note: fromOrganisationName,
  }),
];

// ---------------------------------------------------------------------------------------------
// Table 5: persoonlijk netwerk

const table5: readonly Initiative[] = [
  fromTable(
    5,
    {
      id: 'eigen-kracht-conferentie',
      name: 'Eigen Kracht-conferentie (EKC)',
      kind: 'methode',
      organisation: 'niet vermeld in tabel 5; aanvragen kan bij het Steunpunt Algemeen Welzijnswerk (seed 000)',
      location: 'Vlaanderen',
      aim: l(
        'Wie een hulpvraag heeft, brengt de mensen samen die voor hem belangrijk zijn: familie, maar ook vrienden, buren en kennissen, zelf gekozen. Samen maken ze een plan: welke eigen krachten zetten ze in, en is er hulp van buiten nodig? Een onafhankelijke, opgeleide vrijwillige coördinator bereidt alles voor. De persoon houdt zo veel mogelijk de regie.',
        'La personne qui a une demande d’aide réunit les personnes importantes pour elle : la famille, mais aussi des amis, voisins et connaissances, choisis par elle. Ensemble, ils font un plan : quelles forces propres utiliser, et faut-il une aide extérieure ? Un coordinateur bénévole, indépendant et formé, prépare tout. La personne garde au maximum la maîtrise.',
        'Someone with a request for help brings together the people who matter to them: family, but also friends, neighbours and acquaintances, chosen by themselves. Together they make a plan: which of their own strengths will they use, and is outside help needed? An independent, trained volunteer coordinator prepares everything. The person stays in charge as much as possible.',
      ),
      targetGroup: l('Iedereen met een hulpvraag.', 'Toute personne avec une demande d’aide.', 'Anyone with a request for help.'),
      sectorInSource: 'algemeen welzijnswerk',
      domains: ['welbevinden'],
      functions: ['psychosociaal'],
      supportFunctions: ['emotioneel', 'praktisch', 'zorg', 'informatie'],
    },
    { moreSources: [{ seed: '000', where: 'hoofdstuk 4, een Eigen Kracht Conferentie kan kansen bieden' }] },
  ),
  fromTable(5, {
    id: 'persoonlijke-toekomstplanning',
    name: 'Persoonlijke Toekomstplanning (PTP)',
    kind: 'methode',
    organisation: 'in Vlaanderen o.a. LUS vzw (vroeger PLAN vzw)',
    location: 'in meerdere landen; in Vlaanderen onder meer via LUS vzw',
    aim: l(
      'Samen met de mensen die voor hem tellen, maakt de persoon een plan voor later. Zijn dromen en sterke kanten, en die van de mensen rondom hem, zijn het vertrekpunt. Twee begeleiders helpen: een medewerker van LUS vzw en een vrijwilliger uit de omgeving. Professionals spelen alleen een grotere rol als de persoon hen uitnodigt.',
      'La personne travaille avec les personnes importantes pour elle à un plan d’avenir, à partir de ses rêves et de ses forces et de celles de son entourage. Deux facilitateurs aident : un collaborateur de LUS vzw et un bénévole de l’entourage. Les professionnels ne prennent un rôle plus actif que si la personne les invite.',
      'The person works with people who matter to them on a plan for the future, based on their own dreams and strengths and those of the people around them. Two facilitators help: a worker from LUS vzw and a volunteer from the person’s surroundings. Professionals only play a bigger part if the person invites them.',
    ),
    targetGroup: l(
      'Eerst mensen met een beperking, later iedereen met een hulpvraag.',
      'D’abord les personnes avec un handicap, puis toute personne avec une demande d’aide.',
      'First people with a disability, later anyone with a request for help.',
    ),
    sectorInSource: 'zorg voor personen met een beperking; algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['emotioneel', 'praktisch', 'voorbeeld'],
    note: l(
      'In Vlaanderen begon het in de zorg voor mensen met een beperking, via de vakgroep Orthopedagogiek van de UGent; PLAN vzw begon er in 2006 mee in de praktijk.',
      'En Flandre, la méthode a débuté dans le secteur du handicap, via le département d’orthopédagogie de l’UGent ; PLAN vzw l’a mise en pratique en 2006.',
      'In Flanders it started in the disability sector, through the Orthopedagogics department of Ghent University; PLAN vzw began using it in practice in 2006.',
    ),
  }),
  fromTable(5, {
    id: 'mee-sociale-netwerkversterking',
    name: 'MEE Sociale Netwerk Versterking (SNV)',
    kind: 'methode',
    organisation: 'MEE',
    location: 'Nederland',
    aim: l(
      'Een methode die lijkt op Persoonlijke Toekomstplanning. Het rapport beschrijft ze verder niet.',
      'Une méthode proche de la Planification personnelle de l’avenir. Le rapport ne la décrit pas davantage.',
      'A method similar to Person-Centred Future Planning. The report does not describe it further.',
    ),
    targetGroup: NOT_STATED,
    sectorInSource: null,
    domains: [],
    functions: ['psychosociaal'],
    supportFunctions: [],
  }),
  fromTable(5, {
    id: 'familieberaad',
    name: 'Familieberaad',
    kind: 'methode',
    organisation: 'Vilans, Expertisecentrum Mantelzorg',
    location: 'Vlaanderen en Nederland',
    aim: l(
      'Een overleg tussen de bewoner, zijn familie en één of meer zorgverleners. Ze brengen in kaart wat de familie kan en waar haar krachten liggen, en praten over verschillen in inzicht. Doel: beter communiceren als er iets verandert in het leven of de woonplek, en de steun van de familie verbeteren. Eerst gebruikt in instellingen, nu ook in jeugdhulp en welzijnswerk.',
      'Une concertation entre le résident, sa famille et un ou plusieurs soignants. Ils identifient ce que la famille peut faire et ses forces, et parlent des différences de point de vue. But : mieux communiquer quand la vie ou le lieu de vie change, et améliorer le soutien de la famille. D’abord utilisé en institution, aujourd’hui aussi dans l’aide à la jeunesse et l’aide sociale.',
      'A meeting between the resident, their family and one or more care workers. They map what the family can do and where its strengths lie, and talk about differences in views. Aim: communicate better when life or living situation changes, and improve the family’s support. First used in care homes, now also in youth care and social work.',
    ),
    targetGroup: l('Gezinnen met een hulpvraag.', 'Les familles avec une demande d’aide.', 'Families with a request for help.'),
    sectorInSource: 'algemeen welzijnswerk, jeugdhulp',
    domains: ['welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['emotioneel', 'zorg', 'praktisch'],
    note: l(
      'Anders dan bij een Familiezorgconferentie zijn er bij een familieberaad wel zorgverleners aanwezig.',
      'Contrairement à la conférence familiale de soins, des soignants sont présents lors d’une concertation familiale.',
      'Unlike a family care conference, care workers do take part in a family meeting.',
    ),
  }),
  fromTable(5, {
    id: 'sonestra',
    name: 'Sonestra (Sociale NetwerkStrategieën)',
    kind: 'methode',
    organisation: 'Portengen & Moonen (sonestra.nl)',
    location: 'Nederland en Vlaanderen',
    aim: l(
      'Het netwerk van een volwassene, kind of gezin wordt actief gemaakt. Na uitleg over de problemen zoeken ze samen oplossingen in een netwerkberaad. De persoon en zijn netwerk voeren het plan uit samen met professionals.',
      'Le réseau d’un adulte, d’un enfant ou d’une famille est mobilisé. Après des explications sur les problèmes, ils cherchent ensemble des solutions lors d’une réunion de réseau. La personne et son réseau réalisent le plan avec des professionnels.',
      'The network of an adult, child or family is activated. After hearing about the problems, they look for solutions together in a network meeting. The person and their network carry out the plan together with professionals.',
    ),
    targetGroup: l('Kwetsbare groepen.', 'Les groupes vulnérables.', 'Vulnerable groups.'),
    sectorInSource: 'maatschappelijk opbouwwerk, algemeen welzijnswerk, sociaal-cultureel werk, sector personen met een handicap',
    domains: ['welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['emotioneel', 'praktisch'],
  }),
  fromTable(5, {
    id: 'familiezorgconferentie',
    name: 'Familiezorgconferentie',
    kind: 'methode',
    organisation: 'Vilans, Expertisecentrum Mantelzorg',
    location: 'Nederland',
    aim: l(
      'De persoon die zorg krijgt, komt samen met zijn netwerk rond een conflict of een crisis, of om die te voorkomen, en maakt samen een plan. Er zijn geen zorgverleners bij. Het lijkt op een Eigen Kracht-conferentie, maar dan voor wie met een beperking in een voorziening woont.',
      'La personne qui reçoit des soins se réunit avec son réseau autour d’un conflit ou d’une crise, ou pour les prévenir, et fait un plan avec lui. Aucun soignant n’est présent. C’est une forme de conférence familiale pour les personnes avec un handicap qui vivent en institution.',
      'The person receiving care meets with their network about a conflict or crisis, or to prevent one, and they make a plan together. No care workers take part. It is a form of family group conference for people with a disability who live in a care home.',
    ),
    targetGroup: l(
      'Eerst mensen met een beperking; het kan breder.',
      'D’abord les personnes avec un handicap ; cela peut être élargi.',
      'First people with a disability; it can be used more widely.',
    ),
    sectorInSource: 'zorg voor personen met een beperking; algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['emotioneel', 'zorg'],
  }),
  fromTable(5, {
    id: 'natuurlijk-een-netwerkcoach',
    name: 'Natuurlijk, een netwerkcoach',
    kind: 'methode',
    organisation: 'verschillende organisaties in Nederland',
    location: 'Nederland',
    aim: l(
      'Een vrijwillige coach doorloopt met de persoon een plan van tien stappen. Eerst brengen ze wensen en het huidige netwerk in kaart; daarna werken ze aan een groter netwerk en schakelen ze het in om de wensen waar te maken (vanaf stap 6). Doel: beter meedoen in de samenleving.',
      'Un coach bénévole suit avec la personne un plan en dix étapes. D’abord ils identifient les souhaits et le réseau actuel ; ensuite ils élargissent le réseau et le mobilisent pour réaliser les souhaits (à partir de l’étape 6). But : mieux participer à la société.',
      'A volunteer coach goes through a ten-step plan with the person. First they map wishes and the current network; then they work on a bigger network and call on it to make the wishes come true (from step 6). Aim: taking part in society more fully.',
    ),
    targetGroup: l(
      'Kwetsbare volwassenen van wie het netwerk zwak is.',
      'Des adultes en situation de vulnérabilité avec un réseau faible.',
      'Adults in a vulnerable situation with a weak network.',
    ),
    sectorInSource: 'algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['psychosociaal', 'activerend'],
    supportFunctions: ['voorbeeld', 'informatie', 'gezelschap'],
  }),
  fromTable(5, {
    id: 'community-support',
    name: 'Community Support',
    kind: 'methode',
    organisation: 'verschillende organisaties in Nederland',
    location: 'Nederland',
    aim: l(
      'Mensen leren hun eigen krachten en talenten kennen en gebruiken, en vinden genoeg steun in hun eigen omgeving. De professional lost de problemen niet op, maar geeft mensen de greep op hun leven terug. Zo wil men zware, langdurige professionele hulp voorkomen.',
      'Les personnes apprennent à connaître et utiliser leurs forces et talents, et trouvent assez de soutien dans leur entourage. Le professionnel ne résout pas les problèmes, mais rend aux personnes la maîtrise de leur vie. On veut ainsi éviter une aide professionnelle lourde et longue.',
      'People learn to know and use their own strengths and talents, and find enough support around them. The professional does not solve the problems but gives people back control over their lives. The aim is to avoid heavy, long-term professional help.',
    ),
    targetGroup: l(
      'Mensen die zelfstandig wonen en te weinig steun van hun netwerk krijgen om zich te redden (lage ‘samenredzaamheid’).',
      'Des personnes qui vivent de manière autonome et reçoivent trop peu de soutien de leur réseau pour s’en sortir.',
      'People who live on their own and get too little support from their network to manage.',
    ),
    sectorInSource: 'algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['praktisch', 'emotioneel'],
  }),
  fromTable(5, {
    id: 'als-het-misgaat-bel-ik-jou',
    name: 'Als het misgaat… bel ik jou',
    kind: 'methode',
    organisation: 'JSO, expertisecentrum voor jeugd, samenleving en opvoeding',
    location: 'Nederland',
    aim: l(
      'Een programma voor kinderen die huiselijk geweld meemaken. Samen met kinderen en ouders worden afspraken gemaakt over wat je doet als het misgaat. Tegelijk wordt het netwerk rond het kind sterker, en worden ouders mee verantwoordelijk voor de veiligheid van hun kind.',
      'Un programme pour les enfants témoins de violence domestique. Avec les enfants et les parents, on convient de ce qu’il faut faire si cela tourne mal. En même temps, le réseau autour de l’enfant se renforce, et les parents deviennent coresponsables de sa sécurité.',
      'A programme for children who witness domestic violence. Together with children and parents, agreements are made about what to do when things go wrong. At the same time the network around the child grows stronger, and parents share responsibility for their child’s safety.',
    ),
    targetGroup: l(
      'Kinderen van 0 tot 18 jaar die getuige zijn van huiselijk geweld.',
      'Les enfants de 0 à 18 ans témoins de violence domestique.',
      'Children aged 0 to 18 who witness domestic violence.',
    ),
    sectorInSource: 'jeugdhulpverlening',
    domains: ['opvoeding', 'welbevinden'],
    functions: ['psychosociaal', 'opvoedingsondersteunend'],
    supportFunctions: ['emotioneel', 'zorg'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Table 6: lotgenotennetwerk

const onlyNamedPeers = l(
  'Een ander initiatief dat het rapport onder de voorbeelden van lotgenotennetwerken noemt, alleen met naam en organisatie.',
  'Une autre initiative que le rapport cite parmi les réseaux de pairs, seulement avec le nom et l’organisation.',
  'Another initiative the report names among the peer networks, with only its name and organisation.',
);

const table6: readonly Initiative[] = [
  fromTable(6, {
    id: 'verenigingen-waar-armen-het-woord-nemen',
    name: 'Verenigingen waar armen het woord nemen',
    kind: 'soort_werking',
    organisation: 'koepels: Netwerk tegen Armoede en Brussels Platform Armoede',
    location: 'Vlaanderen en Brussel',
    aim: l(
      'Mensen in armoede verenigen zich en nemen zelf het woord, samen met mensen die niet arm zijn. De verenigingen willen mensen uit hun isolement halen en hun stem sterker maken. Erkende verenigingen werken volgens zes criteria, onder meer dialoog en vorming, en werken aan veranderingen in de samenleving.',
      'Des personnes en pauvreté se rassemblent et prennent elles-mêmes la parole, avec des personnes qui ne sont pas pauvres. Les associations veulent sortir les personnes de l’isolement et renforcer leur voix. Les associations reconnues travaillent selon six critères, dont le dialogue et la formation, et agissent pour changer la société.',
      'People in poverty join together and speak for themselves, with people who are not poor. The associations want to bring people out of isolation and make their voice stronger. Recognised associations work by six criteria, including dialogue and training, and work for change in society.',
    ),
    targetGroup: l('Mensen in armoede.', 'Les personnes en pauvreté.', 'People in poverty.'),
    sectorInSource: 'armoedebestrijding, algemeen welzijnswerk',
    domains: ['welbevinden'],
    functions: ['psychosociaal', 'gemeenschapsvormend', 'educatief'],
    supportFunctions: ['erbij_horen', 'emotioneel', 'gezelschap', 'informatie'],
    examples: [
      'Arm in Arm',
      'ATD Vierde Wereld Vlaanderen',
      'Betonne Jeugd',
      'Centrum Kauwenberg',
      'De Doorzetters',
      'De Moazoart',
      'Filet Divers',
      'Open Huis-PSC',
      'Recht-Op',
      'sommige lokale Welzijnsschakels',
    ],
    note: l(
      'De volledige lijst staat op de websites van Netwerk tegen Armoede en het Brussels Platform Armoede.',
      'La liste complète se trouve sur les sites du Netwerk tegen Armoede et de la Brussels Platform Armoede.',
      'The full list is on the websites of Netwerk tegen Armoede and Brussels Platform Armoede.',
    ),
  }),
  fromTable(6, {
    id: 'oudergespreksgroepen',
    name: 'Oudergespreksgroepen',
    kind: 'soort_werking',
    organisation: 'o.a. sommige lokale Welzijnsschakels',
    location: 'verschillende lokale groepen (zie voorbeelden)',
    aim: l(
      'Ouders delen ervaringen en tips in een vertrouwelijke sfeer. Het gaat niet om les krijgen: de antwoorden komen uit de groep zelf. Bij Welzijnsschakels leiden een vrijwilliger van de Gezinsbond en een opgeleide ervaringsdeskundige in armoede de groep; elders doet een groeps- of vormingswerker dat.',
      'Des parents partagent expériences et conseils dans un climat de confiance. Il ne s’agit pas de recevoir un cours : les réponses viennent du groupe. Chez Welzijnsschakels, un bénévole de la Gezinsbond et un expert du vécu formé animent le groupe ; ailleurs, c’est un animateur ou formateur.',
      'Parents share experiences and tips in a trusting atmosphere. It is not about being taught: the answers come from the group itself. At Welzijnsschakels, a volunteer from the Gezinsbond (families’ league) and a trained expert by experience in poverty lead the group; elsewhere a group or adult-education worker does.',
    ),
    targetGroup: l('Ouders in armoede.', 'Les parents en pauvreté.', 'Parents in poverty.'),
    sectorInSource: 'armoedebestrijding, sociaal-cultureel volwassenenwerk',
    domains: ['opvoeding'],
    functions: ['opvoedingsondersteunend', 'psychosociaal'],
    supportFunctions: ['emotioneel', 'informatie', 'gezelschap'],
    examples: ['WS Kiemen', 'De Breese Schakel', 'Tegoare', 'Buurthuis Ommekaar', 'Schakel Kontich'],
  }),
  fromTable(6, {
    id: 'eigenhandig-ervaringsdeskundig-plan',
    name: 'Eigenhandig Ervaringsdeskundig Plan (EEP)',
    kind: 'methode',
    organisation: 'Vereniging personen met een handicap (VFG)',
    location: 'Vlaanderen',
    aim: l(
      'Een groep mensen met een beperking komt samen rond een vraag naar ondersteuning. Met een ervaringsdeskundige als begeleider maakt ieder een eigen toekomstplan; één sessie gaat over het netwerk. Het resultaat is een eigen dossier: welke steun en hulpmiddelen nodig zijn, wat iemand kan en hoe het netwerk eruitziet.',
      'Un groupe de personnes avec un handicap se réunit autour d’une demande de soutien. Avec un expert du vécu comme animateur, chacun fait son propre plan d’avenir ; une séance porte sur le réseau. Le résultat est un dossier personnel : le soutien et les aides nécessaires, les possibilités et le réseau.',
      'A group of people with a disability meets around a question about support. With an expert by experience as guide, each makes their own plan for the future; one session is about the network. The result is a personal file: what support and aids are needed, what the person can do and what their network looks like.',
    ),
    targetGroup: l('Mensen met een beperking.', 'Les personnes avec un handicap.', 'People with a disability.'),
    sectorInSource: 'sector voor personen met een handicap',
    domains: ['welbevinden'],
    functions: ['educatief', 'psychosociaal'],
    supportFunctions: ['informatie', 'voorbeeld'],
    note: l(
      'Het rapport spreekt van ‘een zevental sessies’ en in dezelfde beschrijving van een traject van zes sessies.',
      'Le rapport parle d’« environ sept séances » et, dans la même description, d’un parcours de six séances.',
      'The report speaks of ‘about seven sessions’ and, in the same description, of a process of six sessions.',
    ),
  }),
  fromTable(6, {
    id: 'max-50plusnet',
    name: 'MAX 50Plusnet',
    kind: 'project',
    organisation: 'niet vermeld (www.50plusnet.nl)',
    location: 'Nederland',
    online: true,
    aim: l(
      'Een online ontmoetingsplek voor 50-plussers die hun netwerk willen uitbreiden. Doel: eenzaamheid voorkomen, meer meedoen, zelfredzaam en gezond leven. Welzijnsorganisaties kunnen er een lokale ingang voor hun regio maken, zodat de stap kleiner wordt.',
      'Un lieu de rencontre en ligne pour les plus de 50 ans qui veulent élargir leur réseau. But : prévenir la solitude, participer davantage, vivre de façon autonome et en bonne santé. Des organisations sociales peuvent y créer une entrée locale pour leur région, pour faciliter le premier pas.',
      'An online meeting place for people over 50 who want to widen their network. Aim: prevent loneliness, take part more, live independently and healthily. Welfare organisations can set up a local entry for their area, which makes the step easier.',
    ),
    targetGroup: l('Mensen ouder dan 50 jaar.', 'Les personnes de plus de 50 ans.', 'People over 50.'),
    sectorInSource: 'ouderenzorg',
    domains: ['welbevinden', 'vrije_tijd'],
    functions: ['gemeenschapsvormend', 'psychosociaal'],
    supportFunctions: ['gezelschap', 'erbij_horen'],
  }),
  fromTable(6, {
    id: 'spel-en-ontmoetingsruimte',
    name: 'Spel- en ontmoetingsruimte / Peuterspeelpunten / Speelbabbel / Praat- en spelateliers',
    kind: 'soort_werking',
    organisation: 'o.a. in de Huizen van het Kind',
    location: 'Vlaanderen',
    aim: l(
      'Jonge kinderen komen spelen, samen met een ouder of een andere opvoeder. Ouders krijgen tijd en ruimte om even op adem te komen en andere ouders te leren kennen. Baby’s en peuters ontdekken en spelen veilig, dicht bij iemand die ze vertrouwen.',
      'De jeunes enfants viennent jouer, accompagnés d’un parent ou d’un autre adulte. Les parents ont le temps et l’espace pour souffler un peu et rencontrer d’autres parents. Les bébés et les tout-petits découvrent et jouent en sécurité, près d’une personne de confiance.',
      'Young children come to play, together with a parent or another carer. Parents get time and space to catch their breath and meet other parents. Babies and toddlers explore and play safely, close to someone they trust.',
    ),
    targetGroup: l(
      'Verschilt per initiatief: alle ouders met jonge kinderen, een sociale mix van de buurt (een voorwaarde voor erkenning), of gezinnen in armoede.',
      'Selon l’initiative : tous les parents de jeunes enfants, une mixité sociale du quartier (condition d’agrément), ou les familles en pauvreté.',
      'Depends on the initiative: all parents of young children, a social mix of the area (a condition for recognition), or families in poverty.',
    ),
    sectorInSource: 'preventieve gezinsondersteuning, armoedebestrijding',
    domains: ['opvoeding', 'vrije_tijd'],
    functions: ['opvoedingsondersteunend', 'gemeenschapsvormend'],
    supportFunctions: ['gezelschap', 'erbij_horen', 'informatie'],
  }),
  fromTable(6, {
    id: 'mamacafes-babycafes',
    name: 'Mamacafés / babycafés',
    kind: 'soort_werking',
    organisation: 'o.a. in Huizen van het Kind, vzw’s',
    location: 'onbekend',
    aim: l(
      'Moeders met een pasgeboren of jong kind komen samen om ervaringen en tips te delen. Soms organiseren moeders het zelf, soms een dienst, met hulp van bijvoorbeeld een vroedvrouw, een lactatiedeskundige of een groepswerker.',
      'Des mères avec un nouveau-né ou un jeune enfant se réunissent pour partager expériences et conseils. Parfois les mères l’organisent elles-mêmes, parfois un service, avec l’aide par exemple d’une sage-femme, d’une consultante en lactation ou d’un animateur.',
      'Mothers with a newborn or young child meet to share experiences and tips. Sometimes the mothers organise it themselves, sometimes a service does, with help from, for example, a midwife, a breastfeeding consultant or a group worker.',
    ),
    targetGroup: l(
      'Alle mama’s; sommige initiatieven hebben extra aandacht voor mensen in armoede.',
      'Toutes les mamans ; certaines initiatives ont une attention particulière pour les personnes en pauvreté.',
      'All mums; some initiatives pay extra attention to people in poverty.',
    ),
    sectorInSource: 'preventieve gezinsondersteuning',
    domains: ['opvoeding', 'gezondheid'],
    functions: ['opvoedingsondersteunend', 'psychosociaal'],
    supportFunctions: ['emotioneel', 'informatie', 'gezelschap'],
  }),
  fromTable(
    6,
    {
      id: 'samen-koken-samen-eten',
      name: 'Samen koken, samen eten',
      kind: 'project',
      organisation: 'Stichting Philia',
      location: 'Nederland',
      aim: onlyNamedPeers,
      targetGroup: NOT_STATED,
      sectorInSource: null,
      domains: [],
      functions: ['gemeenschapsvormend'],
      supportFunctions: ['gezelschap'],
    },
    { entry: 'andere_voorbeelden' },
  ),
  fromTable(
    6,
    {
      id: 'roze-maatjes',
      name: 'Roze Maatjes',
      kind: 'project',
      organisation: 'Stichting Mara',
      location: 'Nederland',
      aim: onlyNamedPeers,
      targetGroup: NOT_STATED,
      sectorInSource: null,
      domains: [],
      functions: ['psychosociaal'],
      supportFunctions: ['gezelschap'],
    },
    { entry: 'andere_voorbeelden' },
  ),
];

// ---------------------------------------------------------------------------------------------
// Table 7: contextgericht werken via organisatie

const table7: readonly Initiative[] = [
  fromTable(
    7,
    {
      id: 'thuiscompagnie',
      name: 'Thuiscompagnie',
      kind: 'project',
      organisation: 'niet vermeld in tabel 7 (Thuiscompagnie; zie het handboek, seed 000)',
      location: 'Limburg',
      aim: l(
        'Thuiscompagnie maakt gezinszorg bereikbaar voor kwetsbare gezinnen met kinderen. Verzorgenden helpen thuis om het huishouden draaiende te houden, in overleg met het gezin. Ze brengen samen met het gezin het netwerk in kaart en betrekken het, zodat het gezin meer greep krijgt op het eigen leven.',
        'Thuiscompagnie rend l’aide familiale accessible aux familles vulnérables avec enfants. Des aides familiales aident à la maison à faire tourner le ménage, en accord avec la famille. Avec la famille, elles cartographient le réseau et l’impliquent, pour que la famille reprenne prise sur sa vie.',
        'Thuiscompagnie makes home help reachable for vulnerable families with children. Home carers help keep the household running, in agreement with the family. Together with the family they map the network and involve it, so that the family gets more grip on its own life.',
      ),
      targetGroup: l(
        'Kwetsbare gezinnen met kinderen die zelf om praktische hulp vragen.',
        'Les familles vulnérables avec enfants qui demandent elles-mêmes une aide pratique.',
        'Vulnerable families with children who ask for practical help themselves.',
      ),
      sectorInSource: '(kinder)armoedebestrijding, gezinsondersteuning',
      domains: ['opvoeding', 'welbevinden'],
      functions: ['psychosociaal', 'opvoedingsondersteunend'],
      supportFunctions: ['praktisch', 'informatie', 'emotioneel'],
    },
    { moreSources: [{ seed: '000', where: 'het hele hoofdstuk over het sociaal netwerk van gezinnen (handboek van Thuiscompagnie)' }] },
  ),
  fromTable(7, {
    id: 'zorgnetwerken',
    name: 'Zorgnetwerken',
    kind: 'methode',
    organisation: 'Samenlevingsopbouw West-Vlaanderen vzw en CERA',
    location: 'Vlaanderen',
    aim: l(
      'Een lokale werking van een netwerkcoördinator, vrijwilligers en lokale partners. Vrijwilligers bezoeken kwetsbare mensen en helpen met huiswerk, koken, vervoer, boodschappen en kleine klusjes. Ze merken verborgen noden op, verwijzen door en melden nieuwe noden aan de coördinator. Doel: eenzaamheid en isolement tegengaan.',
      'Un service local avec un coordinateur de réseau, des bénévoles et des partenaires locaux. Les bénévoles rendent visite à des personnes vulnérables et aident pour les devoirs, la cuisine, le transport, les courses et les petits travaux. Ils repèrent des besoins cachés, orientent et signalent les nouveaux besoins au coordinateur. But : lutter contre la solitude et l’isolement.',
      'A local service with a network coordinator, volunteers and local partners. Volunteers visit vulnerable people and help with homework, cooking, transport, shopping and small jobs. They notice hidden needs, refer people on and report new needs to the coordinator. Aim: counter loneliness and isolation.',
    ),
    targetGroup: l('Kwetsbare groepen.', 'Les groupes vulnérables.', 'Vulnerable groups.'),
    sectorInSource: 'maatschappelijk opbouwwerk, armoedebestrijding',
    domains: ['welbevinden'],
    functions: ['psychosociaal', 'gemeenschapsvormend'],
    supportFunctions: ['praktisch', 'gezelschap', 'zorg'],
  }),
  fromTable(7, {
    id: 'de-katrol',
    name: 'De Katrol',
    kind: 'project',
    organisation: 'De Katrol (www.dekatrol.org)',
    location: 'Vlaanderen',
    aim: l(
      'Studenten van een hogeschool komen drie maanden lang twee keer per week bij een gezin thuis, begeleid door een professional. Ze steunen de opvoeding en het schoolwerk en helpen een gewoonte van studeren op te bouwen. Doel: meer kansen voor de kinderen en ouders die meer zelf kunnen.',
      'Des étudiants d’une haute école viennent deux fois par semaine pendant trois mois dans une famille, encadrés par un professionnel. Ils soutiennent l’éducation et le travail scolaire et aident à installer une habitude d’étude. But : plus de chances pour les enfants et des parents plus autonomes.',
      'College students visit a family at home twice a week for three months, guided by a professional. They support parenting and schoolwork and help build a habit of studying. Aim: more chances for the children and parents who can do more themselves.',
    ),
    targetGroup: l('Kwetsbare gezinnen.', 'Les familles vulnérables.', 'Vulnerable families.'),
    sectorInSource: 'preventieve gezinsondersteuning',
    domains: ['onderwijs', 'opvoeding'],
    functions: ['educatief', 'opvoedingsondersteunend'],
    supportFunctions: ['praktisch', 'voorbeeld', 'informatie'],
  }),
  fromTable(7, {
    id: 'families-first',
    name: 'Families First',
    kind: 'methode',
    organisation: 'Vereniging Spoedhulp Jeugd',
    location: 'Nederland',
    aim: l(
      'Hulp op maat van de doelen en noden van het gezin, in drie fasen. Eerst een werkrelatie opbouwen, lasten verlichten, informatie verzamelen en doelen stellen, zo nodig met praktische en materiële hulp. Dan vaardigheden aanleren en het netwerk inschakelen. Tot slot evalueren en bijsturen. Doel: meer veiligheid en voorkomen dat kinderen uit huis geplaatst worden.',
      'Une aide adaptée aux objectifs et besoins de la famille, en trois phases. D’abord construire une relation de travail, alléger la charge, rassembler des informations et fixer des objectifs, avec si besoin une aide pratique et matérielle. Ensuite apprendre des compétences et mobiliser le réseau. Enfin évaluer et ajuster. But : plus de sécurité et éviter le placement des enfants.',
      'Help tailored to the family’s goals and needs, in three phases. First build a working relationship, lighten the load, gather information and set goals, with practical and material help if needed. Then learn skills and call on the network. Finally evaluate and adjust. Aim: more safety and preventing children from being placed outside the home.',
    ),
    targetGroup: l(
      'Kinderen in een moeilijke opvoedingssituatie.',
      'Les enfants dans une situation éducative difficile.',
      'Children in a difficult upbringing situation.',
    ),
    sectorInSource: 'jeugdhulpverlening',
    domains: ['opvoeding'],
    functions: ['opvoedingsondersteunend', 'psychosociaal'],
    supportFunctions: ['praktisch', 'materieel', 'informatie'],
  }),
  fromTable(
    7,
    {
      id: 'domo',
      name: 'Domo',
      kind: 'project',
      organisation: 'Domo vzw (Domo Vlaanderen); lokaal o.a. Domo Hasselt vzw',
      location: 'Vlaanderen (lokale werkingen o.a. in Leuven, Antwerpen, Sint-Niklaas en Hasselt)',
      aim: l(
        'Vrijwilligers steunen kwetsbare gezinnen met kinderen tot 12 jaar bij de opvoeding, een paar uur per week, als een ‘vriend aan huis’. De ouders beslissen zelf wat de vrijwilliger doet en blijven de belangrijkste opvoeders. Doel: meer kansen voor de kinderen, minder isolement, en ouders die sterker staan in hun rol.',
        'Des bénévoles soutiennent des familles vulnérables avec des enfants jusqu’à 12 ans dans l’éducation, quelques heures par semaine, comme un « ami à domicile ». Les parents décident eux-mêmes du rôle du bénévole et restent les premiers éducateurs. But : plus de chances pour les enfants, moins d’isolement, et des parents plus forts dans leur rôle.',
        'Volunteers support vulnerable families with children up to 12 with parenting, a few hours a week, as a ‘friend at home’. The parents decide what the volunteer does and stay the main people raising their children. Aim: more chances for the children, less isolation, and parents who feel stronger in their role.',
      ),
      targetGroup: l(
        'Kwetsbare gezinnen met kinderen tot 12 jaar.',
        'Les familles vulnérables avec des enfants jusqu’à 12 ans.',
        'Vulnerable families with children up to 12.',
      ),
      sectorInSource: 'algemeen welzijnswerk, opvoedingsondersteuning',
      domains: ['opvoeding', 'vrije_tijd'],
      functions: ['opvoedingsondersteunend', 'psychosociaal'],
      supportFunctions: ['emotioneel', 'praktisch', 'gezelschap', 'voorbeeld'],
      note: l(
        'Volgens het handboek (seed 000) steunt één vrijwilliger langdurig één gezin; Domo Hasselt ontstond via Thuiscompagnie, kon eind 2013 rekenen op 165 vrijwilligers en werkt in Hasselt, Zonhoven, Diepenbeek en Alken. Omdat één vrijwilliger met één gezin optrekt, plaatst de catalogus Domo ook bij persoonlijke vriend.',
        'Selon le manuel (seed 000), un bénévole soutient une famille sur la durée ; Domo Hasselt est né via Thuiscompagnie, comptait 165 bénévoles fin 2013 et travaille à Hasselt, Zonhoven, Diepenbeek et Alken. Comme un bénévole accompagne une famille, le catalogue classe aussi Domo sous ami personnel.',
        'According to the handbook (seed 000), one volunteer supports one family over a long time; Domo Hasselt grew out of Thuiscompagnie, had 165 volunteers at the end of 2013 and works in Hasselt, Zonhoven, Diepenbeek and Alken. Because one volunteer works with one family, the catalogue also places Domo under personal friend.',
      ),
    },
    { alsoModels: ['persoonlijke_vriend'], moreSources: [seed000('Domo-werkingen')] },
  ),
  fromTable(7, {
    id: 'columbusproject',
    name: 'Columbusproject',
    kind: 'methode',
    organisation: 'De Wissel',
    location: 'Vlaanderen en Nederland',
    aim: l(
      'Begeleiding van het hele gezin vanuit de krachten (positieve heroriëntering). Na een eerste gesprek en gesprekken met iedereen apart volgen ‘cirkels’ met alle gezinsleden: ieder vertelt hoe hij het beleeft en samen maken ze een actieplan, dat daarna wordt opgevolgd en bijgestuurd. Doel: weer praten in gezinnen waar het vastzit, en minder nood aan zwaardere hulp.',
      'Un accompagnement de toute la famille à partir de ses forces (réorientation positive). Après un premier entretien et des entretiens individuels, viennent des « cercles » avec tous les membres : chacun dit comment il vit la situation et ensemble ils font un plan d’action, suivi et ajusté ensuite. But : renouer le dialogue dans les familles bloquées, et moins besoin d’aide plus lourde.',
      'Support for the whole family, starting from strengths (positive reorientation). After a first talk and one-to-one interviews, there are ‘circles’ with all family members: everyone says how they see things and together they make an action plan, which is then followed up and adjusted. Aim: get families talking again where they are stuck, and less need for heavier help.',
    ),
    targetGroup: l('Kwetsbare gezinnen.', 'Les familles vulnérables.', 'Vulnerable families.'),
    sectorInSource: 'jeugdhulpverlening',
    domains: ['opvoeding', 'welbevinden'],
    functions: ['psychosociaal', 'opvoedingsondersteunend'],
    supportFunctions: ['emotioneel'],
  }),
  fromTable(7, {
    id: 'signs-of-safety',
    name: 'Signs of Safety',
    kind: 'methode',
    organisation: 'niet vermeld (methode van Turnell & Edwards)',
    location: 'Vlaanderen, Nederland',
    aim: l(
      'Een methode voor opvoedingssituaties waarover men zich zorgen maakt. De omgeving van het kind en de hulpverleners bouwen samen een gedeeld kader, zodat het kind veilig kan opgroeien. Gezin en familie maken samen het plan.',
      'Une méthode pour les situations éducatives préoccupantes. L’entourage de l’enfant et les professionnels construisent un cadre commun, pour que l’enfant grandisse en sécurité. Le ménage et la famille font ensemble le plan de soutien.',
      'A method for upbringing situations that cause concern. The child’s surroundings and the professionals build a shared framework, so that the child can grow up safely. Household and family make the support plan together.',
    ),
    targetGroup: l(
      'Gezinnen in een zorgwekkende opvoedingssituatie.',
      'Les familles dans une situation éducative préoccupante.',
      'Families in a worrying upbringing situation.',
    ),
    sectorInSource: 'jeugdhulp',
    domains: ['opvoeding'],
    functions: ['opvoedingsondersteunend'],
    supportFunctions: ['zorg', 'emotioneel'],
  }),
  fromTable(7, {
    id: 'maatschappelijke-steunsystemen',
    name: 'Maatschappelijke steunsystemen (MMS)',
    kind: 'methode',
    organisation: 'verschillende organisaties in Nederland',
    location: 'Nederland',
    aim: l(
      'Rond elke persoon groeit in de eigen omgeving een web van mensen, diensten en voorzieningen. Een gecoördineerd netwerk van onder meer welzijn, geestelijke gezondheidszorg, opvang, vrijwilligers en gemeente steunt hen daarbij. Doel: meer zelfredzaamheid, meedoen en informele steun.',
      'Les personnes construisent une toile de personnes, de services et d’équipements dans leur propre environnement. Un réseau coordonné, entre autres de l’aide sociale, de la santé mentale, de l’accueil, des bénévoles et de la commune, les soutient. But : plus d’autonomie, de participation et de soutien informel.',
      'People build a web of people, services and facilities in their own surroundings. A coordinated network of, among others, welfare, mental health care, shelter, volunteers and the municipality supports them. Aim: more self-reliance, taking part and informal support.',
    ),
    targetGroup: l(
      'Mensen met een psychische kwetsbaarheid.',
      'Les personnes psychiquement vulnérables.',
      'People with mental health vulnerabilities.',
    ),
    sectorInSource: 'geestelijke gezondheidszorg',
    domains: ['gezondheid', 'welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['praktisch', 'informatie', 'zorg'],
    note: l(
      'De afkorting staat zo in de bron (MMS).',
      'L’abréviation figure ainsi dans la source (MMS).',
      'The abbreviation is given this way in the source (MMS).',
    ),
  }),
  fromTable(7, {
    id: 'ervaringsgericht-groepswerk',
    name: 'Ervaringsgericht groepswerk',
    kind: 'methode',
    organisation: 'niet vermeld',
    location: 'Vlaanderen',
    aim: l(
      'Ouders, grootouders en kinderen komen één of meer keren samen met een groepswerker. Ze vertrekken van hun eigen ervaringen met opvoeding, delen die, steunen elkaar en leren van elkaar. Daarnaast groeit een netwerk, en kunnen diensten en de buurt toegankelijker en kindvriendelijker worden.',
      'Parents, grands-parents et enfants se réunissent une ou plusieurs fois avec un animateur. Ils partent de leurs propres expériences d’éducation, les partagent, se soutiennent et apprennent les uns des autres. En plus, un réseau se crée, et les services et le quartier peuvent devenir plus accessibles et plus adaptés aux enfants.',
      'Parents, grandparents and children meet once or several times with a group worker. They start from their own experiences of raising children, share them, support each other and learn from each other. A network also grows, and services and the neighbourhood can become more accessible and child-friendly.',
    ),
    targetGroup: l(
      'Ouders, toekomstige ouders en grootouders, met of zonder hun (klein)kinderen. Kwetsbare gezinnen krijgen extra aandacht.',
      'Parents, futurs parents et grands-parents, avec ou sans leurs (petits-)enfants ; attention particulière aux groupes vulnérables.',
      'Parents, parents-to-be and grandparents, with or without their (grand)children; extra attention to vulnerable groups.',
    ),
    sectorInSource: 'preventieve gezinsondersteuning',
    domains: ['opvoeding'],
    functions: ['opvoedingsondersteunend', 'psychosociaal'],
    supportFunctions: ['emotioneel', 'informatie', 'gezelschap'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Table 8: vrijwilligerswerking via organisatie

const table8: readonly Initiative[] = [
  fromTable(8, {
    id: 'inloopcentra',
    name: 'Inloopcentra',
    kind: 'soort_werking',
    organisation: 'CAW',
    location: 'Vlaanderen',
    aim: l(
      'Een warme, laagdrempelige plek waar iedereen kan binnenlopen, tot rust komen en anderen leren kennen. Je kunt er ook papierwerk doen, wassen of iets opzoeken op internet; wie weinig verdient, eet en wast er goedkoop. Activiteiten kosten vaak weinig of niets. Een medewerker van het CAW is er altijd, soms samen met vrijwilligers.',
      'Un lieu chaleureux et accessible où chacun peut entrer, se reposer et rencontrer d’autres personnes. On peut aussi y faire ses papiers, sa lessive ou chercher sur internet ; les personnes à petit revenu y mangent et lavent leur linge à bas prix. Il y a souvent des activités bon marché ou gratuites. Un collaborateur du CAW est toujours présent, parfois avec des bénévoles.',
      'A warm, easy-to-enter place where anyone can drop in, rest and meet others. You can also do paperwork, laundry or look things up online; people on a low income can eat and wash clothes cheaply. There are often cheap or free activities. A worker from the CAW (general welfare centre) is always there, sometimes with volunteers.',
    ),
    targetGroup: l(
      'Kwetsbare groepen, mensen die nergens anders terechtkunnen.',
      'Les groupes vulnérables, les personnes qui n’ont nulle part où aller.',
      'Vulnerable groups, people who have nowhere else to go.',
    ),
    sectorInSource: 'algemeen welzijnswerk, armoedebestrijding',
    domains: ['welbevinden'],
    functions: ['psychosociaal', 'gemeenschapsvormend'],
    supportFunctions: ['gezelschap', 'praktisch', 'materieel', 'informatie', 'erbij_horen'],
  }),
  fromTable(8, {
    id: 'welzijnsschakels',
    name: 'Welzijnsschakels',
    kind: 'project',
    organisation: 'Welzijnsschakels',
    location: 'Vlaanderen',
    aim: l(
      'Lokale groepen van vrijwilligers met en zonder armoede-ervaring. Ze doen huisbezoeken, organiseren groepsactiviteiten, geven praktische steun en voeren actie. Zo ontmoeten mensen die uitgesloten worden door armoede of afkomst elkaar in hun buurt en krijgen ze meer kansen.',
      'Des groupes locaux de bénévoles avec et sans expérience de la pauvreté. Ils font des visites à domicile, organisent des activités de groupe, apportent une aide pratique et mènent des actions. Les personnes exclues à cause de la pauvreté ou de leur origine se rencontrent ainsi dans leur quartier et ont plus de chances.',
      'Local groups of volunteers with and without experience of poverty. They make home visits, organise group activities, give practical help and campaign. This way people excluded by poverty or background meet each other in their neighbourhood and get more chances.',
    ),
    targetGroup: l(
      'Mensen met en zonder armoede-ervaring.',
      'Les personnes avec et sans expérience de la pauvreté.',
      'People with and without experience of poverty.',
    ),
    sectorInSource: 'armoedebestrijding, sociaal-cultureel volwassenenwerk',
    domains: ['welbevinden', 'vrije_tijd'],
    functions: ['gemeenschapsvormend', 'activerend', 'psychosociaal'],
    supportFunctions: ['erbij_horen', 'gezelschap', 'praktisch'],
  }),
  fromTable(8, {
    id: 'sociaal-winkelpunt',
    name: 'Sociaal Winkelpunt / Sociale Kruidenier / Sociale buurtwinkels',
    kind: 'soort_werking',
    organisation: 'vzw Sociaal Winkelpunt',
    location: 'Vlaanderen',
    aim: l(
      'Een winkel waar mensen met een laag inkomen zelf goede voeding, verzorgings- en huishoudproducten kiezen en betalen, aan lage prijzen. Er is ook een ruimte voor koffie en gezelligheid, en met andere verenigingen zijn er activiteiten om netwerken te versterken en kennis te delen. Vrijwilligers runnen de winkels.',
      'Un magasin où les personnes à faible revenu choisissent et paient elles-mêmes de la nourriture, des produits d’hygiène et d’entretien de qualité, à bas prix. Il y a aussi un espace pour le café et la convivialité, et avec d’autres associations, des activités pour renforcer les réseaux et partager des savoirs. Des bénévoles tiennent les magasins.',
      'A shop where people on a low income choose and pay for good food, personal care and household products themselves, at low prices. There is also a space for coffee and a chat, and activities with other associations to strengthen networks and share knowledge. Volunteers run the shops.',
    ),
    targetGroup: l('Mensen in armoede.', 'Les personnes en pauvreté.', 'People in poverty.'),
    sectorInSource: 'armoedebestrijding',
    domains: ['inkomen'],
    functions: ['gemeenschapsvormend', 'activerend'],
    supportFunctions: ['materieel', 'gezelschap', 'informatie'],
  }),
  fromTable(
    8,
    {
      id: 'sociale-restaurants',
      name: 'Sociale restaurants',
      kind: 'soort_werking',
      organisation: 'niet vermeld',
      location: 'lokaal: zoek op de website van de gemeente of op de sociale kaart (seed 000)',
      aim: l(
        'Een buurtrestaurant met lekkere maaltijden aan een betaalbare prijs, en een plek om mensen uit de buurt te ontmoeten. Senioren, OCMW-cliënten en mensen met een verhoogde tegemoetkoming betalen minder. Zulke restaurants, ook dorpsrestaurants, brengen mensen samen en zetten aan tot hulp aan elkaar.',
        'Un restaurant de quartier avec de bons repas à prix abordable, et un lieu pour rencontrer les gens du quartier. Les seniors, les clients du CPAS et les personnes avec intervention majorée paient moins. Ces restaurants, aussi les restaurants de village, rassemblent les gens et encouragent l’entraide.',
        'A neighbourhood restaurant with tasty meals at an affordable price, and a place to meet people from the area. Older people, clients of the public social welfare centre and people with increased health-care reimbursement pay less. Such restaurants, village restaurants too, bring people together and encourage them to help each other.',
      ),
      targetGroup: l(
        'Open voor iedereen; wie weinig verdient, krijgt extra aandacht.',
        'Tout le monde, avec des efforts particuliers pour les personnes à faible revenu.',
        'Everyone, with extra effort for people on a low income.',
      ),
      sectorInSource: 'algemeen welzijnswerk, ouderenzorg, armoedebestrijding',
      domains: ['inkomen', 'welbevinden'],
      functions: ['gemeenschapsvormend'],
      supportFunctions: ['materieel', 'gezelschap', 'erbij_horen'],
      note: l(
        'Het handboek (seed 000) raadt aan dat verzorgenden gezinnen de weg naar een sociaal restaurant helpen vinden.',
        'Le manuel (seed 000) conseille aux aides familiales d’aider les familles à trouver le chemin d’un restaurant social.',
        'The handbook (seed 000) suggests that home carers help families find their way to a social restaurant.',
      ),
    },
    { moreSources: [seed000('sociale restaurants, dorpsrestaurants en dienstencentra en -punten')] },
  ),
  fromTable(8, {
    id: 't-vlot',
    name: '’t Vlot',
    kind: 'project',
    organisation: 'De Loodsen',
    location: 'Antwerpen',
    aim: l(
      'Een gezellige huiskamer voor dak- en thuislozen, met koffie, soep, brood en een luisterend oor. Je kunt er rusten, op adem komen, lezen of schrijven. Eén vaste medewerker en een ploeg vrijwilligers dragen de werking.',
      'Un salon convivial pour les personnes sans abri ou sans logement, avec café, soupe, pain et une oreille attentive. On peut s’y reposer, souffler, lire ou écrire. Un collaborateur permanent et une équipe de bénévoles portent le lieu.',
      'A cosy living room for homeless people, with coffee, soup, bread and a listening ear. You can rest, catch your breath, read or write there. One permanent worker and a team of volunteers run it.',
    ),
    targetGroup: l('Dak- en thuislozen.', 'Les personnes sans abri et sans logement.', 'Homeless people.'),
    sectorInSource: 'algemeen welzijnswerk, armoedebestrijding',
    domains: ['huisvesting', 'welbevinden'],
    functions: ['psychosociaal'],
    supportFunctions: ['emotioneel', 'materieel', 'gezelschap'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Table 9: netwerk via regio of locatie (community building)

const table9: readonly Initiative[] = [
  fromTable(9, {
    id: 'buurtcentra-buurtwerk-wijkcentra',
    name: 'Buurtcentra / buurtwerk / wijkcentra',
    kind: 'soort_werking',
    organisation: 'o.a. de sector samenlevingsopbouw',
    location: 'Vlaanderen en Brussel',
    aim: l(
      'Buurtwerk helpt kwetsbare bewoners om samen met andere bewoners aansluiting te vinden in hun wijk. Het vertrekt van de krachten van bewoners en van de wijk, organiseert buurtactiviteiten en houdt wijkcentra open, vooral in wijken met veel kwetsbare groepen.',
      'Le travail de quartier aide les habitants vulnérables à trouver leur place dans leur quartier, avec les autres habitants. Il part des forces des habitants et du quartier, organise des activités et garde des maisons de quartier ouvertes, surtout dans les quartiers avec beaucoup de groupes vulnérables.',
      'Neighbourhood work helps vulnerable residents find their place in their area together with other residents. It starts from the strengths of residents and the neighbourhood, organises local activities and keeps community centres open, mainly in areas with many vulnerable groups.',
    ),
    targetGroup: l(
      'Buurtbewoners, met aandacht voor maatschappelijk kwetsbare groepen.',
      'Les habitants du quartier, avec une attention pour les groupes socialement vulnérables.',
      'Residents, with attention to socially vulnerable groups.',
    ),
    sectorInSource: 'maatschappelijk opbouwwerk',
    domains: ['vrije_tijd', 'welbevinden'],
    functions: ['gemeenschapsvormend'],
    supportFunctions: ['gezelschap', 'erbij_horen'],
  }),
  fromTable(
    9,
    {
      id: 'dienstencentra',
      name: 'Dienstencentra',
      kind: 'soort_werking',
      organisation: 'o.a. stedelijke diensten/OCMW',
      location: 'Vlaanderen',
      aim: l(
        'Lokale dienstencentra geven informatie en advies, organiseren ontspanning en vorming, en helpen bij dagelijkse dingen zoals de kapper, wassen of pedicure. Je krijgt er gratis hulp bij praktische zaken en papierwerk. Samen activiteiten doen en samen eten brengt mensen bij elkaar. Doel: zo lang mogelijk goed thuis blijven wonen.',
        'Les centres de services locaux donnent informations et conseils, organisent détente et formation, et aident pour la vie quotidienne comme le coiffeur, la toilette ou la pédicure. On y reçoit une aide gratuite pour les questions pratiques et les papiers. Les activités et les repas en commun rapprochent les gens. But : rester le plus longtemps possible bien chez soi.',
        'Local service centres give information and advice, organise leisure and learning activities, and help with daily things such as the hairdresser, washing or foot care. You get free help there with practical matters and paperwork. Doing activities and eating together brings people closer. Aim: to live well at home for as long as possible.',
      ),
      targetGroup: l(
        'Mensen bij wie zorg begint, vooral senioren en de meest kwetsbaren onder hen.',
        'Les personnes qui commencent à avoir besoin de soins, surtout les seniors et les plus vulnérables d’entre eux.',
        'People who are starting to need care, especially older people and the most vulnerable among them.',
      ),
      sectorInSource: 'algemeen welzijnswerk, ouderenzorg',
      domains: ['gezondheid', 'welbevinden', 'vrije_tijd'],
      functions: ['gemeenschapsvormend', 'educatief'],
      supportFunctions: ['informatie', 'praktisch', 'zorg', 'gezelschap'],
      note: l(
        'Het handboek (seed 000) noemt ook diensten- en dorpspunten: ze brengen mensen samen en versterken de dorpsgemeenschap.',
        'Le manuel (seed 000) cite aussi les points de services et de village : ils rassemblent les gens et renforcent la vie du village.',
        'The handbook (seed 000) also mentions service and village points: they bring people together and strengthen village life.',
      ),
    },
    { moreSources: [seed000('sociale restaurants, dorpsrestaurants en dienstencentra en -punten')] },
  ),
  fromTable(9, {
    id: 'multihuis',
    name: 'Multihuis',
    kind: 'project',
    organisation: 'Samenlevingsopbouw Gent vzw',
    location: 'Gent',
    aim: l(
      'Een laagdrempelige ontmoetingsplek met een doorgeefwinkel en een kluscontainer. Al klussend leren bewoners elkaar kennen en groeit hun netwerk. Doel: de huurders van Nieuw Gent dichter bij elkaar brengen en de banden in de buurt sterker maken.',
      'Un lieu de rencontre accessible avec une boutique de dons et un conteneur de bricolage. Les habitants font connaissance et se créent un réseau en apprenant à bricoler. But : rassembler les locataires du quartier Nieuw Gent et renforcer les réseaux du quartier.',
      'An easy-to-enter meeting place with a give-away shop and a DIY tool container. Residents get to know each other and build a network while learning to do repairs. Aim: bring tenants in the Nieuw Gent neighbourhood together and strengthen local networks.',
    ),
    targetGroup: l(
      'Bewoners van de wijk, met aandacht voor kwetsbare groepen.',
      'Les habitants du quartier, avec une attention pour les groupes vulnérables.',
      'Residents of the area, with attention to vulnerable groups.',
    ),
    sectorInSource: 'maatschappelijk opbouwwerk, armoedebestrijding',
    domains: ['huisvesting'],
    functions: ['gemeenschapsvormend', 'educatief'],
    supportFunctions: ['praktisch', 'materieel', 'gezelschap'],
  }),
  fromTable(9, {
    id: 'buurtvervlechting',
    name: 'Buurtvervlechting',
    kind: 'methode',
    organisation: 'Tordale vzw',
    location: 'Vlaanderen',
    aim: l(
      'Met een vragenlijst worden de talenten en wensen van deelnemers in kaart gebracht en gebundeld in een ‘talentenmarkt’: een boekje en een website voor wie meedoet. Deelnemers kiezen zelf wie ze contacteren en waarom, en wie gecontacteerd wordt, kiest zelf of dat contact iets betekent. Doel: een warme, gezellige buurt.',
      'Avec un questionnaire, on recense les talents et souhaits des participants et on les rassemble dans un « marché des talents » : un livret et un site pour les membres. Les participants choisissent qui ils contactent et pourquoi, et la personne contactée décide si ce contact a du sens pour elle. But : un quartier chaleureux et convivial.',
      'A questionnaire maps participants’ talents and wishes, which are collected in a ‘talent market’: a booklet and a website for members. Participants choose whom they contact and why, and the person contacted decides whether the contact means something to them. Aim: a warm, friendly neighbourhood.',
    ),
    targetGroup: l('Mensen met een beperking.', 'Les personnes avec un handicap.', 'People with a disability.'),
    sectorInSource: 'sector voor mensen met een handicap',
    domains: ['welbevinden'],
    functions: ['gemeenschapsvormend'],
    supportFunctions: ['praktisch', 'gezelschap', 'erbij_horen'],
  }),
  fromTable(9, {
    id: 'tijdvoorelkaar',
    name: 'TijdVoorElkaar',
    kind: 'methode',
    organisation: 'ontwikkeld door Pascal van Wanrooy (Social Minds); toegepast door verschillende sociaal-culturele organisaties',
    location: 'Nederland',
    online: true,
    aim: l(
      'Twee pijlers: een website waarop buurtbewoners en organisaties vraag en aanbod van kleine diensten delen (ramen wassen, boodschappen, hulp met de computer), en een sociaal makelaar die vraag en aanbod koppelt en kwetsbare bewoners betrekt. Na een tijd helpen deelnemers elkaar ook zonder website of makelaar.',
      'Deux piliers : un site où habitants et organisations partagent offres et demandes de petits services (laver les vitres, faire les courses, aide informatique), et un médiateur social qui fait le lien et implique les habitants vulnérables. Avec le temps, les participants s’entraident aussi sans site ni médiateur.',
      'Two pillars: a website where residents and organisations share requests and offers of small services (cleaning windows, shopping, computer help), and a social broker who matches them and involves vulnerable residents. In time, participants help each other without the website or the broker.',
    ),
    targetGroup: l(
      'Alle inwoners van een wijk, met aandacht voor kwetsbare groepen.',
      'Tous les habitants d’un quartier, avec une attention pour les groupes vulnérables.',
      'All residents of a neighbourhood, with attention to vulnerable groups.',
    ),
    sectorInSource: 'maatschappelijk opbouwwerk, algemeen welzijnswerk, sociaal-cultureel werk',
    domains: ['welbevinden'],
    functions: ['gemeenschapsvormend'],
    supportFunctions: ['praktisch', 'gezelschap'],
  }),
  fromTable(9, {
    id: 'wijk-en-psychiatrie',
    name: 'Wijk en psychiatrie (WeP)',
    kind: 'methode',
    organisation: 'ontwikkeld door WELZIN; toegepast door samenwerkende welzijns-, zorg- en vrijwilligersorganisaties',
    location: 'Nederland',
    aim: l(
      'Ontmoetingsplekken in de wijk maken en sociaal contact aanmoedigen, zodat mensen met een psychische beperking beter aansluiting vinden en minder eenzaam zijn.',
      'Créer des lieux de rencontre dans le quartier et encourager les contacts, pour que les personnes avec un handicap psychique trouvent mieux leur place et soient moins seules.',
      'Creating meeting places in the neighbourhood and encouraging social contact, so that people with a mental health condition fit in better and are less lonely.',
    ),
    targetGroup: l(
      'Mensen met een psychische kwetsbaarheid.',
      'Les personnes psychiquement vulnérables.',
      'People with mental health vulnerabilities.',
    ),
    sectorInSource: 'maatschappelijk opbouwwerk, geestelijke gezondheidszorg',
    domains: ['gezondheid', 'welbevinden'],
    functions: ['gemeenschapsvormend', 'psychosociaal'],
    supportFunctions: ['gezelschap', 'erbij_horen'],
  }),
  fromTable(9, {
    id: 'bruggenbouwer',
    name: 'Bruggenbouwer',
    kind: 'methode',
    organisation: 'Odisee, opleiding orthopedagogie',
    location: 'Vlaanderen',
    aim: l(
      'Een methode in zeven stappen: een organisatie die vrij apart staat in haar buurt, wordt een netwerkorganisatie met stevige lokale banden. De netwerken van de organisatie, het personeel en de cliënten spelen een grote rol. Bruggenbouwers leggen contacten, komen op voor belangen, zetten samenwerking op en bemiddelen.',
      'Une méthode en sept étapes : une organisation assez isolée dans son quartier devient une organisation en réseau bien ancrée localement. Les réseaux de l’organisation, du personnel et des usagers jouent un grand rôle. Les bâtisseurs de ponts créent des contacts, défendent des intérêts, mettent en place des collaborations et font de la médiation.',
      'A seven-step method: an organisation that stands rather apart in its neighbourhood becomes a network organisation with strong local ties. The networks of the organisation, its staff and its clients play a big part. Bridge builders make contacts, stand up for interests, set up cooperation and mediate.',
    ),
    targetGroup: l('Kwetsbare groepen.', 'Les groupes vulnérables.', 'Vulnerable groups.'),
    sectorInSource: 'sector personen met een handicap',
    domains: ['welbevinden'],
    functions: ['gemeenschapsvormend'],
    supportFunctions: ['erbij_horen', 'informatie'],
  }),
  fromTable(9, {
    id: 'abcd',
    name: 'ABCD (Asset-Based Community Development)',
    kind: 'methode',
    organisation: 'niet vermeld',
    location: 'Vlaanderen en Nederland',
    aim: l(
      'Een methode om het sociaal kapitaal van kwetsbare wijken te versterken, in vijf stappen: de talenten in de wijk in kaart brengen, relaties opbouwen, de buurt in beweging brengen, samen een visie en een plan maken, en steun van buiten zoeken. Alle bewoners doen mee, met aandacht voor wie weinig contact heeft.',
      'Une méthode pour renforcer le capital social des quartiers vulnérables, en cinq étapes : recenser les talents du quartier, construire des relations, mettre le quartier en mouvement, faire ensemble une vision et un plan, et chercher des soutiens extérieurs. Tous les habitants participent, avec une attention pour ceux qui ont peu de contacts.',
      'A method to strengthen the social capital of vulnerable neighbourhoods, in five steps: map the talents in the area, build relationships, get the neighbourhood moving, make a shared vision and plan, and look for outside support. All residents take part, with attention to those who have little contact.',
    ),
    targetGroup: l(
      'Buurtbewoners, met bijzondere aandacht voor kwetsbare groepen.',
      'Les habitants du quartier, avec une attention particulière pour les groupes vulnérables.',
      'Residents, with special attention to vulnerable groups.',
    ),
    sectorInSource: 'gebruikt in meerdere domeinen, zoals de zorg voor personen met een handicap en het sociaal-cultureel werk',
    domains: ['welbevinden'],
    functions: ['gemeenschapsvormend', 'activerend'],
    supportFunctions: ['erbij_horen', 'gezelschap'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Named in the discussion of seed 003, not in a table

const discussedInSeed003: readonly Initiative[] = [
  outsideTables(
    {
      id: 'koffie-en-formulieren',
      name: 'Koffie & formulieren',
      kind: 'project',
      organisation: 'Samenlevingsopbouw, de CAW’s en in sommige gemeenten het OCMW',
      location: 'onbekend (vaak in plaatselijke buurtcentra)',
      aim: l(
        'In een ontmoetingsruimte helpen vrijwilligers en beroepskrachten samen bij brieven, aanvragen en facturen. Weet een vrijwilliger het niet, dan springt een beroepskracht bij.',
        'Un espace de rencontre où bénévoles et professionnels aident ensemble les gens pour une lettre, une demande ou une facture. Si un bénévole ne sait pas, un professionnel prend le relais.',
        'A meeting space where volunteers and professionals together help people with a letter, an application or a bill. When a volunteer does not know the answer, a professional steps in.',
      ),
      targetGroup: l('Kwetsbare groepen.', 'Les groupes vulnérables.', 'Vulnerable groups.'),
      sectorInSource: null,
      domains: ['inkomen', 'welbevinden'],
      functions: ['educatief', 'gemeenschapsvormend'],
      supportFunctions: ['informatie', 'praktisch', 'gezelschap'],
      note: l(
        'De stuurgroep noemt dit een goed voorbeeld van vrijwilligers en beroepskrachten die samenwerken. De catalogus plaatst het bij vrijwilligerswerking via organisatie en bij netwerk via regio of locatie.',
        'Le groupe de pilotage le cite comme un bon exemple de collaboration entre bénévoles et professionnels. Le catalogue le classe sous volontariat via une organisation et sous réseau via le quartier ou le lieu.',
        'The steering group names it as a good example of volunteers and professionals working together. The catalogue places it under volunteering through an organisation and under network through a neighbourhood or place.',
      ),
    },
    {
      models: ['vrijwilligerswerking_via_organisatie', 'netwerk_via_regio_of_locatie'],
      modelFit: 'toegekend',
      sources: [{ seed: '003', where: 'hoofdstuk 7.1.3' }],
    },
  ),
  outsideTables(
    {
      id: 'deeltijds-kunstonderwijs',
      name: 'Deeltijds kunstonderwijs',
      kind: 'soort_werking',
      organisation: 'niet vermeld',
      location: 'onbekend',
      aim: l(
        'Een praktijkwerker noemt het een goede manier om onrechtstreeks een netwerk op te bouwen: je zit een lange tijd in een groep en werkt samen aan een doel.',
        'Un praticien le cite comme un bon moyen de se construire un réseau de façon indirecte : on est longtemps dans un groupe et on travaille ensemble vers un but.',
        'A practitioner names it as a good way to build a network indirectly: you are in a group for a long time and work together towards a goal.',
      ),
      targetGroup: NOT_STATED,
      sectorInSource: null,
      domains: ['onderwijs', 'vrije_tijd'],
      functions: ['cultureel', 'educatief'],
      supportFunctions: ['gezelschap', 'erbij_horen'],
      note: l(
        'Het rapport noemt dit onrechtstreekse netwerkversterking, naast de zeven werkmodellen.',
        'Le rapport parle ici de renforcement indirect du réseau, à côté des sept modèles.',
        'The report calls this indirect network strengthening, alongside the seven models.',
      ),
    },
    { models: [], modelFit: 'geen_werkmodel', sources: [{ seed: '003', where: 'hoofdstuk 6.2.2' }] },
  ),
];

// ---------------------------------------------------------------------------------------------
// Local routes of seed 000 not already in a table

const localRoutes: readonly Initiative[] = [
  outsideTables(
    {
      id: 'school-als-ontmoetingsplaats',
      name: 'De school als ontmoetingsplaats',
      kind: 'lokale_route',
      organisation: 'de school van de kinderen',
      location: 'lokaal (de eigen school)',
      aim: l(
        'Aan de schoolpoort, op het schoolfeest of op een kienavond leren ouders andere ouders kennen. Ze spreken af om de kinderen bij elkaar te laten spelen of samen te rijden, en wisselen tips en hulp uit. Zo komt informatie bij ouders die ze anders niet zouden krijgen. Kwetsbare ouders hebben daarbij steun van de school nodig: kosten, kleding, taal, schaamte over de woning en vervoer kunnen drempels zijn.',
        'À la grille de l’école, à la fête de l’école ou lors d’une soirée loto, les parents rencontrent d’autres parents. Ils s’arrangent pour que les enfants jouent ensemble ou pour faire du covoiturage, et échangent conseils et coups de main. Des informations arrivent ainsi chez des parents qui ne les auraient pas eues. Les parents vulnérables ont besoin du soutien de l’école : coûts, vêtements, langue, honte du logement et transport peuvent être des obstacles.',
        'At the school gate, at the school party or at a bingo night, parents get to know other parents. They arrange for the children to play together or to share lifts, and swap tips and help. Information reaches parents who would not get it otherwise. Vulnerable parents need support from the school: costs, clothes, language, shame about their home and transport can be barriers.',
      ),
      targetGroup: l('Ouders van schoolgaande kinderen.', 'Les parents d’enfants scolarisés.', 'Parents of school-age children.'),
      sectorInSource: null,
      domains: ['onderwijs', 'opvoeding'],
      functions: ['gemeenschapsvormend', 'opvoedingsondersteunend'],
      supportFunctions: ['praktisch', 'informatie', 'zorg', 'gezelschap', 'erbij_horen'],
      note: l(
        'Seed 003 noemt de school als kans bij netwerk via regio of locatie (tabel 16).',
        'Le seed 003 cite l’école comme une occasion dans le modèle réseau via le quartier ou le lieu (tableau 16).',
        'Seed 003 names the school as an opportunity under network through a neighbourhood or place (table 16).',
      ),
    },
    {
      models: ['netwerk_via_regio_of_locatie'],
      modelFit: 'toegekend',
      sources: [seed000('de school als ontmoetingsplaats van werelden'), { seed: '003', where: 'hoofdstuk 6.3.7, tabel 16' }],
    },
  ),
  outsideTables(
    {
      id: 'groepswerkingen',
      name: 'Laagdrempelige groepswerkingen',
      kind: 'lokale_route',
      organisation:
        'onder meer een basisschool, het buurtwerk, het OCMW, inloopteams, de Huizen van het Kind, een vereniging waar armen het woord nemen, Welzijnsschakels, de Logo’s en een Centrum Basiseducatie',
      location: 'lokaal (verschillende gemeenten)',
      aim: l(
        'Groepen rond bijvoorbeeld opvoeding, gezond eten, leven met een klein budget, klimaatwijken, afval, bewegen of stoppen met roken. Mensen in een gelijkaardige situatie komen geregeld samen en leren van elkaar; het contact is heel belangrijk. Een groep stopt soms, maar de contacten kunnen blijven. Wie de stap spannend vindt, kan de eerste keer samen met de verzorgende gaan.',
        'Des groupes autour par exemple de l’éducation, de l’alimentation saine, de la vie avec un petit budget, des quartiers climat, des déchets, du mouvement ou de l’arrêt du tabac. Des personnes dans une situation semblable se réunissent régulièrement et apprennent les unes des autres ; le contact est très important. Un groupe s’arrête parfois, mais les contacts peuvent rester. Qui hésite peut y aller la première fois avec l’aide familiale.',
        'Groups on, for example, parenting, healthy eating, living on a small budget, climate neighbourhoods, waste, exercise or quitting smoking. People in similar situations meet regularly and learn from each other; the contact matters a lot. A group sometimes ends, but the contacts can last. Anyone who finds the step hard can go the first time with their home carer.',
      ),
      targetGroup: l(
        'Mensen en gezinnen in een gelijkaardige situatie.',
        'Des personnes et des familles dans une situation semblable.',
        'People and families in similar situations.',
      ),
      sectorInSource: null,
      domains: ['opvoeding', 'gezondheid', 'inkomen'],
      functions: ['educatief', 'psychosociaal'],
      supportFunctions: ['gezelschap', 'informatie', 'erbij_horen'],
      note: l(
        'De catalogus plaatst deze groepen bij lotgenotennetwerk (mensen in een gelijkaardige situatie) en bij persoonlijke competentieversterking (samen werken aan eigen groei).',
        'Le catalogue classe ces groupes sous réseau de pairs (personnes dans une situation semblable) et sous renforcement des compétences (travailler ensemble à sa croissance).',
        'The catalogue places these groups under peer network (people in similar situations) and under building personal skills (working together on personal growth).',
      ),
    },
    {
      models: ['lotgenotennetwerk', 'persoonlijke_competentieversterking'],
      modelFit: 'toegekend',
      sources: [seed000('groepswerkingen')],
    },
  ),
  outsideTables(
    {
      id: 'verenigingen-en-sportclubs',
      name: 'Sociaal-culturele verenigingen en sportclubs (met tussenkomst van het OCMW)',
      kind: 'lokale_route',
      organisation: 'lokale verenigingen, jeugdbewegingen en sportclubs; tussenkomst via het OCMW',
      location: 'lokaal (elk OCMW heeft een eigen regeling)',
      aim: l(
        'Lid worden van een vereniging, jeugdbeweging of sportclub. Lidgeld, materiaal en uniformen kosten geld; opvang voor de kinderen, vervoer en de angst om uit de toon te vallen houden mensen ook tegen. OCMW-cliënten kunnen een tussenkomst vragen, bijvoorbeeld voor lidgeld van een sportclub, de muziek- of kunstacademie, bosklassen, uitstappen, cultuur en sport, of om de digitale kloof te verkleinen. Een verzorgende kan mee zoeken naar goedkopere oplossingen en de weg eens samen afleggen.',
        'S’inscrire dans une association, un mouvement de jeunesse ou un club de sport. La cotisation, le matériel et les uniformes coûtent de l’argent ; la garde des enfants, le transport et la peur de ne pas être à sa place freinent aussi. Les clients du CPAS peuvent demander une intervention, par exemple pour la cotisation d’un club, l’académie de musique ou des arts, les classes vertes, les sorties, la culture et le sport, ou pour réduire la fracture numérique. Une aide familiale peut chercher des solutions moins chères et faire le trajet une fois ensemble.',
        'Joining a club, a youth movement or a sports club. Fees, equipment and uniforms cost money; childcare, transport and the fear of not fitting in also hold people back. Clients of the public social welfare centre (OCMW) can ask for a contribution, for example for sports club fees, music or art school, school trips, outings, culture and sport, or to close the digital gap. A home carer can help look for cheaper options and do the journey together once.',
      ),
      targetGroup: l(
        'Gezinnen; de tussenkomst is voor cliënten van het OCMW.',
        'Les familles ; l’intervention est pour les clients du CPAS.',
        'Families; the contribution is for clients of the OCMW.',
      ),
      sectorInSource: null,
      domains: ['vrije_tijd'],
      functions: ['cultureel', 'gemeenschapsvormend'],
      supportFunctions: ['gezelschap', 'erbij_horen', 'materieel'],
      note: l(
        'De catalogus plaatst deze route bij netwerk via regio of locatie (een vereniging in de buurt) en bij vrijwilligerswerking via organisatie (clubs draaien op vrijwilligers, voor ontspanning en contact).',
        'Le catalogue classe cette piste sous réseau via le quartier ou le lieu (une association proche) et sous volontariat via une organisation (les clubs reposent sur des bénévoles, pour la détente et le contact).',
        'The catalogue places this route under network through a neighbourhood or place (a local club) and under volunteering through an organisation (clubs run on volunteers, for recreation and contact).',
      ),
    },
    {
      models: ['netwerk_via_regio_of_locatie', 'vrijwilligerswerking_via_organisatie'],
      modelFit: 'toegekend',
      sources: [seed000('sociaal-culturele verenigingen en sportclubs')],
    },
  ),
  outsideTables(
    {
      id: 'steunpunt-vakantieparticipatie',
      name: 'Steunpunt Vakantieparticipatie',
      kind: 'lokale_route',
      organisation: 'Steunpunt Vakantieparticipatie (www.vakantieparticipatie.be)',
      location: 'onbekend',
      aim: l(
        'Voor wie door geldgebrek of andere moeilijkheden niet op vakantie of daguitstap kan. Je boekt via een sociale organisatie die lid is, via een Rap op Stap-kantoor of rechtstreeks. Met bijna 500 aanbieders zijn er daguitstappen, vakantieverblijven, groepsverblijven en georganiseerde vakanties.',
        'Pour les personnes qui ne peuvent pas partir en vacances ou en excursion faute d’argent ou à cause d’autres difficultés. On réserve via une organisation sociale membre, via un bureau Rap op Stap ou directement. Avec près de 500 partenaires, il y a des excursions, des séjours de vacances, des séjours de groupe et des vacances organisées.',
        'For people who cannot go on holiday or a day trip because of money or other difficulties. You book through a member social organisation, through a Rap op Stap office or directly. With almost 500 providers there are day trips, holiday stays, group stays and organised holidays.',
      ),
      targetGroup: l(
        'Bijvoorbeeld wie weinig verdient, recht heeft op een verhoogde tegemoetkoming of het OMNIO-statuut, of in schuldbemiddeling zit.',
        'Par exemple les personnes à faible revenu, avec le statut OMNIO ou l’intervention majorée, ou en médiation de dettes.',
        'For example people on a low income, with OMNIO status or increased health-care reimbursement, or in debt mediation.',
      ),
      sectorInSource: null,
      domains: ['vrije_tijd'],
      functions: ['cultureel'],
      supportFunctions: ['materieel', 'informatie', 'gezelschap'],
      note: l(
        'Geen van de zeven werkmodellen past: het is een weg naar vrije tijd die onrechtstreeks contacten kan geven. In seed 003 verwijst een deelnemer naar Vakantieparticipatie via de ziekenfondsen.',
        'Aucun des sept modèles ne convient : c’est un accès aux loisirs qui peut indirectement créer des contacts. Dans le seed 003, une participante mentionne Vakantieparticipatie via les mutualités.',
        'None of the seven models fits: it is a route to leisure that can lead to contacts indirectly. In seed 003 a participant mentions Vakantieparticipatie through the health insurance funds.',
      ),
    },
    {
      models: [],
      modelFit: 'geen_werkmodel',
      sources: [seed000('Steunpunt Vakantieparticipatie en Rap op Stap'), { seed: '003', where: 'hoofdstuk 6.2.3' }],
    },
  ),
  outsideTables(
    {
      id: 'rap-op-stap',
      name: 'Rap op Stap',
      kind: 'lokale_route',
      organisation: 'Rap op Stap-kantoren (www.horizontvzw.be)',
      location: 'onbekend',
      aim: l(
        'In een Rap op Stap-kantoor kun je een vakantie of daguitstap boeken. Je krijgt er ook hulp om andere vrije tijd te vinden (cultuur, ontspanning, sport), om het lidgeld of de sportkledij betaald te krijgen, en bij vervoer en andere praktische vragen.',
        'Dans un bureau Rap op Stap, on peut réserver des vacances ou une excursion. On y reçoit aussi de l’aide pour trouver d’autres loisirs (culture, détente, sport), pour faire payer la cotisation ou la tenue de sport, et pour le transport et d’autres questions pratiques.',
        'At a Rap op Stap office you can book a holiday or day trip. You also get help to find other leisure (culture, relaxation, sport), to get club fees or sportswear paid for, and with transport and other practical questions.',
      ),
      targetGroup: l(
        'Gezinnen die om financiële redenen of door moeilijkheden niet op vakantie of uitstap kunnen.',
        'Les familles qui ne peuvent pas partir en vacances ou en excursion pour des raisons financières ou à cause de difficultés.',
        'Families who cannot go on holiday or day trips for financial reasons or because of difficulties.',
      ),
      sectorInSource: null,
      domains: ['vrije_tijd'],
      functions: ['cultureel'],
      supportFunctions: ['informatie', 'praktisch', 'materieel'],
      note: l(
        'Geen van de zeven werkmodellen past. In seed 003 vertelt een deelnemer met armoede-ervaring dat ze als vrijwilliger in een Rap op Stap-kantoor werkt.',
        'Aucun des sept modèles ne convient. Dans le seed 003, une participante ayant l’expérience de la pauvreté raconte qu’elle est bénévole dans un bureau Rap op Stap.',
        'None of the seven models fits. In seed 003 a participant with experience of poverty says she volunteers at a Rap op Stap office.',
      ),
    },
    {
      models: [],
      modelFit: 'geen_werkmodel',
      sources: [seed000('Steunpunt Vakantieparticipatie en Rap op Stap'), { seed: '003', where: 'hoofdstuk 6.1.1' }],
    },
  ),
  outsideTables(
    {
      id: 'activering',
      name: 'Activering naar werk',
      kind: 'lokale_route',
      organisation: 'niet vermeld',
      location: 'onbekend',
      aim: l(
        'Via werk krijg je toegang tot netwerken. Dat kan zinvol zijn, maar werk lost niet alles op: vier op tien kinderen in armoede wonen in een gezin waar iemand werkt. Kijk altijd naar de situatie van de persoon. Mensen in armoede merken ook dat contacten via het werk vaak verdwijnen als het werk stopt.',
        'Le travail donne accès à des réseaux. Cela peut avoir du sens, mais le travail ne règle pas tout : quatre enfants pauvres sur dix vivent dans une famille où quelqu’un travaille. Il faut toujours regarder la situation de la personne. Les personnes en pauvreté constatent aussi que les contacts du travail disparaissent souvent quand le travail s’arrête.',
        'Work gives access to networks. That can make sense, but work does not solve everything: four in ten children in poverty live in a family where someone works. Always look at the person’s situation. People in poverty also notice that contacts through work often disappear when the job ends.',
      ),
      targetGroup: NOT_STATED,
      sectorInSource: null,
      domains: ['werk'],
      functions: ['activerend'],
      supportFunctions: ['gezelschap', 'erbij_horen', 'informatie'],
      note: l(
        'Beide bronnen zien activering als onrechtstreekse netwerkversterking, naast de zeven werkmodellen; de meeste deelnemers in seed 003 verkiezen netwerkversterking die los staat van werk.',
        'Les deux sources voient l’activation comme un renforcement indirect du réseau, à côté des sept modèles ; la plupart des participants du seed 003 préfèrent un renforcement du réseau indépendant du travail.',
        'Both sources see activation as indirect network strengthening, alongside the seven models; most participants in seed 003 prefer network strengthening that does not depend on work.',
      ),
    },
    {
      models: [],
      modelFit: 'geen_werkmodel',
      sources: [seed000('activering als vorm van netwerkverbreding'), { seed: '003', where: 'hoofdstuk 6.2.2, 6.4 en 8.2.3' }],
    },
  ),
];

/**
 * All initiatives: tables 3–9 of seed 003 in table order, then the two named in its discussion,
 * then the local routes of seed 000. The order is the source's, not a ranking.
 */
export const INITIATIVES: readonly Initiative[] = [
  ...table3,
  ...table4,
  ...table5,
  ...table6,
  ...table7,
  ...table8,
  ...table9,
  ...discussedInSeed003,
  ...localRoutes,
];

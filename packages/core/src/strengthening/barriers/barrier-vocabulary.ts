import type { Labels, SourceRef } from '../../labels.js';
import type { VocabularyEntry } from '../../vocabularies/vocabulary.js';

/**
 * Why asking for, giving and accepting help is hard, and what stands in the way of broadening a
 * network (domain.md §6). Four groups:
 * - `verlegenheid`: the three bottlenecks of seed 004 (3.8);
 * - `externe_drempel` and `interne_drempel`: the thresholds LUS vzw names (seed 004, 3.8);
 * - `verbreding`: what families meet when they try to meet new people (seed 000, chapter 5);
 * - `netwerk`: the network itself resisting the help or the change it brings (seed 000, 4).
 * Codes are stable and never shown; every entry has a label, a plain explanation and, where the
 * sources give it, what can help (never a verdict on the person).
 */
export const BARRIER_GROUPS = ['verlegenheid', 'externe_drempel', 'interne_drempel', 'verbreding', 'netwerk'] as const;
export type BarrierGroup = (typeof BARRIER_GROUPS)[number];

export const BARRIER_CODES = [
  'vraagverlegenheid', 'handelingsverlegenheid', 'acceptatieschroom',
  'afstand', 'tijd', 'middelen',
  'durf', 'schaamte', 'verlegenheid', 'vaardigheden',
  'kosten', 'mobiliteit', 'kinderopvang', 'uiterlijk_en_taal', 'schaamte_woning', 'onbekendheid', 'angst_voor_uitsluiting', 'niet_kunnen_teruggeven',
  'netwerk_reageert_op_verandering',
] as const;
export type BarrierCode = (typeof BARRIER_CODES)[number];

export interface BarrierEntry extends VocabularyEntry<BarrierCode> {
  readonly group: BarrierGroup;
  readonly explanation: Labels;
  /** What the sources say can help; null when they say nothing specific. */
  readonly whatHelps: Labels | null;
}

const s004 = { seed: '004', where: '3.8 knelpunten: vraag-, handelingsverlegenheid en acceptatieschroom' } as const satisfies SourceRef;
const s004Lus = { seed: '004', where: '3.8: externe en interne drempels (LUS vzw)' } as const satisfies SourceRef;
const s000Ask = { seed: '000', where: '4. bespreekbaar maken van vraagverlegenheid' } as const satisfies SourceRef;
const s000Broaden = { seed: '000', where: '5. het sociaal netwerk verbreden' } as const satisfies SourceRef;
const s000Clubs = { seed: '000', where: '5. sociaal-culturele verenigingen en sportclubs' } as const satisfies SourceRef;
const s000Change = { seed: '000', where: '4. het netwerk reageert op verandering' } as const satisfies SourceRef;
const s003Needs = { seed: '003', where: '6.1.1 ervaren noden en drempels' } as const satisfies SourceRef;

const l = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

export const BARRIER_VOCABULARY: readonly BarrierEntry[] = [
  {
    code: 'vraagverlegenheid', group: 'verlegenheid',
    labels: l('Vraagverlegenheid', 'Gêne de demander', 'Reluctance to ask'),
    explanation: l(
      'Het voelt moeilijk of beschamend om iemand om hulp te vragen. Een betaalde hulpverlener vragen lijkt makkelijker dan familie of vrienden.',
      'Il est difficile ou gênant de demander de l’aide à quelqu’un. Demander à un professionnel payé semble plus facile qu’à la famille ou aux amis.',
      'Asking someone for help feels hard or shameful. Asking a paid professional seems easier than asking family or friends.',
    ),
    whatHelps: l(
      'Er samen over praten. Het gevoel dat je zelf ook iets kan teruggeven maakt vragen lichter.',
      'En parler ensemble. Sentir qu’on peut aussi rendre quelque chose rend la demande plus légère.',
      'Talking about it together. Feeling that you can give something back makes asking easier.',
    ),
    sources: [s004, s000Ask],
  },
  {
    code: 'handelingsverlegenheid', group: 'verlegenheid',
    labels: l('Handelingsverlegenheid', 'Gêne d’agir', 'Reluctance to act'),
    explanation: l(
      'Mensen rond het gezin, en ook hulpverleners, weten niet goed hoe ze moeten helpen of durven het netwerk niet aan te spreken. Ze willen niet storen of zich niet moeien.',
      'Les proches de la famille, et aussi les professionnels, ne savent pas bien comment aider ou n’osent pas s’adresser au réseau. Ils ne veulent pas déranger ni se mêler.',
      'People around the family, and professionals too, do not know how to help or do not dare to approach the network. They do not want to intrude.',
    ),
    whatHelps: l(
      'Mensen willen vaak helpen als het hen gevraagd wordt. Als hulpverlener het netwerk mee aanspreken vraagt lef en geduld.',
      'Les gens veulent souvent aider si on le leur demande. Pour un professionnel, s’adresser au réseau demande du courage et de la patience.',
      'People often want to help when they are asked. For a professional, approaching the network takes courage and patience.',
    ),
    sources: [s004],
  },
  {
    code: 'acceptatieschroom', group: 'verlegenheid',
    labels: l('Acceptatieschroom', 'Réticence à accepter', 'Reluctance to accept'),
    explanation: l(
      'Het is moeilijk om hulp aan te nemen, bijvoorbeeld omdat je niet in het krijt wil staan bij iemand.',
      'Il est difficile d’accepter de l’aide, par exemple parce qu’on ne veut pas être redevable.',
      'Accepting help is hard, for example because you do not want to owe anyone.',
    ),
    whatHelps: l(
      'Wederkerigheid in brede zin: er zijn voor elkaar. Een klein gebaar, een kopje koffie of een luisterend oor is ook iets teruggeven.',
      'La réciprocité au sens large : être là les uns pour les autres. Un petit geste, un café ou une oreille attentive, c’est aussi rendre.',
      'Reciprocity in a broad sense: being there for each other. A small gesture, a cup of coffee or a listening ear is giving back too.',
    ),
    sources: [s004],
  },
  {
    code: 'afstand', group: 'externe_drempel',
    labels: l('Afstand', 'Distance', 'Distance'),
    explanation: l('De mensen of de plek zijn ver weg of moeilijk te bereiken.', 'Les personnes ou le lieu sont loin ou difficiles à atteindre.', 'The people or the place are far away or hard to reach.'),
    whatHelps: null,
    sources: [s004Lus],
  },
  {
    code: 'tijd', group: 'externe_drempel',
    labels: l('Tijd', 'Temps', 'Time'),
    explanation: l('Er is te weinig tijd, bij het gezin of bij de mensen rond het gezin.', 'Il y a trop peu de temps, pour la famille ou pour son entourage.', 'There is too little time, for the family or for the people around it.'),
    whatHelps: null,
    sources: [s004Lus],
  },
  {
    code: 'middelen', group: 'externe_drempel',
    labels: l('Middelen', 'Moyens', 'Means'),
    explanation: l('Er is te weinig geld of materiaal om mee te doen of om contact te houden.', 'Il manque d’argent ou de matériel pour participer ou garder le contact.', 'There is too little money or equipment to take part or keep in touch.'),
    whatHelps: null,
    sources: [s004Lus],
  },
  {
    code: 'durf', group: 'interne_drempel',
    labels: l('Durf', 'Oser', 'Daring'),
    explanation: l('Je durft de stap niet goed te zetten, bijvoorbeeld na slechte ervaringen of uit angst voor een nee.', 'On n’ose pas vraiment faire le pas, par exemple après de mauvaises expériences ou par peur d’un refus.', 'You do not quite dare to take the step, for example after bad experiences or for fear of a no.'),
    whatHelps: null,
    sources: [s004Lus, s004],
  },
  {
    code: 'schaamte', group: 'interne_drempel',
    labels: l('Schaamte', 'Honte', 'Shame'),
    explanation: l('Je schaamt je voor je situatie en houdt die liever voor jezelf.', 'On a honte de sa situation et on préfère la garder pour soi.', 'You are ashamed of your situation and would rather keep it to yourself.'),
    whatHelps: null,
    sources: [s004Lus, s004],
  },
  {
    code: 'verlegenheid', group: 'interne_drempel',
    labels: l('Verlegenheid', 'Timidité', 'Shyness'),
    explanation: l('Je voelt je onwennig of verlegen bij nieuwe mensen.', 'On se sent mal à l’aise ou timide avec des personnes nouvelles.', 'You feel awkward or shy with new people.'),
    whatHelps: null,
    sources: [s004Lus],
  },
  {
    code: 'vaardigheden', group: 'interne_drempel',
    labels: l('Vaardigheden', 'Compétences', 'Skills'),
    explanation: l('Je weet niet goed hoe je contact legt of houdt, of hoe je iets vraagt.', 'On ne sait pas bien comment créer ou garder un contact, ni comment demander quelque chose.', 'You are not sure how to make or keep contact, or how to ask for something.'),
    whatHelps: l('Leren hoe je contacten legt kan, bijvoorbeeld in een cursus of groep.', 'On peut apprendre à créer des contacts, par exemple dans un cours ou un groupe.', 'Making contact can be learned, for example in a course or a group.'),
    sources: [s004Lus, { seed: '003', where: 'hoofdstuk 4: persoonlijke competentieversterking' }],
  },
  {
    code: 'kosten', group: 'verbreding',
    labels: l('Kosten', 'Coûts', 'Costs'),
    explanation: l('Meedoen kost geld: lidgeld, materiaal, een uniform, een kaartje, een drankje of een tombolalotje.', 'Participer coûte de l’argent : cotisation, matériel, uniforme, ticket, une boisson ou un billet de tombola.', 'Taking part costs money: fees, equipment, a uniform, a ticket, a drink or a raffle ticket.'),
    whatHelps: l('Samen zoeken naar goedkopere wegen: een tweedehands uniform, een sociaal tarief, een tussenkomst van het OCMW, Rap op Stap.', 'Chercher ensemble des solutions moins chères : un uniforme d’occasion, un tarif social, une intervention du CPAS, Rap op Stap.', 'Looking together for cheaper ways: a second-hand uniform, a social rate, a contribution from the social welfare office, Rap op Stap.'),
    sources: [s000Clubs, s000Broaden],
  },
  {
    code: 'mobiliteit', group: 'verbreding',
    labels: l('Vervoer', 'Mobilité', 'Getting there'),
    explanation: l('Geen fiets, geen auto of geen bus in de buurt, dus de activiteit of de mensen zijn moeilijk te bereiken.', 'Pas de vélo, pas de voiture ou pas de bus à proximité : l’activité ou les personnes sont difficiles à atteindre.', 'No bike, no car or no bus nearby, so the activity or the people are hard to reach.'),
    whatHelps: l('Samen de route uitzoeken en eens samen doen; samen rijden met andere ouders.', 'Chercher ensemble le trajet et le faire une fois ensemble ; faire du covoiturage avec d’autres parents.', 'Working out the route together and doing it once together; sharing lifts with other parents.'),
    sources: [s000Clubs, s000Broaden, s003Needs],
  },
  {
    code: 'kinderopvang', group: 'verbreding',
    labels: l('Opvang voor de kinderen', 'Garde des enfants', 'Childcare'),
    explanation: l('Er is niemand die op de kinderen kan passen, en betaalde opvang is te duur.', 'Personne ne peut garder les enfants, et la garde payante est trop chère.', 'Nobody can look after the children, and paid childcare costs too much.'),
    whatHelps: null,
    sources: [s000Clubs, s003Needs],
  },
  {
    code: 'uiterlijk_en_taal', group: 'verbreding',
    labels: l('Uiterlijk en taal', 'Apparence et langue', 'Appearance and language'),
    explanation: l('Je voelt je anders dan de anderen: je kleren, hoe je praat, je taal. Niet iedereen kijkt over die verschillen heen.', 'On se sent différent des autres : les vêtements, la façon de parler, la langue. Tout le monde ne passe pas au-dessus de ces différences.', 'You feel different from the others: your clothes, how you talk, your language. Not everyone looks past those differences.'),
    whatHelps: null,
    sources: [s000Broaden],
  },
  {
    code: 'schaamte_woning', group: 'verbreding',
    labels: l('Schaamte over de woning', 'Honte du logement', 'Shame about the home'),
    explanation: l('Je laat liever niemand binnen, ook geen vriendjes van de kinderen, uit schrik voor kritiek.', 'On préfère ne faire entrer personne, même pas les amis des enfants, par peur des critiques.', 'You would rather not let anyone in, not even the children’s friends, for fear of criticism.'),
    whatHelps: l('Als de woning meer op orde is, wordt vriendjes ontvangen soms wel mogelijk.', 'Quand le logement est plus en ordre, recevoir des amis devient parfois possible.', 'Once the home is more in order, having friends over sometimes becomes possible.'),
    sources: [s000Broaden],
  },
  {
    code: 'onbekendheid', group: 'verbreding',
    labels: l('De plek of de gewoontes niet kennen', 'Ne pas connaître le lieu ou les usages', 'Not knowing the place or its ways'),
    explanation: l('Je kent de organisatie niet, weet niet wat je mag verwachten of wat de gewoontes zijn.', 'On ne connaît pas l’organisation, on ne sait pas à quoi s’attendre ni quels sont les usages.', 'You do not know the organisation, what to expect or what the usual ways are.'),
    whatHelps: l('De eerste keer samen gaan, of samen eerst informatie vragen.', 'Y aller ensemble la première fois, ou demander d’abord des informations ensemble.', 'Going together the first time, or asking for information together first.'),
    sources: [s000Broaden, s000Clubs],
  },
  {
    code: 'angst_voor_uitsluiting', group: 'verbreding',
    labels: l('Schrik om uitgesloten te worden', 'Peur d’être exclu', 'Fear of being left out'),
    explanation: l('Je bent bang om afgewezen of scheef bekeken te worden, zoals al eerder gebeurde.', 'On a peur d’être rejeté ou regardé de travers, comme c’est déjà arrivé.', 'You are afraid of being rejected or looked down on, as has happened before.'),
    whatHelps: l('Alert zijn voor uitsluiting en er met de ouders over praten.', 'Être attentif à l’exclusion et en parler avec les parents.', 'Watching out for exclusion and talking about it with the parents.'),
    sources: [s000Broaden, s000Clubs],
  },
  {
    code: 'niet_kunnen_teruggeven', group: 'verbreding',
    labels: l('Niets kunnen teruggeven', 'Ne rien pouvoir rendre', 'Not being able to give back'),
    explanation: l('Je denkt dat je niets kan terugdoen, bijvoorbeeld niet eens kan rijden voor anderen, en durft daarom niet te vragen.', 'On pense ne rien pouvoir rendre, par exemple ne pas pouvoir conduire pour les autres, et on n’ose donc pas demander.', 'You think you cannot do anything in return, for example never drive for others, and so you do not dare to ask.'),
    whatHelps: l('Zoeken wat je wel kan geven: iets kleins telt ook, en er zijn voor elkaar is ook teruggeven.', 'Chercher ce qu’on peut donner : une petite chose compte aussi, et être là pour l’autre, c’est aussi rendre.', 'Finding what you can give: something small counts too, and being there for each other is giving back as well.'),
    sources: [s000Broaden, s004],
  },
  {
    code: 'netwerk_reageert_op_verandering', group: 'netwerk',
    labels: l('Het netwerk reageert op verandering', 'Le réseau réagit au changement', 'The network reacts to change'),
    explanation: l(
      'Familie of andere naasten zijn niet blij met de hulp of met wat er verandert. Ze voelen zich opzij gezet of zijn bang het gezin kwijt te raken. Soms moet het gezin kiezen: ‘de hulpverlener of ik’. Dan kiest het gezin meestal voor de eigen mensen.',
      'La famille ou d’autres proches ne sont pas contents de l’aide ou de ce qui change. Ils se sentent mis de côté ou ont peur de perdre la famille. Parfois la famille doit choisir : « l’intervenant ou moi ». Elle choisit alors le plus souvent ses proches.',
      'Relatives or others close by are unhappy about the help or about what changes. They feel pushed aside or are afraid of losing the family. Sometimes the family has to choose: “the support worker or me”. Then the family mostly chooses its own people.',
    ),
    whatHelps: l(
      'Erken de mensen die er al waren en geef hen een plaats in de hulp, liefst al van bij de start. Betrek hen, in plaats van hen buiten te houden.',
      'Reconnaître les personnes qui étaient déjà là et leur donner une place dans l’aide, de préférence dès le début. Les associer au lieu de les tenir à l’écart.',
      'Recognise the people who were already there and give them a place in the help, preferably from the start. Involve them instead of keeping them out.',
    ),
    sources: [s000Change],
  },
];

/** The entry of a barrier code (every code has one: a test checks it). */
export function barrierEntry(code: BarrierCode): BarrierEntry {
  const found = BARRIER_VOCABULARY.find((entry) => entry.code === code);
  if (!found) throw new Error(`barrier vocabulary has no entry for ${code}`);
  return found;
}

export const BARRIER_GROUP_LABELS: Readonly<Record<BarrierGroup, Labels>> = {
  verlegenheid: l('Moeite met vragen, helpen en aannemen', 'Difficulté à demander, aider et accepter', 'Difficulty asking, helping and accepting'),
  externe_drempel: l('Drempels buiten jezelf', 'Obstacles extérieurs', 'Outside thresholds'),
  interne_drempel: l('Drempels in jezelf', 'Obstacles intérieurs', 'Inner thresholds'),
  verbreding: l('Drempels om nieuwe mensen te leren kennen', 'Obstacles pour rencontrer de nouvelles personnes', 'Barriers to meeting new people'),
  netwerk: l('Het netwerk zelf', 'Le réseau lui-même', 'The network itself'),
};

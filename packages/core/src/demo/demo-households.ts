import { buildMap } from '../builders.js';
import { createSeededRandom, type SeededRandom as Random } from '../random.js';
import type { AlterInput, NetworkMap } from '../records/index.js';
import { SUPPORT_FUNCTIONS, type SupportDirection, type SupportFunction } from '../vocabularies/index.js';

/**
 * Clearly fictitious households for trying the product (`netwerkkracht demo`): realistic networks
 * as the sources describe them (small, many professionals, dormant family, a wish for contact),
 * each followed over several snapshots in which the network changes the way it does in practice: a
 * dormant uncle picked up again, a buddy or a parents' group found through an initiative, a home
 * carer who leaves. Deterministic: the same seed always gives the same households.
 */
export interface DemoHousehold {
  readonly name: string;
  readonly members: readonly { readonly personId: string; readonly name: string; readonly role: string }[];
  readonly map: NetworkMap;
}

const FAMILY_NAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'El Amrani', 'Benali', 'Yilmaz', 'Kaya', 'Nowak', 'Popescu', 'Diallo', 'Mukendi', 'Haddad', 'Van Damme', 'Dubois', 'Lambert', 'Ramos', 'Kowalski'];
const ADULT_NAMES = ['Sarah', 'Jessica', 'Fatima', 'Naima', 'Ayse', 'Elif', 'Marta', 'Ioana', 'Aminata', 'Grace', 'Kelly', 'Sandra',
  'Kevin', 'Dirk', 'Youssef', 'Mehmet', 'Piotr', 'Mamadou', 'Patrick', 'Tom', 'Rachid', 'Nathalie', 'Sofie', 'Bart'];
const CHILD_NAMES = ['Noah', 'Lina', 'Adam', 'Emma', 'Amir', 'Lucas', 'Yasmine', 'Mila', 'Ilyas', 'Ella', 'Rayan', 'Nora', 'Finn', 'Sara'];

type Template = Omit<AlterInput, 'id'> & { key: string };

/** The people a household's network is drawn from; each household gets a varied selection. */
const POOL: readonly Template[] = [
  { key: 'mama', name: 'Mama', sector: 'familie', role: 'moeder', ring: 1, frequency: 'wekelijks', support: { emotioneel: 'wederzijds', zorg: 'ontvangt' } },
  { key: 'zus', name: 'Zus', sector: 'familie', role: 'broer_zus', ring: 2, frequency: 'maandelijks', support: { gezelschap: 'wederzijds' } },
  { key: 'oom', name: 'Nonkel', sector: 'familie', role: 'oom_tante', ring: 3, status: 'ondergesneeuwd', frequency: 'zelden' },
  { key: 'tante', name: 'Tante', sector: 'familie', role: 'oom_tante', ring: 3, status: 'ondergesneeuwd' },
  { key: 'ex', name: 'Papa van de kinderen', sector: 'familie', role: 'partner', ring: 3, status: 'verbroken', valence: 'belastend' },
  { key: 'oma', name: 'Oma', sector: 'familie', role: 'grootouder', ring: 1, frequency: 'wekelijks', support: { zorg: 'ontvangt', erbij_horen: 'ontvangt' } },
  { key: 'vriendin', name: 'Vriendin', sector: 'vrienden_kennissen', role: 'vriend', ring: 2, frequency: 'wekelijks', support: { emotioneel: 'wederzijds', gezelschap: 'wederzijds' } },
  { key: 'oudvriend', name: 'Vriend van vroeger', sector: 'vrienden_kennissen', role: 'vriend', ring: 3, status: 'ondergesneeuwd' },
  { key: 'buur', name: 'Buurvrouw', sector: 'samenleving', role: 'buur', ring: 2, frequency: 'wekelijks', support: { praktisch: 'wederzijds' } },
  { key: 'buurman', name: 'Buurman', sector: 'samenleving', role: 'buur', ring: 3, frequency: 'maandelijks', support: { praktisch: 'ontvangt' }, valence: 'ambivalent' },
  { key: 'juf', name: 'Juf', sector: 'samenleving', role: 'juf_meester', ring: 3, frequency: 'wekelijks', support: { informatie: 'ontvangt' } },
  { key: 'schoolpoort', name: 'Mama aan de schoolpoort', sector: 'samenleving', role: 'ouder_schoolpoort', ring: 3, status: 'gewenst' },
  { key: 'club', name: 'Voetbalclub', kind: 'groep', sector: 'samenleving', role: 'vereniging', ring: 3, status: 'gewenst' },
  { key: 'verzorgende', name: 'Verzorgende', sector: 'hulpverlening', role: 'verzorgende', ring: 1, frequency: 'wekelijks', formalLevel: 'algemeen',
    support: { emotioneel: 'ontvangt', praktisch: 'ontvangt', zorg: 'ontvangt', informatie: 'ontvangt' } },
  { key: 'ocmw', name: 'OCMW', kind: 'dienst', sector: 'hulpverlening', role: 'ocmw', ring: 2, frequency: 'maandelijks', formalLevel: 'algemeen', support: { materieel: 'ontvangt', informatie: 'ontvangt' }, valence: 'ambivalent' },
  { key: 'huisarts', name: 'Huisarts', sector: 'hulpverlening', role: 'huisarts', ring: 3, frequency: 'enkele_keren_per_jaar', formalLevel: 'algemeen', support: { informatie: 'ontvangt' } },
  { key: 'gezinsondersteuner', name: 'Gezinsondersteuner', sector: 'hulpverlening', role: 'gezinsondersteuner', ring: 2, frequency: 'wekelijks', formalLevel: 'gespecialiseerd', support: { emotioneel: 'ontvangt', voorbeeld: 'ontvangt' } },
  { key: 'jeugdhulp', name: 'Consulent jeugdhulp', sector: 'hulpverlening', role: 'jeugdhulp', ring: 3, formalMode: 'gedwongen', formalLevel: 'gespecialiseerd', frequency: 'maandelijks', support: { voorbeeld: 'ontvangt' }, valence: 'belastend' },
  { key: 'schuld', name: 'Schuldbemiddelaar', sector: 'hulpverlening', role: 'schuldbemiddelaar', ring: 3, formalLevel: 'gespecialiseerd', frequency: 'maandelijks', support: { informatie: 'ontvangt', materieel: 'ontvangt' } },
];

const NEW_CONTACTS: readonly Template[] = [
  { key: 'domo', name: 'Domo-vrijwilliger', sector: 'samenleving', role: 'domo_vrijwilliger', ring: 2, frequency: 'wekelijks', flags: { andereAchtergrond: true }, support: { gezelschap: 'ontvangt', praktisch: 'ontvangt', informatie: 'ontvangt' } },
  { key: 'buddy', name: 'Buddy', sector: 'vrienden_kennissen', role: 'vrijwilliger', ring: 2, frequency: 'wekelijks', flags: { andereAchtergrond: true }, support: { gezelschap: 'wederzijds', emotioneel: 'ontvangt' } },
  { key: 'oudergroep', name: 'Oudergroep', kind: 'groep', sector: 'samenleving', role: 'lotgenoot', ring: 2, frequency: 'maandelijks', support: { erbij_horen: 'wederzijds', informatie: 'wederzijds' } },
  { key: 'restaurant', name: 'Sociaal restaurant', kind: 'groep', sector: 'samenleving', role: 'vereniging', ring: 3, frequency: 'wekelijks', support: { gezelschap: 'ontvangt', materieel: 'ontvangt' } },
];

const DATES = ['2025-09-15', '2026-01-20', '2026-05-12', '2026-09-30'];

function alterFrom(template: Template, id: string): AlterInput {
  const { key: _key, ...rest } = template;
  return { ...rest, id } as AlterInput;
}

function withSupport(alter: AlterInput, f: SupportFunction, direction: SupportDirection): AlterInput {
  return { ...alter, support: { ...(alter.support ?? {}), [f]: direction } };
}

/** One household: a selection from the pool, then 2–4 snapshots in which the network changes. */
function household(random: Random, index: number): DemoHousehold {
  const family = FAMILY_NAMES[index % FAMILY_NAMES.length] as string;
  const parent = ADULT_NAMES[(index * 7) % ADULT_NAMES.length] as string;
  const children = Array.from({ length: random.int(0, 3) }, (_, i) => CHILD_NAMES[(index * 3 + i) % CHILD_NAMES.length] as string);
  const members = [
    { personId: `p${index}-0`, name: parent, role: 'ouder' },
    ...children.map((name, i) => ({ personId: `p${index}-${i + 1}`, name, role: 'kind' })),
  ];
  const chosen = POOL.filter((t) => t.key === 'verzorgende' || t.key === 'ocmw' || random.next() < 0.45);
  let alters = chosen.map((t, i) => alterFrom(t, `a${i}`));
  const ties: [string, string][] = [];
  const familyIds = alters.filter((a) => a.sector === 'familie').map((a) => a.id);
  for (let i = 0; i < familyIds.length; i++) for (let j = i + 1; j < familyIds.length; j++) if (random.next() < 0.6) ties.push([familyIds[i] as string, familyIds[j] as string]);
  const formalIds = alters.filter((a) => a.sector === 'hulpverlening').map((a) => a.id);
  for (let i = 0; i < formalIds.length; i++) for (let j = i + 1; j < formalIds.length; j++) if (random.next() < 0.5) ties.push([formalIds[i] as string, formalIds[j] as string]);

  const snapshots = [];
  const steps = random.int(2, 4);
  let nextId = alters.length;
  for (let step = 0; step < steps; step++) {
    if (step > 0) {
      // What changes between two conversations, as in the sources' examples.
      const dormant = alters.find((a) => a.status === 'ondergesneeuwd');
      if (dormant && random.next() < 0.8) {
        alters = alters.map((a) => (a.id === dormant.id ? withSupport({ ...a, status: 'actief', ring: 2, frequency: 'maandelijks' }, random.pick(SUPPORT_FUNCTIONS), 'ontvangt') : a));
      }
      const wished = alters.find((a) => a.status === 'gewenst');
      if (wished && random.next() < 0.6) alters = alters.map((a) => (a.id === wished.id ? { ...a, status: 'actief', support: { gezelschap: 'wederzijds' } } : a));
      if (random.next() < 0.7) {
        const newcomer = alterFrom(random.pick(NEW_CONTACTS), `a${nextId++}`);
        if (!alters.some((a) => a.name === newcomer.name)) alters = [...alters, newcomer];
      }
      const carer = alters.find((a) => a.role === 'verzorgende' && a.status === 'actief');
      if (carer && step === steps - 1 && random.next() < 0.4) alters = alters.map((a) => (a.id === carer.id ? { ...a, status: 'verbroken' } : a));
    }
    snapshots.push({
      id: `v${step + 1}`,
      kind: 'is' as const,
      date: DATES[step] as string,
      appraisal: random.next() < 0.7 ? (random.next() < 0.5 ? 'versterkend' as const : 'belastend' as const) : null,
      alters,
      ties,
    });
  }
  // A wish snapshot: how the family would like it to be.
  snapshots.push({
    id: 'wens',
    kind: 'wens' as const,
    date: DATES[steps - 1] as string,
    appraisal: null,
    alters: alters.map((a) => (a.status === 'gewenst' ? { ...a, status: 'actief' as const } : a)),
    ties,
  });
  const name = `Gezin ${family}`;
  const map = buildMap({
    id: `demo-${index + 1}`,
    title: `Netwerkkaart ${name}`,
    ego: { kind: 'huishouden', name, members: members.map((m) => ({ personId: m.personId, name: m.name, role: m.role })) },
    snapshots,
  });
  return { name, members, map };
}

export function demoHouseholds(count = 24, seed = 2026): DemoHousehold[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, i) => household(random, i));
}

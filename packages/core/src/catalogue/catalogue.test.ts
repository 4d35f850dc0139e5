import { describe, it, expect } from 'vitest';
import {
  GENERAL_CONDITIONS,
  MODEL_OF_TABLE,
  INITIATIVES,
  METHOD_FUNCTIONS,
  METHOD_FUNCTION_CODES,
  WORKING_MODELS,
  WORKING_MODEL_CODES,
  initiativeById,
  initiativesForFunction,
  initiativesForMethodFunction,
  initiativesForModel,
  workingModel,
  type Initiative,
  type SourceTable,
} from './index.js';
import { LIFE_DOMAINS as LIFE_DOMAIN_CODES, SUPPORT_FUNCTIONS as SUPPORT_FUNCTION_CODES } from '../vocabularies/index.js';

/**
 * Completeness of the catalogue against its sources. The expected names and counts below are our
 * reading of seed 003 (tables 2–16) and seed 000 (chapter 5); if a test and the source disagree,
 * the source wins and one of the two is wrong.
 */


/** Names as they appear in tables 3–9: rows of their own, then the lists under tables 4 and 6. */
const TABLE_NAMES: Readonly<Record<SourceTable, { beschreven: readonly string[]; andere_voorbeelden: readonly string[] }>> = {
  3: {
    beschreven: ['Spring Mee', 'Die ken ik', 'Vrienden maken… kun je leren', 'Zin in vriendschap', 'Project Network', 'MIRIAM'],
    andere_voorbeelden: [],
  },
  4: {
    beschreven: [
      'ArmenTeKort',
      'DUO Plus',
      'Een Paar Apart',
      'Mix & Match',
      'Aangen@me kennismaking',
      'Tandemproject Luidsprekers',
      'Maatjesproject New@Home',
      'Buddywerking Vlaanderen',
    ],
    andere_voorbeelden: [
      'Humanitas Tandem',
      'Special Buddyproject Schuldpreventie',
      'Homiesproject',
      'Buddy bij de wieg',
      '2spraak',
      'SporTaal, samen sporten met een nieuwkomer',
      'Dynamic Duo',
      'Kompanjon vzw',
      'Cultuurverkenners',
      'Samen Inburgeren',
      'Brug Binnen Buiten',
      'Metawonen vzw',
      'CoHousing Curant',
    ],
  },
  5: {
    beschreven: [
      'Eigen Kracht-conferentie (EKC)',
      'Persoonlijke Toekomstplanning (PTP)',
      'MEE Sociale Netwerk Versterking (SNV)',
      'Familieberaad',
      'Sonestra (Sociale NetwerkStrategieën)',
      'Familiezorgconferentie',
      'Natuurlijk, een netwerkcoach',
      'Community Support',
      'Als het misgaat… bel ik jou',
    ],
    andere_voorbeelden: [],
  },
  6: {
    beschreven: [
      'Verenigingen waar armen het woord nemen',
      'Oudergespreksgroepen',
      'Eigenhandig Ervaringsdeskundig Plan (EEP)',
      'MAX 50Plusnet',
      'Spel- en ontmoetingsruimte / Peuterspeelpunten / Speelbabbel / Praat- en spelateliers',
      'Mamacafés / babycafés',
    ],
    andere_voorbeelden: ['Samen koken, samen eten', 'Roze Maatjes'],
  },
  7: {
    beschreven: [
      'Thuiscompagnie',
      'Zorgnetwerken',
      'De Katrol',
      'Families First',
      'Domo',
      'Columbusproject',
      'Signs of Safety',
      'Maatschappelijke steunsystemen (MMS)',
      'Ervaringsgericht groepswerk',
    ],
    andere_voorbeelden: [],
  },
  8: {
    beschreven: [
      'Inloopcentra',
      'Welzijnsschakels',
      'Sociaal Winkelpunt / Sociale Kruidenier / Sociale buurtwinkels',
      'Sociale restaurants',
      '’t Vlot',
    ],
    andere_voorbeelden: [],
  },
  9: {
    beschreven: [
      'Buurtcentra / buurtwerk / wijkcentra',
      'Dienstencentra',
      'Multihuis',
      'Buurtvervlechting',
      'TijdVoorElkaar',
      'Wijk en psychiatrie (WeP)',
      'Bruggenbouwer',
      'ABCD (Asset-Based Community Development)',
    ],
    andere_voorbeelden: [],
  },
};

/** The routes of seed 000, chapter 5 ("Het sociaal netwerk verbreden"), by catalogue id. */
const SEED_000_ROUTES = [
  'school-als-ontmoetingsplaats',
  'groepswerkingen',
  'domo',
  'sociale-restaurants',
  'dienstencentra',
  'verenigingen-en-sportclubs',
  'steunpunt-vakantieparticipatie',
  'rap-op-stap',
  'activering',
];

/** Initiatives the sources place outside the seven models (indirect network strengthening). */
const OUTSIDE_MODELS = ['deeltijds-kunstonderwijs', 'steunpunt-vakantieparticipatie', 'rap-op-stap', 'activering'];

const TABLES: readonly SourceTable[] = [3, 4, 5, 6, 7, 8, 9];

function inTable(table: SourceTable, entry?: 'beschreven' | 'andere_voorbeelden'): Initiative[] {
  return INITIATIVES.filter((i) => i.listing?.table === table && (entry === undefined || i.listing.entry === entry));
}

/** Every object with nl, fr and en keys anywhere inside a value, with the path to it. */
function findLabels(value: unknown, path: string, found: { path: string; labels: Record<string, unknown> }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findLabels(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('nl' in record || 'fr' in record || 'en' in record) found.push({ path, labels: record });
    for (const [key, child] of Object.entries(record)) findLabels(child, `${path}.${key}`, found);
  }
}

function allKeys(value: unknown, keys: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, keys));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      allKeys(child, keys);
    }
  }
  return keys;
}

describe('working models (seed 003, chapter 4 and 6.3)', () => {
  it('[CAT1] has exactly the seven models, once each', () => {
    expect(WORKING_MODELS).toHaveLength(7);
    expect(WORKING_MODELS.map((m) => m.code)).toEqual([...WORKING_MODEL_CODES]);
    for (const code of WORKING_MODEL_CODES) expect(workingModel(code).code).toBe(code);
  });

  it('[CAT2] every model has all five parameters, with roles for volunteer and professional', () => {
    for (const model of WORKING_MODELS) {
      const p = model.parameters;
      expect(p.individualOrGroup.code, model.code).toBeTruthy();
      expect(p.personsDeployed.code, model.code).toBeTruthy();
      expect(p.priorRelation.code, model.code).toBeTruthy();
      expect(p.professionalRole.variants.length, model.code).toBeGreaterThan(0);
      for (const set of p.professionalRole.variants) expect(set.roles.length, model.code).toBeGreaterThan(0);
      if (p.volunteerRole.involvement === 'niet_van_toepassing') {
        expect(p.volunteerRole.variants, model.code).toEqual([]);
      } else {
        expect(p.volunteerRole.variants.length, model.code).toBeGreaterThan(0);
        for (const set of p.volunteerRole.variants) expect(set.roles.length, model.code).toBeGreaterThan(0);
      }
    }
  });

  it('[CAT3] the parameters match table 2 of seed 003', () => {
    const summary = Object.fromEntries(
      WORKING_MODELS.map((m) => [
        m.code,
        [
          m.parameters.individualOrGroup.code,
          m.parameters.personsDeployed.code,
          m.parameters.priorRelation.code,
          m.parameters.volunteerRole.involvement,
          m.parameters.volunteerRole.variants.map((v) => `${v.variant ?? '-'}:${v.roles.join('+')}`).join(' '),
          m.parameters.professionalRole.variants.map((v) => `${v.variant ?? '-'}:${v.roles.join('+')}`).join(' '),
        ],
      ]),
    );
    expect(summary).toEqual({
      persoonlijke_competentieversterking: ['individueel', 'betrokkene_zelf', 'niet_van_toepassing', 'niet_van_toepassing', '', '-:educatief'],
      persoonlijke_vriend: [
        'individueel',
        'een_sleutelfiguur',
        'neen',
        'ingezet',
        '-:sociale_steun+sociale_relatie+overbruggen',
        '-:coordinatie_vrijwilligers',
      ],
      persoonlijk_netwerk: [
        'individueel',
        'meerdere_persoonlijke_contacten_of_vrijwilligers',
        'noodzakelijk',
        'ingezet',
        'a:trajectbegeleiding b:sociale_steun+sociale_relatie',
        'a:coordinatie_vrijwilligers b:trajectbegeleiding',
      ],
      lotgenotennetwerk: [
        'beide',
        'meerdere_vrijwilligers',
        'niet_noodzakelijk',
        'ingezet',
        '-:sociale_steun+ervaringsdeskundigheid',
        '-:coordinatie_activiteiten+coordinatie_vrijwilligers',
      ],
      contextgericht_via_organisatie: [
        'beide',
        'meerdere_persoonlijke_contacten_of_vrijwilligers',
        'noodzakelijk',
        'ingezet',
        '-:sociale_steun',
        '-:trajectbegeleiding+coordinatie_netwerk',
      ],
      vrijwilligerswerking_via_organisatie: [
        'groep',
        'meerdere_vrijwilligers',
        'mogelijk_niet_noodzakelijk',
        'ingezet',
        '-:recreatief+sociale_relatie+sociale_steun',
        '-:coordinatie_activiteiten+coordinatie_vrijwilligers',
      ],
      netwerk_via_regio_of_locatie: [
        'groep',
        'meerdere_contacten_buurt',
        'mogelijk_niet_noodzakelijk',
        'mogelijk_via_organisatie',
        '-:recreatief+sociale_relatie+sociale_steun',
        '-:coordinatie_activiteiten_buurt_vereniging',
      ],
    });
  });

  it('[CAT4] every model has strengths/opportunities and weaknesses/threats from its SWOT table', () => {
    for (const model of WORKING_MODELS) {
      expect(model.strengthsAndOpportunities.filter((s) => s.origin === 'tabel').length, model.code).toBeGreaterThan(0);
      expect(model.weaknessesAndThreats.filter((s) => s.origin === 'tabel').length, model.code).toBeGreaterThan(0);
      expect(model.tables.swot, model.code).toBe(model.tables.examples + 7);
    }
  });

  it('[CAT5] the SWOT tables 10–16 are complete (points per table, sub-bullets counted)', () => {
    const counts = Object.fromEntries(
      WORKING_MODELS.map((m) => [
        m.code,
        [
          m.strengthsAndOpportunities.filter((s) => s.origin === 'tabel').length,
          m.weaknessesAndThreats.filter((s) => s.origin === 'tabel').length,
          m.conditions.filter((c) => c.origin === 'tabel').length,
        ],
      ]),
    );
    expect(counts).toEqual({
      persoonlijke_competentieversterking: [4, 15, 7],
      persoonlijke_vriend: [5, 7, 10],
      persoonlijk_netwerk: [4, 11, 5],
      lotgenotennetwerk: [7, 6, 4],
      contextgericht_via_organisatie: [3, 2, 3],
      vrijwilligerswerking_via_organisatie: [5, 4, 4],
      netwerk_via_regio_of_locatie: [7, 7, 0],
    });
  });

  it('[CAT6] every model has conditions; where its table names none, the model says so', () => {
    for (const model of WORKING_MODELS) {
      expect(model.conditions.length, model.code).toBeGreaterThan(0);
      const fromTable = model.conditions.filter((c) => c.origin === 'tabel');
      if (fromTable.length === 0) expect(model.conditionsNote, model.code).not.toBeNull();
    }
    expect(GENERAL_CONDITIONS.length).toBeGreaterThan(0);
  });

  it('[CAT7] models carry no score, rank or order of merit', () => {
    const keys = allKeys(WORKING_MODELS, new Set());
    for (const forbidden of ['score', 'rank', 'ranking', 'rating', 'merit', 'weight', 'effectiveness']) {
      expect(keys.has(forbidden), forbidden).toBe(false);
    }
  });
});

describe('method functions (seed 003, 4.2)', () => {
  it('[CAT8] has the six functions of the source', () => {
    expect(METHOD_FUNCTIONS.map((f) => f.code)).toEqual([...METHOD_FUNCTION_CODES]);
    expect(METHOD_FUNCTIONS).toHaveLength(6);
  });
});

describe('initiatives (seed 003 tables 3–9, seed 000 chapter 5)', () => {
  it('[CAT9] has at least fifty initiatives with unique kebab-case ids', () => {
    expect(INITIATIVES.length).toBeGreaterThanOrEqual(50);
    const ids = INITIATIVES.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('[CAT10] every initiative references existing models, at least one unless the source places it outside them', () => {
    const known = new Set<string>(WORKING_MODEL_CODES);
    for (const i of INITIATIVES) {
      for (const m of i.models) expect(known.has(m), `${i.id}: ${m}`).toBe(true);
      expect(new Set(i.models).size, i.id).toBe(i.models.length);
      if (i.modelFit === 'geen_werkmodel') expect(i.models, i.id).toEqual([]);
      else expect(i.models.length, i.id).toBeGreaterThan(0);
    }
    expect(INITIATIVES.filter((i) => i.models.length === 0).map((i) => i.id).sort()).toEqual([...OUTSIDE_MODELS].sort());
  });

  it('[CAT11] every table of seed 003 is represented, with the counts of the table', () => {
    const counts = Object.fromEntries(
      TABLES.map((t) => [t, [inTable(t, 'beschreven').length, inTable(t, 'andere_voorbeelden').length]]),
    );
    expect(counts).toEqual({ 3: [6, 0], 4: [8, 13], 5: [9, 0], 6: [6, 2], 7: [9, 0], 8: [5, 0], 9: [8, 0] });
    expect(INITIATIVES.filter((i) => i.listing !== null)).toHaveLength(66);
  });

  it('[CAT12] every named example of tables 3–9 is in the catalogue, under its table', () => {
    for (const t of TABLES) {
      expect(inTable(t, 'beschreven').map((i) => i.name), `tabel ${t}`).toEqual(TABLE_NAMES[t].beschreven);
      expect(inTable(t, 'andere_voorbeelden').map((i) => i.name), `tabel ${t}`).toEqual(TABLE_NAMES[t].andere_voorbeelden);
    }
  });

  it('[CAT13] a table entry lists its table’s model first and cites that table', () => {
    for (const i of INITIATIVES) {
      if (i.listing === null) {
        expect(i.modelFit, i.id).not.toBe('in_tabel');
        continue;
      }
      expect(i.modelFit, i.id).toBe('in_tabel');
      expect(i.models[0], i.id).toBe(MODEL_OF_TABLE[i.listing.table]);
      expect(i.sources[0], i.id).toMatchObject({ seed: '003' });
      expect(i.sources[0].where, i.id).toContain(`tabel ${i.listing.table}`);
      // A second model is the catalogue's reading and must be explained.
      if (i.models.length > 1) expect(i.note, i.id).toBeDefined();
    }
  });

  it('[CAT14] the local routes of seed 000 are all there and cite seed 000', () => {
    for (const id of SEED_000_ROUTES) {
      const initiative = initiativeById(id);
      expect(initiative, id).toBeDefined();
      expect(initiative?.sources.some((s) => s.seed === '000'), id).toBe(true);
    }
  });

  it('[CAT15] per working model, the table counts add up to the initiatives listed under it', () => {
    const perModel = Object.fromEntries(WORKING_MODEL_CODES.map((code) => [code, initiativesForModel(code).length]));
    expect(perModel).toEqual({
      persoonlijke_competentieversterking: 6 + 1, // table 3, plus groepswerkingen (seed 000)
      persoonlijke_vriend: 21 + 1, // table 4, plus Domo (table 7)
      persoonlijk_netwerk: 9,
      lotgenotennetwerk: 8 + 1, // table 6, plus groepswerkingen (seed 000)
      contextgericht_via_organisatie: 9,
      vrijwilligerswerking_via_organisatie: 5 + 3, // table 8, plus Mix & Match, Koffie & formulieren, verenigingen
      netwerk_via_regio_of_locatie: 8 + 4, // table 9, plus DUO Plus, Koffie & formulieren, school, verenigingen
    });
  });

  it('[CAT16] codes of functions, support functions and life domains are known', () => {
    const functions = new Set<string>(METHOD_FUNCTION_CODES);
    const support = new Set<string>(SUPPORT_FUNCTION_CODES);
    const domains = new Set<string>(LIFE_DOMAIN_CODES);
    for (const i of INITIATIVES) {
      expect(i.functions.length, i.id).toBeGreaterThan(0);
      for (const f of i.functions) expect(functions.has(f), `${i.id}: ${f}`).toBe(true);
      for (const f of i.supportFunctions) expect(support.has(f), `${i.id}: ${f}`).toBe(true);
      for (const d of i.domains) expect(domains.has(d), `${i.id}: ${d}`).toBe(true);
    }
  });

  it('[CAT17] unknown facts are said to be unknown, not left empty', () => {
    for (const i of INITIATIVES) {
      expect(i.name.trim(), i.id).not.toBe('');
      expect(i.organisation.trim(), i.id).not.toBe('');
      expect(i.location.trim(), i.id).not.toBe('');
      expect(i.sources.length, i.id).toBeGreaterThan(0);
    }
  });
});

describe('labels', () => {
  it('[CAT18] every label in the catalogue has non-empty nl, fr and en', () => {
    const found: { path: string; labels: Record<string, unknown> }[] = [];
    findLabels({ WORKING_MODELS, GENERAL_CONDITIONS, METHOD_FUNCTIONS, INITIATIVES }, 'catalogue', found);
    expect(found.length).toBeGreaterThan(300);
    for (const { path, labels } of found) {
      for (const lang of ['nl', 'fr', 'en']) {
        const text = labels[lang];
        expect(typeof text === 'string' && text.trim().length > 0, `${path}.${lang}`).toBe(true);
      }
    }
  });
});

describe('helpers', () => {
  it('[CAT19] initiativesForModel returns the initiatives of that model', () => {
    const peers = initiativesForModel('lotgenotennetwerk');
    for (const i of inTable(6)) expect(peers).toContain(i);
    expect(peers.every((i) => i.models.includes('lotgenotennetwerk'))).toBe(true);
  });

  it('[CAT20] initiativesForFunction returns the initiatives that offer that support function', () => {
    const material = initiativesForFunction('materieel');
    expect(material.map((i) => i.id)).toContain('sociaal-winkelpunt');
    expect(material.every((i) => i.supportFunctions.includes('materieel'))).toBe(true);
    for (const code of SUPPORT_FUNCTION_CODES) expect(initiativesForFunction(code).length, code).toBeGreaterThan(0);
  });

  it('[CAT21] initiativesForMethodFunction covers every method function', () => {
    for (const code of METHOD_FUNCTION_CODES) expect(initiativesForMethodFunction(code).length, code).toBeGreaterThan(0);
  });

  it('[CAT22] initiativeById finds by id and returns undefined for an unknown id', () => {
    expect(initiativeById('domo')?.name).toBe('Domo');
    expect(initiativeById('bestaat-niet')).toBeUndefined();
  });
});

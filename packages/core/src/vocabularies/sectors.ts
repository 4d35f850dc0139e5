import type { VocabularyEntry } from './vocabulary.js';

/**
 * Sector schemes: who an alter is to the ego. Scheme B (four sectors, the classic Netzwerkkarte)
 * is the default; scheme A groups into three. An alter may stay uncategorised (sector null):
 * categorising people is optional (seed 004: "mensen gewoon in de tekening zetten").
 */
export const SECTOR_SCHEME_CODES = ['B', 'A'] as const;
export type SectorSchemeCode = (typeof SECTOR_SCHEME_CODES)[number];

export const SECTORS_B = ['familie', 'vrienden_kennissen', 'samenleving', 'hulpverlening'] as const;
export const SECTORS_A = ['verwanten', 'vriendschappelijk', 'maatschappelijke_diensten'] as const;
export type SectorB = (typeof SECTORS_B)[number];
export type SectorA = (typeof SECTORS_A)[number];
export type SectorCode = SectorB | SectorA;

export interface SectorEntry extends VocabularyEntry<SectorCode> {
  /** Alters in this sector are formal (professionals, services) unless said otherwise. */
  readonly formalByDefault: boolean;
}

export interface SectorScheme {
  readonly code: SectorSchemeCode;
  readonly labels: VocabularyEntry['labels'];
  readonly sectors: readonly SectorEntry[];
}

const seed004Grouping = { seed: '004', where: 'netwerkanalyse: verzamelingen van contacten' } as const;

export const SECTOR_SCHEME_B: SectorScheme = {
  code: 'B',
  labels: { nl: 'Vier sectoren', fr: 'Quatre secteurs', en: 'Four sectors' },
  sectors: [
    {
      code: 'familie',
      labels: { nl: 'Familie', fr: 'Famille', en: 'Family' },
      explanation: {
        nl: 'Partner, gezin, familie en schoonfamilie.',
        fr: 'Partenaire, ménage, famille et belle-famille.',
        en: 'Partner, household, relatives and in-laws.',
      },
      formalByDefault: false,
      sources: [seed004Grouping],
    },
    {
      code: 'vrienden_kennissen',
      labels: { nl: 'Vrienden en kennissen', fr: 'Amis et connaissances', en: 'Friends and acquaintances' },
      explanation: {
        nl: 'Mensen die je zelf kiest om mee op te trekken.',
        fr: 'Les personnes que vous choisissez de fréquenter.',
        en: 'People you choose to spend time with.',
      },
      formalByDefault: false,
      sources: [seed004Grouping],
    },
    {
      code: 'samenleving',
      labels: { nl: 'Buurt, school, werk en vrije tijd', fr: 'Quartier, école, travail et loisirs', en: 'Neighbourhood, school, work and leisure' },
      explanation: {
        nl: 'Buren, school, collega’s, clubs, lotgenoten en vrijwilligers.',
        fr: 'Voisins, école, collègues, clubs, pairs et bénévoles.',
        en: 'Neighbours, school, colleagues, clubs, peers and volunteers.',
      },
      formalByDefault: false,
      sources: [seed004Grouping],
    },
    {
      code: 'hulpverlening',
      labels: { nl: 'Hulpverlening', fr: 'Aide professionnelle', en: 'Professional help' },
      explanation: {
        nl: 'Mensen en diensten die betaald worden om te helpen.',
        fr: 'Personnes et services payés pour aider.',
        en: 'People and services that are paid to help.',
      },
      formalByDefault: true,
      sources: [seed004Grouping],
    },
  ],
};

export const SECTOR_SCHEME_A: SectorScheme = {
  code: 'A',
  labels: { nl: 'Drie groepen', fr: 'Trois groupes', en: 'Three groups' },
  sectors: [
    {
      code: 'verwanten',
      labels: { nl: 'Verwanten', fr: 'Parenté', en: 'Relatives' },
      explanation: {
        nl: 'Familie door bloed of huwelijk.',
        fr: 'La famille par le sang ou par alliance.',
        en: 'Family by blood or marriage.',
      },
      formalByDefault: false,
      sources: [seed004Grouping],
    },
    {
      code: 'vriendschappelijk',
      labels: { nl: 'Vriendschappelijk', fr: 'Amical', en: 'Friendly ties' },
      explanation: {
        nl: 'Vrienden, collega’s, buren, kennissen en contacten online.',
        fr: 'Amis, collègues, voisins, connaissances et contacts en ligne.',
        en: 'Friends, colleagues, neighbours, acquaintances and online contacts.',
      },
      formalByDefault: false,
      sources: [seed004Grouping],
    },
    {
      code: 'maatschappelijke_diensten',
      labels: { nl: 'Diensten', fr: 'Services', en: 'Services' },
      explanation: {
        nl: 'Huisarts, werkgever, hulpverleners, wijkagent.',
        fr: 'Médecin traitant, employeur, intervenants, agent de quartier.',
        en: 'GP, employer, care workers, community police officer.',
      },
      formalByDefault: true,
      sources: [seed004Grouping],
    },
  ],
};

export const SECTOR_SCHEMES: Readonly<Record<SectorSchemeCode, SectorScheme>> = {
  B: SECTOR_SCHEME_B,
  A: SECTOR_SCHEME_A,
};

export function sectorCodesOf(scheme: SectorSchemeCode): readonly SectorCode[] {
  return SECTOR_SCHEMES[scheme].sectors.map((sector) => sector.code);
}

export function isFormalByDefault(sector: SectorCode | null): boolean {
  if (sector === null) return false;
  return SECTOR_SCHEME_B.sectors.concat(SECTOR_SCHEME_A.sectors).some((s) => s.code === sector && s.formalByDefault);
}

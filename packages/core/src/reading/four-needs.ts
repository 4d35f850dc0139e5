import type { Labels, SourceRef } from '../labels.js';
import type { Indicators } from '../indicators/index.js';
import type { AlterId, Snapshot } from '../records/index.js';
import type { FixedArrangement, SupportFunction } from '../vocabularies/index.js';

/**
 * Seed 004's four needs a network meets (affective, belonging, material, stability), read from
 * a snapshot. The first three come from the support functions already on the map; stability from
 * the people with a fixed arrangement (`fixedArrangement`). A view on the map, not an indicator:
 * the eight support functions and the indicators of docs/indicators.md stay as they are.
 */
export const NEEDS = ['affectief', 'erbij_horen', 'materieel', 'stabiliteit'] as const;
export type Need = (typeof NEEDS)[number];

const s004 = { seed: '004', where: 'vier behoeften die een netwerk vervult' } as const satisfies SourceRef;

export interface NeedEntry {
  readonly code: Need;
  readonly labels: Labels;
  readonly explanation: Labels;
  /** The support functions that meet this need; none for stability. */
  readonly functions: readonly SupportFunction[];
  readonly sources: readonly SourceRef[];
}

export const NEED_VOCABULARY: readonly NeedEntry[] = [
  {
    code: 'affectief', functions: ['emotioneel'], sources: [s004],
    labels: { nl: 'Warmte en aandacht', fr: 'Chaleur et attention', en: 'Warmth and attention' },
    explanation: { nl: 'Iemand die om je geeft en naar je luistert.', fr: 'Quelqu’un qui tient à vous et vous écoute.', en: 'Someone who cares about you and listens.' },
  },
  {
    code: 'erbij_horen', functions: ['erbij_horen'], sources: [s004],
    labels: { nl: 'Erbij horen', fr: 'Faire partie', en: 'Belonging' },
    explanation: { nl: 'Mensen bij wie je je thuis en veilig voelt.', fr: 'Des gens avec qui vous vous sentez chez vous et en sécurité.', en: 'People you feel at home and safe with.' },
  },
  {
    code: 'materieel', functions: ['materieel', 'praktisch'], sources: [s004],
    labels: { nl: 'Spullen en praktische hulp', fr: 'Biens et aide pratique', en: 'Goods and practical help' },
    explanation: { nl: 'Hulp met wonen, eten, geld of dingen doen.', fr: 'De l’aide pour le logement, la nourriture, l’argent ou les tâches.', en: 'Help with housing, food, money or getting things done.' },
  },
  {
    code: 'stabiliteit', functions: [], sources: [s004],
    labels: { nl: 'Zekerheid', fr: 'Sécurité', en: 'Certainty' },
    explanation: { nl: 'Mensen op wie je vast kan rekenen: een vaste afspraak, een contract, een lidmaatschap.', fr: 'Des personnes sur qui vous pouvez compter à coup sûr : un accord fixe, un contrat, une affiliation.', en: 'People you can count on for sure: a fixed agreement, a contract, a membership.' },
  },
];

export interface NeedReading {
  readonly need: Need;
  /** Who meets it, active people only, in snapshot order. */
  readonly people: readonly AlterId[];
  /** For stability: each person's arrangement. */
  readonly arrangements: Readonly<Partial<Record<AlterId, FixedArrangement>>>;
}

/** The four needs of a snapshot, in seed 004's order. */
export function readFourNeeds(indicators: Indicators, snapshot: Snapshot): readonly NeedReading[] {
  const active = snapshot.alters.filter((a) => a.status === 'actief');
  return NEED_VOCABULARY.map((entry): NeedReading => {
    if (entry.code === 'stabiliteit') {
      const withArrangement = active.filter((a) => a.fixedArrangement !== undefined);
      return {
        need: entry.code,
        people: withArrangement.map((a) => a.id),
        arrangements: Object.fromEntries(withArrangement.map((a) => [a.id, a.fixedArrangement])),
      };
    }
    const providing = new Set<AlterId>();
    for (const fn of entry.functions) {
      const p = indicators.providers[fn];
      for (const id of [...(p?.informal ?? []), ...(p?.formal ?? [])]) providing.add(id);
    }
    return { need: entry.code, people: active.filter((a) => providing.has(a.id)).map((a) => a.id), arrangements: {} };
  });
}

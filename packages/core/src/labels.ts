/** The three languages of the product; Dutch is the default. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A text in every language of the product. */
export interface Labels {
  readonly nl: string;
  readonly fr: string;
  readonly en: string;
}

/** Which of the five source documents (shared/seeds) a term or fact comes from, and where. */
export interface SourceRef {
  readonly seed: '000' | '001' | '002' | '003' | '004';
  readonly where: string;
}

/** Short names of the source documents, for citing them in the product and the docs. */
export const SEEDS: Readonly<Record<SourceRef['seed'], string>> = {
  '000': 'Thuiscompagnie, handboek: het sociaal netwerk van gezinnen',
  '001': 'Caritas Vlaanderen, Gezinvol Ondersteunen',
  '002': 'Kenniscentrum WWZ, Zorgkracht in persoonlijke netwerken van Brusselaars',
  '003': 'Odisee, Persoonlijke netwerkversterking bij mensen in armoede',
  '004': 'Steunpunt Algemeen Welzijnswerk, inhoudelijk kader sociale netwerken',
};

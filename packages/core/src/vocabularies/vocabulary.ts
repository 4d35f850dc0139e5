import type { Labels, Language, SourceRef } from '../labels.js';

/** One value of a controlled vocabulary: a stable code (never shown) with its labels and source. */
export interface VocabularyEntry<C extends string = string> {
  readonly code: C;
  readonly labels: Labels;
  /** A plain-language explanation (B1), where the label alone is not enough. */
  readonly explanation?: Labels;
  readonly sources: readonly SourceRef[];
}

export type Vocabulary<C extends string = string> = readonly VocabularyEntry<C>[];

/** The codes of a vocabulary as a tuple, for building zod enums from the data itself. */
export function codesOf<C extends string>(vocabulary: Vocabulary<C>): [C, ...C[]] {
  const codes = vocabulary.map((entry) => entry.code);
  if (codes.length === 0) throw new Error('a vocabulary needs at least one entry');
  return codes as [C, ...C[]];
}

/** The label of a code in a language; the code itself when the vocabulary does not know it. */
export function labelOf<C extends string>(vocabulary: Vocabulary<C>, code: C, lang: Language): string {
  return vocabulary.find((entry) => entry.code === code)?.labels[lang] ?? code;
}

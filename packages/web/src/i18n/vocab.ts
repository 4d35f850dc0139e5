import {
  labelOf, RING_VOCABULARY, ROLE_VOCABULARY, SECTOR_SCHEMES, SUPPORT_FUNCTION_VOCABULARY, type Language,
  type SectorCode, type SupportFunction,
} from '@netwerkkracht/core';

/** Screen labels of domain codes, from core's vocabularies (the codes are never shown). */
export function sectorLabel(sector: SectorCode | null, lang: Language, uncategorised: string): string {
  if (sector === null) return uncategorised;
  for (const scheme of Object.values(SECTOR_SCHEMES)) {
    const entry = scheme.sectors.find((s) => s.code === sector);
    if (entry) return entry.labels[lang];
  }
  return sector;
}

export function functionLabel(f: SupportFunction, lang: Language): string {
  return labelOf(SUPPORT_FUNCTION_VOCABULARY, f, lang);
}

/** Ring names for the default three rings; other ring counts are numbered. */
export function ringLabel(ring: number, ringCount: number, lang: Language, numbered: (n: number) => string): string {
  if (ringCount === 3) {
    const entry = RING_VOCABULARY.find((r) => r.code === String(ring));
    if (entry) return entry.labels[lang];
  }
  return numbered(ring);
}

/** A role is a code of the role list or free text; show the label for a code. */
export function roleLabel(role: string | undefined, lang: Language): string {
  if (role === undefined) return '';
  return ROLE_VOCABULARY.find((r) => r.code === role)?.labels[lang] ?? role;
}

/** Typed text that matches a role label (in any language) is stored as the role's code. */
export function roleFromText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const lower = trimmed.toLocaleLowerCase();
  const match = ROLE_VOCABULARY.find((r) => r.code === trimmed || Object.values(r.labels).some((l) => l.toLocaleLowerCase() === lower));
  return match?.code ?? trimmed;
}

/** Names joined the way people say them: "Ann, Jan en Rita". */
export function joinNames(names: readonly string[], lang: Language): string {
  const and = lang === 'nl' ? 'en' : lang === 'fr' ? 'et' : 'and';
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

import type { Language } from '../labels.js';
import type { AlterId } from '../records/index.js';
import {
  APPRAISAL_VOCABULARY, labelOf, QUADRANT_VOCABULARY, SECTOR_SCHEME_A, SECTOR_SCHEME_B, STATUS_VOCABULARY,
  SUPPORT_FUNCTION_VOCABULARY, type SectorCode,
} from '../vocabularies/index.js';
import type { Observation, ObservationCode, ObservedSection, ParamKey, ParamValue, SectionCode } from './observations.js';
import { PARAM_KEYS } from './observations.js';
import { READING_MESSAGES, type ReadingCatalogue } from './reading-messages.js';

export interface ReadingSection {
  readonly code: SectionCode;
  readonly heading: string;
  readonly lines: readonly string[];
  /** The data behind the lines, one observation per line, for a UI that renders its own way. */
  readonly observations: readonly Observation[];
}

/** A plain-language reading: UI-neutral sections with a heading and lines of text. */
export interface Reading {
  readonly lang: Language;
  readonly sections: readonly ReadingSection[];
}

/** Gives the display name of an alter; the id itself when the alter is unknown. */
export type NameOf = (id: AlterId) => string;

export function renderSections(observed: readonly ObservedSection[], lang: Language, nameOf: NameOf): Reading {
  const catalogue = READING_MESSAGES[lang];
  return {
    lang,
    sections: observed.map((section) => ({
      code: section.code,
      heading: catalogue.sections[section.code],
      lines: section.observations.map((o) => renderObservation(o, catalogue, lang, nameOf)),
      observations: section.observations,
    })),
  };
}

export function renderObservation(o: Observation, catalogue: ReadingCatalogue, lang: Language, nameOf: NameOf): string {
  const texts = {} as Record<ParamKey, string>;
  const counts = {} as Record<ParamKey, number>;
  for (const key of PARAM_KEYS) {
    const value = o.params[key];
    texts[key] = value ? textOf(value, catalogue, lang, nameOf) : '';
    counts[key] = value ? countOf(value) : 0;
  }
  const template = catalogue.observations[o.code as ObservationCode];
  return capitalise(template(texts, counts));
}

function textOf(value: ParamValue, catalogue: ReadingCatalogue, lang: Language, nameOf: NameOf): string {
  switch (value.kind) {
    case 'number':
      return String(value.value);
    case 'percent':
      return value.value === null ? catalogue.unknown : catalogue.percent(value.value);
    case 'people':
      return joinList(value.ids.map(nameOf), catalogue.and);
    case 'functions':
      return joinLabels(value.codes.map((f) => lowerFirst(labelOf(SUPPORT_FUNCTION_VOCABULARY, f, lang))), catalogue);
    case 'sectors':
      return joinLabels(value.codes.map((s) => (s === null ? catalogue.noSector : lowerFirst(sectorLabel(s, lang)))), catalogue);
    case 'status':
      return value.code === null ? catalogue.notOnMap : lowerFirst(labelOf(STATUS_VOCABULARY, value.code, lang));
    case 'quadrant':
      return labelOf(QUADRANT_VOCABULARY, value.code, lang);
    case 'appraisal':
      return labelOf(APPRAISAL_VOCABULARY, value.code, lang);
    case 'metric':
      return catalogue.metrics[value.code];
  }
}

function countOf(value: ParamValue): number {
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'percent':
      return value.value ?? 0;
    case 'people':
      return value.ids.length;
    case 'functions':
    case 'sectors':
      return value.codes.length;
    default:
      return 1;
  }
}

function sectorLabel(code: SectorCode, lang: Language): string {
  return labelOf([...SECTOR_SCHEME_B.sectors, ...SECTOR_SCHEME_A.sectors], code, lang);
}

/** "A", "A en B", "A, B en C" (no serial comma, as Dutch and French write it; English allows it too). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/**
 * Labels such as "zorg en oppas" or "buurt, school, werk en vrije tijd" hold the list's own
 * separators; in a list of several, each is quoted so the reader sees where one ends.
 */
function joinLabels(labels: readonly string[], catalogue: ReadingCatalogue): string {
  const ambiguous = labels.length > 1 && labels.some((l) => l.includes(',') || l.includes(` ${catalogue.and} `));
  return joinList(ambiguous ? labels.map(catalogue.quote) : labels, catalogue.and);
}

function lowerFirst(text: string): string {
  // Abbreviations such as "CAW" or "OCMW" keep their capitals.
  if (text.length > 1 && text[1] === text[1]?.toUpperCase() && text[1] !== text[1]?.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

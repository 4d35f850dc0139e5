import type { AlterId } from '../records/index.js';
import type { AlterStatus, Appraisal, Quadrant, SectorCode, SupportFunction } from '../vocabularies/index.js';

/**
 * A plain-language reading is built in two steps: first observations (codes with parameters: pure
 * data, the same in every language, serialisable for the web app), then texts from a catalogue per
 * language (reading-messages.ts). Parameters are tagged so that a renderer knows that a list of ids
 * are people to name and a list of codes are support functions to label, and a UI can render them
 * its own way (chips, links to the person on the map).
 */

/** A value a text can use. Percentages are already whole numbers (see roundPercent). */
export type ParamValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'percent'; readonly value: number | null }
  | { readonly kind: 'people'; readonly ids: readonly AlterId[] }
  | { readonly kind: 'functions'; readonly codes: readonly SupportFunction[] }
  | { readonly kind: 'sectors'; readonly codes: readonly (SectorCode | null)[] }
  | { readonly kind: 'status'; readonly code: AlterStatus | null }
  | { readonly kind: 'quadrant'; readonly code: Quadrant }
  | { readonly kind: 'appraisal'; readonly code: Appraisal }
  | { readonly kind: 'metric'; readonly code: MetricCode };

/** The names parameters may have; templates can rely on exactly these. */
export const PARAM_KEYS = [
  'total', 'informal', 'formal', 'general', 'specialised', 'functions', 'function', 'count', 'people', 'person',
  'sectors', 'percent', 'sole', 'difference', 'ties', 'quadrant', 'appraisal', 'threshold', 'from', 'to',
  'gained', 'lost', 'changed', 'metric',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

export type ObservationParams = Readonly<Partial<Record<ParamKey, ParamValue>>>;

/** The sections of a reading of one snapshot, strengths first ("kansen en kwetsbaarheden"). */
export const SNAPSHOT_SECTIONS = [
  'strengths', 'support', 'reconnect', 'thin', 'carriers', 'balance', 'connections', 'careMix', 'reflection',
] as const;
/** The sections of a reading of a comparison of two snapshots. */
export const COMPARISON_SECTIONS = ['people', 'moves', 'functions', 'numbers'] as const;
export type SectionCode = (typeof SNAPSHOT_SECTIONS)[number] | (typeof COMPARISON_SECTIONS)[number];

export const OBSERVATION_CODES = [
  // strengths
  'active_people', 'no_active_people', 'informal_functions', 'spread', 'go_to_people', 'gives_too',
  'strong_ties', 'weak_ties', 'sectors_reached', 'bridging', 'opens_doors', 'supportive_people',
  // support
  'function_providers', 'no_support_marked',
  // reconnect
  'dormant', 'wished', 'lost',
  // thin
  'gaps', 'formal_only', 'professional_share', 'burdening', 'ambivalent', 'nothing_thin',
  // carriers
  'key_person', 'overloaded',
  // balance
  'reciprocity', 'balance_gives_more', 'balance_receives_more', 'balance_even',
  // connections
  'density', 'informal_density', 'too_small_for_density', 'clusters', 'one_cluster', 'isolates',
  // careMix
  'care_mix', 'care_mix_none',
  // reflection
  'quadrant', 'appraisal_open', 'next_step',
  // comparison
  'cmp_added', 'cmp_new_wished', 'cmp_left', 'cmp_inactive', 'cmp_reactivated', 'cmp_wished_realised', 'cmp_restored',
  'cmp_status', 'cmp_closer', 'cmp_further', 'cmp_sector', 'cmp_functions', 'cmp_no_moves',
  'cmp_no_people_changes', 'cmp_no_function_changes', 'cmp_count', 'cmp_percent',
] as const;
export type ObservationCode = (typeof OBSERVATION_CODES)[number];

/** The indicators a comparison reports as "then and now". */
export const METRIC_CODES = [
  'size', 'informalSize', 'formalSize', 'dormantCount', 'wishedCount', 'gaps', 'formalOnly', 'keyPersons',
  'informalShare', 'professionalDependence', 'reciprocityShare', 'density',
] as const;
export type MetricCode = (typeof METRIC_CODES)[number];

export interface Observation {
  readonly code: ObservationCode;
  readonly params: ObservationParams;
}

export interface ObservedSection {
  readonly code: SectionCode;
  readonly observations: readonly Observation[];
}

/**
 * A share as a whole percentage. A share strictly between 0 and 1 never shows as 0 % or 100 %:
 * "0 %" of the support from professionals when one function in two hundred comes from them would
 * be read as "none", which is not true.
 */
export function roundPercent(share: number): number {
  if (!(share > 0)) return 0;
  if (share >= 1) return 100;
  return Math.min(99, Math.max(1, Math.round(share * 100)));
}

/**
 * Whole percentages of shares that sum to 1, summing to exactly 100 (largest remainder), so a
 * care mix of three thirds reads 34 / 33 / 33 and never 33 / 33 / 33.
 */
export function roundPercentsTo100(shares: readonly number[]): number[] {
  const raw = shares.map((s) => Math.max(0, s) * 100);
  const floors = raw.map(Math.floor);
  if (raw.reduce((a, b) => a + b, 0) < 99.5) return floors.map((_, i) => Math.round(raw[i] ?? 0));
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors;
}

import { SUPPORT_FUNCTIONS, type SupportFunction } from '../vocabularies/index.js';

/**
 * Settings of the indicator engine. An organisation may change them; the defaults are those of
 * docs/indicators.md.
 */
export interface IndicatorSettings {
  /** Q1: a network is "rich" when it has at least this many active informal alters (Machielse). */
  readonly richThreshold: number;
  /** O1: an alter from whom at least this many functions are received may be overloaded. */
  readonly overloadThreshold: number;
  /** The support functions the organisation works with (the default vocabulary: all eight). */
  readonly functions: readonly SupportFunction[];
}

export const DEFAULT_INDICATOR_SETTINGS: IndicatorSettings = {
  richThreshold: 6,
  overloadThreshold: 4,
  functions: SUPPORT_FUNCTIONS,
};

export function indicatorSettings(overrides: Partial<IndicatorSettings> = {}): IndicatorSettings {
  return { ...DEFAULT_INDICATOR_SETTINGS, ...overrides };
}

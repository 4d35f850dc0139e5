/**
 * Thresholds of the suggestion rules that are not indicator settings. An organisation may change
 * them; the defaults are those of docs/plan-rules.md.
 */
export interface SuggestionSettings {
  /** S5: professional dependence (DP3) at or above this share suggests strengthening the own network. */
  readonly professionalDependenceThreshold: number;
  /** S8: fewer than this many bridging ties plus informal linking ties suggests broadening. */
  readonly minBridgingTies: number;
  /** S9: a reciprocity share (R3) below this suggests ways to give back. */
  readonly lowReciprocityThreshold: number;
}

export const DEFAULT_SUGGESTION_SETTINGS: SuggestionSettings = {
  professionalDependenceThreshold: 0.5,
  minBridgingTies: 2,
  lowReciprocityThreshold: 0.5,
};

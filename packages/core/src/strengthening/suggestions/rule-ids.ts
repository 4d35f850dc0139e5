/**
 * The stable ids of the suggestion rules (docs/plan-rules.md, S1–S11). The order is the order in
 * which the rules are checked and listed: an order of reading, not of importance.
 */
export const SUGGESTION_RULE_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11'] as const;
export type SuggestionRuleId = (typeof SUGGESTION_RULE_IDS)[number];

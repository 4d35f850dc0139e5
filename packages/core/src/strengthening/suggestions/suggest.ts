import { INITIATIVES } from '../../catalogue/initiatives.js';
import type { Initiative } from '../../catalogue/types.js';
import { analyseSnapshot, DEFAULT_INDICATOR_SETTINGS, type Indicators, type IndicatorSettings, type MapShape } from '../../indicators/index.js';
import type { Snapshot } from '../../records/index.js';
import type { LocalService } from '../sociale-kaart/local-service.js';
import { initiativeOptions, localServiceOptions } from './rule-options.js';
import { SUGGESTION_RULES } from './suggestion-rules.js';
import { DEFAULT_SUGGESTION_SETTINGS, type SuggestionSettings } from './suggestion-settings.js';
import type { Suggestion } from './suggestion.js';

export interface SuggestInput {
  readonly snapshot: Snapshot;
  readonly map: MapShape;
  /** The snapshot's indicators when already computed (they are computed otherwise). */
  readonly indicators?: Indicators;
  readonly settings?: IndicatorSettings;
  readonly suggestionSettings?: SuggestionSettings;
  /** The family's municipality or region; when given, options are filtered by it (SR1, K1). */
  readonly region?: string;
  /** The organisation's sociale kaart, suggested alongside the catalogue. */
  readonly localServices?: readonly LocalService[];
  /** The catalogue to suggest from (the core's INITIATIVES by default). */
  readonly catalogue?: readonly Initiative[];
}

/**
 * Suggestions to strengthen a network (docs/plan-rules.md, S1–S11): every rule that holds for the
 * snapshot gives its suggestions, in rule order, each with its reason. Working models are listed
 * in catalogue order and nothing is scored: the research compares each model only with itself,
 * and the family chooses.
 */
export function suggestStrengthening(input: SuggestInput): readonly Suggestion[] {
  const settings = input.settings ?? DEFAULT_INDICATOR_SETTINGS;
  const catalogue = input.catalogue ?? INITIATIVES;
  const indicators = input.indicators ?? analyseSnapshot(input.snapshot, input.map, settings);
  const ruleInput = {
    snapshot: input.snapshot,
    indicators,
    settings,
    suggestionSettings: input.suggestionSettings ?? DEFAULT_SUGGESTION_SETTINGS,
    catalogue,
  };
  const local = input.localServices ?? [];
  return SUGGESTION_RULES.flatMap((rule) => rule(ruleInput)).map((firing): Suggestion => ({
    id: firing.id,
    rule: firing.rule,
    reason: firing.reason,
    link: firing.link,
    alterIds: firing.alterIds,
    functions: firing.functions,
    models: firing.options.models,
    initiatives: initiativeOptions(firing.options, catalogue, input.region),
    localServices: localServiceOptions(firing.options, local, input.region),
  }));
}

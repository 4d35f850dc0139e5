import type { Suggestion } from '@netwerkkracht/core';

export interface SuggestionOption {
  readonly kind: 'model' | 'initiative' | 'service';
  readonly id: string;
  readonly label: string;
}

/**
 * What the family can choose from one suggestion: working models, initiatives and local
 * services. Models are sorted by their name only, so the list never reads as a ranking (the
 * research compares them on parameters, not on which is better).
 */
export function suggestionOptions(suggestion: Pick<Suggestion, 'models' | 'initiatives' | 'localServices'>, label: (o: Omit<SuggestionOption, 'label'>) => string): readonly SuggestionOption[] {
  const byName = (a: SuggestionOption, b: SuggestionOption) => a.label.localeCompare(b.label);
  const make = (kind: SuggestionOption['kind'], ids: readonly string[]) => ids.map((id) => ({ kind, id, label: label({ kind, id }) })).sort(byName);
  return [...make('model', suggestion.models), ...make('initiative', suggestion.initiatives), ...make('service', suggestion.localServices)];
}

import { describe, expect, it } from 'vitest';
import { suggestionOptions } from './suggestion-options.js';

describe('the options of a suggestion the family chooses from', () => {
  it('models are listed by name, whatever order they came in, so the list is no ranking', () => {
    const names: Record<string, string> = { b: 'Buddywerking', a: 'Maatjesproject', c: 'Gezinsondersteuning' };
    const options = suggestionOptions({ models: ['a', 'b', 'c'] as never, initiatives: [], localServices: [] }, (o) => names[o.id] ?? o.id);
    expect(options.map((o) => o.label)).toEqual(['Buddywerking', 'Gezinsondersteuning', 'Maatjesproject']);
  });

  it('models, then initiatives, then local services, each kind keeping its own kind', () => {
    const options = suggestionOptions({ models: ['m'] as never, initiatives: ['i'], localServices: ['s'] as never }, (o) => o.id);
    expect(options.map((o) => `${o.kind}:${o.id}`)).toEqual(['model:m', 'initiative:i', 'service:s']);
  });
});

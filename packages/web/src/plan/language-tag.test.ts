import { describe, expect, it } from 'vitest';
import { languageTag } from './language-tag.js';

describe('the language of a goal', () => {
  it('takes a BCP 47 tag as typed, trimmed, and refuses empty or malformed ones', () => {
    expect(languageTag(' ar ')).toBe('ar');
    expect(languageTag('pt-BR')).toBe('pt-BR');
    expect(languageTag('')).toBeUndefined();
    expect(languageTag('Arabisch')).toBeUndefined();
    expect(languageTag('a')).toBeUndefined();
  });
});

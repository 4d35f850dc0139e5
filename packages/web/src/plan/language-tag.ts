import { LanguageTagSchema } from '@netwerkkracht/core';

/**
 * The language a goal was written in, as core accepts it ("ar", "tr", "pt-BR"): undefined for an
 * empty or wrong entry, so the form can say so before sending.
 */
export function languageTag(input: string): string | undefined {
  const value = input.trim();
  return value !== '' && LanguageTagSchema.safeParse(value).success ? value : undefined;
}

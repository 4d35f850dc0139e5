import { z } from 'zod';

/**
 * Text in the family's own words. Kept as written (only trimmed): the plan records what the family
 * says, in their language, not a worker's rewording.
 */
export const FamilyTextSchema = z.string().trim().min(1).max(2000);

/**
 * The language the family wrote in, as a BCP 47 tag ("nl", "ar", "tr", "ro", "pt-BR"). Any
 * language may be used, not only the three of the product.
 */
export const LanguageTagSchema = z.string().refine((tag) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag), { error: 'language' });

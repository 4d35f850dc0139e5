import { indicatorSettings, SUPPORT_FUNCTIONS, type IndicatorSettings } from '@netwerkkracht/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';

/** What a beheerder may change of the indicator settings; what is left out keeps the default. */
export const IndicatorSettingsPatch = z.strictObject({
  richThreshold: z.number().int().min(1).max(50).optional(),
  overloadThreshold: z.number().int().min(1).max(SUPPORT_FUNCTIONS.length).optional(),
  functions: z.array(z.enum(SUPPORT_FUNCTIONS)).min(1).max(SUPPORT_FUNCTIONS.length)
    .refine((list) => new Set(list).size === list.length, { error: 'invalid' }).optional(),
});

export type IndicatorSettingsOverrides = z.output<typeof IndicatorSettingsPatch>;

export function parseStoredSettings(stored: string | null): IndicatorSettingsOverrides {
  if (stored === null) return {};
  // Stored by this server after validation; parsing again keeps a hand-edited row from breaking analysis.
  const parsed = IndicatorSettingsPatch.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : {};
}

export async function organisationIndicatorSettings(db: Kysely<Database>, organisationId: string): Promise<IndicatorSettings> {
  const row = await db.selectFrom('organisations').select('indicator_settings').where('id', '=', organisationId).executeTakeFirst();
  return indicatorSettings(parseStoredSettings(row?.indicator_settings ?? null));
}

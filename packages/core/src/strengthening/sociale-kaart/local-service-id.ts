import { z } from 'zod';

/** Id of a local service or initiative of an organisation's sociale kaart (same pattern as map ids). */
export const LocalServiceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id' }).brand<'LocalServiceId'>();
export type LocalServiceId = z.output<typeof LocalServiceIdSchema>;
export const localServiceId = (value: string): LocalServiceId => LocalServiceIdSchema.parse(value);

import { z } from 'zod';
import { NcMappingSchema, type NcProtocolRef } from './network-canvas.js';

/**
 * A Network Canvas mapping kept for the whole organisation (server: routes/import-mappings.ts), so
 * a colleague or another device importing a file of the same protocol starts from it.
 *
 * The key: the protocol's UID when the file names one (GraphML's `nc:protocolUID`: two protocols
 * may share a name), else its name (the CSV set names only that).
 */
export const NcProtocolRefSchema = z.strictObject({
  uid: z.string().trim().min(1).max(200).optional(),
  name: z.string().trim().min(1).max(200).optional(),
}).refine((ref) => ref.uid !== undefined || ref.name !== undefined, { message: 'uid_or_name', path: ['name'] });

export interface NcProtocolKey {
  readonly kind: 'uid' | 'name';
  readonly value: string;
}

/** The key a protocol's mapping is saved under, or null for a file that names no protocol. */
export function ncProtocolKey(ref: NcProtocolRef): NcProtocolKey | null {
  const uid = ref.uid?.trim();
  if (uid) return { kind: 'uid', value: uid };
  const name = ref.name?.trim();
  return name ? { kind: 'name', value: name } : null;
}

/** At most this many values in one value table (the template lists up to 12 per variable). */
export const NC_SAVED_VALUES_MAX = 50;

/**
 * A mapping to keep: the Network Canvas mapping, which holds only variable names, edge type names
 * and value tables (a variable's value → our sector or ring). A value table is refused on the
 * variable that holds the names (`name`, default `label`, or `name` in the CSV set): its values
 * would be people's names. Tables are kept small, keys short.
 */
export const SavedNcMappingSchema = NcMappingSchema.superRefine((mapping, ctx) => {
  const nameVariables = new Set(mapping.name === undefined ? ['label', 'name'] : [mapping.name]);
  for (const field of ['sector', 'ring'] as const) {
    const part = mapping[field];
    if (!part || !('values' in part)) continue;
    // A one-hot categorical's table maps its options (column names), never a person's name.
    if ('variable' in part && nameVariables.has(part.variable)) ctx.addIssue({ code: 'custom', message: 'name_variable', path: [field, 'variable'], input: part.variable });
    const keys = Object.keys(part.values);
    if (keys.length > NC_SAVED_VALUES_MAX) ctx.addIssue({ code: 'custom', message: 'too_many', path: [field, 'values'], input: keys.length });
    for (const key of keys) if (key.length > 200) ctx.addIssue({ code: 'custom', message: 'too_long', path: [field, 'values', key.slice(0, 40)], input: key });
  }
});

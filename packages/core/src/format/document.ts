import { z } from 'zod';
import { NetworkMapSchema, type NetworkMap } from '../records/network-map.js';

/**
 * The map format "netwerkkaart JSON": one map with its snapshots, in a versioned envelope.
 * Every saved document names its format and version; older versions are migrated step by step
 * (see migrations.ts) before they are checked against the current schema.
 */
export const MAP_FORMAT = 'netwerkkaart';
export const CURRENT_MAP_FORMAT_VERSION = 1;

export const MapDocumentSchema = z.strictObject({
  format: z.literal(MAP_FORMAT),
  version: z.literal(CURRENT_MAP_FORMAT_VERSION),
  /** When and by what the file was written; informative only. */
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  generator: z.string().max(200).optional(),
  map: NetworkMapSchema,
});

export interface MapDocument {
  readonly format: typeof MAP_FORMAT;
  readonly version: typeof CURRENT_MAP_FORMAT_VERSION;
  readonly exportedAt?: string;
  readonly generator?: string;
  readonly map: NetworkMap;
}

/** The JSON Schema of the current map format, generated from the zod schema (the input shape). */
export function mapFormatJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MapDocumentSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://netwerkkracht.be/schema/netwerkkaart-v${CURRENT_MAP_FORMAT_VERSION}.json`,
    title: `Netwerkkaart JSON, version ${CURRENT_MAP_FORMAT_VERSION}`,
  };
}

/**
 * A document for a map, ready to be written with JSON.stringify. `map` may be something that
 * stands for the map (the server's map whose snapshots are made while the file is sent): the
 * envelope and its key order are the same.
 */
export function toMapDocument<M = NetworkMap>(map: M, meta: { exportedAt?: string; generator?: string } = {}): Omit<MapDocument, 'map'> & { readonly map: M } {
  return { format: MAP_FORMAT, version: CURRENT_MAP_FORMAT_VERSION, ...meta, map };
}

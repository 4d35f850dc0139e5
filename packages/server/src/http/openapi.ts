import { z } from 'zod';

/**
 * JSON Schema for the OpenAPI document, made from the same zod schema that validates the request.
 * Fastify's own validator is switched off (see ../app.ts): zod is the only check, so the document
 * and the validation cannot drift apart.
 */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

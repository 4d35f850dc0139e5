import { fromZodIssues, type Issue } from '@netwerkkracht/core';
import type { z } from 'zod';
import { ApiError } from './errors.js';

/**
 * Parses request input with a zod schema: the parsed value, or a 400 naming every bad field.
 * Used for bodies, route parameters and query strings alike, so no handler sees unchecked input.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new ApiError('invalid_input', { issues: fromZodIssues(result.error.issues) });
  return result.data;
}

export function invalid(issues: readonly Issue[]): never {
  throw new ApiError('invalid_input', { issues });
}

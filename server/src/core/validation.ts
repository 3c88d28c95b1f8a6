import type { z } from 'zod';
import { badInput } from './errors.js';
import { zodFields } from './http-errors.js';

/** Parses input with the shared zod schema; failures become BAD_USER_INPUT naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badInput(zodFields(result.error, prefix));
  return result.data;
}

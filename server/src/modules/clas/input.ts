/**
 * GraphQL's Date scalar hands resolvers JavaScript Dates (UTC midnight); the shared zod schemas, which
 * the web app's forms share, read ISO dates. Turns every Date of an argument tree back into yyyy-mm-dd.
 */
export function withIsoDates(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(withIsoDates);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIsoDates(v)]));
  return value;
}

import { todayInParis } from '../../core/paris-day.js';

export { todayInParis };

/** JSON with keys sorted, to compare values: jsonb gives objects back in its own key order. */
export const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** Arguments that are DateTime in the SDL: everything else that arrives as a Date is a Date (a day). */
const DATE_TIME_KEYS = new Set(['givenAt', 'scheduledAt']);

/**
 * GraphQL's Date and DateTime scalars hand resolvers JavaScript Dates; the shared zod schemas, which the
 * web app's forms share, read ISO strings. Turns the Dates of an argument tree back into yyyy-mm-dd, or
 * into a full ISO instant for the DateTime arguments.
 */
export function withIsoStrings(value: unknown, key = ''): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return value;
    return DATE_TIME_KEYS.has(key) ? value.toISOString() : value.toISOString().slice(0, 10);
  }
  if (Array.isArray(value)) return value.map((v) => withIsoStrings(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIsoStrings(v, k)]));
  return value;
}

/** A Date scalar's value (a Date at UTC midnight, or the string as sent) as yyyy-mm-dd, the shared schemas' form. */
export const dayOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** An input with its Date fields as yyyy-mm-dd (absent and null ones left as they are). */
export function withDays<T extends Record<string, unknown>>(input: T, keys: (keyof T)[]): T {
  const out = { ...input };
  for (const k of keys) if (out[k] !== undefined && out[k] !== null) out[k] = dayOf(out[k]) as T[keyof T];
  return out;
}

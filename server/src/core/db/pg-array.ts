/**
 * A text or uuid array read from a raw statement: PGlite and node-postgres both parse it, but a driver
 * (or a function's result type it does not know) can give the literal `{a,b}`, read here too.
 */
export function textArrayOf<T extends string = string>(value: readonly T[] | string | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'string') return [...value];
  return value.replace(/[{}]/g, '').split(',').filter(Boolean) as T[];
}

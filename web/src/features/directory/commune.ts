/** An INSEE commune code: 5 digits, or 2A/2B + 3 digits for Corsica. */
const INSEE = /^(?:\d{5}|2[AB]\d{3})$/i;
const SUGGESTION = /\((\d{5}|2[AB]\d{3})\)\s*$/i;

/**
 * Reads the commune field: an INSEE code typed directly, or a suggestion
 * "Lille (59350)" picked from the list. Anything else gives no filter.
 */
export function communeCodeFrom(text: string): string | undefined {
  const value = text.trim();
  if (INSEE.test(value)) return value.toUpperCase();
  return SUGGESTION.exec(value)?.[1]?.toUpperCase();
}

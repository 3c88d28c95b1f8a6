/** A number typed the French way (« 12,5 », spaces allowed): the number, null when empty, NaN when not one. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A number as a French user types it back (« 12,5 »). */
export const decimalText = (n: number | null | undefined) => (n == null ? '' : String(n).replace('.', ','));

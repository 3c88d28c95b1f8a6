/**
 * Values as SQL literals, for the statements that travel without parameters because they share a round
 * trip with BEGIN or COMMIT (Database.transactionWith): the simple protocol takes no parameters.
 */

/** A string as an SQL literal (as pg's escapeLiteral: quotes doubled, backslashes doubled under E'…'). */
export function literal(value: string): string {
  const quoted = `'${value.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  return value.includes('\\') ? ` E${quoted}` : quoted;
}

/** A string or null as an SQL literal. */
export const literalOrNull = (value: string | null | undefined): string => (value == null ? 'null' : literal(value));

import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

/*
 * Pieces every module's tables are declared with: the CHECK of a status set (the shared enum's
 * values, so that the database holds the same set as the code) and the two timestamps.
 */

/** `column in ('A', 'B', …)`: the values are the code's own enum literals, never input. */
export const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/** The same, for a column that may be null. */
export const nullOrIn = (column: string, values: readonly string[]) =>
  sql.raw(`${column} is null or ${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A bytea column read as a Buffer on both drivers: PGlite gives a Uint8Array, which has no Buffer methods. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) =>
    Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

import { and, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { z } from 'zod';
import { badInput } from './errors.js';

export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = z
      .array(z.union([z.string(), z.number(), z.null()]))
      .length(length)
      .parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return values;
  } catch {
    throw badInput([{ path: 'after', message: 'curseur invalide' }]);
  }
}

export function pageSizeOf(first: number | null | undefined, max: number): number {
  const n = first ?? max;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput([{ path: 'first', message: `entre 1 et ${max}` }]);
  return n;
}

export interface KeysetSpec<Row> {
  /** Sort columns, the last one unique (the id). */
  columns: AnyColumn[];
  direction: 'asc' | 'desc';
  /** The values of a row for those columns, to build its cursor. */
  key: (row: Row) => unknown[];
}

/** The condition "after this cursor" for a keyset ordered on several columns. */
export function afterCursor(spec: KeysetSpec<unknown>, after: string | null | undefined): SQL | undefined {
  if (!after) return undefined;
  const values = decodeCursor(after, spec.columns.length);
  const cols = sql.join(
    spec.columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const vals = sql.join(
    values.map((v, i) => sql`${v}::${sql.raw(castOf(spec.columns[i]!))}`),
    sql`, `,
  );
  return spec.direction === 'asc' ? sql`(${cols}) > (${vals})` : sql`(${cols}) < (${vals})`;
}

/** The type a cursor value is cast to: serial pseudo-types are no castable type. */
const SERIAL_TYPES: Record<string, string> = { bigserial: 'bigint', serial: 'integer', smallserial: 'smallint' };

function castOf(column: AnyColumn): string {
  const type = column.getSQLType();
  if (type.startsWith('timestamp')) return 'timestamptz';
  return SERIAL_TYPES[type] ?? type;
}

export function orderOf(spec: KeysetSpec<unknown>): SQL[] {
  return spec.columns.map((c) => (spec.direction === 'asc' ? sql`${c} asc` : sql`${c} desc`));
}

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<Row>(
  rows: Row[],
  limit: number,
  totalCount: number,
  spec: KeysetSpec<Row>,
): Connection<Row> {
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor(spec.key(last).map(serialise)) : null,
    },
    totalCount,
  };
}

const serialise = (v: unknown) => (v instanceof Date ? v.toISOString() : (v as string | number | null));

export const allOf = (conditions: (SQL | undefined)[]) => and(...conditions.filter((c): c is SQL => c !== undefined));

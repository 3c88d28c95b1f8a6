import { and, sql, type AnyColumn, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './db/driver.js';
import { z } from 'zod';
import { identity } from '@maillage/shared';
import { badInput } from './errors.js';
import { parseInput } from './validation.js';

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

/*
 * Pages of a list sorted on a text key built in SQL (a name, a date as text, a relevance as digits)
 * and the id: the cursor carries that text, so it compares exactly what is sorted; or an offset, for a
 * page jump. The CLAS projects and the shared tools of the instances read their lists so.
 */

/** A page jump skips at most this many rows. */
const MAX_OFFSET = 100_000;

const textKeyPageSchema = z.object({
  first: z.number().int().nullish(),
  after: z.string().nullish(),
  offset: z.number().int().min(0, 'un décalage positif').max(MAX_OFFSET, `au plus ${MAX_OFFSET}`).nullish(),
});

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export interface TextKeyPage {
  limit: number;
  offset: number;
  /** The sort key and id of the previous page's last row. */
  after: { key: string; id: string } | null;
}

/** The page asked for: at most `max` rows, after a cursor or at an offset (not both). */
export function textKeyPageOf(args: PageArgs, max: number): TextKeyPage {
  const input = parseInput(textKeyPageSchema, { first: args.first, after: args.after, offset: args.offset }, '');
  const limit = pageSizeOf(input.first, max);
  const offset = input.offset ?? 0;
  let after: TextKeyPage['after'] = null;
  if (input.after) {
    const [key, id] = decodeCursor(input.after, 2);
    if (typeof key !== 'string' || !identity.uuid.safeParse(id).success)
      throw badInput([{ path: 'after', message: 'curseur invalide' }]);
    after = { key, id: id as string };
  }
  if (offset > 0 && after) throw badInput([{ path: 'offset', message: 'un décalage ou un curseur, pas les deux' }]);
  return { limit, offset, after };
}

/** The rows after the page's cursor, in the order `(sortKey, id)` `direction`. */
export function afterTextKey(
  page: TextKeyPage,
  sortKey: SQL,
  id: AnyColumn,
  direction: 'asc' | 'desc',
): SQL | undefined {
  if (!page.after) return undefined;
  const op = direction === 'asc' ? sql`>` : sql`<`;
  return sql`(${sortKey}, ${id}) ${op} (${page.after.key}::text collate "C", ${page.after.id}::uuid)`;
}

export const orderByTextKey = (sortKey: SQL, id: AnyColumn, direction: 'asc' | 'desc') =>
  direction === 'asc' ? [sql`${sortKey} asc`, sql`${id} asc`] : [sql`${sortKey} desc`, sql`${id} desc`];

/** A connection from `limit + 1` rows read, each with its sort key. */
export function textKeyConnection<Row extends { id: string }>(
  rows: { row: Row; sortKey: string }[],
  page: TextKeyPage,
  totalCount: number,
): Connection<Row> {
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    nodes: shown.map((r) => r.row),
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      endCursor: last ? encodeCursor([last.sortKey, last.row.id]) : null,
    },
    totalCount,
  };
}

/**
 * Reads a page of `table` (rows matching `where`, sorted on `sortKey` then its id) and how many rows
 * match in all, side by side.
 */
export async function readTextKeyPage<T extends PgTable & { id: AnyColumn }>(
  db: Tx,
  table: T,
  query: { where: SQL | undefined; sortKey: SQL; direction: 'asc' | 'desc'; page: TextKeyPage },
): Promise<Connection<InferSelectModel<T> & { id: string }>> {
  const { where, sortKey, direction, page } = query;
  const [rows, [count]] = await Promise.all([
    db
      .select({ row: table as PgTable, sortKey: sql<string>`${sortKey}` })
      .from(table as PgTable)
      .where(allOf([where, afterTextKey(page, sortKey, table.id, direction)]))
      .orderBy(...orderByTextKey(sortKey, table.id, direction))
      .limit(page.limit + 1)
      .offset(page.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(table as PgTable)
      .where(where),
  ]);
  return textKeyConnection(
    rows as unknown as { row: InferSelectModel<T> & { id: string }; sortKey: string }[],
    page,
    count?.n ?? 0,
  );
}

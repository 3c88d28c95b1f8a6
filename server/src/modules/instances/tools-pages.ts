import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { identity } from '@maillage/shared';
import { badInput } from '../../core/errors.js';
import { decodeCursor, encodeCursor, pageSizeOf, type Connection } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';

/*
 * The pages of the shared tools' lists (the catalogue, the actions, the veille), as the CLAS
 * projects' list pages: a cursor on (a text sort key built in SQL, the id), so that the cursor
 * compares exactly what is sorted, or an offset for a page jump.
 */

/** At most this many rows in one page. */
export const TOOLS_PAGE_MAX = 100;
/** A page jump skips at most this many rows (a région's catalogue holds hundreds). */
const MAX_OFFSET = 100_000;

const pageSchema = z.object({
  first: z.number().int().nullish(),
  after: z.string().nullish(),
  offset: z.number().int().min(0, 'un décalage positif').max(MAX_OFFSET, `au plus ${MAX_OFFSET}`).nullish(),
});

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export interface Page {
  limit: number;
  offset: number;
  /** The sort key and id of the previous page's last row. */
  after: { key: string; id: string } | null;
}

export function pageOf(args: PageArgs): Page {
  const input = parseInput(pageSchema, { first: args.first, after: args.after, offset: args.offset }, '');
  const limit = pageSizeOf(input.first, TOOLS_PAGE_MAX);
  const offset = input.offset ?? 0;
  let after: Page['after'] = null;
  if (input.after) {
    const [key, id] = decodeCursor(input.after, 2);
    if (typeof key !== 'string' || !identity.uuid.safeParse(id).success)
      throw badInput([{ path: 'after', message: 'curseur invalide' }]);
    after = { key, id: id as string };
  }
  if (offset > 0 && after) throw badInput([{ path: 'offset', message: 'un décalage ou un curseur, pas les deux' }]);
  return { limit, offset, after };
}

/** The rows after the cursor, in the order `(sortKey, id)` `direction`. */
export function afterKey(page: Page, sortKey: SQL, id: AnyColumn, direction: 'asc' | 'desc'): SQL | undefined {
  if (!page.after) return undefined;
  const op = direction === 'asc' ? sql`>` : sql`<`;
  return sql`(${sortKey}, ${id}) ${op} (${page.after.key}::text collate "C", ${page.after.id}::uuid)`;
}

export const orderByKey = (sortKey: SQL, id: AnyColumn, direction: 'asc' | 'desc') =>
  direction === 'asc' ? [sql`${sortKey} asc`, sql`${id} asc`] : [sql`${sortKey} desc`, sql`${id} desc`];

/** A connection from `limit + 1` rows read, each with its sort key. */
export function toolsConnection<Row extends { id: string }>(
  rows: { row: Row; sortKey: string }[],
  page: Page,
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

import { eq, ilike, inArray, sql } from 'drizzle-orm';
import { identity, searchKey } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, uniqueViolation } from '../../core/errors.js';
import { afterCursor, allOf, orderOf, pageSizeOf, toConnection, type KeysetSpec } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { territory } from './tables.js';

export type TerritoryRow = typeof territory.$inferSelect;
const byName: KeysetSpec<TerritoryRow> = {
  columns: [territory.name, territory.id],
  direction: 'asc',
  key: (r) => [r.name, r.id],
};

export async function listTerritories(
  ctx: RequestContext,
  args: {
    kind?: string | null;
    parentId?: string | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const limit = pageSizeOf(args.first, 500);
  const where = allOf([
    args.kind ? eq(territory.kind, args.kind) : undefined,
    args.parentId ? eq(territory.parentId, parseInput(identity.uuid, args.parentId, 'parentId')) : undefined,
    args.search ? ilike(territory.name, `%${searchKey(args.search).replace(/[%_\\]/g, '\\$&')}%`) : undefined,
  ]);
  const spec = byName as KeysetSpec<unknown>;
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(territory)
      .where(allOf([where, afterCursor(spec, args.after)]))
      .orderBy(...orderOf(spec))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(territory)
      .where(where),
  ]);
  return toConnection(rows, limit, count!.n, byName);
}

export async function territoriesByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(territory)
    .where(inArray(territory.id, [...ids]));
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

export async function createTerritory(ctx: RequestContext, raw: unknown) {
  const input = parseInput(identity.createTerritoryInput, raw);
  if (input.parentId) {
    const [parent] = await ctx.db.select({ id: territory.id }).from(territory).where(eq(territory.id, input.parentId));
    if (!parent)
      throw new AppError('BAD_USER_INPUT', 'Territoire parent inconnu.', [
        { path: 'input.parentId', message: 'territoire inconnu' },
      ]);
  }
  const [row] = await ctx.db
    .insert(territory)
    .values(input)
    .returning()
    .catch((err: unknown) => {
      if (uniqueViolation(err))
        throw new AppError('CONFLICT', 'Un territoire de ce type porte déjà ce code.', 'DUPLICATE', [
          { path: 'input.code', message: 'code déjà utilisé' },
        ]);
      throw err;
    });
  await ctx.audit({ action: 'territory.create', subjectType: 'territory', subjectId: row!.id });
  return row!;
}

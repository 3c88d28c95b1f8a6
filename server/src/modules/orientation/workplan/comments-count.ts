import { inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../../core/context.js';
import { workPlanComment } from './tables.js';

/** How many comments each action has, as the caller reads them. */
export async function countComments(ctx: RequestContext, actionIds: string[]): Promise<Map<string, number>> {
  if (actionIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: workPlanComment.actionId, n: sql<number>`count(*)::int` })
    .from(workPlanComment)
    .where(inArray(workPlanComment.actionId, actionIds))
    .groupBy(workPlanComment.actionId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

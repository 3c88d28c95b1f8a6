import { inArray } from 'drizzle-orm';
import { CALL_CATEGORY_LABELS, type CallCategory } from '@maillage/shared';
import { brusselsLabel } from '@maillage/shared/oncall-rota';
import type { RequestContext } from '../../../core/context.js';
import { oncallCall, oncallPool, oncallShift, oncallSwap } from './tables.js';

type Names = (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>;

/** The names the audit log shows for the 24/7 line's objects, read as the reader (RLS): never a person's. */
export const oncallAuditNames: Record<string, Names> = {
  oncall_pool: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: oncallPool.id, name: oncallPool.name })
      .from(oncallPool)
      .where(inArray(oncallPool.id, ids));
    return new Map(rows.map((r) => [r.id, `pool « ${r.name} »`]));
  },
  oncall_shift: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: oncallShift.id, startsAt: oncallShift.startsAt })
      .from(oncallShift)
      .where(inArray(oncallShift.id, ids));
    return new Map(rows.map((r) => [r.id, `permanence du ${brusselsLabel(r.startsAt.toISOString())}`]));
  },
  oncall_swap: async (ctx, ids) => {
    const rows = await ctx.db.select({ id: oncallSwap.id }).from(oncallSwap).where(inArray(oncallSwap.id, ids));
    return new Map(rows.map((r) => [r.id, 'échange de permanence']));
  },
  oncall_call: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: oncallCall.id, receivedAt: oncallCall.receivedAt, category: oncallCall.category })
      .from(oncallCall)
      .where(inArray(oncallCall.id, ids));
    return new Map(
      rows.map((r) => [
        r.id,
        `appel du ${brusselsLabel(r.receivedAt.toISOString())} (${CALL_CATEGORY_LABELS[r.category as CallCategory] ?? r.category})`,
      ]),
    );
  },
};

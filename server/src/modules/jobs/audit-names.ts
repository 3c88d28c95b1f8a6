import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { asOwner } from '../../core/db/actor-tx.js';
import { queueLabel } from './labels.js';

/**
 * The names the audit log shows for background jobs (modules/audit/subjects.ts): the label of their
 * queue, never their data. Only administrators read the log; the queue's tables are the owner's.
 */
export const jobsAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> = {
  background_job: async (ctx, ids) => {
    if (!ctx.actor?.isAdmin) return new Map();
    const rows = await asOwner(ctx.db, ctx.actor, async (tx) => {
      const { rows: found } = await tx.execute<{ id: string; name: string }>(
        sql`select id::text, name from pgboss.job where id = any (${sql.param(ids)}::uuid[])
            union all select id::text, name from pgboss.archive where id = any (${sql.param(ids)}::uuid[])`,
      );
      return found;
    });
    return new Map(rows.map((r) => [r.id, `tâche « ${queueLabel(r.name)} »`]));
  },
};

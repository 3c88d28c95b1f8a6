import { inArray } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { emailOutbox } from './tables.js';

/**
 * The names the audit log shows for this module's objects (modules/audit/subjects.ts), read as the
 * reader under row-level security. An e-mail is named by its subject (kinds and counts, never a person).
 */
export const notificationsAuditNames: Record<
  string,
  (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>
> = {
  email_outbox: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: emailOutbox.id, subject: emailOutbox.subject })
      .from(emailOutbox)
      .where(inArray(emailOutbox.id, ids));
    return new Map(rows.map((r) => [r.id, `courriel « ${r.subject} »`]));
  },
};

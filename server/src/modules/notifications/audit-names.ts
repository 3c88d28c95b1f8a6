import { inArray } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { NOTIFICATION_KIND_INFO, type NotificationKind } from '@maillage/shared';
import { emailOutbox, notification } from './tables.js';

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
  // The reader's own notices only (row-level security): named by their kind.
  notification: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: notification.id, kind: notification.kind })
      .from(notification)
      .where(inArray(notification.id, ids));
    return new Map(
      rows.map((r) => [
        r.id,
        `notification « ${NOTIFICATION_KIND_INFO[r.kind as NotificationKind]?.label ?? r.kind} »`,
      ]),
    );
  },
};

import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';
import { and, arrayContains, eq, gte, inArray, like, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { SECURITY_ALERT_ACTIONS } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import type { Db } from '../../core/db/driver.js';
import { afterCursor, allOf, orderOf, pageSizeOf, toConnection, type KeysetSpec } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { auditEvent } from './tables.js';

export type AuditRow = typeof auditEvent.$inferSelect;
const newestFirst: KeysetSpec<AuditRow> = { columns: [auditEvent.id], direction: 'desc', key: (r) => [r.id] };

/**
 * The shortest retention the database accepts (audit_purge refuses a younger cutoff): 6 months,
 * counted as the 183 days of the configuration's lower bound, so that it holds whatever the month.
 */
export const AUDIT_MIN_RETENTION_DAYS = 183;

const auditFilter = z.object({
  actorId: z.uuid({ message: 'identifiant invalide' }).nullish(),
  action: z.string().trim().max(100).nullish(),
  actions: z.array(z.string().trim().min(1).max(100)).max(50).nullish(),
  outcome: z.enum(['SUCCESS', 'DENIED', 'FAILURE']).nullish(),
  alerts: z.boolean().nullish(),
  subjectType: z.string().trim().max(50).nullish(),
  subjectId: z.string().trim().max(100).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
});

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/**
 * The events about an object: those that name it, and, for an object of a kind lists show (a case, a
 * young person, an accompanied person), the list reads whose page showed it (the GIN index on record_ids).
 */
function subjectCondition(type: string | null | undefined, id: string | null | undefined): SQL | undefined {
  const named = allOf([
    type ? eq(auditEvent.subjectType, type) : undefined,
    id ? eq(auditEvent.subjectId, id) : undefined,
  ]);
  if (!type || !id || !isUuid(id)) return named;
  return or(named, and(eq(auditEvent.recordType, type), arrayContains(auditEvent.recordIds, [id])));
}

export async function searchAuditEvents(
  ctx: RequestContext,
  rawFilter: unknown,
  first: number | null,
  after: string | null,
) {
  const f = parseInput(auditFilter, rawFilter ?? {}, 'filter');
  const limit = pageSizeOf(first, 200);
  const where = allOf([
    f.actorId ? eq(auditEvent.actorId, f.actorId) : undefined,
    f.actions?.length ? inArray(auditEvent.action, f.actions) : undefined,
    f.action ? like(auditEvent.action, `${f.action.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
    f.outcome ? eq(auditEvent.outcome, f.outcome) : undefined,
    f.alerts ? inArray(auditEvent.action, [...SECURITY_ALERT_ACTIONS]) : undefined,
    subjectCondition(f.subjectType, f.subjectId),
    f.from ? gte(auditEvent.occurredAt, f.from) : undefined,
    f.to ? lte(auditEvent.occurredAt, f.to) : undefined,
  ]);
  const spec = newestFirst as KeysetSpec<unknown>;
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(auditEvent)
      .where(allOf([where, afterCursor(spec, after)]))
      .orderBy(...orderOf(spec))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvent)
      .where(where),
  ]);
  return toConnection(rows, limit, count!.n, newestFirst);
}

/** Deletes events older than the retention period, through the only door the table leaves open. */
export async function purgeExpiredAuditEvents(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < AUDIT_MIN_RETENTION_DAYS) {
    throw new Error(`audit events are kept at least ${AUDIT_MIN_RETENTION_DAYS} days (asked: ${retentionDays})`);
  }
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return db.transaction(async (tx) => {
    const result = await tx.execute<{ purged: string }>(
      sql`select audit_purge(${cutoff.toISOString()}::timestamptz) as purged`,
    );
    const purged = Number(result.rows[0]?.purged ?? 0);
    await tx.insert(auditEvent).values({ action: 'audit.purge', details: { purged, cutoff: cutoff.toISOString() } });
    return purged;
  });
}

/** The retention purge when a process starts and every night at 03:30 (Europe/Paris), once whatever the number of processes. */
export const auditRetentionJob = (services: Services): JobDefinition<never> => ({
  name: 'audit-retention',
  cron: '30 3 * * *',
  atStart: true,
  handler: async () => {
    const purged = await purgeExpiredAuditEvents(services.database.db, services.config.AUDIT_RETENTION_DAYS);
    services.logger.info({ purged }, 'audit retention');
  },
});

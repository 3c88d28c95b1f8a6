import { sql } from 'drizzle-orm';
import { effectiveMode, NOTIFICATION_KIND_INFO, NOTIFICATION_KINDS, type NotificationMode } from '@maillage/shared';
import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';
import { audienceQuery } from './audiences.js';
import { FANOUT_JOB, type NotificationEvent } from './events.js';
import { LIVE_CHANNEL, liveNoticePayloads } from './live.js';

/** What is left to send by e-mail, per the recipient's mode. */
const EMAIL_STATE: Record<Exclude<NotificationMode, 'OFF'>, string> = {
  IMMEDIATE: 'IMMEDIATE',
  DIGEST: 'DIGEST',
  IN_APP: 'NONE',
};

/** The job that sends the e-mails of one event's IMMEDIATE recipients (emails.ts). */
export const EVENT_EMAILS_JOB = 'notification-emails';

/**
 * One event → one notification per recipient, set-wise, in one transaction with its live notice and
 * its e-mail job: a retried job (its id is the event's) writes nobody's twice.
 */
export async function fanOut(
  services: Pick<Services, 'database' | 'jobs'>,
  eventId: string,
  event: NotificationEvent,
): Promise<{ notified: number; emails: number }> {
  if (!NOTIFICATION_KINDS.includes(event.kind)) throw new Error(`unknown notification kind ${event.kind}`);
  // A security notice reaches its user even when they acted (their password changed by themselves).
  const excluded = NOTIFICATION_KIND_INFO[event.kind].security ? null : (event.actorId ?? null);
  return services.database.db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ user_id: string; mode: NotificationMode | null }>(sql`
      select u.id as user_id, p.mode
      from (select distinct user_id from (${audienceQuery(event.audience)}) audience) r
      join app_user u on u.id = r.user_id and u.active
      left join notification_preference p on p.user_id = u.id and p.kind = ${event.kind}
      where u.id is distinct from ${excluded}::uuid`);
    // A calendar invitation in tomorrow's digest would come too late to answer: it goes now.
    const modeOf = (chosen: NotificationMode | null) => {
      const mode = effectiveMode(event.kind, chosen);
      return event.calendar && mode === 'DIGEST' ? 'IMMEDIATE' : mode;
    };
    const recipients = rows
      .map((r) => ({ userId: r.user_id, mode: modeOf(r.mode) }))
      .filter((r): r is { userId: string; mode: Exclude<NotificationMode, 'OFF'> } => r.mode !== 'OFF');
    if (recipients.length === 0) return { notified: 0, emails: 0 };
    const inserted = await tx.execute<{ user_id: string; email_state: string }>(sql`
      insert into notification (user_id, kind, event_id, organisation_id, target_type, target_id, link, count, email_state, calendar)
      select r.user_id, ${event.kind}, ${eventId}::uuid, ${event.organisationId ?? null}::uuid,
        ${event.target?.type ?? null}, ${event.target?.id ?? null}::uuid, ${event.link}, ${event.count ?? 1}, r.email_state,
        ${event.calendar ? JSON.stringify(event.calendar) : null}::jsonb
      from unnest(${sql.param(recipients.map((r) => r.userId))}::uuid[], ${sql.param(recipients.map((r) => EMAIL_STATE[r.mode]))}::text[])
        as r(user_id, email_state)
      on conflict (event_id, user_id) do nothing
      returning user_id, email_state`);
    const userIds = inserted.rows.map((r) => r.user_id);
    for (const payload of liveNoticePayloads(userIds)) {
      await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`);
    }
    const emails = inserted.rows.filter((r) => r.email_state === 'IMMEDIATE').length;
    if (emails > 0) await services.jobs.sendInTx(tx, EVENT_EMAILS_JOB, { eventId });
    return { notified: userIds.length, emails };
  });
}

export const fanOutJob = (services: Services): JobDefinition<never> => ({
  name: FANOUT_JOB,
  batchSize: 10,
  retryLimit: 5,
  retryDelaySeconds: 10,
  // A process killed mid-job: another takes the job again after a minute.
  expireInSeconds: 60,
  handler: async (data: NotificationEvent, job) => {
    await fanOut(services, job.id, data);
  },
});

import { sql } from 'drizzle-orm';
import { ONCALL_REMINDER_LEAD_HOURS } from '@maillage/shared';
import type { JobDefinition } from '../../../core/jobs.js';
import type { Services } from '../../../core/services.js';
import { notifyInTx } from '../../notifications/events.js';

/** Every quarter of an hour: the agent and the backup of a published shift hear of it before it starts. */
export const ONCALL_REMINDERS_JOB = 'oncall-reminders';

/**
 * Raises a reminder for each person (agent, backup) of the published shifts starting within
 * ONCALL_REMINDER_LEAD_HOURS hours and not yet started. Each person gets it once per shift: the reminder
 * is recorded (unique key) in the same transaction as its notification's job. As the database's owner.
 */
export async function raiseOncallReminders(services: Services, now = new Date()): Promise<number> {
  const db = services.database.db;
  const until = new Date(now.getTime() + ONCALL_REMINDER_LEAD_HOURS * 3600_000);
  const { rows } = await db.execute<{ shift_id: string; user_id: string; cpms_id: string | null }>(sql`
    select s.id as shift_id, p.user_id,
           (select m.organisation_id from membership m join oncall_pool_cpms pc on pc.cpms_id = m.organisation_id
             where m.user_id = p.user_id and pc.pool_id = s.pool_id limit 1) as cpms_id
    from oncall_shift s cross join lateral (values (s.agent_id), (s.backup_id)) as p(user_id)
    where s.status = 'PUBLIE' and s.starts_at > ${now} and s.starts_at <= ${until}
      and not exists (select 1 from oncall_reminder r where r.shift_id = s.id and r.user_id = p.user_id)
    limit 500`);
  let raised = 0;
  for (const r of rows) {
    const sent = await db.transaction(async (tx) => {
      const inserted = await tx.execute<{ shift_id: string }>(
        sql`insert into oncall_reminder (shift_id, user_id) values (${r.shift_id}, ${r.user_id})
            on conflict do nothing returning shift_id`,
      );
      if (inserted.rows.length === 0) return false;
      await notifyInTx(services, tx, {
        kind: 'ONCALL_SHIFT_SOON',
        audience: { type: 'USERS', userIds: [r.user_id] },
        organisationId: r.cpms_id,
        target: { type: 'oncall_shift', id: r.shift_id },
        link: '/cpms/astreinte',
      });
      return true;
    });
    if (sent) raised += 1;
  }
  return raised;
}

/** Every 15 minutes, and when a process starts (each reminder goes once however often it runs). */
export const oncallRemindersJob = (services: Services): JobDefinition<never> => ({
  name: ONCALL_REMINDERS_JOB,
  cron: '*/15 * * * *',
  atStart: true,
  handler: async () => {
    const raised = await raiseOncallReminders(services);
    services.logger.info({ raised }, 'on-call reminders raised');
  },
});

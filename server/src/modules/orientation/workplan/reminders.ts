import { sql } from 'drizzle-orm';
import { workPlanReminderDue, type WorkPlanReminderKind } from '@maillage/shared';
import type { JobDefinition } from '../../../core/jobs.js';
import type { Services } from '../../../core/services.js';
import { notifyInTx } from '../../notifications/events.js';
import { parisDay } from '../../notifications/reminders.js';

/** Every morning: the people an action is attributed to hear of it before its due month ends, and once it is late. */
export const WORK_PLAN_REMINDERS_JOB = 'work-plan-reminders';

const KIND: Record<WorkPlanReminderKind, 'WORK_PLAN_ACTION_DUE' | 'WORK_PLAN_ACTION_LATE'> = {
  AVANT: 'WORK_PLAN_ACTION_DUE',
  RETARD: 'WORK_PLAN_ACTION_LATE',
};

/**
 * Raises the reminders due today (Europe/Paris): AVANT from ORIENTATION_PLAN_REMINDER_DAYS days before
 * the end of an open action's last month, RETARD once that month is over. Each action gets each kind
 * once, ever: the reminder is recorded (unique key) in the same transaction as its notification's job.
 * As the database's owner. Returns how many reminders were raised.
 */
export async function raiseWorkPlanReminders(services: Services, now = new Date()): Promise<number> {
  const today = parisDay(now);
  const days = services.config.ORIENTATION_PLAN_REMINDER_DAYS;
  const db = services.database.db;
  // Open actions whose last month ends within `days` days or is over, not yet reminded of both kinds.
  const { rows } = await db.execute<{
    id: string;
    plan_id: string;
    cio_id: string;
    status: string;
    end_month: string;
  }>(sql`
    select a.id, a.plan_id, a.cio_id, a.status, to_char(a.end_month, 'YYYY-MM') as end_month
    from work_plan_action a
    where a.status not in ('FAIT', 'ABANDONNE')
      and (a.end_month + interval '1 month' - interval '1 day')::date - ${days}::int <= ${today}::date
      and (select count(*) from work_plan_reminder r where r.action_id = a.id) < 2`);
  let raised = 0;
  for (const a of rows) {
    const kind = workPlanReminderDue({ status: a.status, endMonth: a.end_month }, today, days);
    if (!kind) continue;
    const sent = await db.transaction(async (tx) => {
      const inserted = await tx.execute<{ action_id: string }>(
        sql`insert into work_plan_reminder (action_id, kind) values (${a.id}, ${kind})
            on conflict do nothing returning action_id`,
      );
      if (inserted.rows.length === 0) return false;
      await notifyInTx(services, tx, {
        kind: KIND[kind],
        audience: { type: 'WORK_PLAN_ACTION', actionId: a.id },
        organisationId: a.cio_id,
        target: { type: 'work_plan_action', id: a.id },
        link: `/orientation/plan-de-travail/${a.plan_id}`,
      });
      return true;
    });
    if (sent) raised += 1;
  }
  return raised;
}

/** Daily at 7:15 (Paris), and when a process starts (a sweep: each reminder goes once however often it runs). */
export const workPlanRemindersJob = (services: Services): JobDefinition<never> => ({
  name: WORK_PLAN_REMINDERS_JOB,
  cron: '15 7 * * *',
  atStart: true,
  handler: async () => {
    const raised = await raiseWorkPlanReminders(services);
    services.logger.info({ raised }, 'work plan reminders raised');
  },
});

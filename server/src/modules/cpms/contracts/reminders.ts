import { sql } from 'drizzle-orm';
import { CPMS_EVALUATION_LEAD_DAYS } from '@maillage/shared/cpms-contracts';
import type { RequestContext } from '../../../core/context.js';
import { asOwner } from '../../../core/db/actor-tx.js';
import type { Tx } from '../../../core/db/driver.js';
import type { JobDefinition } from '../../../core/jobs.js';
import type { Services } from '../../../core/services.js';
import { notifyInTx } from '../../notifications/events.js';
import { brusselsDay } from './days.js';

/** Every morning: the evaluation of a signed contract is announced to both parties ahead of its plan's. */
export const CPMS_CONTRACT_REMINDERS_JOB = 'cpms-contract-evaluation-reminders';

/**
 * Raises the announcements due today (Europe/Brussels): for each signed or evaluating contract whose
 * plan's end evaluation falls within CPMS_EVALUATION_LEAD_DAYS days (and is not past), the centre's
 * director and the school's head are notified once per evaluation date: the reminder is recorded (unique
 * key) in the same transaction as the notifications' jobs. As the database's owner. Returns how many
 * contracts were announced.
 */
export async function raiseContractEvaluationReminders(services: Services, now = new Date()): Promise<number> {
  const today = brusselsDay(now);
  const db = services.database.db;
  const { rows } = await db.execute<{ id: string; cpms_id: string; school_id: string; due_on: string }>(sql`
    select c.id, c.cpms_id, c.school_id, to_char(p.end_evaluation_on, 'YYYY-MM-DD') as due_on
    from cpms_contract c join cpms_school_plan p on p.id = c.plan_id
    where c.status in ('SIGNE', 'EN_EVALUATION')
      and p.end_evaluation_on between ${today}::date and ${today}::date + ${CPMS_EVALUATION_LEAD_DAYS}::int
      and not exists (select 1 from cpms_contract_reminder r
                       where r.contract_id = c.id and r.kind = 'EVALUATION_PROCHE' and r.due_on = p.end_evaluation_on)`);
  let raised = 0;
  for (const c of rows) {
    if (await db.transaction((tx) => announce(services, tx, c))) raised += 1;
  }
  return raised;
}

type Due = { id: string; cpms_id: string; school_id: string; due_on: string };

/**
 * Records the announcement of a contract's evaluation for its date (once: unique key) and notifies the
 * centre's director and the school's head, in `tx` (the owner's). False when it was already announced.
 */
async function announce(services: Pick<Services, 'jobs' | 'config'>, tx: Tx, c: Due): Promise<boolean> {
  const inserted = await tx.execute<{ contract_id: string }>(
    sql`insert into cpms_contract_reminder (contract_id, kind, due_on) values (${c.id}, 'EVALUATION_PROCHE', ${c.due_on}::date)
        on conflict do nothing returning contract_id`,
  );
  if (inserted.rows.length === 0) return false;
  const common = {
    kind: 'CPMS_CONTRACT_EVALUATION_DUE' as const,
    target: { type: 'cpms_contract', id: c.id },
    link: `/cpms/contrats/${c.id}`,
  };
  await notifyInTx(services, tx, {
    ...common,
    audience: { type: 'ORGANISATION_ROLE', organisationId: c.cpms_id, roles: ['CPMS_DIRECTOR'] },
    organisationId: c.cpms_id,
  });
  await notifyInTx(services, tx, {
    ...common,
    audience: { type: 'ORGANISATION_ROLE', organisationId: c.school_id, roles: ['SCHOOL_HEAD'] },
    organisationId: c.school_id,
  });
  return true;
}

/**
 * A contract signed when its plan's evaluation is already within the lead time: announced at once, in the
 * signature's transaction (the daily job would only tell the next morning).
 */
export async function announceAtSignature(ctx: RequestContext, c: Due): Promise<void> {
  await asOwner(ctx.db, ctx.actor!, (tx) => announce(ctx.services, tx, c));
}

/** Daily at 7:20 (the server's cron zone), and when a process starts (each announcement goes once per date). */
export const contractEvaluationRemindersJob = (services: Services): JobDefinition<never> => ({
  name: CPMS_CONTRACT_REMINDERS_JOB,
  cron: '20 7 * * *',
  atStart: true,
  handler: async () => {
    const raised = await raiseContractEvaluationReminders(services);
    services.logger.info({ raised }, 'cpms contract evaluation reminders raised');
  },
});

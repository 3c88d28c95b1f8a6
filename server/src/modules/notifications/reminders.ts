import { sql } from 'drizzle-orm';
import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';
import { FANOUT_JOB, type NotificationEvent } from './events.js';

/** Every morning: each platform's referents hear what waits for them (nothing sent when nothing waits). */
export const REFERENT_REMINDERS_JOB = 'referent-reminders';
/** Every morning: holders of accepted CLAS projects hear that the bilan is due, N days before and on the day. */
export const CLAS_BILAN_DUE_JOB = 'clas-bilan-due';

/** Today in Europe/Paris, as YYYY-MM-DD (the schedules run in that time zone). */
export function parisDay(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * Per platform: cases assigned more than PSAD_NO_CONTACT_DAYS days ago with no contact attempt, open cases of minors
 * without a solution, transfers to the platform waiting more than 7 days. One notice per platform and
 * day (its count sums the three), queued once even if the run is retried (a key of the day).
 */
export async function queueReferentReminders(services: Services, now = new Date()): Promise<number> {
  const days = services.config.PSAD_NO_CONTACT_DAYS;
  const { rows } = await services.database.db.execute<{ platform_id: string; total: number }>(sql`
    with no_contact as (
      select c.platform_id, count(*)::int as n from psad_case c
      where c.status = 'AFFECTE' and c.assigned_at < ${now}::timestamptz - make_interval(days => ${days})
        and not exists (select 1 from contact_attempt a where a.case_id = c.id)
      group by c.platform_id
    ), minors as (
      select c.platform_id, count(*)::int as n from psad_case c join young_person y on y.id = c.young_person_id
      where c.status in ('A_TRAITER', 'AFFECTE', 'EN_COURS') and y.birth_date > (${now}::timestamptz - interval '18 years')::date
      group by c.platform_id
    ), transfers as (
      select t.to_platform_id as platform_id, count(*)::int as n from case_transfer t
      where t.status = 'PROPOSE' and t.proposed_at < ${now}::timestamptz - interval '7 days'
      group by t.to_platform_id
    )
    select p.id as platform_id,
      coalesce(nc.n, 0) + coalesce(m.n, 0) + coalesce(t.n, 0) as total
    from platform p
    left join no_contact nc on nc.platform_id = p.id
    left join minors m on m.platform_id = p.id
    left join transfers t on t.platform_id = p.id
    where p.active and coalesce(nc.n, 0) + coalesce(m.n, 0) + coalesce(t.n, 0) > 0`);
  const day = parisDay(now);
  for (const r of rows) {
    const event: NotificationEvent = {
      kind: 'REFERENT_REMINDERS',
      audience: { type: 'PLATFORM_REFERENTS', platformId: r.platform_id },
      target: { type: 'platform', id: r.platform_id },
      link: '/psad',
      count: r.total,
    };
    await services.jobs.send(FANOUT_JOB, event, { singletonKey: `reminders:${r.platform_id}:${day}` });
  }
  return rows.length;
}

/** The school year whose bilan falls on `day` (07-15 of 2027 → 2026-2027), or null if `day` is no notice day. */
export function bilanYearNoticed(day: string, due: string, noticeDays: number): string | null {
  const year = Number(day.slice(0, 4));
  const dueDate = new Date(`${year}-${due}T00:00:00Z`);
  const today = new Date(`${day}T00:00:00Z`);
  const before = new Date(dueDate.getTime() - noticeDays * 86_400_000);
  if (today.getTime() !== dueDate.getTime() && today.getTime() !== before.getTime()) return null;
  return `${year - 1}-${year}`;
}

export async function queueBilanDueNotices(services: Services, now = new Date()): Promise<number> {
  const day = parisDay(now);
  const schoolYear = bilanYearNoticed(day, services.config.CLAS_BILAN_DUE, services.config.CLAS_BILAN_NOTICE_DAYS);
  if (!schoolYear) return 0;
  const { rows } = await services.database.db.execute<{ id: string; organisation_id: string }>(
    sql`select id, organisation_id from clas_project where status = 'ACCEPTE' and school_year = ${schoolYear}`,
  );
  for (const p of rows) {
    const event: NotificationEvent = {
      kind: 'CLAS_BILAN_DUE',
      audience: { type: 'ORGANISATION_ROLE', organisationId: p.organisation_id, roles: ['CLAS_HOLDER'] },
      organisationId: p.organisation_id,
      target: { type: 'clas_project', id: p.id },
      link: `/clas/projets/${p.id}`,
    };
    await services.jobs.send(FANOUT_JOB, event, { singletonKey: `bilan:${p.id}:${day}` });
  }
  return rows.length;
}

export const referentRemindersJob = (services: Services): JobDefinition<never> => ({
  name: REFERENT_REMINDERS_JOB,
  cron: '30 6 * * *',
  handler: async () => {
    await queueReferentReminders(services);
  },
});

export const clasBilanDueJob = (services: Services): JobDefinition<never> => ({
  name: CLAS_BILAN_DUE_JOB,
  cron: '45 6 * * *',
  handler: async () => {
    await queueBilanDueNotices(services);
  },
});

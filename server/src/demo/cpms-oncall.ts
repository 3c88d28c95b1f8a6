import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { ONCALL_TIME_ZONE, type ShiftTemplate } from '@maillage/shared';
import { buildPeriod } from '@maillage/shared/oncall-rota';
import type { Db } from '../core/db/driver.js';
import {
  oncallAgentPhone,
  oncallCall,
  oncallPool,
  oncallPoolCpms,
  oncallShift,
  oncallTemplate,
} from '../modules/cpms/oncall/tables.js';

/*
 * The 24/7 line of the zone of Liège (issue 19): the pool of the CPMS of Liège 1 and Seraing, its
 * templates (a day team 08:00→20:00 and a night team 20:00→08:00), a published rota for last week, this
 * one and the next, a draft for the two weeks after WITH one gap (the day shift of the Wednesday of the third
 * week is missing: its publication is refused until it is added), and some calls of this month and the
 * last one.
 */

/** The draft's missing shift: the Wednesday (weekday 3) day shift of the third week. */
export const DEMO_ONCALL_GAP = { week: 2, weekday: 3, startTime: '08:00', endTime: '20:00' } as const;

export async function seedCpmsOncall(db: Db, now = new Date()): Promise<void> {
  const { rows: orgs } = await db.execute<{ id: string; name: string }>(
    sql`select id, name from organisation where name in ('Centre PMS de Liège 1', 'Centre PMS de Seraing')`,
  );
  const { rows: users } = await db.execute<{ id: string; email: string }>(
    sql`select id, email from app_user where email in ('agent.cpms@demo.test', 'agent2.cpms@demo.test', 'agent3.cpms@demo.test', 'agent4.cpms@demo.test', 'direction.cpms@demo.test')`,
  );
  if (orgs.length < 2 || users.length < 5) return;
  const user = (email: string) => users.find((u) => u.email === email)!.id;
  const [a, b, c, d] = ['agent', 'agent2', 'agent3', 'agent4'].map((e) => user(`${e}.cpms@demo.test`));
  const liege = orgs.find((o) => o.name === 'Centre PMS de Liège 1')!.id;
  await db.transaction(async (tx) => {
    const [pool] = await tx.insert(oncallPool).values({ name: 'Ligne 24/7 Liège – Seraing' }).returning();
    const poolId = pool!.id;
    await tx.insert(oncallPoolCpms).values(orgs.map((o) => ({ poolId, cpmsId: o.id })));
    await tx.insert(oncallAgentPhone).values([
      { poolId, userId: a!, phone: '+32 470 11 22 33' },
      { poolId, userId: b!, phone: '+32 470 44 55 66' },
      { poolId, userId: c!, phone: '+32 471 22 33 44' },
      { poolId, userId: d!, phone: '+32 471 55 66 77' },
    ]);
    const templates: ShiftTemplate[] = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, startTime: '08:00', endTime: '20:00', agentId: a!, backupId: b! },
      { weekday, startTime: '20:00', endTime: '08:00', agentId: c!, backupId: d! },
    ]);
    await tx.insert(oncallTemplate).values(templates.map((t) => ({ poolId, ...t })));

    const today = DateTime.fromJSDate(now, { zone: ONCALL_TIME_ZONE }).toISODate()!;
    const monday = DateTime.fromISO(today, { zone: ONCALL_TIME_ZONE }).startOf('week');
    // From last week (its Sunday night runs into this Monday), published until the draft's first week.
    const weeks = buildPeriod(monday.minus({ weeks: 1 }).toISODate()!, 5, templates);
    const draftFrom = monday.plus({ weeks: 2 });
    const gapStart = monday
      .plus({ weeks: DEMO_ONCALL_GAP.week, days: DEMO_ONCALL_GAP.weekday - 1 })
      .set({ hour: 8, minute: 0 })
      .toUTC()
      .toISO()!;
    await tx.insert(oncallShift).values(
      weeks
        .filter((s) => Date.parse(s.startsAt) !== Date.parse(gapStart))
        .map((s) => ({
          poolId,
          startsAt: new Date(s.startsAt),
          endsAt: new Date(s.endsAt),
          agentId: s.agentId!,
          backupId: s.backupId!,
          status: new Date(s.startsAt) < draftFrom.toJSDate() ? 'PUBLIE' : 'BROUILLON',
        })),
    );

    const month = DateTime.fromJSDate(now, { zone: ONCALL_TIME_ZONE }).startOf('month');
    const calls: [number, number, number, 'ECOLE' | 'PARENT' | 'ELEVE' | 'AUTRE', string, string, string][] = [
      // [months back, day, hour, caller, category, urgency, action]
      [0, 1, 9, 'ECOLE', 'HARCELEMENT', 'HAUTE', 'Écoute de la direction, rendez-vous proposé avec le CPMS'],
      [0, 2, 22, 'PARENT', 'DETRESSE', 'HAUTE', 'Écoute, numéro d’urgence communiqué, rappel du CPMS le lendemain'],
      [0, 3, 14, 'ELEVE', 'HARCELEMENT', 'MOYENNE', 'Écoute et conseils ; orientation vers le CPMS de l’école'],
      [0, 4, 2, 'AUTRE', 'VIOLENCE', 'VITALE', 'Secours appelés (112), signalement au service compétent'],
      [0, 5, 17, 'PARENT', 'ABSENTEISME', 'FAIBLE', 'Information sur l’obligation scolaire et le rôle du CPMS'],
      [1, 8, 10, 'ECOLE', 'ORIENTATION', 'FAIBLE', 'Information donnée, renvoi vers le CPMS compétent'],
      [1, 12, 21, 'ELEVE', 'DETRESSE', 'HAUTE', 'Écoute prolongée, rappel convenu par l’agent'],
      [1, 19, 16, 'PARENT', 'FAMILLE', 'MOYENNE', 'Écoute, coordonnées du service d’aide à la jeunesse'],
    ];
    await tx.insert(oncallCall).values(
      calls.map(([back, day, hour, callerKind, category, urgency, action], i) => {
        const at = month.minus({ months: back }).set({ day, hour });
        return {
          poolId,
          receivedAt: (at.toJSDate() > now ? DateTime.fromJSDate(now).minus({ hours: i + 1 }) : at).toJSDate(),
          callerKind,
          category,
          urgency,
          action,
          referredCpmsId: i % 3 === 0 ? liege : null,
          followUpDue: i % 3 === 0 ? at.plus({ days: 7 }).toISODate() : null,
          loggedBy: i % 2 === 0 ? a! : c!,
        };
      }),
    );
  });
}

import { sql } from 'drizzle-orm';
import { OBLIGATION_FORMATION_AGES } from '@maillage/shared';
import type { Db } from '../../../core/db/driver.js';
import type { JobDefinition } from '../../../core/jobs.js';
import type { Services } from '../../../core/services.js';
import { currentSchoolYear, previousPeriod } from './bilan.service.js';

/** Kept figures of other periods (asked for once) not read again for this long are dropped. */
const OTHER_PERIODS_KEPT_DAYS = 7;

/**
 * Computes again the kept bilan figures of every platform for the school year under way and the one
 * before (what a région's bilan shows by default), so that a coordinator's request adds them up instead
 * of reading every case; drops those of other periods left unread. As the database's owner.
 */
export async function refreshBilanFigures(db: Db, on?: string): Promise<{ platforms: number }> {
  const year = currentSchoolYear(on);
  const { from, until } = OBLIGATION_FORMATION_AGES;
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ n: string }>(sql`select count(*) as n from platform`);
    for (const p of [year, previousPeriod(year)]) {
      await tx.execute(
        sql`select app_psad_bilan_refresh(array(select id from platform), ${p.from}::date, ${p.to}::date, ${from}::int, ${until}::int)`,
      );
    }
    await tx.execute(
      sql`delete from psad_bilan_snapshot where computed_at < now() - make_interval(days => ${OTHER_PERIODS_KEPT_DAYS})`,
    );
    return { platforms: Number(rows[0]?.n ?? 0) };
  });
}

/** Every 15 minutes and when a process starts, once whatever the number of processes. */
export const bilanFiguresJob = (services: Services): JobDefinition<never> => ({
  name: 'bilan-figures',
  cron: '*/15 * * * *',
  atStart: true,
  handler: async () => {
    const { platforms } = await refreshBilanFigures(services.database.db);
    services.logger.info({ platforms }, 'bilan figures refreshed');
  },
});

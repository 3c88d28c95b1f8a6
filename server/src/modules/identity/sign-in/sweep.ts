import { sql, type SQL } from 'drizzle-orm';
import type { JobDefinition } from '../../../core/jobs.js';
import type { Services } from '../../../core/services.js';

/** Ended sessions are kept this long (the user's « Mes sessions » no longer shows them; the audit log keeps the sign-ins). */
export const ENDED_SESSION_DAYS = 30;

/**
 * Hourly: sign-ins left half-way (second factor, ProConnect's round trip) past their time, and sessions
 * ended or expired for ENDED_SESSION_DAYS, with their refresh tokens.
 */
export const signInSweepJob = (services: Services): JobDefinition<never> => ({
  name: 'sign-in-sweep',
  cron: '17 * * * *',
  atStart: true,
  handler: async () => {
    const counts = await services.database.db.transaction(async (tx) => {
      const count = async (statement: SQL) =>
        (
          await tx.execute<{ n: number }>(
            sql`with gone as (${statement} returning 1) select count(*)::int as n from gone`,
          )
        ).rows[0]!.n;
      const attempts = await count(sql`delete from sign_in_attempt where expires_at < now() - interval '1 hour'`);
      const logins = await count(sql`delete from proconnect_login where expires_at < now() - interval '1 hour'`);
      const ended = sql`select s.id from user_session s
         where coalesce(s.revoked_at, (select max(t.expires_at) from refresh_token t where t.family_id = s.id), s.created_at)
               < now() - make_interval(days => ${ENDED_SESSION_DAYS})`;
      await tx.execute(sql`delete from refresh_token where family_id in (${ended})`);
      const sessions = await count(sql`delete from user_session where id in (${ended})`);
      return { attempts, logins, sessions };
    });
    services.logger.info(counts, 'sign-in sweep');
  },
});

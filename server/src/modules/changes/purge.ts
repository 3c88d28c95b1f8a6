import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/driver.js';
import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';

/**
 * The change feed's retention (migration 0040): change_log entries older than CHANGE_FEED_RETENTION_DAYS
 * are deleted, oldest first, and change_log_horizon keeps the highest id deleted, which `changes(since:)`
 * refuses a cursor below (service.ts).
 */

/** Entries deleted by one statement, in one transaction: a backlog of millions holds no long transaction. */
export const CHANGE_FEED_PURGE_BATCH = 10_000;

export interface ChangeFeedPurge {
  /** Entries deleted. */
  purged: number;
  /** Transactions that deleted some. */
  batches: number;
  /** The horizon after the purge: every id up to it is gone ('0': none ever was). */
  purgedThroughId: string;
}

/**
 * One batch, in its own transaction, as the owner: the `batch` oldest entries up to the first one that is
 * not older than `before` (a prefix of the ids, even were a clock to step back: every id up to the horizon
 * is gone), and the horizon moved to the last of them in the same transaction. A reader's statement sees
 * both or neither.
 */
const PURGE_BATCH = (before: Date, batch: number) => sql`
  with oldest as (
    select c.id, c.changed_at from change_log c order by c.id limit ${batch}
  ), upto as (
    select coalesce((select min(o.id) - 1 from oldest o where o.changed_at >= ${before.toISOString()}::timestamptz),
                    (select max(o.id) from oldest o)) as id
  ), gone as (
    delete from change_log c where c.id <= (select u.id from upto u) returning c.id
  ), moved as (
    update change_log_horizon h
       set purged_through_id = greatest(h.purged_through_id, g.last),
           purged_before = greatest(h.purged_before, ${before.toISOString()}::timestamptz),
           purged_at = now()
      from (select max(gone.id) as last from gone) g
     where g.last is not null
    returning h.purged_through_id
  )
  select (select count(*) from gone)::int as purged,
         coalesce((select m.purged_through_id from moved m), (select h.purged_through_id from change_log_horizon h))::text
           as "purgedThroughId"`;

/** Deletes the entries older than `retentionDays` before `now`, batch after batch, until none is left. */
export async function purgeChangeFeed(
  db: Db,
  retentionDays: number,
  { now = new Date(), batch = CHANGE_FEED_PURGE_BATCH }: { now?: Date; batch?: number } = {},
): Promise<ChangeFeedPurge> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new Error(`the change feed keeps its changes at least a day (asked: ${retentionDays})`);
  }
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  const result: ChangeFeedPurge = { purged: 0, batches: 0, purgedThroughId: '0' };
  for (;;) {
    const [row] = await db.transaction(
      async (tx) => (await tx.execute<{ purged: number; purgedThroughId: string }>(PURGE_BATCH(before, batch))).rows,
    );
    const purged = Number(row?.purged ?? 0);
    result.purgedThroughId = row?.purgedThroughId ?? result.purgedThroughId;
    if (purged > 0) {
      result.purged += purged;
      result.batches += 1;
    }
    // A short batch met a change to keep, or the end of the log: nothing older is left.
    if (purged < batch) return result;
  }
}

/** Every night at 04:15 (Europe/Paris) and when a process starts, once whatever the number of processes. */
export const changeFeedPurgeJob = (services: Services): JobDefinition<never> => ({
  name: 'change-feed-purge',
  cron: '15 4 * * *',
  atStart: true,
  // A backlog of millions takes a while, batch after batch; what a killed run deleted stays deleted.
  expireInSeconds: 60 * 60,
  handler: async () => {
    const { purged, batches, purgedThroughId } = await purgeChangeFeed(
      services.database.db,
      services.config.CHANGE_FEED_RETENTION_DAYS,
    );
    services.logger.info({ purged, batches, purgedThroughId }, 'change feed purged');
  },
});

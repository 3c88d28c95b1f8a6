import { sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { asOwner } from '../../core/db/actor-tx.js';
import type { Tx } from '../../core/db/driver.js';
import { AppError, badInput, unauthenticated } from '../../core/errors.js';
import { deadLetterOf, JOB_SCHEMA } from '../../core/jobs.js';
import { decodeCursor, encodeCursor, pageSizeOf, type Connection } from '../../core/pagination.js';
import { queueLabel, scheduleLabel } from './labels.js';

/**
 * « Tâches de fond »: what the app's background queues hold, read from pg-boss's tables. Those tables
 * are the owner's (no row-level security: they hold no row of a person, but their data may hold ids),
 * so they are read as the owner inside the request's transaction (asOwner: on PGlite a second
 * connection would wait for the request's transaction to end), and only the columns shown here are
 * read: never a job's data, and of its output only the failure's message.
 */

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
type GqlState = Uppercase<JobState>;

export interface BackgroundQueue {
  name: string;
  label: string;
  created: number;
  retry: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
  deadLetter: number;
  cron: string | null;
  scheduleLabel: string | null;
}

export interface BackgroundJob {
  id: string;
  queue: string;
  queueLabel: string;
  state: GqlState;
  createdOn: string;
  startedOn: string | null;
  completedOn: string | null;
  retryCount: number;
  retryLimit: number;
  error: string | null;
}

const MAX_PAGE = 100;
const job = sql.raw(`${JOB_SCHEMA}.job`);
const archive = sql.raw(`${JOB_SCHEMA}.archive`);
const schedule = sql.raw(`${JOB_SCHEMA}.schedule`);
const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

/** Reads as the owner, in the request's transaction. */
function asJobOwner<T>(ctx: RequestContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!ctx.actor) throw unauthenticated();
  return asOwner(ctx.db, ctx.actor, fn);
}

/** The app's queues, in the order the modules define them. */
function appQueues(ctx: RequestContext): string[] {
  return ctx.services.jobs.names();
}

function knownQueue(ctx: RequestContext, queue: string): string {
  if (!appQueues(ctx).includes(queue)) throw badInput([{ path: 'queue', message: 'file de tâches inconnue' }]);
  return queue;
}

/** Live jobs and archived ones (completed jobs are archived after a week, failed ones after a month). */
const allJobs = (where: SQL) => sql`
  (select id, name, state::text as state, created_on, started_on, completed_on, retry_count, retry_limit,
     case when state in ('failed', 'retry') then output->>'message' end as error
   from ${job} where ${where}
   union all
   select id, name, state::text as state, created_on, started_on, completed_on, retry_count, retry_limit,
     case when state in ('failed', 'retry') then output->>'message' end as error
   from ${archive} where ${where})`;

export async function listBackgroundQueues(ctx: RequestContext): Promise<BackgroundQueue[]> {
  const names = appQueues(ctx);
  const deadNames = names.map(deadLetterOf);
  return asJobOwner(ctx, async (tx) => {
    const counts = await tx.execute<{ name: string; state: string; n: number }>(sql`
      select name, state, count(*)::int as n
      from ${allJobs(sql`name = any(${sql.param(names)}::text[])`)} j
      group by name, state`);
    const dead = await tx.execute<{ name: string; n: number }>(sql`
      select name, count(*)::int as n from ${job}
      where name = any(${sql.param(deadNames)}::text[]) and state in ('created', 'retry', 'active')
      group by name`);
    const crons = await tx.execute<{ name: string; cron: string }>(sql`
      select name, cron from ${schedule} where name = any(${sql.param(names)}::text[])`);
    const cronOf = (name: string) => crons.rows.find((r) => r.name === name)?.cron ?? null;
    return names.map((name) => {
      const count = (state: JobState) => counts.rows.find((r) => r.name === name && r.state === state)?.n ?? 0;
      return {
        name,
        label: queueLabel(name),
        created: count('created'),
        retry: count('retry'),
        active: count('active'),
        completed: count('completed'),
        failed: count('failed'),
        cancelled: count('cancelled'),
        deadLetter: dead.rows.find((r) => r.name === deadLetterOf(name))?.n ?? 0,
        cron: cronOf(name),
        scheduleLabel: cronOf(name) ? scheduleLabel(cronOf(name)!) : null,
      };
    });
  });
}

type JobRow = {
  id: string;
  name: string;
  state: string;
  created_on: string;
  created_key: string;
  started_on: string | null;
  completed_on: string | null;
  retry_count: number;
  retry_limit: number;
  error: string | null;
};

const toJob = (row: JobRow): BackgroundJob => ({
  id: row.id,
  queue: row.name,
  queueLabel: queueLabel(row.name),
  state: row.state.toUpperCase() as GqlState,
  createdOn: row.created_on,
  startedOn: row.started_on,
  completedOn: row.completed_on,
  retryCount: row.retry_count,
  retryLimit: row.retry_limit,
  error: row.error,
});

const selectJobs = (where: SQL) => sql`
  select id::text as id, name, state, ${iso('created_on')} as created_on, created_on::text as created_key,
    ${iso('started_on')} as started_on, ${iso('completed_on')} as completed_on, retry_count, retry_limit, error
  from ${allJobs(where)} j`;

/** One queue's jobs (or every app queue's), in one state or any, newest first; keyset on (created_on, id). */
export async function listBackgroundJobs(
  ctx: RequestContext,
  args: { queue?: string | null; state?: GqlState | null; first?: number | null; after?: string | null },
): Promise<Connection<BackgroundJob>> {
  const limit = pageSizeOf(args.first, MAX_PAGE);
  const names = args.queue ? [knownQueue(ctx, args.queue)] : appQueues(ctx);
  const filter = sql.join(
    [
      sql`name = any(${sql.param(names)}::text[])`,
      ...(args.state ? [sql`state = ${args.state.toLowerCase()}::${sql.raw(JOB_SCHEMA)}.job_state`] : []),
    ],
    sql` and `,
  );
  const cursor = args.after ? decodeCursor(args.after, 2) : null;
  const after = cursor
    ? sql`where (created_key::timestamptz, id::uuid) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
    : sql``;
  return asJobOwner(ctx, async (tx) => {
    const rows = await tx.execute<JobRow>(sql`
      select * from (${selectJobs(filter)}) page ${after}
      order by created_key::timestamptz desc, id desc
      limit ${limit + 1}`);
    const total = await tx.execute<{ n: number }>(sql`select count(*)::int as n from ${allJobs(filter)} j`);
    const nodes = rows.rows.slice(0, limit);
    const last = nodes[nodes.length - 1];
    return {
      nodes: nodes.map(toJob),
      pageInfo: {
        hasNextPage: rows.rows.length > limit,
        endCursor: last ? encodeCursor([last.created_key, last.id]) : null,
      },
      totalCount: total.rows[0]?.n ?? 0,
    };
  });
}

async function findJob(tx: Tx, queue: string, id: string): Promise<(JobRow & { archived: boolean }) | null> {
  const { rows } = await tx.execute<JobRow & { archived: boolean }>(sql`
    select *, false as archived from (${selectJobs(sql`name = ${queue} and id = ${id}::uuid`)}) live
    union all
    select *, true as archived from (
      select id::text as id, name, state::text as state, ${iso('created_on')} as created_on,
        created_on::text as created_key, ${iso('started_on')} as started_on, ${iso('completed_on')} as completed_on,
        retry_count, retry_limit, null as error
      from ${archive} where name = ${queue} and id = ${id}::uuid) archived
    limit 1`);
  return rows[0] ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Puts a failed job back in its queue (pg-boss's retry, in the request's transaction so that the job
 * and the audit event commit together). A job in any other state is refused.
 */
export async function retryBackgroundJob(ctx: RequestContext, queue: string, id: string): Promise<BackgroundJob> {
  knownQueue(ctx, queue);
  if (!UUID.test(id)) throw badInput([{ path: 'id', message: 'identifiant de tâche invalide' }]);
  const retried = await asJobOwner(ctx, async (tx) => {
    const found = await findJob(tx, queue, id);
    if (!found) throw new AppError('NOT_FOUND', 'Tâche introuvable.');
    if (found.archived) {
      throw new AppError(
        'CONFLICT',
        'Cette tâche est archivée : elle ne peut plus être relancée.',
        'TRANSITION_REFUSED',
      );
    }
    if (found.state !== 'failed') {
      throw new AppError('CONFLICT', 'Seule une tâche en échec peut être relancée.', 'TRANSITION_REFUSED');
    }
    await ctx.services.jobs.retryInTx(tx, queue, id);
    return findJob(tx, queue, id);
  });
  await ctx.audit({ action: 'job.retry', subjectType: 'background_job', subjectId: id });
  return toJob(retried!);
}

import { SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database, Tx } from './db/driver.js';

/**
 * Background work (issue 16): a durable queue in the application's own database, kept by pg-boss,
 * on PostgreSQL and on PGlite alike (pg-boss runs its SQL through Database.executeSql). Jobs survive a
 * restart, are retried with backoff, and land in their queue's dead-letter queue (`<name>__dead`) once
 * their retries are spent, where « Tâches de fond » shows them. A schedule (cron, Europe/Paris) runs
 * once per period however many API processes run: pg-boss keeps one timekeeper job per minute.
 */

/** The schema pg-boss keeps its tables in (installed with the migrations: Database.migrate). */
export const JOB_SCHEMA = 'pgboss';
export const JOB_TIME_ZONE = 'Europe/Paris';
/** pg-boss's own queues (its timekeeper's) are not the app's: « Tâches de fond » leaves them out. */
export const INTERNAL_QUEUE_PREFIX = '__pgboss__';

export interface JobDefinition<T> {
  name: string;
  /** Runs one job; a throw is a failure, retried with backoff until `retryLimit`, then dead-lettered. */
  handler: (data: T, job: { id: string; retryCount: number }) => Promise<void>;
  retryLimit?: number;
  /** Seconds before the first retry; doubled at each one (pg-boss's backoff). */
  retryDelaySeconds?: number;
  /** A job running longer is taken for dead (its process killed) and retried by any process. */
  expireInSeconds?: number;
  /** cron, in Europe/Paris: the job is sent once per period, with no data. */
  cron?: string;
  /** Also sent (with no data) when a process starts: a sweep that must not wait for the next period. */
  atStart?: boolean;
  /** How many jobs a worker takes per fetch, run one after the other (default 1): many small jobs (e-mails) want several. */
  batchSize?: number;
  /** How many workers this process runs on the queue at once (default 1): jobs that wait on the network want several. */
  concurrency?: number;
  /**
   * A worker runs its fetched batch's jobs at once rather than one after the other, and records their
   * completions in one statement: many short jobs that wait on the network (webhook deliveries).
   */
  parallel?: boolean;
  /**
   * Runs a fetched batch of more than one job in one call, all succeeding or failing together: jobs whose
   * work merges set-wise (the webhook fan-out of many mutations' events, in one round of statements). A
   * retried job runs again, so the work must be idempotent. `handler` still runs a batch of one.
   */
  batchHandler?: (data: T[]) => Promise<void>;
}

export interface Jobs {
  define<T>(definition: JobDefinition<T>): void;
  /**
   * Sends a job now; its id, or null when `singletonKey` names a job already queued (a reminder of the
   * day sent twice by a retried run).
   */
  send<T extends object>(
    name: string,
    data: T,
    options?: { startAfterSeconds?: number; singletonKey?: string },
  ): Promise<string | null>;
  /** Sends a job in the caller's transaction: it exists only if that transaction commits. */
  sendInTx<T extends object>(tx: Tx, name: string, data: T): Promise<string>;
  /** Sends many jobs of one queue in the caller's transaction, in one statement. */
  sendManyInTx<T extends object>(tx: Tx, name: string, data: T[]): Promise<void>;
  /** Creates the queues and schedules; with workers, starts working them. */
  start(): Promise<void>;
  /** Waits for the jobs under way (at most `timeoutMs`), then stops. */
  stop(timeoutMs?: number): Promise<void>;
  /** The names of the app's queues (not their dead-letter queues). */
  names(): string[];
  /** Puts a failed job back to be run again. */
  retry(name: string, id: string): Promise<void>;
  /** The same in the caller's transaction (as the owner: asOwner), so that it commits with the caller's audit. */
  retryInTx(tx: Tx, name: string, id: string): Promise<void>;
  /** Runs every job of `names` that is due now and waits for them (tests and the bench). */
  drain(names?: string[]): Promise<number>;
  /** Wakes this process's idle workers of a queue now, rather than at their next poll (a job was just committed). */
  wake(name: string): void;
  readonly boss: PgBoss;
}

export interface JobsOptions {
  database: Database;
  logger: Logger;
  /** Off: jobs are stored (and scheduled) but this process runs none (a process dedicated to requests). */
  workers: boolean;
  /** Seconds between two looks for queues with jobs due (one statement for every queue). */
  pollingIntervalSeconds?: number;
  /** Seconds between two checks of the schedules. */
  cronCheckSeconds?: number;
  /** Seconds between two maintenance runs (expired jobs put back, old ones archived). */
  maintenanceSeconds?: number;
}

export const deadLetterOf = (name: string) => `${name}__dead`;

/** The queues with a job due now, as pg-boss's fetch finds them (its partial index job_i5 serves it). */
const DUE_QUEUES_SQL = `select distinct name from ${JOB_SCHEMA}.job where state < 'active' and start_after < now()`;

/** pg-boss's statements through the drizzle transaction `tx`: `$n` placeholders become its parameters. */
function txExecutor(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      // pg-boss leaves unset options undefined: sent as NULL, as node-postgres does.
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1] ?? null)}`,
      );
      const result = await tx.execute(sql.join(chunks));
      return { rows: result.rows as unknown[] };
    },
  };
}

export function createJobs({
  database,
  logger,
  workers,
  pollingIntervalSeconds = 2,
  cronCheckSeconds = 30,
  maintenanceSeconds = 60,
}: JobsOptions): Jobs {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: JOB_SCHEMA,
    // The migrations install pg-boss's schema (Database.migrate); a newer pg-boss would migrate it here.
    migrate: true,
    supervise: workers,
    schedule: workers,
    // Completed jobs are kept a week for « Tâches de fond », failed ones a month.
    archiveCompletedAfterSeconds: 7 * 86_400,
    archiveFailedAfterSeconds: 30 * 86_400,
    deleteAfterDays: 30,
    maintenanceIntervalSeconds: maintenanceSeconds,
    cronMonitorIntervalSeconds: cronCheckSeconds,
  });
  // pg-boss reports its own failures (a poll while the database restarts) as events: logged, never thrown.
  boss.on('error', (err: Error & { code?: string }) =>
    logger.warn({ code: err.code, err: { name: err.name, message: safeMessage(err) } }, 'job queue error'),
  );
  const definitions = new Map<string, JobDefinition<never>>();
  const running = new Set<Promise<unknown>>();
  let started = false;

  const run = async (definition: JobDefinition<never>, job: PgBoss.JobWithMetadata<never>) => {
    const started = Date.now();
    const work = definition.handler(job.data, { id: job.id, retryCount: job.retryCount });
    running.add(work);
    try {
      await work;
      logger.info({ job: definition.name, jobId: job.id, ms: Date.now() - started }, 'job done');
    } catch (err) {
      // The job's error is stored by pg-boss (« Tâches de fond » shows it); the log names it only.
      logger.warn({ job: definition.name, jobId: job.id, retry: job.retryCount, code: codeOf(err) }, 'job failed');
      throw storedError(err);
    } finally {
      running.delete(work);
    }
  };

  let stopping = false;
  const loops: Promise<void>[] = [];
  const sleepers = new Set<() => void>();
  /** The sleeping loops of each queue, woken early by wake(name). */
  const sleepersOf = new Map<string, Set<() => void>>();
  /** How many times each queue was woken: a loop that fetched nothing sleeps only if none came meanwhile. */
  const wakesOf = new Map<string, number>();
  const wakeQueue = (name: string) => {
    wakesOf.set(name, (wakesOf.get(name) ?? 0) + 1);
    for (const wake of [...(sleepersOf.get(name) ?? [])]) wake();
  };
  const pause = (ms: number, name?: string) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        if (name) sleepersOf.get(name)?.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
      if (name) {
        if (!sleepersOf.has(name)) sleepersOf.set(name, new Set());
        sleepersOf.get(name)!.add(wake);
      }
    });
  /** A completion or failure that cannot be recorded (the database gone): the job expires and runs again. */
  const record = async (what: string, write: () => Promise<unknown>) => {
    await write().catch((err: unknown) => logger.warn({ code: codeOf(err) }, `job ${what} not recorded`));
  };

  /** Runs one fetched job and records its outcome (the worker loop's, and drain's). */
  const workOne = async (definition: JobDefinition<never>, job: PgBoss.JobWithMetadata<never>) => {
    try {
      await run(definition, job);
    } catch (err) {
      await record('failure', () => boss.fail(definition.name, job.id, err as object));
      return;
    }
    await record('completion', () => boss.complete(definition.name, job.id));
  };

  /** Runs a fetched batch in one call of its batch handler: completed together, or failed together. */
  const workMerged = async (definition: JobDefinition<never>, batch: PgBoss.JobWithMetadata<never>[]) => {
    const started = Date.now();
    const work = definition.batchHandler!(batch.map((job) => job.data));
    running.add(work);
    try {
      await work;
      logger.info({ job: definition.name, jobs: batch.length, ms: Date.now() - started }, 'jobs done');
    } catch (err) {
      logger.warn({ job: definition.name, jobs: batch.length, code: codeOf(err) }, 'jobs failed');
      const stored = storedError(err);
      for (const job of batch) await record('failure', () => boss.fail(definition.name, job.id, stored));
      return;
    } finally {
      running.delete(work);
    }
    await record('completion', () =>
      boss.complete(
        definition.name,
        batch.map((job) => job.id),
      ),
    );
  };

  /** Runs a fetched batch at once; failures recorded one by one, completions in one statement. */
  const workAtOnce = async (definition: JobDefinition<never>, batch: PgBoss.JobWithMetadata<never>[]) => {
    const outcomes = await Promise.all(
      batch.map((job) =>
        run(definition, job).then(
          () => ({ job, err: null }),
          (err: unknown) => ({ job, err }),
        ),
      ),
    );
    for (const { job, err } of outcomes)
      if (err) await record('failure', () => boss.fail(definition.name, job.id, err as object));
    const done = outcomes.filter((o) => !o.err).map((o) => o.job.id);
    if (done.length > 0) await record('completion', () => boss.complete(definition.name, done));
  };

  /**
   * Every poll interval, one statement finds the queues that have jobs due and wakes their idle workers.
   * Each worker polling its own queue meant 30-odd fetches (an UPDATE each) every two seconds per idle
   * process: about 9 % of a core on PGlite.
   */
  const scanLoop = async () => {
    while (!stopping) {
      try {
        const { rows } = await database.executeSql(DUE_QUEUES_SQL);
        for (const { name } of rows as { name: string }[]) if (definitions.has(name)) wakeQueue(name);
      } catch (err) {
        logger.warn({ code: codeOf(err) }, 'job scan failed');
      }
      if (!stopping) await pause(pollingIntervalSeconds * 1000);
    }
  };
  /** How long an idle worker sleeps when no scan nor commit wakes it: a safety net, not the way jobs arrive. */
  const idlePauseMs = Math.max(60, 10 * pollingIntervalSeconds) * 1000;

  /**
   * One queue's worker: fetches up to `batchSize` jobs, runs them one after the other, records each
   * outcome (awaited: pg-boss's own worker records them without waiting, and a failure to record then
   * surfaced as an unhandled rejection), and fetches again at once while there are jobs, else sleeps
   * until the scan (or a commit of this process: wake) finds its queue with jobs due (pg-boss's worker
   * waits after every fetch: 20 e-mails took 20 s).
   */
  const workLoop = async (definition: JobDefinition<never>) => {
    while (!stopping) {
      // A wake that comes between an empty fetch and the pause would find no sleeper: the loop sees it here.
      const wakesBefore = wakesOf.get(definition.name) ?? 0;
      let batch: PgBoss.JobWithMetadata<never>[] = [];
      try {
        batch =
          (await boss.fetch<never>(definition.name, { batchSize: definition.batchSize ?? 1, includeMetadata: true })) ??
          [];
      } catch (err) {
        logger.warn({ job: definition.name, code: codeOf(err) }, 'job fetch failed');
      }
      if (definition.batchHandler && batch.length > 1) await workMerged(definition, batch);
      else if (definition.parallel && batch.length > 1) await workAtOnce(definition, batch);
      else for (const job of batch) await workOne(definition, job);
      if (batch.length === 0 && !stopping && (wakesOf.get(definition.name) ?? 0) === wakesBefore)
        await pause(idlePauseMs, definition.name);
    }
  };

  return {
    boss,
    define<T>(definition: JobDefinition<T>) {
      if (started) throw new Error(`job ${definition.name} defined after the queue started`);
      definitions.set(definition.name, definition as JobDefinition<never>);
    },
    names: () => [...definitions.keys()],
    async send(name, data, options) {
      if (!definitions.has(name)) throw new Error(`job ${name} was not queued (unknown queue)`);
      const id = await boss.send(name, data, {
        ...(options?.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        // Within a day: the key names the day itself.
        ...(options?.singletonKey ? { singletonKey: options.singletonKey, singletonHours: 24 } : {}),
      });
      if (!id && !options?.singletonKey) throw new Error(`job ${name} was not queued (unknown queue)`);
      return id;
    },
    async sendManyInTx(tx, name, data) {
      if (data.length === 0) return;
      if (!definitions.has(name)) throw new Error(`job ${name} was not queued (unknown queue)`);
      await boss.insert(
        data.map((d) => ({ name, data: d })),
        { db: txExecutor(tx) },
      );
    },
    async sendInTx(tx, name, data) {
      const id = await boss.send(name, data, { db: txExecutor(tx) });
      if (!id) throw new Error(`job ${name} was not queued (unknown queue)`);
      return id;
    },
    async start() {
      await boss.start();
      const existing = new Set((await boss.getQueues()).map((q) => q.name));
      for (const definition of definitions.values()) {
        const dead = deadLetterOf(definition.name);
        if (!existing.has(dead))
          await againOnDeadlock(() => boss.createQueue(dead, { name: dead, retentionMinutes: 30 * 24 * 60 }));
        if (!existing.has(definition.name))
          await againOnDeadlock(() =>
            boss.createQueue(definition.name, {
              name: definition.name,
              retryLimit: definition.retryLimit ?? 5,
              retryDelay: definition.retryDelaySeconds ?? 30,
              retryBackoff: true,
              expireInSeconds: definition.expireInSeconds ?? 15 * 60,
              deadLetter: dead,
            }),
          );
        if (definition.cron) {
          await boss.schedule(definition.name, definition.cron, {}, { tz: JOB_TIME_ZONE });
        }
      }
      started = true;
      for (const definition of definitions.values()) if (definition.atStart) await boss.send(definition.name, {});
      if (!workers) return;
      stopping = false;
      for (const definition of definitions.values())
        for (let i = 0; i < Math.max(1, definition.concurrency ?? 1); i += 1) loops.push(workLoop(definition));
      loops.push(scanLoop());
    },
    async stop(timeoutMs = 10_000) {
      if (!started) return;
      started = false;
      // The loops finish the jobs they hold (up to the timeout); a job still running after it expires and
      // is taken again by any process.
      stopping = true;
      for (const wake of sleepers) wake();
      await Promise.race([Promise.all(loops.splice(0)), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
      await boss.stop({ graceful: false, close: false });
    },
    async retry(name, id) {
      await boss.retry(name, id);
    },
    async retryInTx(tx, name, id) {
      await boss.retry(name, id, { db: txExecutor(tx) });
    },
    wake: wakeQueue,
    async drain(names) {
      let done = 0;
      for (const name of names ?? [...definitions.keys()]) {
        const definition = definitions.get(name);
        if (!definition) throw new Error(`unknown job ${name}`);
        for (;;) {
          const [job] = await boss.fetch<never>(name, { includeMetadata: true, batchSize: 1 });
          if (!job) break;
          await workOne(definition, job);
          done += 1;
        }
      }
      return done;
    },
  };
}

/**
 * A queue's creation is DDL (a partition of the job table): two processes creating queues at the same
 * moment (replicas starting together) may deadlock each other. Creating a queue twice is harmless, so
 * the loser tries again after a short, random pause.
 */
async function againOnDeadlock(work: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await work();
      return;
    } catch (err) {
      if (attempt >= 5 || codeOf(err) !== '40P01') throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

/** pg-boss's schema, created or brought up to this pg-boss's version, as the database owner. */
export async function installJobSchema(database: Pick<Database, 'executeSql'>): Promise<void> {
  const { rows } = await database.executeSql(
    `select 1 from information_schema.tables where table_schema = '${JOB_SCHEMA}' and table_name = 'version'`,
  );
  if (rows.length > 0) return;
  try {
    await database.executeSql(PgBoss.getConstructionPlans(JOB_SCHEMA));
  } catch (err) {
    // Two processes started together: the other one installed it (its advisory lock made this one wait).
    await database.executeSql('rollback');
    const again = await database.executeSql(
      `select 1 from information_schema.tables where table_schema = '${JOB_SCHEMA}' and table_name = 'version'`,
    );
    if (again.rows.length === 0) throw err;
  }
}

function codeOf(err: unknown): string | undefined {
  return (err as { code?: string } | undefined)?.code;
}

/**
 * What pg-boss stores of a failed job and « Tâches de fond » shows: the message and code, not a stack nor
 * a database error's detail (which may quote values).
 */
function storedError(err: unknown): Error {
  return Object.assign(new Error(safeMessage(err)), { stack: '', code: codeOf(err) });
}

/** An error's message, cut short: what « Tâches de fond » shows. Handlers throw messages without personal data. */
function safeMessage(err: unknown): string {
  return err instanceof Error ? err.message.slice(0, 500) : 'error';
}

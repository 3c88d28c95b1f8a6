import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness.js';
import { createJobs, deadLetterOf, type JobDefinition, type Jobs } from './jobs.js';

const silent = pino({ level: 'silent' });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database() {
  const db = await freshDatabase();
  cleanups.push(db.drop);
  return db.database;
}

function jobsOn(database: Awaited<ReturnType<typeof freshDatabase>>['database'], workers = true): Jobs {
  const jobs = createJobs({ database, logger: silent, workers, pollingIntervalSeconds: 1 });
  cleanups.push(() => jobs.stop(2_000));
  return jobs;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function states(db: Awaited<ReturnType<typeof database>>, name: string) {
  const { rows } = await db.executeSql(
    `select state::text as state, retry_count, output from pgboss.job where name = $1 order by created_on`,
    [name],
  );
  return rows as { state: string; retry_count: number; output: { message?: string; stack?: string } | null }[];
}

describe('the job queue (pg-boss in the app database)', () => {
  it('runs a job sent by one process in another, as it would after a restart', async () => {
    const db = await database();
    const seen: unknown[] = [];
    // The first process queues and stops before running anything (a restart, or a process without workers).
    const before = jobsOn(db, false);
    before.define<{ n: number }>({ name: 'echo', handler: async (data) => void seen.push(data) });
    await before.start();
    await before.send('echo', { n: 1 });
    await before.stop();
    expect(seen).toEqual([]);

    const after = jobsOn(db);
    after.define<{ n: number }>({ name: 'echo', handler: async (data) => void seen.push(data) });
    await after.start();
    await until(
      async () => seen.length,
      (n) => n === 1,
    );
    expect(seen).toEqual([{ n: 1 }]);
    expect((await states(db, 'echo')).map((r) => r.state)).toEqual(['completed']);
  });

  it('retries a failing job, then leaves it failed with its error and a copy in the dead-letter queue; retried by hand, it runs again', async () => {
    const db = await database();
    const jobs = jobsOn(db);
    let attempts = 0;
    let healed = false;
    jobs.define({
      name: 'flaky',
      retryLimit: 2,
      retryDelaySeconds: 1,
      handler: async () => {
        attempts += 1;
        if (!healed) throw Object.assign(new Error('le service distant ne répond pas'), { code: 'ECONNREFUSED' });
      },
    });
    await jobs.start();
    const id = (await jobs.send('flaky', {}))!;
    const failed = await until(
      () => states(db, 'flaky'),
      (rows) => rows[0]?.state === 'failed',
      30_000,
    );
    expect(failed[0]).toMatchObject({ state: 'failed', retry_count: 2 });
    expect(attempts).toBe(3);
    // The error as « Tâches de fond » shows it: its message, without a stack.
    expect(failed[0]!.output?.message).toBe('le service distant ne répond pas');
    expect(failed[0]!.output?.stack ?? '').toBe('');
    expect((await states(db, deadLetterOf('flaky'))).length).toBe(1);

    healed = true;
    await jobs.retry('flaky', id);
    const done = await until(
      () => states(db, 'flaky'),
      (rows) => rows[0]?.state === 'completed',
    );
    expect(done[0]!.state).toBe('completed');
    expect(attempts).toBe(4);
  });

  it("runs a parallel queue's fetched jobs at once, completes those that succeed and fails the others", async () => {
    const db = await database();
    const jobs = jobsOn(db, false);
    let running = 0;
    let most = 0;
    const fan: JobDefinition<{ n: number }> = {
      name: 'fan',
      batchSize: 6,
      parallel: true,
      retryLimit: 0,
      handler: async ({ n }) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 300));
        running -= 1;
        if (n === 3) throw new Error('receiver down');
      },
    };
    jobs.define(fan);
    await jobs.start();
    for (let n = 0; n < 6; n += 1) await jobs.send('fan', { n });
    // Workers start only now, with the six jobs waiting: one fetch takes them all.
    const worker = jobsOn(db);
    worker.define(fan);
    await worker.start();
    const done = await until(
      () => states(db, 'fan'),
      (rows) => rows.every((r) => r.state === 'completed' || r.state === 'failed'),
    );
    expect(most).toBe(6);
    expect(done.filter((r) => r.state === 'completed')).toHaveLength(5);
    expect(done.filter((r) => r.state === 'failed').map((r) => r.output?.message)).toEqual(['receiver down']);
  });

  it("hands a merged queue's fetched jobs to its batch handler in one call, completed together or failed together", async () => {
    const db = await database();
    const producer = jobsOn(db, false);
    const calls: number[][] = [];
    let broken = false;
    const merged: JobDefinition<{ n: number }> = {
      name: 'merged',
      batchSize: 10,
      retryLimit: 0,
      handler: async ({ n }) => void calls.push([n]),
      batchHandler: async (batch) => {
        calls.push(batch.map((d) => d.n).sort());
        if (broken) throw new Error('base indisponible');
      },
    };
    producer.define(merged);
    await producer.start();
    for (let n = 0; n < 4; n += 1) await producer.send('merged', { n });
    const worker = jobsOn(db);
    worker.define(merged);
    await worker.start();
    await until(
      () => states(db, 'merged'),
      (rows) => rows.every((r) => r.state === 'completed'),
    );
    expect(calls).toEqual([[0, 1, 2, 3]]);
    await worker.stop();

    broken = true;
    for (let n = 4; n < 7; n += 1) await producer.send('merged', { n });
    const again = jobsOn(db);
    again.define(merged);
    await again.start();
    const failed = await until(
      async () => (await states(db, 'merged')).slice(4),
      (rows) => rows.every((r) => r.state === 'failed'),
    );
    expect(calls[1]).toEqual([4, 5, 6]);
    expect(failed.map((r) => r.output?.message)).toEqual([
      'base indisponible',
      'base indisponible',
      'base indisponible',
    ]);
  });

  it('runs a job woken for at once, well before the next poll', async () => {
    const db = await database();
    const ran: number[] = [];
    const quick = { name: 'woken', handler: async () => void ran.push(Date.now()) };
    const worker = createJobs({ database: db, logger: silent, workers: true, pollingIntervalSeconds: 30 });
    cleanups.push(() => worker.stop(2_000));
    worker.define(quick);
    await worker.start();
    // Its worker found the queue empty and sleeps for 30 s; each send is followed by a wake, as a commit's notify does.
    for (let i = 0; i < 3; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const sent = Date.now();
      await worker.send('woken', {});
      worker.wake('woken');
      await until(
        async () => ran.length,
        (n) => n === i + 1,
        5_000,
      );
      expect(ran[i]! - sent).toBeLessThan(5_000);
    }
  });

  it('queues a job in a transaction only if the transaction commits', async () => {
    const db = await database();
    const jobs = jobsOn(db, false);
    jobs.define({ name: 'after-commit', handler: async () => undefined });
    await jobs.start();
    await db.db.transaction(async (tx) => {
      await jobs.sendInTx(tx, 'after-commit', { kept: true });
    });
    await db.db
      .transaction(async (tx) => {
        await jobs.sendInTx(tx, 'after-commit', { kept: false });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    const { rows } = await db.executeSql(`select data from pgboss.job where name = 'after-commit'`);
    expect(rows).toEqual([{ data: { kept: true } }]);
  });

  it('waits on stop for a job under way', async () => {
    const db = await database();
    const jobs = jobsOn(db);
    let finished = false;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    jobs.define({
      name: 'slow',
      handler: async () => {
        started();
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        finished = true;
      },
    });
    await jobs.start();
    await jobs.send('slow', {});
    await running;
    await jobs.stop(10_000);
    expect(finished).toBe(true);
    expect((await states(db, 'slow'))[0]!.state).toBe('completed');
  });
});

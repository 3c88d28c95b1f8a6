import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../../test/harness.js';

let t: TestApp;
let admin: string;
let counsellor: string;
let failedId: string;
let doneId: string;

const QUEUES = `query { backgroundQueues { name label created retry active completed failed cancelled deadLetter cron scheduleLabel } }`;
const JOBS = `query Jobs($queue: String, $state: BackgroundJobState, $first: Int, $after: String) {
  backgroundJobs(queue: $queue, state: $state, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id queue queueLabel state createdOn startedOn completedOn retryCount retryLimit error }
  }
}`;
const RETRY = `mutation Retry($queue: String!, $id: ID!) {
  retryBackgroundJob(queue: $queue, id: $id) { id state error retryLimit }
}`;

beforeAll(async () => {
  // No worker of its own: the test runs the jobs (drain), one at a time.
  t = await createTestApp({ JOB_WORKERS: 'off' });
  admin = await t.login('admin@demo.test');
  counsellor = await t.login('conseiller@demo.test');
  const jobs = t.app.services.jobs;
  // A fan-out of an unknown kind throws: with no retry left, it fails at once (and is dead-lettered).
  failedId = (await jobs.boss.send('notification-fanout', { kind: 'NOPE' }, { retryLimit: 0 }))!;
  await jobs.drain(['notification-fanout']);
  // A purge of the audit log, with nothing to purge, completes.
  doneId = (await jobs.boss.send('audit-retention', {}, { retryLimit: 0 }))!;
  await jobs.drain(['audit-retention']);
});
afterAll(() => t.close());

describe('« Tâches de fond » (admins only)', () => {
  it('refuses a non-admin every field', async () => {
    for (const [query, variables] of [
      [QUEUES, {}],
      [JOBS, {}],
      [RETRY, { queue: 'notification-fanout', id: failedId }],
    ] as const) {
      const res = await t.gql(counsellor, query, variables);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });

  it('counts the app queues’ jobs by state, with their dead letters and schedules', async () => {
    const queues = ok(await t.gql(admin, QUEUES), 'backgroundQueues');
    expect(queues.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'notification-fanout',
        'notification-emails',
        'audit-retention',
        'orphan-document-sweep',
        'read-budget-purge',
      ]),
    );
    expect(queues.some((q) => q.name.startsWith('__pgboss__') || q.name.endsWith('__dead'))).toBe(false);
    const fanout = queues.find((q) => q.name === 'notification-fanout')!;
    expect(fanout).toMatchObject({ label: 'Distribution des notifications', failed: 1, deadLetter: 1, cron: null });
    const retention = queues.find((q) => q.name === 'audit-retention')!;
    expect(retention.completed).toBeGreaterThanOrEqual(1);
    expect(retention).toMatchObject({ cron: '30 3 * * *', scheduleLabel: 'chaque jour, 3 h 30' });
    const figures = queues.find((q) => q.name === 'bilan-figures')!;
    expect(figures).toMatchObject({
      label: 'Chiffres des bilans PSAD pour les bilans régionaux',
      scheduleLabel: 'toutes les 15 minutes',
    });
  });

  it('lists the failed job with its error message, and nothing of its data', async () => {
    const page = ok(await t.gql(admin, JOBS, { queue: 'notification-fanout', state: 'FAILED' }), 'backgroundJobs');
    expect(page.totalCount).toBe(1);
    expect(page.nodes[0]).toMatchObject({
      id: failedId,
      queue: 'notification-fanout',
      queueLabel: 'Distribution des notifications',
      state: 'FAILED',
      retryLimit: 0,
      error: 'unknown notification kind NOPE',
    });
    expect(page.nodes[0]!.startedOn).toEqual(expect.any(String));
    const completed = ok(await t.gql(admin, JOBS, { state: 'COMPLETED' }), 'backgroundJobs');
    expect(completed.nodes.find((n) => n.id === doneId)).toMatchObject({ state: 'COMPLETED', error: null });
  });

  it('pages newest first, each job once', async () => {
    const jobs = t.app.services.jobs;
    for (let i = 0; i < 3; i += 1) await jobs.boss.send('read-budget-purge', {}, { startAfter: 3600 });
    const first = ok(await t.gql(admin, JOBS, { queue: 'read-budget-purge', first: 2 }), 'backgroundJobs');
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(
      await t.gql(admin, JOBS, { queue: 'read-budget-purge', first: 2, after: first.pageInfo.endCursor }),
      'backgroundJobs',
    );
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.nodes, ...second.nodes];
    expect(new Set(all.map((n) => n.id)).size).toBe(3);
    const created = all.map((n) => n.createdOn);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('refuses an unknown queue and a job that has not failed', async () => {
    const unknown = await t.gql(admin, JOBS, { queue: '__pgboss__send-it' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const done = await t.gql(admin, RETRY, { queue: 'audit-retention', id: doneId });
    expect(done.errors?.[0]).toMatchObject({
      message: 'Seule une tâche en échec peut être relancée.',
      extensions: { code: 'CONFLICT' },
    });
    const missing = await t.gql(admin, RETRY, { queue: 'notification-fanout', id: doneId });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('retries a failed job: back in its queue, run again, and audited', async () => {
    const retried = ok(await t.gql(admin, RETRY, { queue: 'notification-fanout', id: failedId }), 'retryBackgroundJob');
    expect(retried).toMatchObject({ id: failedId, state: 'RETRY', retryLimit: 1 });
    const again = await t.gql(admin, RETRY, { queue: 'notification-fanout', id: failedId });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // It runs again (and fails again, its data being what it was).
    expect(await t.app.services.jobs.drain(['notification-fanout'])).toBe(1);
    const page = ok(await t.gql(admin, JOBS, { queue: 'notification-fanout' }), 'backgroundJobs');
    expect(page.nodes.find((n) => n.id === failedId)).toMatchObject({ state: 'FAILED', retryCount: 1 });
    const { rows } = await t.database.executeSql(
      `select subject_type, subject_id, details from audit_event where action = 'job.retry' and outcome = 'SUCCESS'`,
    );
    expect(rows).toEqual([{ subject_type: 'background_job', subject_id: failedId, details: null }]);
  });
});

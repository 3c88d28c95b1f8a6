/**
 * N1 of `pnpm bench` in small: two assignments (one not measured) of 20 cases to an organisation of
 * 3 counsellors, against the API built in-process on a tiny generated data set with its job workers,
 * the bench's SMTP server and its notification stream: each assignment's notices are stored and its
 * e-mails received, one per counsellor, and the database holds them afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareN1, runN1Phase, storedByN1, type N1Data } from '../src/scenarios/notifications.js';
import { startSmtpSink, type SmtpSink } from '../src/scenarios/smtp-sink.js';
import { generatedDatabase, startApp, type GeneratedDatabase, type StartedApp } from './smoke-setup.js';

const COUNSELLORS = 3;
const CASES = 20;

describe('bench scenario N1 (smoke)', () => {
  let db: GeneratedDatabase;
  let smtp: SmtpSink;
  let app: StartedApp;
  let n1: N1Data;

  beforeAll(async () => {
    db = await generatedDatabase(11);
    const { floor, summary } = db;
    n1 = await prepareN1(floor, {
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      batches: 2,
      counsellors: COUNSELLORS,
      casesPerAssignment: CASES,
    });
    smtp = await startSmtpSink();
    app = await startApp(db.database, 'n1', {
      BENCH_COUNT_SQL: 'on',
      SMTP_URL: smtp.url,
      JOB_POLL_SECONDS: '1',
      NOTIFICATIONS: 'on',
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await db?.close();
  });

  it('assigns, then sees the notices stored and one e-mail per counsellor received, end to end', async () => {
    const { floor, summary } = db;
    expect(n1.batches.map((b) => b.length)).toEqual([CASES, CASES]);
    const phase = await runN1Phase({
      base: app.base,
      pid: process.pid,
      notifications: 'on',
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      password: summary.users.password,
      data: n1,
      batches: n1.batches,
      warmup: 1,
      smtp,
      pauseMs: 0,
    });
    expect(phase.requestMs).toHaveLength(1);
    expect(phase.emailsReceivedMs).toHaveLength(1);
    expect(phase.notificationsStored!.p50).toBeGreaterThan(phase.request.p50);
    expect(phase.emailsReceived!.p50).toBeGreaterThanOrEqual(phase.notificationsStored!.p50);
    expect(phase.statements!.total).toBeGreaterThan(0);
    expect(smtp.count).toBe(2 * COUNSELLORS);
    expect(smtp.recipients.flat().sort()).toEqual([...n1.counsellorEmails, ...n1.counsellorEmails].sort());
    // Handed to SMTP: recorded in the outbox once the server accepted them (just after it received them).
    await expect
      .poll(() => storedByN1(floor, n1), { timeout: 5000 })
      .toEqual({ notifications: 2 * COUNSELLORS, emailsSent: 2 * COUNSELLORS });
  }, 60_000);
});

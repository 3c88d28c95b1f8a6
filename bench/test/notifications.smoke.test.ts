/**
 * N1 of `pnpm bench` in small: two assignments (one not measured) of 20 cases to an organisation of
 * 3 counsellors, against the API built in-process on a tiny generated data set with its job workers,
 * the bench's SMTP server and its notification stream: each assignment's notices are stored and its
 * e-mails received, one per counsellor, and the database holds them afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/src/core/db/driver.js';
import { loadConfig } from '../../server/src/core/config.js';
import { buildApp } from '../../server/src/app.js';
import { pgClientFloorDb, pgliteClientFloorDb, type FloorDb } from '../src/baselines/raw-import.js';
import { generate, type Summary } from '../src/generate.js';
import { prepareN1, runN1Phase, storedByN1, type N1Data } from '../src/scenarios/notifications.js';
import { startSmtpSink, type SmtpSink } from '../src/scenarios/smtp-sink.js';
import { emptyPostgresDatabase } from './postgres-database.js';

const TINY = { platforms: 2, users: 8, cases: 160, events: 600 };
const COUNSELLORS = 3;
const CASES = 20;

describe('bench scenario N1 (smoke)', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let floor: FloorDb;
  let summary: Summary;
  let smtp: SmtpSink;
  let app: FastifyInstance;
  let base: string;
  let dataDir: string;
  let n1: N1Data;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      ({ database, drop } = await emptyPostgresDatabase(url, 'maillage_bench_n1_smoke'));
    } else {
      database = await openDatabase({});
      drop = () => database.close();
    }
    summary = await generate({ database, seed: 11, scale: TINY });
    const client = (database.db as unknown as { $client: unknown }).$client;
    if (database.kind === 'postgres') {
      const connection = await (client as pg.Pool).connect();
      floor = pgClientFloorDb(connection, async () => connection.release());
    } else {
      floor = pgliteClientFloorDb(client as Parameters<typeof pgliteClientFloorDb>[0]);
    }
    n1 = await prepareN1(floor, {
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      batches: 2,
      counsellors: COUNSELLORS,
      casesPerAssignment: CASES,
    });
    smtp = await startSmtpSink();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-n1-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SERVE_WEB: 'off',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'off',
      BENCH_COUNT_SQL: 'on',
      SMTP_URL: smtp.url,
      JOB_POLL_SECONDS: '1',
      NOTIFICATIONS: 'on',
    });
    app = await buildApp({ config, database });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await floor?.close();
    await drop?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('assigns, then sees the notices stored and one e-mail per counsellor received, end to end', async () => {
    expect(n1.batches.map((b) => b.length)).toEqual([CASES, CASES]);
    const phase = await runN1Phase({
      base,
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

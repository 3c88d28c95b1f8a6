/**
 * W1 of `pnpm bench` in small: 100 case.assigned events at 200 events/s, against the API built
 * in-process on a tiny generated data set with its job workers (woken at each commit), delivered to
 * the bench's receiver, which checks each signature: every event arrives once, signed, well within 2 s.
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
import {
  prepareW1,
  runW1,
  startWebhookReceiver,
  type W1Data,
  type WebhookReceiver,
} from '../src/scenarios/webhooks.js';
import { emptyPostgresDatabase } from './postgres-database.js';

const TINY = { platforms: 2, users: 8, cases: 160, events: 600 };
const EVENTS = 100;

describe('bench scenario W1 (smoke)', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let floor: FloorDb;
  let summary: Summary;
  let receiver: WebhookReceiver;
  let app: FastifyInstance;
  let base: string;
  let dataDir: string;
  let w1: W1Data;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      ({ database, drop } = await emptyPostgresDatabase(url, 'maillage_bench_w1_smoke'));
    } else {
      database = await openDatabase({});
      drop = () => database.close();
    }
    summary = await generate({ database, seed: 12, scale: TINY });
    const client = (database.db as unknown as { $client: unknown }).$client;
    if (database.kind === 'postgres') {
      const connection = await (client as pg.Pool).connect();
      floor = pgClientFloorDb(connection, async () => connection.release());
    } else {
      floor = pgliteClientFloorDb(client as Parameters<typeof pgliteClientFloorDb>[0]);
    }
    receiver = await startWebhookReceiver();
    w1 = await prepareW1(floor, {
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      receiverUrl: receiver.url,
      events: EVENTS,
    });
    receiver.secret = w1.secret;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-w1-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SERVE_WEB: 'off',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'off',
      NOTIFICATIONS: 'off',
    });
    app = await buildApp({ config, database });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await receiver?.close();
    await floor?.close();
    await drop?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every event once, signed, to the receiver, from the commit in well under 2 s', async () => {
    expect(w1.batches).toHaveLength(EVENTS / 10);
    const r = await runW1({
      base,
      pid: process.pid,
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      password: summary.users.password,
      data: w1,
      receiver,
      warmupBatches: 2,
    });
    expect(r).toMatchObject({ expected: EVENTS, received: EVENTS, missing: 0, duplicates: 0, badSignatures: 0 });
    expect(r.warmupEvents).toBe(20);
    expect(r.latency.p99).toBeLessThan(2000);
    expect(r.latency.min).toBeGreaterThanOrEqual(0);
  }, 60_000);
});

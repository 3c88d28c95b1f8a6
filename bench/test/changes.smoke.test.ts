/**
 * F1 of `pnpm bench` in small: the change feed's history rebuilt from a tiny generated data set, then
 * a page after the cursor read through the API built in-process with the platform system's key, for
 * about a second at one connection and at two.
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
import { prepareF1, runF1, type F1Data } from '../src/scenarios/changes.js';
import { emptyPostgresDatabase } from './postgres-database.js';

const TINY = { platforms: 2, users: 8, cases: 160, events: 600 };

describe('bench scenario F1 (smoke)', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let floor: FloorDb;
  let summary: Summary;
  let app: FastifyInstance;
  let base: string;
  let dataDir: string;
  let f1: F1Data;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      ({ database, drop } = await emptyPostgresDatabase(url, 'maillage_bench_f1_smoke'));
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
    f1 = await prepareF1(floor, summary.platforms[0]!.id, summary.users.referent);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-f1-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SERVE_WEB: 'off',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'off',
      BENCH_COUNT_SQL: 'on',
    });
    app = await buildApp({ config, database });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await floor?.close();
    await drop?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('rebuilds the history: every organisation and case created, one update per later event', async () => {
    const [counts] = await floor.query<{ organisations: string; cases: string; events: string }>(
      `select (select count(*) from organisation) as organisations, (select count(*) from psad_case) as cases,
              (select count(*) from case_event where kind <> 'CREATED') as events`,
    );
    expect(f1.entries).toBe(Number(counts!.organisations) + Number(counts!.cases) + Number(counts!.events));
    expect(f1.visible).toBeGreaterThan(60);
  });

  it('reads a full page after the cursor with the key, at one connection and at two', async () => {
    const results = await runF1({
      base,
      pid: process.pid,
      data: f1,
      settings: { connections: 2, durationSeconds: 1, warmupSeconds: 0 },
      first: 20,
    });
    expect(results.map((r) => r.scenario)).toEqual(['F1', 'F1L']);
    for (const r of results) {
      expect(r.load.requests).toBeGreaterThan(0);
      expect(r.load.non2xx + r.load.errors + r.load.timeouts).toBe(0);
      expect(r.check).toMatch(/^20 changes/);
    }
    expect(results[0]!.statements!.data).toBeGreaterThan(0);
  }, 30_000);
});

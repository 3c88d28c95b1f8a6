/**
 * One scenario of `pnpm bench` (Q2, the referent's worklist) for about a second through autocannon,
 * against the API built in-process on a tiny generated data set: every answer a 200 with a full page,
 * and the SQL statement count in its header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/src/core/db/driver.js';
import { emptyPostgresDatabase } from './postgres-database.js';
import { loadConfig } from '../../server/src/core/config.js';
import { buildApp } from '../../server/src/app.js';
import { generate, type Summary } from '../src/generate.js';
import { gql, login } from '../src/scenarios/client.js';
import { Q2 } from '../src/scenarios/documents.js';
import { apiReads, discoverWorkload } from '../src/scenarios/suite.js';
import { productionKeys } from '../src/scenarios/servers.js';

const TINY = { platforms: 2, users: 8, cases: 160, events: 600 };

async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  return emptyPostgresDatabase(url, 'maillage_bench_scenario');
}

describe('bench scenario Q2 (smoke)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let app: FastifyInstance;
  let base: string;
  let summary: Summary;
  let dataDir: string;

  beforeAll(async () => {
    db = await freshDatabase();
    summary = await generate({ database: db.database, seed: 11, scale: TINY });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-smoke-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SERVE_WEB: 'off',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'off',
      BENCH_COUNT_SQL: 'on',
    });
    app = await buildApp({ config, database: db.database });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the worklist under load with full pages and counts its SQL statements', async () => {
    const platform = summary.platforms[0]!;
    expect(platform.cases).toBeGreaterThanOrEqual(50);
    const token = await login(base, summary.users.referent, summary.users.password);
    const workload = await discoverWorkload(base, token, platform.id, 100);

    const one = await gql<{ cases: { nodes: { youngPerson: unknown; contactAttempts: unknown[] }[] } }>(
      base,
      token,
      Q2,
      { p: platform.id, first: 50 },
    );
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.cases.nodes).toHaveLength(50);
    expect(one.body.data!.cases.nodes.every((n) => n.youngPerson && Array.isArray(n.contactAttempts))).toBe(true);
    expect(one.statements!.total).toBeGreaterThan(0);

    const [q2] = await apiReads(
      base,
      process.pid,
      token,
      workload,
      { connections: 1, durationSeconds: 1, warmupSeconds: 0 },
      ['Q2'],
    );
    expect(q2!.check).toMatch(/^50 nodes/);
    expect(q2!.load.requests).toBeGreaterThan(0);
    expect(q2!.load.non2xx + q2!.load.errors + q2!.load.timeouts).toBe(0);
    expect(q2!.load.p50).toBeGreaterThan(0);
    expect(q2!.statements).toEqual(one.statements);
  }, 30_000);
});

describe('the production API the bench starts', () => {
  // `pnpm bench` runs the built server with NODE_ENV=production: a new required setting stops it at
  // start-up, which only a full bench run would otherwise show.
  it('gets every key its configuration requires in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ...productionKeys(),
        HOST: '127.0.0.1',
        SERVE_WEB: 'off',
        DEMO_DATA: 'off',
        DATA_DIR: os.tmpdir(),
      }),
    ).not.toThrow();
  });
});

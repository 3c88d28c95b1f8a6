/**
 * One scenario of `pnpm bench` (Q2, the referent's worklist) for about a second through autocannon,
 * against the API built in-process on a tiny generated data set: every answer a 200 with a full page,
 * and the SQL statement count in its header.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/core/config.js';
import { generate, type Summary } from '../src/generate.js';
import { gql, login } from '../src/scenarios/client.js';
import { Q2 } from '../src/scenarios/documents.js';
import { apiReads, discoverWorkload, probeReads } from '../src/scenarios/suite.js';
import { productionKeys } from '../src/scenarios/servers.js';
import { emptyDatabase } from './empty-database.js';
import { startApp, TINY, type StartedApp } from './smoke-setup.js';

describe('bench scenario Q2 (smoke)', () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;
  let app: StartedApp;
  let summary: Summary;

  beforeAll(async () => {
    db = await emptyDatabase();
    summary = await generate({ database: db.database, seed: 11, scale: TINY });
    app = await startApp(db.database, 'smoke', { BENCH_COUNT_SQL: 'on' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers the worklist under load with full pages and counts its SQL statements', async () => {
    const { base } = app;
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

    const probes = await probeReads(base, token, workload, ['Q2']);
    const [q2] = await apiReads(
      base,
      process.pid,
      token,
      workload,
      { connections: 1, durationSeconds: 1, warmupSeconds: 0 },
      probes,
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

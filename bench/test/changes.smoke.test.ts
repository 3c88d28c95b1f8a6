/**
 * F1 of `pnpm bench` in small: the change feed's history rebuilt from a tiny generated data set, then
 * a page after the cursor read through the API built in-process with the platform system's key, for
 * about a second at one connection and at two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareF1, runF1, type F1Data } from '../src/scenarios/changes.js';
import { generatedDatabase, startApp, type GeneratedDatabase, type StartedApp } from './smoke-setup.js';

describe('bench scenario F1 (smoke)', () => {
  let db: GeneratedDatabase;
  let app: StartedApp;
  let f1: F1Data;

  beforeAll(async () => {
    db = await generatedDatabase(11);
    f1 = await prepareF1(db.floor, db.summary.platforms[0]!.id, db.summary.users.referent);
    // The rebuilt history goes back to the generated data's first case: as `pnpm bench` does, keep it all.
    app = await startApp(db.database, 'f1', { BENCH_COUNT_SQL: 'on', CHANGE_FEED_RETENTION_DAYS: '3650' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('rebuilds the history: every organisation and case created, one update per later event', async () => {
    const [counts] = await db.floor.query<{ organisations: string; cases: string; events: string }>(
      `select (select count(*) from organisation) as organisations, (select count(*) from psad_case) as cases,
              (select count(*) from case_event where kind <> 'CREATED') as events`,
    );
    expect(f1.entries).toBe(Number(counts!.organisations) + Number(counts!.cases) + Number(counts!.events));
    expect(f1.visible).toBeGreaterThan(60);
  });

  it('reads a full page after the cursor with the key, at one connection and at two', async () => {
    const results = await runF1({
      base: app.base,
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

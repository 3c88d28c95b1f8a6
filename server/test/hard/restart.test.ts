/**
 * A real PostgreSQL restart under load (issue 15): writes and reads go on while the server is
 * restarted cleanly (fast), crashed and restarted (immediate: recovery from the WAL), and stopped for
 * a while before it starts again. A client-side ledger keeps every write the API acknowledged.
 * Afterwards: every acknowledged write is there whole, nothing unacknowledged was written, no request
 * got a 500, and the API serves again within seconds of the database being back.
 *
 * The shared server on 5432 serves the other test files: the restarts happen on a private cluster
 * (private-postgres.ts). PostgreSQL runs only (DATABASE_URL set), and only where its binaries are installed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/core/db/driver.js';
import { seedDemo } from '../../src/demo/seed.js';
import { M, personInput } from '../../src/modules/parcours/test-fixtures.js';
import { ownerId } from '../../src/modules/psad/cases/test-fixtures.js';
import { expectAcknowledgedWhole, writtenPersons } from './ledger.js';
import { closeAfterFaults, createTestApp, freePort, type TestApp } from '../harness.js';
import { postgresBinDir, startPrivateCluster, type PrivateCluster } from './private-postgres.js';

const postgresUrl = process.env.DATABASE_URL;
const binDir = postgresUrl ? postgresBinDir() : null;

/** What happens to the database, one after the other, a second or two apart. */
const RESTARTS: { mode: 'fast' | 'immediate'; downMs?: number }[] = [
  { mode: 'fast' },
  { mode: 'immediate' },
  // Stopped, and started only a while later (a slow restart, a host rebooting): writes meet a refused port.
  { mode: 'fast', downMs: 1500 },
];

describe.skipIf(!binDir)('a PostgreSQL restart under load', () => {
  let cluster: PrivateCluster;
  let t: TestApp;
  let token: string;
  let organisationId: string;

  beforeAll(async () => {
    cluster = await startPrivateCluster(binDir!, await freePort());
    // createTestApp copies the run's template database on the server DATABASE_URL names: the private
    // cluster gets one of that name, migrated and seeded as global-setup.ts makes it.
    const template = inject('templateDatabase');
    const admin = () => new pg.Client({ connectionString: cluster.url('postgres') });
    let root = admin();
    await root.connect();
    await root.query(`create database "${template}"`);
    await root.end();
    const seeding = await openDatabase({ databaseUrl: cluster.url(template) });
    await seeding.migrate();
    await seedDemo(seeding.db);
    await seeding.close();
    process.env.DATABASE_URL = cluster.url('postgres');
    try {
      t = await createTestApp();
    } finally {
      process.env.DATABASE_URL = postgresUrl;
    }
    // The copy is made: fewer files for the crash recovery to sync at start-up. And a checkpoint, so
    // that the first restart does not pay for writing out the migrations and the seed.
    root = admin();
    await root.connect();
    await root.query(`drop database "${template}"`);
    await root.query('checkpoint');
    await root.end();
    token = await t.login('social@demo.test');
    organisationId = await ownerId(
      t,
      sql`select id from organisation where name = 'Service social départemental du Cher'`,
    );
  }, 60_000);

  afterAll(async () => {
    // Whatever state the test left the cluster in: the app's database is dropped if it can be, the cluster always goes.
    await closeAfterFaults(t, 'restart');
    await cluster?.destroy();
  });

  it('loses no acknowledged write, writes nothing unacknowledged, answers no 500, and serves again within seconds', async ({
    onTestFailed,
  }) => {
    onTestFailed(() => {
      process.stdout.write(`[restart] the private cluster's log:\n${cluster.log()}\n`);
    });
    /** The ledger: each person the API acknowledged (id → when), and each refused write (last name → when it was in flight). */
    const acknowledged = new Map<string, number>();
    const refusedWrites = new Map<string, { sent: number; answered: number }>();
    const answers = new Map<string, number>();
    const tally = { writes: 0, reads: 0, readsFailed: 0 };
    const outages: { mode: string; down: number; back: number; servingMs: number }[] = [];
    let running = true;

    const refused = (res: { status: number; errors?: { extensions: { code: string } }[] }) => {
      const key = `${res.status} ${res.errors![0]!.extensions.code}`;
      answers.set(key, (answers.get(key) ?? 0) + 1);
    };
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        tally.writes += 1;
        const lastName = `RESTART-${n}-${i}`;
        const sent = Date.now();
        const res = await t.gql<{ createAccompaniedPerson: { id: string } | null }>(token, M.create, {
          p: personInput({ lastName, email: null }),
          o: organisationId,
          m: 'Accompagnement',
        });
        if (res.errors?.length) {
          refused(res);
          refusedWrites.set(lastName, { sent, answered: Date.now() });
          // No retry: the next write is another person, and the ledger stays simple.
          await sleep(20);
        } else acknowledged.set(res.data.createAccompaniedPerson!.id, Date.now());
      }
    };
    const reader = async () => {
      while (running) {
        tally.reads += 1;
        const res = await t.gql(token, '{ me { roles } }');
        if (res.errors?.length) {
          tally.readsFailed += 1;
          refused(res);
          await sleep(20);
        }
      }
    };
    const faults = async () => {
      try {
        for (const { mode, downMs } of RESTARTS) {
          await sleep(1200 + Math.random() * 600);
          const down = Date.now();
          if (downMs) {
            await cluster.stop(mode);
            await sleep(downMs);
            await cluster.start();
          } else await cluster.restart(mode);
          // pg_ctl -w returns once the server accepts connections: from here on, the API is to serve again.
          const back = Date.now();
          let servingMs = -1;
          while (Date.now() - back < 10_000) {
            if (!(await t.gql(token, '{ me { roles } }')).errors) {
              servingMs = Date.now() - back;
              break;
            }
            await sleep(25);
          }
          outages.push({ mode: downMs ? `${mode}, ${downMs} ms stopped` : mode, down, back, servingMs });
        }
        await sleep(1000);
      } finally {
        running = false;
      }
    };
    await Promise.all([writer(1), writer(2), writer(3), reader(), faults()]);

    const written = await writtenPersons(t, 'RESTART-');
    // A write whose COMMIT reached the disk just before its server died cannot be told from one that did
    // not: the API answered 503 and the person is there. No server can know better (the reply was lost),
    // so such a write is allowed, whole, and only when it was in flight as the server went down.
    const inFlightAtDown = (lastName: string) => {
      const attempt = refusedWrites.get(lastName);
      return !!attempt && outages.some((o) => attempt.sent < o.back && attempt.answered > o.down);
    };
    const unacknowledged = written.filter((r) => !acknowledged.has(r.id));
    const firstWriteMs = (o: (typeof outages)[number]) => {
      const first = Math.min(...[...acknowledged.values()].filter((at) => at >= o.back));
      return Number.isFinite(first) ? first - o.back : -1;
    };
    process.stdout.write(
      `[restart] ${tally.writes} writes (${acknowledged.size} acknowledged, ${refusedWrites.size} refused), ${tally.reads} reads (${tally.readsFailed} refused); ` +
        `refusals: ${[...answers].map(([k, n]) => `${n}× ${k}`).join(', ') || 'none'}; ` +
        outages
          .map(
            (o) =>
              `${o.mode}: down ${o.back - o.down} ms, serving ${o.servingMs} ms and writing ${firstWriteMs(o)} ms after`,
          )
          .join('; ') +
        `; ${written.length} persons written, ${unacknowledged.length} of them in doubt (committed as the server died)\n`,
    );

    expect(refusedWrites.size, 'the restarts did reach some writes').toBeGreaterThan(0);
    expect(
      [...answers.keys()].filter((k) => k !== '503 SERVICE_UNAVAILABLE'),
      'answers while the database was away (only 503 SERVICE_UNAVAILABLE, never a 500)',
    ).toEqual([]);
    for (const o of outages) {
      expect(o.servingMs, `serving again after the restart (${o.mode})`).toBeGreaterThanOrEqual(0);
      expect(o.servingMs, `serving again after the restart (${o.mode})`).toBeLessThan(3_000);
      expect(firstWriteMs(o), `writing again after the restart (${o.mode})`).toBeGreaterThanOrEqual(0);
      expect(firstWriteMs(o), `writing again after the restart (${o.mode})`).toBeLessThan(3_000);
    }
    expectAcknowledgedWhole(acknowledged.keys(), written);
    expect(
      unacknowledged.filter((r) => !inFlightAtDown(r.lastName)),
      'writes nobody acknowledged',
    ).toEqual([]);
  }, 60_000);
});

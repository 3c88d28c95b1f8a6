/**
 * Faults under load (issue 15): a steady stream of writes and reads while PostgreSQL's backends are
 * terminated in the middle of them and the database refuses connections for a while (a restart as
 * this process sees it). A client-side ledger keeps every write the API acknowledged. Afterwards:
 * every acknowledged write is there whole (the person, their member row, the audit event), nothing
 * that was not acknowledged was written, and the API serves again within seconds.
 * PostgreSQL only (PGlite runs in this process: nothing to terminate).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { expectAcknowledgedWhole, writtenPersons } from './ledger.js';
import { closeAfterFaults, createTestApp, type TestApp } from '../harness.js';
import { ownerId } from '../../src/modules/psad/cases/test-fixtures.js';
import { M, personInput } from '../../src/modules/parcours/test-fixtures.js';

const postgresUrl = process.env.DATABASE_URL;
const SECONDS = Number(process.env.FAULT_SECONDS ?? 6);

describe.skipIf(!postgresUrl)('faults under load: terminated backends and a database out of reach', () => {
  let t: TestApp;
  let admin: pg.Client;
  let dbName: string;
  let token: string;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('social@demo.test');
    organisationId = await ownerId(
      t,
      sql`select id from organisation where name = 'Service social départemental du Cher'`,
    );
    dbName = (await t.database.db.execute<{ name: string }>(sql`select current_database() as name`)).rows[0]!.name;
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`alter database "${dbName}" allow_connections true`).catch(() => undefined);
    await admin?.end();
    await closeAfterFaults(t, 'faults');
  });

  it('loses no acknowledged write, writes nothing unacknowledged, and serves again within seconds', async () => {
    const acknowledged = new Set<string>();
    const tally = { writes: 0, failed: 0, reads: 0, terminations: 0, outages: 0 };
    let running = true;

    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        tally.writes += 1;
        const res = await t.gql<{ createAccompaniedPerson: { id: string } | null }>(token, M.create, {
          p: personInput({ lastName: `FAULT-${n}-${i}`, email: null }),
          o: organisationId,
          m: 'Accompagnement',
        });
        if (res.errors?.length) {
          tally.failed += 1;
          // Only the database's absence may fail a write here, never a 500.
          expect(res.status, JSON.stringify(res.errors)).not.toBe(500);
          expect(['SERVICE_UNAVAILABLE', 'CONFLICT']).toContain(res.errors[0]!.extensions.code);
        } else acknowledged.add(res.data.createAccompaniedPerson!.id);
      }
    };
    const reader = async () => {
      while (running) {
        tally.reads += 1;
        const res = await t.gql(token, '{ me { roles } }');
        expect(res.status).not.toBe(500);
      }
    };
    const faults = async () => {
      const end = Date.now() + SECONDS * 1000;
      while (Date.now() < end) {
        await sleep(150 + Math.random() * 250);
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [dbName],
        );
        tally.terminations += 1;
        if (tally.terminations % 8 === 0) {
          // Out of reach for a moment, as during a restart.
          await admin.query(`alter database "${dbName}" allow_connections false`);
          await admin.query(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [dbName],
          );
          tally.outages += 1;
          await sleep(500);
          await admin.query(`alter database "${dbName}" allow_connections true`);
        }
      }
      running = false;
    };
    await Promise.all([writer(1), writer(2), reader(), faults()]);

    // Serves again within seconds.
    const back = Date.now();
    for (;;) {
      const res = await t.gql(token, '{ me { roles } }');
      if (!res.errors) break;
      expect(Date.now() - back, 'serving again').toBeLessThan(5_000);
      await sleep(100);
    }
    const recovery = Date.now() - back;

    const written = await writtenPersons(t, 'FAULT-');
    const writtenIds = new Set(written.map((r) => r.id));
    process.stdout.write(
      `[faults] ${tally.writes} writes (${acknowledged.size} acknowledged, ${tally.failed} refused), ${tally.reads} reads, ${tally.terminations} terminations, ${tally.outages} outages; ${written.length} persons written; serving again after ${recovery} ms\n`,
    );
    expect(tally.failed, 'the faults did reach some writes').toBeGreaterThan(0);
    expectAcknowledgedWhole(acknowledged, written);
    expect(
      [...writtenIds].filter((id) => !acknowledged.has(id)),
      'writes nobody acknowledged',
    ).toEqual([]);
  }, 120_000);
});

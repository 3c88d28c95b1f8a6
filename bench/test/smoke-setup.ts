/**
 * What the bench's tests against a generated data set share: an empty database of their own filled
 * by the generator, a floor client on it, and the API built in-process on it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../server/src/core/db/driver.js';
import { testConfig } from '../../server/test/template-database.js';
import { buildApp } from '../../server/src/app.js';
import { pgClientFloorDb, pgliteClientFloorDb, type FloorDb } from '../src/baselines/raw-import.js';
import { generate, type Summary } from '../src/generate.js';
import { emptyDatabase } from './empty-database.js';

export const TINY = { platforms: 2, users: 8, cases: 160, events: 600 };

export interface GeneratedDatabase {
  database: Database;
  summary: Summary;
  floor: FloorDb;
  close(): Promise<void>;
}

/** An empty database filled with the TINY data set of `seed`, and a floor client on its own connection. */
export async function generatedDatabase(seed: number): Promise<GeneratedDatabase> {
  const { database, drop } = await emptyDatabase();
  let floor: FloorDb | undefined;
  const close = async () => {
    await floor?.close();
    await drop();
  };
  try {
    const summary = await generate({ database, seed, scale: TINY });
    const client = (database.db as unknown as { $client: unknown }).$client;
    if (database.kind === 'postgres') {
      // The floor's transactions span several statements: they need one connection, not the pool.
      const connection = await (client as pg.Pool).connect();
      floor = pgClientFloorDb(connection, async () => connection.release());
    } else {
      floor = pgliteClientFloorDb(client as Parameters<typeof pgliteClientFloorDb>[0]);
    }
    return { database, summary, floor, close };
  } catch (error) {
    // The caller's afterAll has nothing to close yet: a PostgreSQL database would outlive the run.
    await close();
    throw error;
  }
}

export interface StartedApp {
  base: string;
  close(): Promise<void>;
}

/**
 * The API built on `database` and listening on a free port, with a data directory of its own;
 * `env` adds to or overrides the quiet test configuration.
 */
export async function startApp(
  database: Database,
  name: string,
  env: Record<string, string> = {},
): Promise<StartedApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `maillage-bench-${name}-`));
  let app: FastifyInstance | undefined;
  const close = async () => {
    try {
      await app?.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    // With its job workers, as the API runs in the bench (W1 and N1 wait for their deliveries).
    const config = testConfig(dataDir, { DEMO_DATA: 'off', JOB_WORKERS: 'on', ...env });
    app = await buildApp({ config, database });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    return { base, close };
  } catch (error) {
    await close();
    throw error;
  }
}

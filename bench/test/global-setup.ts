import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/src/core/db/driver.js';
import { createJobQueues, withDatabase } from '../../server/test/global-setup.js';

/** The run's databases share this prefix: the teardown drops them all, whatever a failed file left. */
const RUN_PREFIX = `maillage_bench_test_${process.pid}_${Date.now().toString(36)}`;

/**
 * One migrated, empty database with the job queues (no users: the generator wants none), which every
 * bench test copies: starting PGlite from nothing and migrating it, or creating the queues (DDL), took
 * seconds in each file.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `${RUN_PREFIX}_template`;
    await admin.query(`create database "${name}"`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
    await database.migrate();
    await createJobQueues(database);
    await database.close();
    project.provide('benchRunPrefix', RUN_PREFIX);
    project.provide('benchPgliteTemplate', '');
    return async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const mine = await client.query<{ datname: string }>(
        `select datname from pg_database where starts_with(datname, $1)`,
        [RUN_PREFIX],
      );
      for (const { datname } of mine.rows) await client.query(`drop database if exists "${datname}" with (force)`);
      await client.end();
    };
  }
  const database = await openDatabase({});
  await database.migrate();
  await createJobQueues(database);
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-tpl-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('benchRunPrefix', '');
  project.provide('benchPgliteTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    benchRunPrefix: string;
    benchPgliteTemplate: string;
  }
}

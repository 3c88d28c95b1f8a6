import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/core/config.js';
import { openDatabase, type Database } from '../src/core/db/driver.js';
import { JOB_SCHEMA } from '../src/core/jobs.js';
import { seedDemo } from '../src/demo/seed.js';

/** Databases of one run share its prefix, so that concurrent runs on one server leave each other alone. */
const RUN_PREFIX = `maillage_test_${process.pid}_${Date.now().toString(36)}`;

/** Builds one migrated, seeded database that every test file then copies. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const templateDb = `${RUN_PREFIX}_template`;
    await admin.query(`create database "${templateDb}"`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, templateDb) });
    await database.migrate();
    await seedDemo(database.db);
    await createJobQueues(database);
    await database.close();
    await admin.end();
    project.provide('templateDatabase', templateDb);
    project.provide('pgliteTemplate', '');
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
  await seedDemo(database.db);
  await createJobQueues(database);
  const { db } = database;
  const client = (db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-tpl-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('templateDatabase', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/**
 * The job queues, created once in the template rather than at every test app's first start (each is
 * DDL: seconds per file on PostgreSQL). The jobs that start queued are removed: a test app queues its own.
 */
export async function createJobQueues(database: Database): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-tpl-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SERVE_WEB: 'off',
    LOG_LEVEL: 'silent',
    JOB_WORKERS: 'off',
    DEMO_DATA: 'off',
  });
  const app = await buildApp({ config, database });
  await app.ready();
  await app.close();
  await database.executeSql(`delete from ${JOB_SCHEMA}.job`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    templateDatabase: string;
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/core/db/driver.js';
import { seedDemo } from '../src/demo/seed.js';

export const TEMPLATE_DB = 'maillage_test_template';

/** Builds one migrated, seeded database that every test file then copies. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'maillage_test_%'`);
    for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`create database "${TEMPLATE_DB}"`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB) });
    await database.migrate();
    await seedDemo(database.db);
    await database.close();
    await admin.end();
    project.provide('templateDatabase', TEMPLATE_DB);
    project.provide('pgliteTemplate', '');
    return;
  }
  const database = await openDatabase({});
  await database.migrate();
  await seedDemo(database.db);
  const { db } = database;
  const client = (db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-tpl-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('templateDatabase', '');
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

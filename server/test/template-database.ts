import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/core/config.js';
import { openDatabase, type Database } from '../src/core/db/driver.js';
import { JOB_SCHEMA } from '../src/core/jobs.js';

/** A test app's configuration: quiet, no web app, no job workers; `env` adds to or overrides it. */
export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SERVE_WEB: 'off',
    LOG_LEVEL: 'silent',
    JOB_WORKERS: 'off',
    // Most files sign in as the demo admin to test something else; the second factors' own tests ask
    // for the default (ADMIN) explicitly.
    SECOND_FACTOR_ROLES: 'none',
    ...env,
  });
}

/**
 * The job queues, created once in a template rather than at every test app's first start (each is
 * DDL: seconds per file on PostgreSQL). The jobs that start queued are removed: a test app queues its own.
 */
export async function createJobQueues(database: Database): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-tpl-app-'));
  const app = await buildApp({ config: testConfig(dataDir, { DEMO_DATA: 'off' }), database });
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

/** Where a run's template is: a database on DATABASE_URL's server, or a PGlite dump file. */
export type Template = { kind: 'postgres'; database: string } | { kind: 'pglite'; file: string };

/**
 * One database made by `fill` (migrations, data, queues) that every test file of a run then copies:
 * with DATABASE_URL a database named `<prefix>_template` on that server, else an in-memory PGlite
 * dumped to a file. The teardown drops every database of the run (named after `prefix`, whatever a
 * failed file left behind), or removes the file.
 */
export async function buildTemplate(
  prefix: string,
  fill: (database: Database) => Promise<void>,
): Promise<{ template: Template; teardown(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `${prefix}_template`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
    await fill(database);
    await database.close();
    return {
      template: { kind: 'postgres', database: name },
      teardown: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const mine = await client.query<{ datname: string }>(
          `select datname from pg_database where starts_with(datname, $1)`,
          [prefix],
        );
        for (const { datname } of mine.rows) await client.query(`drop database if exists "${datname}" with (force)`);
        await client.end();
      },
    };
  }
  const database = await openDatabase({});
  await fill(database);
  // A dump holds the files as they are: checkpointed first, a copy starts without replaying the WAL of
  // the migrations and the data.
  await database.executeSql('CHECKPOINT');
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`)), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return {
    template: { kind: 'pglite', file },
    teardown: async () => fs.rmSync(path.dirname(file), { recursive: true, force: true }),
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../src/core/config.js';
import { openDatabase, type Database } from '../src/core/db/driver.js';
import { buildApp } from '../src/app.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { withDatabase } from './global-setup.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Signs a demo user in and returns the access token. */
  login(email: string, password?: string): Promise<string>;
  /** Runs a GraphQL operation as the holder of `token` (none: anonymous). */
  gql<T = any>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; data: T; errors?: GqlError[] }>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  /** A CONFLICT's reason: STALE_VERSION, DUPLICATE, TRANSITION_REFUSED or RULE_REFUSED. */
  extensions: { code: string; reason?: string; requestId: string; fields?: { path: string; message: string }[] };
}

/** A fresh database for this test file, copied from the migrated and seeded template. */
export async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `${inject('templateDatabase').replace(/_template$/, '')}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject('templateDatabase')}"`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
    return {
      database,
      drop: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`drop database if exists "${name}" with (force)`);
        await a.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplate'));
  const database = await openDatabase({ loadDataDir: new Blob([dump]) });
  return { database, drop: () => database.close() };
}

export interface TestAppOptions {
  /** A pino logger for the app (tests of the log lines); none: silent. */
  logger?: Logger;
}

export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const { database, drop } = await freshDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SERVE_WEB: 'off', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database, ...(options.logger ? { logger: options.logger } : {}) });
  await app.ready();
  return {
    app,
    database,
    config,
    async login(email, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      return res.json().accessToken as string;
    },
    async gql(token, query, variables) {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        payload: { query, variables },
      });
      const body = res.json();
      return { status: res.statusCode, data: body.data, errors: body.errors };
    },
    async close() {
      await app.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

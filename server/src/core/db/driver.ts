import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from 'pino';
import { repoRoot } from '../config.js';
import * as schema from './schema.js';

export const migrationsFolder = path.join(repoRoot, 'migrations');

/** Both drivers expose the same query builder; the node-postgres type stands for both. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the owner handle or a transaction. */
export type Queryable = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Owner handle: not subject to row-level security. Only core/ and jobs use it directly. */
  db: Db;
  migrate(): Promise<void>;
  /** True when every migration of migrations/ is applied. */
  migrationsApplied(): Promise<boolean>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
  /** A PGlite data dump to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
  logger?: Logger;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.logger) : openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    migrationsApplied: () => migrationsApplied(db),
    ping: async () => {
      await client.query('select 1');
    },
    close: once(() => client.close()),
  };
}

async function openPostgres(url: string, logger?: Logger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, keepAlive: true });
  // A connection that loses its server (restart, terminated backend) must not take the process down.
  // The pool drops an idle client on its own; a client checked out (a request's open transaction,
  // between two queries) has no listener of the pool's and would throw from its 'error' event: this
  // one keeps it quiet, and its next query fails, which the request turns into SERVICE_UNAVAILABLE.
  const lost = (err: unknown) => logger?.warn({ code: (err as { code?: string }).code }, 'database connection lost');
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  const db = drizzlePg(pool, { schema });
  return {
    kind: 'postgres',
    db,
    migrate: () => migratePg(db, { migrationsFolder }),
    migrationsApplied: () => migrationsApplied(db),
    ping: async () => {
      await pool.query('select 1');
    },
    close: once(() => pool.end()),
  };
}

async function migrationsApplied(db: Db): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  try {
    const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return (result.rows[0]?.n ?? 0) >= journal.entries.length;
  } catch {
    return false;
  }
}

/** Closing twice (SIGTERM during a test's teardown, a test that closes the database under the app) is a no-op. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => (closing ??= close());
}

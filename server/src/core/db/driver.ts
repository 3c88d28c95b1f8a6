import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Logger } from 'pino';
import { repoRoot } from '../config.js';
import { installJobSchema } from '../jobs.js';
import { pgliteArtifacts } from './pglite-artifacts.js';
import { countAlongside, countOverhead, wrapQueryMethods } from './statement-count.js';

export const migrationsFolder = path.join(repoRoot, 'migrations');
/** The advisory lock key that one process at a time holds while it migrates (an arbitrary constant). */
const MIGRATION_LOCK = 4_711_016;

/**
 * Both drivers expose the same query builder; the node-postgres type stands for both. Without drizzle's
 * relational API (db.query.*), which nothing uses: given the schema, drizzle builds a query helper for
 * each of its ~80 tables in every transaction object, 1.3 % of the API's CPU under Q1.
 */
export type Db = NodePgDatabase;
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
  /**
   * Raw SQL as the owner, for libraries that bring their own statements (pg-boss): with `values`, one
   * statement and its parameters; without, one or more statements (the last one's rows).
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** A connection of its own that LISTENs to `channel` (live notifications across processes); the returned function stops it. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Benchmarks only (BENCH_COUNT_SQL=on): from now on, count each statement in the request's count (statement-count.ts). */
  enableStatementCounting(): void;
  /**
   * Runs `fn` in a transaction (as `db.transaction` does) whose first statements are `prelude`: SQL
   * text without parameters, sent with the BEGIN in one round trip on PostgreSQL (PGlite runs in
   * process: one after the other); `fn` gets each one's rows. `finale`, asked for once `fn` has
   * resolved, is SQL of the same kind sent with the COMMIT in one round trip (nothing: COMMIT alone).
   * A failure of any rolls back.
   */
  transactionWith<T>(
    prelude: readonly string[],
    isolationLevel: 'repeatable read' | undefined,
    fn: (tx: Tx, preludeRows: PreludeRows) => Promise<T>,
    finale?: () => string | null,
  ): Promise<T>;
}

/** The rows of each prelude statement, in order. */
export type PreludeRows = Record<string, unknown>[][];

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
    ...(await pgliteArtifacts()),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
      await installJobSchema({ executeSql: (text) => client.exec(text).then((r) => ({ rows: r.at(-1)?.rows ?? [] })) });
    },
    migrationsApplied: () => migrationsApplied(db),
    ping: async () => {
      await client.query('select 1');
    },
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: once(() => client.close()),
    transactionWith: (prelude, isolationLevel, fn, finale) =>
      db.transaction(
        async (tx) => {
          const rows: PreludeRows = [];
          for (const statement of prelude) rows.push((await tx.execute(sql.raw(statement))).rows as never);
          const result = await fn(tx, rows);
          const last = finale?.();
          if (last) await tx.execute(sql.raw(last));
          return result;
        },
        isolationLevel ? { isolationLevel } : undefined,
      ),
    enableStatementCounting: () => {
      // A transaction's queries go through its own object, and PGlite sends BEGIN and COMMIT/ROLLBACK itself.
      const transaction = client.transaction.bind(client);
      wrapQueryMethods(client, ['query', 'exec']);
      client.transaction = ((fn: (tx: Parameters<Parameters<PGlite['transaction']>[0]>[0]) => Promise<unknown>) =>
        transaction((tx) => {
          countOverhead(2);
          wrapQueryMethods(tx, ['query', 'exec']);
          return fn(tx);
        })) as PGlite['transaction'];
    },
  };
}

async function openPostgres(url: string, logger?: Logger): Promise<Database> {
  // Without JIT (on by default from PostgreSQL 12): it compiles any query whose estimated cost passes
  // jit_above_cost, and no query here runs long enough to repay it. The change feed's page, which its
  // per-key branches make look costly, took 80 ms of compiling for 2 ms of work. The bench measures
  // without it too (bench/postgresql.bench.sql).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    keepAlive: true,
    options: '-c jit=off',
  });
  // A connection that loses its server (restart, terminated backend) must not take the process down.
  // The pool drops an idle client on its own; a client checked out (a request's open transaction,
  // between two queries) has no listener of the pool's and would throw from its 'error' event: this
  // one keeps it quiet, and its next query fails, which the request turns into SERVICE_UNAVAILABLE.
  const lost = (err: unknown) => logger?.warn({ code: (err as { code?: string }).code }, 'database connection lost');
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  const db = drizzlePg(pool);
  return {
    kind: 'postgres',
    db,
    migrate: async () => {
      // API replicas start together: one applies the migrations (and installs the job queue's schema)
      // while the others wait for it, then find nothing left to apply (drizzle's migrator takes no lock;
      // two at once fail on each other's CREATE). The lock is the session's, on a connection of its own.
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(db, { migrationsFolder });
        await installJobSchema({
          executeSql: (text) =>
            lock.query(text).then((r: pg.QueryResult | pg.QueryResult[]) => ({ rows: lastRows(r) })),
        });
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).then(
          () => lock.release(),
          (err: unknown) => lock.release(err instanceof Error ? err : true),
        );
      }
    },
    migrationsApplied: () => migrationsApplied(db),
    ping: async () => {
      await pool.query('select 1');
    },
    executeSql: async (text, values) => {
      return { rows: lastRows((await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[]) };
    },
    listen: (channel, onPayload) => listenOn(url, channel, onPayload, logger),
    close: once(() => pool.end()),
    transactionWith: async (prelude, isolationLevel, fn, finale) => {
      // drizzle's transaction() sends its BEGIN alone: this sends BEGIN and the prelude as one
      // simple-protocol query, then gives `fn` drizzle's own transaction object over that connection
      // (savepoints, rollback() as usual); commit and rollback as drizzle does them.
      const { client, rows } = await connectAndBegin(
        pool,
        [`begin${isolationLevel ? ` isolation level ${isolationLevel}` : ''}`, ...prelude].join('; '),
      );
      const { dialect, session } = db as unknown as { dialect: PgDialect; session: { schema: never; options: never } };
      const tx = new NodePgTransaction(
        dialect,
        new NodePgSession(client, dialect, session.schema, session.options),
        session.schema,
      ) as unknown as Tx;
      // A connection whose ROLLBACK fails is broken (its backend terminated, the network gone): it
      // leaves the pool, or the next request would be handed it before its error event arrives.
      let broken: Error | undefined;
      try {
        // Several statements in one query: the counting wrapper (if on) saw the first of them.
        countAlongside(prelude);
        const result = await fn(tx, rows.slice(1));
        const last = finale?.();
        if (last) countAlongside(['commit']);
        await client.query(last ? `${last}; commit` : 'commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    enableStatementCounting: () => {
      // Every query runs on a checked-out client (pool.query checks one out through connect(callback);
      // drizzle's transactions send BEGIN and COMMIT through theirs): counting there counts each once.
      const connect = pool.connect.bind(pool) as (
        cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void,
      ) => Promise<pg.PoolClient> | void;
      pool.connect = ((cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void) => {
        if (cb) {
          // Bound to the caller's context: a queued checkout is handed over in the releasing request's.
          return connect(
            AsyncLocalStorage.bind((err: Error | undefined, poolClient?: pg.PoolClient, done?: unknown) => {
              if (poolClient) wrapQueryMethods(poolClient, ['query']);
              cb(err, poolClient, done);
            }),
          );
        }
        return (connect() as Promise<pg.PoolClient>).then((poolClient) => {
          wrapQueryMethods(poolClient, ['query']);
          return poolClient;
        });
      }) as typeof pool.connect;
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to a request): reconnects after a
 * lost connection (a restart), with a pause, until stopped. A notice sent while it reconnects is
 * missed: the live channel is a hint, the reader re-reads its state on each reconnection.
 */
async function listenOn(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  logger?: Logger,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true });
    next.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    next.on('error', (err: Error & { code?: string }) => {
      logger?.warn({ code: err.code }, 'listen connection lost');
      if (client === next) client = null;
      void next.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    try {
      await next.connect();
      await next.query(`listen "${channel.replace(/"/g, '""')}"`);
    } catch (err) {
      void next.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
      throw err;
    }
    if (stopped) await next.end();
    else client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}

/**
 * A pooled connection with its transaction begun. After a server restart or terminated backends the
 * pool may still hold dead idle connections whose error has not arrived yet: one that fails at BEGIN
 * has run nothing, so it is dropped and another taken.
 */
function connectAndBegin(pool: pg.Pool, begin: string): Promise<{ client: pg.PoolClient; rows: PreludeRows }> {
  return againOnConnectionLoss(async () => {
    const client = await pool.connect();
    try {
      const results = (await client.query(begin)) as unknown as pg.QueryResult | pg.QueryResult[];
      return { client, rows: (Array.isArray(results) ? results : [results]).map((r) => r.rows) };
    } catch (err) {
      client.release(err instanceof Error ? err : true);
      throw err;
    }
  });
}

/** The connection itself failed (terminated backend, closed socket), as opposed to a statement; drizzle wraps the driver's error as `cause`. */
export function isConnectionLoss(err: unknown): boolean {
  for (let e = err as { code?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    const code = e.code;
    if (code && (code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('08'))) return true;
    if (/Connection terminated|not queryable|ECONNRESET|EPIPE/i.test(e.message ?? '')) return true;
  }
  return false;
}

/**
 * Runs `work` again, up to three times in all, when its pooled connection turns out dead (see
 * connectAndBegin): only for work that changes nothing (a read, a BEGIN), so running it twice is harmless.
 */
export async function againOnConnectionLoss<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= 3 || !isConnectionLoss(err)) throw err;
    }
  }
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

/** A multi-statement query answers an array of results: the last one's rows. */
function lastRows(result: pg.QueryResult | pg.QueryResult[]): unknown[] {
  return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
}

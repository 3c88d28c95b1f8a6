/**
 * Loads the benchmark data set (model.ts) into a migrated Maillage database.
 *
 *   generate(options: GenerateOptions): Promise<Summary>
 *     options.databaseUrl  PostgreSQL: opened as given (the owner: row-level security does not apply), migrated, loaded with COPY.
 *     options.database     an open Database (server/src/core/db/driver.ts), PGlite or PostgreSQL: migrated and loaded, left open.
 *     options.seed         same seed, same bytes (ids included).
 *     options.scale        'national' (400 platforms, 4,000 users, 200,000 cases, 1,000,000 events), 'small'
 *                          (20, 200, 10,000, 50,000) or { platforms, users, cases, events }.
 *     options.log          progress lines (default: none).
 *   Summary: rows per table, seconds per step, the known logins (password BENCH_PASSWORD) and the
 *   platforms by size (index 0, the largest, is the one `users.referent` is referent of).
 *
 * The database must hold no user yet (a fresh one): the generator does not merge with other data.
 * Indexes are those of the migrations, kept during the load (see README for the times).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { finished, pipeline } from 'node:stream/promises';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copySql as copyStatement } from '../../server/src/core/db/copy.js';
import { openDatabase, type Database } from '../../server/src/core/db/driver.js';
import { verifyPassword } from '../../server/src/core/auth/passwords.js';
import {
  BENCH_PASSWORD,
  REFERENCE_DATE,
  buildModel,
  type Model,
  type PlatformInfo,
  type Scale,
  type ScaleOption,
  type TableData,
} from './model.js';

export { BENCH_PASSWORD, REFERENCE_DATE, SCALES, type PlatformInfo, type Scale, type ScaleOption } from './model.js';

export interface GenerateOptions {
  databaseUrl?: string;
  database?: Database;
  seed: number;
  scale: ScaleOption;
  log?: (message: string) => void;
}

export interface Summary {
  seed: number;
  scale: Scale;
  kind: 'pglite' | 'postgres';
  referenceDate: string;
  rows: Record<string, number>;
  seconds: {
    migrate: number;
    hash: number;
    tables: Record<string, number>;
    load: number;
    analyze: number;
    total: number;
  };
  users: Model['users'];
  platforms: PlatformInfo[];
}

/** Tables the generator fills, in load order (foreign keys first). */
export const GENERATED_TABLES = [
  'territory',
  'organisation',
  'app_user',
  'membership',
  'platform',
  'platform_referent',
  'platform_partner',
  'siei_import',
  'young_person',
  'psad_case',
  'contact_attempt',
  'case_event',
] as const;

const CHUNK = 1 << 20;

/**
 * The server's Argon2id parameters (server/src/core/auth/passwords.ts) with a salt drawn from the
 * seed instead of a random one, so that the data stay byte-identical; checked against the
 * server's verifyPassword so that a change of scheme there is noticed here.
 */
async function benchPasswordHash(seed: number): Promise<string> {
  const salt = createHash('sha256').update(`maillage-bench-${seed}`).digest().subarray(0, 16);
  const value = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1, salt });
  if (!(await verifyPassword(value, BENCH_PASSWORD))) throw new Error('bench password hash not accepted by the server');
  return value;
}

function* chunks(t: TableData, counter: { rows: number }): Generator<string> {
  let buf = '';
  for (const l of t.lines()) {
    buf += l;
    counter.rows++;
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

const copySql = (t: { table: string; columns: string[] }, source: string) => copyStatement(t.table, t.columns, source);

type PgliteClient = {
  query(sql: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown>;
  exec(sql: string): Promise<unknown>;
};

async function copyPglite(client: PgliteClient, t: TableData): Promise<number> {
  const counter = { rows: 0 };
  const parts = [...chunks(t, counter)];
  if (counter.rows > 0) await client.query(copySql(t, `'/dev/blob'`), [], { blob: new Blob(parts) });
  return counter.rows;
}

async function copyPg(client: pg.PoolClient | pg.Client, t: TableData): Promise<number> {
  const counter = { rows: 0 };
  await pipeline(Readable.from(chunks(t, counter)), client.query(copyFrom(copySql(t, 'STDIN'))));
  return counter.rows;
}

/**
 * PostgreSQL: the reference tables one after the other, then the four big tables at once on four
 * connections fed by one walk over the cases, so that the server's backends and this process
 * share the cores. Foreign-key triggers are off for these sessions (session_replication_role =
 * replica, superuser only): the rows are consistent by construction (the smoke test loads with
 * the checks on, on PGlite, and checks the keys on PostgreSQL), and the checks would cost a third
 * of the load. Constraints, indexes and checks stay as the migrations made them.
 */
async function loadPostgres(
  pool: pg.Pool,
  model: Model,
  passwordHash: string,
  rows: Record<string, number>,
  tableSeconds: Record<string, number>,
  log: (m: string) => void,
) {
  const clients = await Promise.all(model.bulk.tables.map(() => pool.connect()));
  try {
    // BENCH_FK_CHECKS=1 keeps the checks (to measure what they cost).
    let replica = process.env.BENCH_FK_CHECKS !== '1';
    for (const c of replica ? clients : []) {
      await c.query('SET synchronous_commit = off');
      await c.query('SET session_replication_role = replica').catch(() => (replica = false));
    }
    if (!replica) log('not a superuser: foreign keys checked during the load (slower)');
    for (const table of model.tables(passwordHash)) {
      const t = performance.now();
      rows[table.table] = await copyPg(clients[0]!, table);
      tableSeconds[table.table] = seconds(t);
    }
    const t = performance.now();
    // Without the triggers the four tables have no order to respect; with them, the young people
    // and cases must be in before what refers to them.
    const counts = model.bulk.tables.map(() => 0);
    const load = async (tables: number[]) => {
      const streams = tables.map((k) => clients[k]!.query(copyFrom(copySql(model.bulk.tables[k]!, 'STDIN'))));
      const done = streams.map((s) => finished(s));
      for (const batch of model.bulk.batches(1000)) {
        for (const [j, s] of streams.entries()) if (!s.write(batch.text[tables[j]!]!)) await once(s, 'drain');
        for (const k of tables) counts[k]! += batch.rows[k]!;
      }
      for (const s of streams) s.end();
      await Promise.all(done);
    };
    if (replica) await load([0, 1, 2, 3]);
    else for (const k of [0, 1, 2, 3]) await load([k]);
    model.bulk.tables.forEach((spec, k) => (rows[spec.table] = counts[k]!));
    tableSeconds.bulk = seconds(t);
  } finally {
    for (const c of clients) c.release();
  }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

export async function generate(options: GenerateOptions): Promise<Summary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  if (!options.database && !options.databaseUrl)
    throw new Error('generate: pass databaseUrl (PostgreSQL) or database (an open Database, PGlite or PostgreSQL)');
  const database = options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl! }));
  try {
    let t = performance.now();
    await database.migrate();
    const migrate = seconds(t);
    const owner = (database.db as unknown as { $client: unknown }).$client;
    const isPglite = database.kind === 'pglite';
    const any = async (sql: string): Promise<number> => {
      const result = (await (owner as { query(sql: string): Promise<{ rows: { n: number }[] }> }).query(sql)) as {
        rows: { n: number }[];
      };
      return result.rows[0]!.n;
    };
    if ((await any('select count(*)::int as n from app_user')) > 0)
      throw new Error('generate: the database already holds users; use a fresh database');

    t = performance.now();
    const model = buildModel(options.seed, options.scale);
    const passwordHash = await benchPasswordHash(options.seed);
    const hashSeconds = seconds(t);
    log(`model and password hash: ${hashSeconds}s`);

    const rows: Record<string, number> = {};
    const tableSeconds: Record<string, number> = {};
    const loadStart = performance.now();
    if (isPglite) {
      for (const table of model.tables(passwordHash)) {
        t = performance.now();
        rows[table.table] = await copyPglite(owner as PgliteClient, table);
        tableSeconds[table.table] = seconds(t);
      }
      t = performance.now();
      const parts: string[][] = model.bulk.tables.map(() => []);
      const counts = model.bulk.tables.map(() => 0);
      for (const batch of model.bulk.batches(2000)) {
        batch.text.forEach((text, k) => parts[k]!.push(text));
        batch.rows.forEach((n, k) => (counts[k]! += n));
      }
      for (const [k, spec] of model.bulk.tables.entries()) {
        if (counts[k]! > 0)
          await (owner as PgliteClient).query(copySql(spec, `'/dev/blob'`), [], { blob: new Blob(parts[k]!) });
        rows[spec.table] = counts[k]!;
      }
      tableSeconds.bulk = seconds(t);
    } else {
      await loadPostgres(owner as pg.Pool, model, passwordHash, rows, tableSeconds, log);
    }
    for (const [table, n] of Object.entries(rows)) log(`${table}: ${n} rows`);
    const load = seconds(loadStart);
    t = performance.now();
    // VACUUM as well: a bulk-loaded table has no visibility map until vacuumed, so no index-only
    // scan pays off on it; a production database has autovacuum do this shortly after such a load.
    await (owner as { query(sql: string): Promise<unknown> }).query('VACUUM (ANALYZE)');
    const analyze = seconds(t);
    log(`analyze: ${analyze}s`);
    return {
      seed: options.seed,
      scale: model.scale,
      kind: database.kind,
      referenceDate: REFERENCE_DATE,
      rows,
      seconds: { migrate, hash: hashSeconds, tables: tableSeconds, load, analyze, total: seconds(started) },
      users: model.users,
      platforms: model.platforms,
    };
  } finally {
    if (!options.database) await database.close();
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../../server/src/core/db/driver.js';
import { generate, type ScaleOption, type Summary } from '../generate.js';
import { benchDir, type Target } from './servers.js';

/**
 * The data set of a run: generated once per (seed, scale) and kept (PostgreSQL: the DATABASE_URL
 * database, marked in bench_meta.dataset; PGlite: bench/data/pglite-<scale>-<seed>), then copied for
 * the run, whose writes (M1, I1) must not leak into the next one: a database made from it as a
 * template, or a copy of the directory. `drop()` removes the copy.
 */
export interface RunData {
  summary: Summary;
  reused: boolean;
  target: Target;
  drop(): Promise<void>;
  /**
   * Another copy of the generated data, for the raw import floor: it writes and commits there, so
   * that neither it nor the API's I1 sees the other's rows. PostgreSQL: made with STRATEGY FILE_COPY
   * (15+), whose checkpoints before and after leave no dirty page of the copy to be written out
   * during the floor.
   */
  freshCopy(): Promise<{ target: Target; drop(): Promise<void> }>;
}

const scaleKey = (scale: ScaleOption) =>
  typeof scale === 'string' ? scale : `custom-${scale.platforms}-${scale.users}-${scale.cases}-${scale.events}`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** One short-lived connection to `url` for `fn`, closed whatever happens. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const MARKER = `create schema if not exists bench_meta;
create table if not exists bench_meta.dataset (seed integer not null, scale text not null, summary jsonb not null)`;

export async function preparePostgres(
  url: string,
  seed: number,
  scale: ScaleOption,
  log: (m: string) => void,
): Promise<RunData> {
  const name = new URL(url).pathname.slice(1);
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = withDatabase(url, 'postgres');
  await withClient(admin, async (c) => {
    const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await c.query(`create database "${name}"`);
  });
  const known = await withClient(url, async (c) => {
    const marked = await c.query(`select to_regclass('bench_meta.dataset') is not null as marked`);
    if (!marked.rows[0].marked) return null;
    const row = await c.query<{ seed: number; scale: string; summary: Summary }>(
      'select seed, scale, summary from bench_meta.dataset',
    );
    return row.rows[0] ?? null;
  });
  let summary: Summary;
  let reused = false;
  if (known && known.seed === seed && known.scale === scaleKey(scale)) {
    summary = known.summary;
    reused = true;
    log(`data set reused (seed ${seed}, ${scaleKey(scale)}) from ${name}`);
  } else {
    if (known)
      throw new Error(
        `${name} holds another data set (seed ${known.seed}, ${known.scale}): drop it or name another database`,
      );
    log(`generating the data set (seed ${seed}, ${scaleKey(scale)}) into ${name}…`);
    summary = await generate({ databaseUrl: url, seed, scale, log: (m) => log(`  ${m}`) });
    await withClient(url, async (c) => {
      await c.query(MARKER);
      await c.query('insert into bench_meta.dataset (seed, scale, summary) values ($1, $2, $3)', [
        seed,
        scaleKey(scale),
        JSON.stringify(summary),
      ]);
    });
    log(`generated in ${summary.seconds.total}s`);
  }
  const runName = `${name}_run`;
  const started = performance.now();
  await withClient(admin, async (c) => {
    await c.query(`drop database if exists "${runName}" with (force)`);
    await c.query(`create database "${runName}" template "${name}"`);
  });
  log(`run database ${runName} copied in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  const runUrl = withDatabase(url, runName);
  return {
    summary,
    reused,
    target: { kind: 'postgres', databaseUrl: runUrl },
    drop: () =>
      withClient(admin, async (c) => void (await c.query(`drop database if exists "${runName}" with (force)`))),
    freshCopy: async () => {
      const copyName = `${name}_import_floor`;
      await withClient(admin, async (c) => {
        await c.query(`drop database if exists "${copyName}" with (force)`);
        const version = Number(
          (await c.query<{ v: string }>('select current_setting($1) as v', ['server_version_num'])).rows[0]!.v,
        );
        await c.query(
          `create database "${copyName}" template "${name}"${version >= 150000 ? ' strategy file_copy' : ''}`,
        );
      });
      return {
        target: { kind: 'postgres', databaseUrl: withDatabase(url, copyName) },
        drop: () =>
          withClient(admin, async (c) => void (await c.query(`drop database if exists "${copyName}" with (force)`))),
      };
    },
  };
}

export async function preparePglite(
  seed: number,
  scale: ScaleOption,
  log: (m: string) => void,
  dataRoot = path.join(benchDir, 'data'),
): Promise<RunData> {
  const dir = path.join(dataRoot, `pglite-${scaleKey(scale)}-${seed}`);
  const summaryFile = `${dir}.summary.json`;
  let summary: Summary;
  let reused = false;
  if (fs.existsSync(summaryFile) && fs.existsSync(dir)) {
    summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as Summary;
    reused = true;
    log(`data set reused (seed ${seed}, ${scaleKey(scale)}) from ${path.relative(process.cwd(), dir)}`);
  } else {
    fs.rmSync(dir, { recursive: true, force: true });
    log(`generating the data set (seed ${seed}, ${scaleKey(scale)}) into ${path.relative(process.cwd(), dir)}…`);
    const database = await openDatabase({ dataDir: dir });
    try {
      summary = await generate({ database, seed, scale, log: (m) => log(`  ${m}`) });
    } finally {
      await database.close();
    }
    fs.writeFileSync(summaryFile, JSON.stringify(summary));
    log(`generated in ${summary.seconds.total}s`);
  }
  // The server opens DATA_DIR/pglite.
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-'));
  fs.cpSync(dir, path.join(runDir, 'pglite'), { recursive: true });
  return {
    summary,
    reused,
    target: { kind: 'pglite', dataDir: runDir },
    drop: async () => fs.rmSync(runDir, { recursive: true, force: true }),
    freshCopy: async () => {
      const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-floor-'));
      fs.cpSync(dir, path.join(copyDir, 'pglite'), { recursive: true });
      return {
        target: { kind: 'pglite', dataDir: copyDir },
        drop: async () => fs.rmSync(copyDir, { recursive: true, force: true }),
      };
    },
  };
}

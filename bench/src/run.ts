/**
 * pnpm bench: the scenarios of issue 4 against the API, the raw SQL floor and PostGraphile, one server
 * at a time on the same data (I1: against the raw import floor, src/baselines/raw-import.ts), then a
 * table of ratios and targets written to bench/results/.
 *
 *   DATABASE_URL=postgres://…/maillage_bench pnpm bench   national data set, 10 connections
 *   pnpm bench                                              PGlite, small data set, 1 connection
 *
 * Settings (environment): BENCH_SEED (42), BENCH_SCALE (national on PostgreSQL, small on PGlite),
 * BENCH_CONNECTIONS, BENCH_DURATION (seconds per scenario), BENCH_WARMUP (seconds), BENCH_ONLY
 * (e.g. Q2,Q4: a subset of Q1,Q2,Q3,Q4,M1,I1,N1,B1,F1,W1; the results' names then end with -Q2-Q4), BENCH_IMPORT_ROWS
 * (100000), BENCH_N1_ROUNDS (10), BENCH_N1_WARMUP (2) and BENCH_N1_BLOCKS (2): N1's measured assignments per
 * phase, unmeasured ones after each start of the API, and blocks of each phase (off, on, off, on…),
 * BENCH_NO_BUILD=1 (reuse server/dist), BENCH_RESULTS (directory).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pgFloorDb, pgliteFloorDb, rawImportFile, type RawImportResult } from './baselines/raw-import.js';
import { SCALES, type ScaleOption } from './generate.js';
import { login } from './scenarios/client.js';
import { preparePglite, preparePostgres, withClient, type RunData } from './scenarios/dataset.js';
import { importSiei, type ImportResult } from './scenarios/import.js';
import {
  evaluateTargets,
  machine,
  packageVersions,
  renderImportTable,
  renderNotificationsTable,
  renderTable,
  stepsOf,
  writeReport,
  type RunReport,
} from './scenarios/report.js';
import {
  N1_CASES,
  N1_COUNSELLORS,
  prepareN1,
  mergeN1Phases,
  runN1Phase,
  storedByN1,
  type N1Phase,
  type N1Result,
} from './scenarios/notifications.js';
import { startSmtpSink } from './scenarios/smtp-sink.js';
import { benchDir, repoDir, startApi, startPostGraphile, startRaw, type Server } from './scenarios/servers.js';
import {
  apiContactAttempts,
  apiReads,
  probeReads,
  type ReadProbe,
  discoverWorkload,
  postgraphileReads,
  rawReads,
  statementsByPageSize,
  type ScenarioId,
  type ScenarioResult,
} from './scenarios/suite.js';
import { sieiCsvFor } from './scenarios/siei-file.js';
import { B1_COORDINATOR, prepareB1, runB1 } from './scenarios/bilan.js';
import { migrateFor, prepareF1, runF1 } from './scenarios/changes.js';
import {
  prepareW1,
  renderWebhooksSection,
  runW1,
  startWebhookReceiver,
  W1_EVENTS,
  type W1Result,
} from './scenarios/webhooks.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const log = (m: string) => say(`[bench] ${m}`);
const env = process.env;
const kind: 'postgres' | 'pglite' = env.DATABASE_URL ? 'postgres' : 'pglite';
const seed = Number(env.BENCH_SEED ?? 42);
const scaleName = env.BENCH_SCALE ?? (kind === 'postgres' ? 'national' : 'small');
if (!(scaleName in SCALES)) throw new Error(`BENCH_SCALE: national or small, not ${scaleName}`);
const scale = scaleName as ScaleOption;
const settings = {
  connections: Number(env.BENCH_CONNECTIONS ?? (kind === 'postgres' ? 10 : 1)),
  durationSeconds: Number(env.BENCH_DURATION ?? (kind === 'postgres' ? 10 : 5)),
  warmupSeconds: Number(env.BENCH_WARMUP ?? 3),
};
const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((s) => s.trim().toUpperCase())) : null;
const wants = (id: string) => !only || only.has(id);
const reads = (['Q1', 'Q2', 'Q3', 'Q4'] as ScenarioId[]).filter(wants);
const importRows = Number(env.BENCH_IMPORT_ROWS ?? 100_000);
const n1Rounds = Number(env.BENCH_N1_ROUNDS ?? 10);
const n1Warmup = Number(env.BENCH_N1_WARMUP ?? 2);
const n1Blocks = Math.max(1, Number(env.BENCH_N1_BLOCKS ?? 2));
/** N1's job polling: the fan-out, its e-mails and their deliveries are each picked up within this. */
const N1_JOB_POLL_SECONDS = 1;
/** The campaign of I1's list, for the API and the raw import floor. */
const IMPORT_CAMPAIGN = '2026-12';

/** The server settings that move these numbers most (memory for the data and the sorts, WAL, JIT, vacuum). */
const SETTINGS = [
  'shared_buffers',
  'work_mem',
  'effective_cache_size',
  'max_wal_size',
  'synchronous_commit',
  'jit',
  'autovacuum',
];

async function databaseSettings(data: RunData): Promise<Record<string, string>> {
  if (data.target.kind !== 'postgres') return {};
  const rows = await withClient(
    data.target.databaseUrl!,
    async (c) =>
      (
        await c.query<{ name: string; value: string }>(
          `select name, current_setting(name) as value from pg_settings where name = any($1) order by name`,
          [SETTINGS],
        )
      ).rows,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

async function databaseVersion(data: RunData): Promise<string> {
  if (data.target.kind === 'postgres') {
    return withClient(
      data.target.databaseUrl!,
      async (c) => ((await c.query('show server_version')).rows[0] as { server_version: string }).server_version,
    );
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: path.join(data.target.dataDir!, 'pglite') });
  try {
    return `${(await db.query<{ v: string }>('show server_version')).rows[0]!.v ?? ''} (PGlite)`;
  } finally {
    await db.close();
  }
}

/** The tree measured: its commit, and whether it had uncommitted changes (the server is built from the working tree). */
function treeOf(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoDir, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'server', 'shared', 'migrations'], {
        cwd: repoDir,
        encoding: 'utf8',
      }).trim() !== '';
    return dirty ? `${sha} + uncommitted changes in server/shared/migrations` : sha;
  } catch {
    return 'unknown';
  }
}

async function withServer<T>(
  start: () => Promise<Server>,
  fn: (s: Server) => Promise<T>,
  peaks: Record<string, number | null>,
): Promise<T> {
  const server = await start();
  log(`${server.name} listening on ${server.port} (pid ${server.pid})`);
  try {
    return await fn(server);
  } finally {
    await server.stop();
    peaks[server.name] = Math.max(peaks[server.name] ?? 0, server.hwmMb());
  }
}

/** A short-lived owner's connection to the run's data (PGlite: while no API holds the directory). */
async function ownerDb(data: RunData) {
  return data.target.kind === 'postgres'
    ? pgFloorDb(data.target.databaseUrl!)
    : pgliteFloorDb(path.join(data.target.dataDir!, 'pglite'));
}

/**
 * N1: the same assignments with notifications on and off, one at a time, in alternating blocks (on,
 * off, on, off…; the API restarted for each), so that the machine's other work weighs on both alike;
 * each off block is spaced as the on block before it (one assignment every ~20 s, not back to back).
 */
async function runN1(
  data: RunData,
  platformId: string,
  referentEmail: string,
  password: string,
  peaks: Record<string, number | null>,
): Promise<N1Result> {
  const perBlock = Math.ceil(n1Rounds / n1Blocks);
  const batchesPerBlock = n1Warmup + perBlock;
  const perPhase = n1Blocks * batchesPerBlock;
  let started = performance.now();
  let db = await ownerDb(data);
  const n1 = await prepareN1(db, { platformId, referentEmail, batches: 2 * perPhase }).finally(() => db.close());
  log(
    `N1: ${N1_COUNSELLORS} counsellors and ${2 * perPhase} × ${N1_CASES} cases written in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
  const smtp = await startSmtpSink();
  try {
    const block = (notifications: 'on' | 'off', batches: string[][], spacingMs?: number) =>
      withServer(
        () =>
          startApi(data.target, {
            SMTP_URL: smtp.url,
            JOB_POLL_SECONDS: String(N1_JOB_POLL_SECONDS),
            NOTIFICATIONS: notifications,
          }),
        (api) =>
          runN1Phase({
            base: api.base,
            pid: api.pid,
            notifications,
            platformId,
            referentEmail,
            password,
            data: n1,
            batches,
            warmup: n1Warmup,
            smtp,
            ...(spacingMs ? { spacingMs } : {}),
            log,
          }),
        peaks,
      );
    const phases: Record<'on' | 'off', N1Phase[]> = { off: [], on: [] };
    let next = 0;
    for (let b = 0; b < n1Blocks; b++) {
      // On first: the off block that follows is spaced as it was.
      for (const mode of ['on', 'off'] as const) {
        const spacing = mode === 'off' ? phases.on[phases.on.length - 1]!.spacing?.p50 : undefined;
        const r = await block(mode, n1.batches.slice(next, next + batchesPerBlock), spacing);
        next += batchesPerBlock;
        phases[mode].push(r);
        log(
          `N1 ${mode} block ${b + 1}/${n1Blocks}: request p50 ${r.request.p50} ms, spacing p50 ${r.spacing?.p50} ms${mode === 'on' ? `, e-mails received p50 ${r.emailsReceived?.p50} ms` : ''}`,
        );
      }
    }
    const off = mergeN1Phases(phases.off);
    const on = mergeN1Phases(phases.on);
    log(`N1 off: request p50 ${off.request.p50} ms, p99 ${off.request.p99} ms`);
    log(
      `N1 on: request p50 ${on.request.p50} ms, p99 ${on.request.p99} ms; notices stored p50 ${on.notificationsStored?.p50} ms, e-mails received p50 ${on.emailsReceived?.p50} ms, p99 ${on.emailsReceived?.p99} ms`,
    );
    started = performance.now();
    db = await ownerDb(data);
    const stored = await storedByN1(db, n1).finally(() => db.close());
    const received = smtp.recipients;
    const expected = perPhase * N1_COUNSELLORS;
    const perRecipient = new Map<string, number>();
    for (const to of received) for (const a of to) perRecipient.set(a, (perRecipient.get(a) ?? 0) + 1);
    return {
      counsellors: N1_COUNSELLORS,
      casesPerAssignment: N1_CASES,
      warmup: n1Warmup,
      rounds: n1Blocks * perBlock,
      blocks: n1Blocks,
      jobPollSeconds: N1_JOB_POLL_SECONDS,
      off,
      on,
      stored: {
        ...stored,
        expected,
        smtpMessages: received.length,
        smtpRecipientsOk:
          received.every((to) => to.length === 1) &&
          n1.counsellorEmails.every((e) => perRecipient.get(e) === perPhase) &&
          perRecipient.size === N1_COUNSELLORS,
      },
    };
  } finally {
    await smtp.close();
  }
}

/**
 * W1: 10,000 webhook events at 200 events/s to a receiver of the bench's process. Its data (cases, the
 * subscribed system and its endpoint) is written before the API starts (PGlite: one process at a time
 * on the directory). The API runs with NODE_ENV=development: in production a webhook target must be a
 * public https address, and the receiver is local. Notifications off: the webhooks are measured alone.
 */
async function runW1Step(
  data: RunData,
  platformId: string,
  referentEmail: string,
  password: string,
  peaks: Record<string, number | null>,
): Promise<W1Result> {
  const receiver = await startWebhookReceiver();
  try {
    const started = performance.now();
    const db = await ownerDb(data);
    const w1 = await prepareW1(db, { platformId, referentEmail, receiverUrl: receiver.url }).finally(() => db.close());
    receiver.secret = w1.secret;
    log(
      `W1: ${W1_EVENTS} cases and the subscribed system written in ${((performance.now() - started) / 1000).toFixed(1)}s`,
    );
    return await withServer(
      () => startApi(data.target, { NODE_ENV: 'development', NOTIFICATIONS: 'off' }),
      (api) => runW1({ base: api.base, pid: api.pid, platformId, referentEmail, password, data: w1, receiver, log }),
      peaks,
    );
  } finally {
    await receiver.close();
  }
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg();
  if (env.BENCH_NO_BUILD !== '1') {
    log('building the server (server/dist)…');
    execFileSync('pnpm', ['--filter', '@maillage/server', 'run', 'build'], { cwd: repoDir, stdio: 'ignore' });
  }
  const data =
    kind === 'postgres'
      ? await preparePostgres(env.DATABASE_URL!, seed, scale, log)
      : await preparePglite(seed, scale, log);
  const notes: string[] = [];
  const results: ScenarioResult[] = [];
  const imports: ImportResult[] = [];
  const rawImports: RawImportResult[] = [];
  const peaks: Record<string, number | null> = { api: null, raw: null, postgraphile: null };
  const platform = data.summary.platforms[0]!;
  const { users } = data.summary;
  let workload: Awaited<ReturnType<typeof discoverWorkload>> | undefined;
  let q2Sizes: RunReport['q2StatementsByPageSize'] = {};
  try {
    const dbVersion = await databaseVersion(data);
    const dbSettings = await databaseSettings(data);

    // 1. The API's reads.
    if (reads.length) {
      // Statements counted on one API, the load measured on another that does not count (apiReads).
      let probes = new Map<ScenarioId, ReadProbe>();
      await withServer(
        () => startApi(data.target),
        async (api) => {
          const referent = await login(api.base, users.referent, users.password);
          workload = await discoverWorkload(api.base, referent, platform.id);
          log(`workload: ${platform.name}, ${workload.caseIds.length} cases sampled, search « ${workload.search} »`);
          q2Sizes = await statementsByPageSize(api.base, referent, workload, [10, 50, 100]);
          probes = await probeReads(api.base, referent, workload, reads);
        },
        peaks,
      );
      await withServer(
        () => startApi(data.target, { BENCH_COUNT_SQL: 'off' }),
        async (api) => {
          const referent = await login(api.base, users.referent, users.password);
          for (const id of reads) {
            log(`api ${id}…`);
            const [r] = await apiReads(
              api.base,
              api.pid,
              referent,
              workload!,
              settings,
              new Map([[id, probes.get(id)!]]),
            );
            results.push(r!);
            log(
              `api ${id}: p50 ${r!.load.p50} ms, p99 ${r!.load.p99} ms, ${r!.load.rps} req/s, ${r!.statements?.total} statements`,
            );
          }
        },
        peaks,
      );
    }

    // 1b. B1: the bilan of the benchmark platform as its referent, and of every platform as a coordinator.
    if (wants('B1')) {
      const db = await ownerDb(data);
      const { regions } = await prepareB1(db, users.referent).finally(() => db.close());
      await withServer(
        () => startApi(data.target),
        async (api) => {
          const [referentToken, coordinatorToken] = await Promise.all([
            login(api.base, users.referent, users.password),
            login(api.base, B1_COORDINATOR, users.password),
          ]);
          for (const r of await runB1({
            base: api.base,
            pid: api.pid,
            referentToken,
            coordinatorToken,
            platformId: platform.id,
            settings,
          })) {
            results.push(r);
            log(
              `api ${r.scenario}: p50 ${r.load.p50} ms, p99 ${r.load.p99} ms, ${r.load.rps} req/s (${r.check}; ${regions} régions)`,
            );
          }
        },
        peaks,
      );
    }

    // 2. The raw floor, then PostGraphile, on the same (still unwritten) data.
    const baselineReads: ScenarioId[] = reads.filter((id) => id !== 'Q4');
    if (baselineReads.length) {
      await withServer(
        () => startRaw(data.target),
        async (raw) => {
          for (const r of (await rawReads(raw.base, raw.pid, workload!, settings)).filter((x) =>
            baselineReads.includes(x.scenario),
          )) {
            results.push(r);
            log(`raw ${r.scenario}: p50 ${r.load.p50} ms, ${r.load.rps} req/s`);
          }
        },
        peaks,
      );
      if (data.target.kind === 'postgres') {
        await withServer(
          () => startPostGraphile(data.target),
          async (pgl) => {
            for (const r of (await postgraphileReads(pgl.base, pgl.pid, workload!, settings)).filter((x) =>
              baselineReads.includes(x.scenario),
            )) {
              results.push(r);
              log(`postgraphile ${r.scenario}: p50 ${r.load.p50} ms, ${r.load.rps} req/s`);
            }
          },
          peaks,
        );
      } else {
        notes.push(
          'PostGraphile is not run on PGlite: its pg adaptor needs a PostgreSQL server (no PGlite adaptor in @dataplan/pg 1.x).',
        );
      }
    }

    // 3. The raw import floor (I1), on a fresh copy of the generated data: it commits there and the
    //    copy is dropped, so it starts from the state the API's I1 starts from (but for M1's writes)
    //    and leaves nothing in the run database (no rows, no dead tuples for autovacuum to clean
    //    during the API's I1).
    const importFile = wants('I1') ? await sieiCsvFor(seed, scale, importRows, platform.id, log) : null;
    if (importFile) {
      let started = performance.now();
      const copy = await data.freshCopy();
      log(
        `raw import floor: fresh copy of the data in ${((performance.now() - started) / 1000).toFixed(1)}s; ${path.basename(importFile)}…`,
      );
      try {
        const db =
          copy.target.kind === 'postgres'
            ? await pgFloorDb(copy.target.databaseUrl!)
            : await pgliteFloorDb(path.join(copy.target.dataDir!, 'pglite'));
        try {
          const r = await rawImportFile(db, importFile, platform.id, IMPORT_CAMPAIGN);
          rawImports.push(r);
          log(
            `raw I1: ${r.rows} rows in ${r.totalMs} ms = ${r.rowsPerSecond} rows/s (${stepsOf(r)}); ${r.written.young_person} people, cases and events, ${r.skipped} rows skipped (INE known)`,
          );
        } finally {
          await db.close();
        }
      } catch (error) {
        log(`raw import floor failed: ${(error as Error).message}`);
        notes.push(`The raw import floor failed: ${(error as Error).message}`);
      } finally {
        started = performance.now();
        await copy.drop();
        log(`raw import floor: copy dropped in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      }
    }

    // 4. The API's writes, last: they change the data the reads saw.
    if (wants('M1') || wants('I1')) {
      await withServer(
        () => startApi(data.target),
        async (api) => {
          if (wants('M1')) {
            log('api M1…');
            const counsellor = await login(api.base, users.counsellor, users.password);
            const r = await apiContactAttempts(api.base, api.pid, counsellor, settings);
            results.push(r);
            log(
              `api M1: p50 ${r.load.p50} ms, ${r.load.rps} req/s, ${r.statements?.total} statements, ${r.graphqlErrors} GraphQL errors${r.graphqlErrorSample ? ` (first: ${r.graphqlErrorSample})` : ''}`,
            );
          }
          if (importFile) {
            const referent = await login(api.base, users.referent, users.password);
            log(`api I1 ${path.basename(importFile)}…`);
            const r = await importSiei(api.base, api.pid, referent, platform.id, importFile, IMPORT_CAMPAIGN);
            imports.push(r);
            log(
              `api I1: ${r.rows} rows in ${r.totalMs} ms (preview ${r.previewMs}, confirm ${r.confirmMs}) = ${r.rowsPerSecond} rows/s`,
            );
          }
        },
        peaks,
      );
    }

    // 5. N1, last: its writes (organisation, cases, notices) stay out of every other scenario. Its
    //    cases are written before the API starts (PGlite: one process at a time on the directory).
    let n1: N1Result | null = null;
    if (wants('N1')) n1 = await runN1(data, platform.id, users.referent, users.password, peaks);

    // 6. F1, last: the change feed's history is rebuilt from the data written so far (the generator
    //    loads with triggers off), then a platform's system reads a page of 1,000 after a cursor.
    if (wants('F1')) {
      await migrateFor(data.target);
      const db = await ownerDb(data);
      const f1 = await prepareF1(db, platform.id, users.referent).finally(() => db.close());
      log(`F1: feed of ${f1.entries} entries (${f1.visible} of the platform's cases) rebuilt in ${f1.seconds}s`);
      await withServer(
        // The rebuilt history goes back to the data set's first case, beyond the default retention: the
        // purge the API runs at start would take most of it (and the cursor) away.
        () => startApi(data.target, { CHANGE_FEED_RETENTION_DAYS: '3650' }),
        async (api) => {
          for (const r of await runF1({ base: api.base, pid: api.pid, data: f1, settings })) {
            results.push(r);
            log(`api ${r.scenario}: p50 ${r.load.p50} ms, p99 ${r.load.p99} ms, ${r.load.rps} req/s (${r.check})`);
          }
        },
        peaks,
      );
      notes.push(
        `F1 (issue 20): the change feed's history rebuilt from the data before the API starts (the generator loads with triggers off): every organisation and case CREATED at its creation, one UPDATED per later event of a case, oldest first (${f1.entries} entries, ${f1.seconds} s); then a service account, referent of the benchmark platform, reads changes(types: [Case], first: 1000) with its API key after a cursor a third into its platform's ${f1.visible} changes, the same page at each request: F1 with one connection (the target: a system reads its pages one after the other), F1L with the run's connections.`,
      );
    }

    // 7. W1, last: its cases, assignments and deliveries stay out of every other scenario.
    let w1: W1Result | null = null;
    if (wants('W1')) {
      w1 = await runW1Step(data, platform.id, users.referent, users.password, peaks);
      log(
        `W1: p50 ${w1.latency.p50} ms, p99 ${w1.latency.p99} ms from the commit to the receiver at ${w1.sentRate} events/s; ${w1.received}/${w1.expected} received`,
      );
    }

    notes.push(
      'API: the production bundle (server/dist, NODE_ENV=production); its SQL statements counted on a first start with BENCH_COUNT_SQL=on, the load measured on a second without (counting ties each query to its request through AsyncLocalStorage, a cost of its own); as the benchmark referent (M1: its counsellor), through authentication, row-level security and audit (Q1 appends a case.read audit event per request).',
    );
    notes.push(
      "Raw floor: bare Fastify, one hand-written SQL statement per route through pg as the database owner (no authentication, no row-level security, no audit), JSON built by PostgreSQL; the best SQL on the API's indexes: the worklists read their name order off psad_case (platform_id, sort_name, id), and a filtered one counts and pages one set of matching cases.",
    );
    if (data.target.kind === 'postgres') {
      notes.push(
        "PostGraphile: amber preset as the database owner (no row-level security, no JWT); the status list and the name search go through a bench-only SQL function bench_pgl.worklist (PostgreSQL inlines it), in the API's name order (psad_case.sort_name, on its index); its contact attempts come as a connection (nodes). Its SQL statements are not counted.",
      );
    }
    if (rawImports.length) {
      notes.push(
        "Raw import floor (I1): the same file read with the simplest code (split lines and ';', dates to ISO, no validation nor normalisation) and written by three COPYs (young_person, psad_case, case_event) in one transaction through " +
          `${data.target.kind === 'postgres' ? 'pg' : 'PGlite'} as the database owner, committed on a fresh copy of the generated data (then dropped): every row a new young person with one case A_TRAITER and its CREATED event, except the rows whose INE the platform already has (the unique key forbids a second person). ` +
          'No staging, no stored file, no matching, no row-level security: the time PostgreSQL needs to write these rows with their indexes and foreign keys. rows/s = rows of the file ÷ time from the file in memory to the commit, as for the API.',
      );
    }
    notes.push(
      'SQL statements: as counted by the API (x-sql-statements); "data" leaves out BEGIN/COMMIT, the actor set-up (set_config) and SET LOCAL ROLE that frame every request.',
    );
    notes.push(
      "Latencies are measured per response at full precision (autocannon's histogram rounds to whole ms); req/s = responses ÷ duration.",
    );

    const report: RunReport = {
      date: new Date().toISOString().slice(0, 10),
      kind,
      machine: { ...machine(), loadAverage: { start: loadAtStart, end: os.loadavg() } },
      versions: {
        ...packageVersions(
          [path.join(repoDir, 'server'), benchDir],
          [
            'fastify',
            'mercurius',
            'graphql',
            'drizzle-orm',
            'pg',
            '@electric-sql/pglite',
            'postgraphile',
            'autocannon',
          ],
        ),
        postgresql: dbVersion,
        tree: treeOf(),
      },
      databaseSettings: dbSettings,
      settings: { ...settings, seed, scale, dataReused: data.reused },
      dataset: {
        rows: data.summary.rows,
        platform: { name: platform.name, cases: platform.cases },
        search: workload?.search ?? '',
      },
      results,
      q2StatementsByPageSize: q2Sizes,
      imports,
      rawImports,
      notifications: n1,
      webhooks: w1,
      rss: { api: peaks.api ?? null, raw: peaks.raw ?? null, postgraphile: peaks.postgraphile ?? null },
      targets: [],
      notes,
    };
    report.targets = evaluateTargets(report);
    if (report.results.length) say(`\n${renderTable(report)}\n`);
    if (report.notifications) say(`\n${renderNotificationsTable(report.notifications)}\n`);
    if (report.webhooks) say(`\n${renderWebhooksSection(report.webhooks).join('\n')}`);
    if (report.imports.length || report.rawImports.length) say(`${renderImportTable(report)}\n`);
    for (const t of report.targets) say(`${t.verdict.padEnd(4)}  ${t.target}: ${t.measured}`);
    const written = writeReport(
      report,
      env.BENCH_RESULTS ?? path.join(benchDir, 'results'),
      only ? `-${[...only].join('-')}` : '',
    );
    log(`written ${path.relative(process.cwd(), written.md)} and .json`);
  } finally {
    await data.drop();
  }
}

await main();

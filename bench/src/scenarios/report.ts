import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RawImportResult } from '../baselines/raw-import.js';
import type { ImportResult } from './import.js';
import type { N1Phase, N1Result } from './notifications.js';
import { renderWebhooksSection, w1Target, type W1Result } from './webhooks.js';
import type { ScenarioId, ScenarioResult, ServerName, Statements } from './suite.js';

export interface RunReport {
  date: string;
  kind: 'postgres' | 'pglite';
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    platform: string;
    loadAverage?: { start: number[]; end: number[] };
  };
  versions: Record<string, string>;
  /** PostgreSQL's memory, WAL and JIT settings during the run (empty on PGlite). */
  databaseSettings?: Record<string, string>;
  settings: {
    connections: number;
    durationSeconds: number;
    warmupSeconds: number;
    seed: number;
    scale: unknown;
    dataReused: boolean;
  };
  dataset: { rows: Record<string, number>; platform: { name: string; cases: number }; search: string };
  results: ScenarioResult[];
  q2StatementsByPageSize: Record<number, Statements | null>;
  imports: ImportResult[];
  /** The raw import floor of the same files (src/baselines/raw-import.ts); empty when I1 is not run. */
  rawImports: RawImportResult[];
  /** N1 (issue 16): bulk assignments and their notifications' fan-out; absent when not run. */
  notifications?: N1Result | null;
  /** W1 (issue 20): webhook events delivered to a local receiver; absent when not run. */
  webhooks?: W1Result | null;
  rss: Record<ServerName, number | null>;
  targets: { target: string; measured: string; verdict: 'PASS' | 'MISS' | 'n/a' }[];
  notes: string[];
}

export function machine(): RunReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Versions of the packages in the comparison, from their package.json where they are installed. */
export function packageVersions(roots: string[], names: string[]): Record<string, string> {
  const out: Record<string, string> = { node: process.version };
  for (const name of names) {
    for (const root of roots) {
      const file = path.join(root, 'node_modules', name, 'package.json');
      if (fs.existsSync(file)) {
        out[name] = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
        break;
      }
    }
  }
  return out;
}

const find = (r: RunReport, s: ScenarioId, server: ServerName) =>
  r.results.find((x) => x.scenario === s && x.server === server);
const fmt = (n: number | undefined | null, d = 1) =>
  n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(d);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !b ? undefined : a / b;
const stmts = (s: Statements | null | undefined) =>
  s ? `${s.total} (${s.data} data${s.roundTrips !== undefined ? `; ${s.roundTrips} round trips` : ''})` : '–';

export function evaluateTargets(r: RunReport): RunReport['targets'] {
  const q2 = find(r, 'Q2', 'api');
  const q2raw = find(r, 'Q2', 'raw');
  const q2pgl = find(r, 'Q2', 'postgraphile');
  const q4 = find(r, 'Q4', 'api');
  const verdict = (ok: boolean | undefined): 'PASS' | 'MISS' | 'n/a' =>
    ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS';
  const t: RunReport['targets'] = [];
  const p50ratio = ratio(q2?.load.p50, q2raw?.load.p50);
  t.push({
    target: 'Q2 p50 ≤ 1.5 × raw floor',
    measured:
      p50ratio === undefined
        ? '–'
        : `${fmt(q2?.load.p50, 2)} ms / ${fmt(q2raw?.load.p50, 2)} ms = ${fmt(p50ratio, 2)} ×`,
    verdict: verdict(p50ratio === undefined ? undefined : p50ratio <= 1.5),
  });
  t.push({
    target: "Q2 throughput ≥ PostGraphile's",
    measured: q2pgl ? `${fmt(q2?.load.rps)} req/s vs ${fmt(q2pgl.load.rps)} req/s` : 'PostGraphile not run',
    verdict: verdict(q2 && q2pgl ? q2.load.rps >= q2pgl.load.rps : undefined),
  });
  const sizes = Object.entries(r.q2StatementsByPageSize);
  const dataCounts = sizes.map(([, s]) => s?.data);
  const totalCounts = sizes.map(([, s]) => s?.total);
  const known = sizes.length > 0 && dataCounts.every((n) => n !== undefined);
  const list = sizes.map(([size, s]) => `${size}: ${stmts(s)}`).join(', ');
  t.push({
    target: '≤ 3 SQL statements per Q2 request, whatever the page size (data statements)',
    measured: list || 'not run',
    verdict: verdict(known ? dataCounts.every((n) => n! <= 3) && new Set(dataCounts).size === 1 : undefined),
  });
  t.push({
    target: '… counting every statement (BEGIN, actor set-up, role, COMMIT included)',
    measured: list || 'not run',
    verdict: verdict(known ? totalCounts.every((n) => n! <= 3) && new Set(totalCounts).size === 1 : undefined),
  });
  t.push({
    target: `Q4 p50 ≤ 50 ms (platform of ${r.dataset.platform.cases} cases)`,
    measured: `${fmt(q4?.load.p50, 2)} ms`,
    verdict: verdict(q4 ? q4.load.p50 <= 50 : undefined),
  });
  for (const [id, what] of [
    [
      'B1',
      `B1 p50 (a platform's bilan, platform of ${r.dataset.platform.cases} cases) within Q4's order of magnitude (≤ 10 × Q4 p50)`,
    ],
    [
      'B1R',
      "B1R p50 (every platform's bilan, side by side and consolidated, for a coordinator) within Q4's order of magnitude (≤ 10 × Q4 p50)",
    ],
  ] as const) {
    const b = find(r, id, 'api');
    const x = ratio(b?.load.p50, q4?.load.p50);
    t.push({
      target: what,
      measured: b
        ? `${fmt(b.load.p50, 2)} ms (p99 ${fmt(b.load.p99, 2)} ms) / Q4 ${fmt(q4?.load.p50, 2)} ms = ${fmt(x, 1)} ×`
        : 'not run',
      verdict: verdict(b && x !== undefined ? x <= 10 : undefined),
    });
  }
  const f1 = find(r, 'F1', 'api');
  t.push({
    target: 'F1 p50 < 50 ms: a change-feed page of 1,000 after a cursor (one connection)',
    measured: f1 ? `${fmt(f1.load.p50, 2)} ms (p99 ${fmt(f1.load.p99, 2)} ms; ${f1.check})` : 'not run',
    verdict: verdict(f1 ? f1.load.p50 < 50 : undefined),
  });
  const big = [...r.imports].sort((a, b) => b.rows - a.rows)[0];
  const floor = big ? rawImportOf(r, big.file) : undefined;
  // Issue 20: the 50,000 rows/s of issue 16 became a ratio to the raw COPY floor of the same file, in
  // the same run (the machine's speed cancels out).
  const importRatio = big && floor ? big.rowsPerSecond / floor.rowsPerSecond : undefined;
  t.push({
    target: "import (preview + confirm) ≥ 0.9 × the raw COPY floor's rows/s, same file, same run",
    measured: big
      ? `${big.rows} rows in ${big.totalMs} ms = ${big.rowsPerSecond} rows/s; raw floor ${floor ? `${floor.totalMs} ms = ${floor.rowsPerSecond} rows/s` : 'not run'}${importRatio === undefined ? '' : ` = ${fmt(importRatio, 2)} ×`}`
      : 'not run',
    verdict: verdict(importRatio === undefined ? undefined : importRatio >= 0.9),
  });
  // The target is the reads and the write of issue 4: the bilans (B1) have their own line in the table.
  const apiRuns = r.results.filter((x) => x.server === 'api' && ['Q1', 'Q2', 'Q3', 'Q4', 'M1'].includes(x.scenario));
  const underLoad = apiRuns.length ? Math.max(...apiRuns.map((x) => x.load.peakRssMb)) : undefined;
  t.push({
    target: 'API RSS ≤ 300 MB under load (Q1–Q4, M1)',
    measured: underLoad === undefined ? 'not run' : `${fmt(underLoad)} MB`,
    verdict: verdict(underLoad === undefined ? undefined : underLoad <= 300),
  });
  const n1 = r.notifications;
  const n1ratio = n1 ? ratio(n1.on.request.p50, n1.off.request.p50) : undefined;
  t.push({
    target:
      'N1 request p50 (notifications on) ≤ 1.2 × request p50 (notifications off): the request does not wait for the fan-out nor the e-mails',
    measured: n1
      ? `${fmt(n1.on.request.p50, 2)} ms / ${fmt(n1.off.request.p50, 2)} ms = ${fmt(n1ratio, 2)} ×; end to end (notices stored, e-mails handed to SMTP) p50 ${fmt(n1.on.notificationsStored?.p50, 0)} / ${fmt(n1.on.emailsReceived?.p50, 0)} ms`
      : 'not run',
    verdict: verdict(n1ratio === undefined ? undefined : n1ratio <= 1.2),
  });
  t.push(w1Target(r.webhooks));
  if (big)
    t.push({
      target: 'API RSS ≤ 300 MB during the import',
      measured: `${fmt(big.peakRssMb)} MB`,
      verdict: verdict(big.peakRssMb <= 300),
    });
  return t;
}

const rawImportOf = (r: RunReport, file: string) => (r.rawImports ?? []).find((x) => x.file === file);

/** The raw import floor's seconds per step, e.g. "lookup 0.01 s, read 0.41 s, young_person 3.2 s, …". */
export const stepsOf = (x: RawImportResult) =>
  Object.entries(x.seconds)
    .map(([k, v]) => `${k} ${v.toFixed(2)} s`)
    .join(', ');

/** I1: the API's import of each file, then the raw import floor of the same file, with the API/raw ratio of their times. */
export function renderImportTable(r: RunReport): string {
  const lines: string[] = [];
  lines.push(
    '| file | server | rows | MB | preview ms | confirm ms | total ms | rows/s | API/raw total ms | statements (preview, confirm) | peak RSS MB | report |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |');
  const files = [...new Set([...r.imports.map((i) => i.file), ...(r.rawImports ?? []).map((x) => x.file)])];
  for (const file of files) {
    const raw = rawImportOf(r, file);
    for (const i of r.imports.filter((x) => x.file === file)) {
      lines.push(
        `| ${i.file} | api | ${i.rows} | ${fmt(i.bytes / 2 ** 20)} | ${i.previewMs} | ${i.confirmMs} | ${i.totalMs} | ${i.rowsPerSecond} | ${fmt(ratio(i.totalMs, raw?.totalMs), 2)} | ${i.statements.preview ?? '–'}, ${i.statements.confirm ?? '–'} | ${fmt(i.peakRssMb)} | ${Object.entries(
          i.report,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} |`,
      );
    }
    if (raw) {
      const written = Object.entries(raw.written)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      lines.push(
        `| ${raw.file} | raw | ${raw.rows} | ${fmt(raw.bytes / 2 ** 20)} | – | – | ${raw.totalMs} | ${raw.rowsPerSecond} |  | 3 COPY | – | ${written}, skipped ${raw.skipped} (INE known); ${stepsOf(raw)} |`,
      );
    }
  }
  return lines.join('\n');
}

const spread = (x: N1Phase['request'] | undefined) =>
  x ? `${fmt(x.p50, 1)} | ${fmt(x.p99, 1)} | ${fmt(x.min, 1)} | ${fmt(x.max, 1)}` : '– | – | – | –';

/** N1: the request's time with notifications off and on, then the end-to-end times of the assignments with them on. */
export function renderNotificationsTable(n: N1Result): string {
  const lines: string[] = [];
  lines.push('| N1 | p50 ms | p99 ms | min ms | max ms | SQL statements / request (data) | API peak RSS MB |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  lines.push(
    `| request, notifications off | ${spread(n.off.request)} | ${stmts(n.off.statements)} | ${fmt(n.off.peakRssMb)} |`,
  );
  lines.push(
    `| request, notifications on | ${spread(n.on.request)} | ${stmts(n.on.statements)} | ${fmt(n.on.peakRssMb)} |`,
  );
  lines.push(`| request start → ${n.counsellors} notices stored | ${spread(n.on.notificationsStored)} | | |`);
  lines.push(`| request start → ${n.counsellors} e-mails received by SMTP | ${spread(n.on.emailsReceived)} | | |`);
  return lines.join('\n');
}

export function renderTable(r: RunReport): string {
  const lines: string[] = [];
  lines.push(
    '| scenario | server | p50 ms | p99 ms | req/s | SQL statements / request (data) | peak RSS MB | API/raw p50 | API/raw req/s | API/PostGraphile p50 | API/PostGraphile req/s | answered |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const s of ['Q1', 'Q2', 'Q3', 'Q4', 'M1', 'B1', 'B1R', 'F1', 'F1L'] as ScenarioId[]) {
    const api = find(r, s, 'api');
    for (const server of ['api', 'raw', 'postgraphile'] as ServerName[]) {
      const x = find(r, s, server);
      if (!x) continue;
      const raw = find(r, s, 'raw');
      const pgl = find(r, s, 'postgraphile');
      const isApi = server === 'api';
      const errors = x.load.non2xx + x.load.errors + x.load.timeouts + (x.graphqlErrors ?? 0);
      lines.push(
        `| ${s} | ${server} | ${fmt(x.load.p50, 2)} | ${fmt(x.load.p99, 2)} | ${fmt(x.load.rps)} | ${server === 'postgraphile' ? 'not counted' : stmts(x.statements)} | ${fmt(x.load.peakRssMb)} | ${isApi ? fmt(ratio(api?.load.p50, raw?.load.p50), 2) : ''} | ${isApi ? fmt(ratio(api?.load.rps, raw?.load.rps), 2) : ''} | ${isApi ? fmt(ratio(api?.load.p50, pgl?.load.p50), 2) : ''} | ${isApi ? fmt(ratio(api?.load.rps, pgl?.load.rps), 2) : ''} | ${x.check}${errors ? `; ${errors} errors${x.graphqlErrorSample ? ` (first: ${x.graphqlErrorSample})` : ''}` : ''} |`,
      );
    }
  }
  return lines.join('\n');
}

export function renderMarkdown(r: RunReport): string {
  const out: string[] = [];
  out.push(`# Benchmark ${r.date} — ${r.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
  out.push('');
  out.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, ${r.machine.platform}. The load generator (autocannon), the server under test and the database share it${r.machine.loadAverage ? `; load average (1, 5, 15 min) ${r.machine.loadAverage.start.map((n) => n.toFixed(2)).join(', ')} at the start, ${r.machine.loadAverage.end.map((n) => n.toFixed(2)).join(', ')} at the end (anything above the run's own load is other work on the machine)` : ''}.`,
  );
  out.push(
    `Versions: ${Object.entries(r.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  );
  if (r.databaseSettings && Object.keys(r.databaseSettings).length) {
    out.push(
      `PostgreSQL settings: ${Object.entries(r.databaseSettings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    );
  }
  out.push(
    `Load: ${r.settings.connections} connection(s), ${r.settings.warmupSeconds} s warm-up then ${r.settings.durationSeconds} s per scenario and server; one server at a time. Data: seed ${r.settings.seed}, ${JSON.stringify(r.settings.scale)}${r.settings.dataReused ? ' (reused)' : ''}; ${Object.entries(
      r.dataset.rows,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  );
  out.push(
    `Worklist platform: ${r.dataset.platform.name} (${r.dataset.platform.cases} cases); Q3 filter: status AFFECTE or EN_COURS, name search « ${r.dataset.search} », totalCount.`,
  );
  out.push('');
  if (r.results.length) {
    out.push('## Scenarios');
    out.push('');
    out.push(renderTable(r));
    out.push('');
    out.push('Ratios are API ÷ baseline: above 1 for p50 the API is slower, below 1 for req/s it serves less.');
    out.push('');
  }
  if (r.imports.length || r.rawImports?.length) {
    out.push('## Import (I1)');
    out.push('');
    out.push(renderImportTable(r));
    out.push('');
    out.push(
      'raw: the raw import floor of the same file (Notes); its report lists the rows it wrote and its seconds per step. API/raw total ms: above 1 the API takes longer.',
    );
    out.push('');
  }
  const n1 = r.notifications;
  if (n1) {
    out.push('## Notifications fan-out (N1)');
    out.push('');
    out.push(
      `${n1.rounds} measured assignments per phase of ${n1.casesPerAssignment} A_TRAITER cases each to an organisation of ${n1.counsellors} counsellors, one at a time, as the platform's referent, with NOTIFICATIONS=on and off in ${n1.blocks ?? 1} alternating block(s) each (on, off, …; the API restarted for each block, its first ${n1.warmup} assignments not measured); JOB_POLL_SECONDS=${n1.jobPollSeconds}, SMTP_URL a server of the bench's process. With notifications on, each assignment waits for its notices and e-mails (then 300 ms) before the next; with them off, assignments are spaced as in the on block before (p50 from one start to the next: on ${fmt(n1.on.spacing?.p50, 0)} ms, off ${fmt(n1.off.spacing?.p50, 0)} ms), since an API left idle for seconds answers more slowly than one kept busy.`,
    );
    out.push('');
    out.push(renderNotificationsTable(n1));
    out.push('');
    out.push(
      `Request times in order (ms): off ${n1.off.requestMs.join(', ')}; on ${n1.on.requestMs.join(', ')}. End to end, e-mails received (ms): ${(n1.on.emailsReceivedMs ?? []).join(', ')}.`,
    );
    out.push('');
    out.push(
      `Stored after the notifications-on phase: ${n1.stored.notifications} notices and ${n1.stored.emailsSent} e-mails handed to SMTP (email_outbox.delivered_via = 'SMTP', sent_at set) for ${n1.stored.expected} expected; the SMTP server received ${n1.stored.smtpMessages} messages${n1.stored.smtpRecipientsOk ? ', one per counsellor and assignment' : ', NOT one per counsellor and assignment'}.`,
    );
    out.push('');
  }
  if (r.webhooks) out.push(...renderWebhooksSection(r.webhooks));
  out.push(
    `Peak RSS over the whole run (VmHWM): ${Object.entries(r.rss)
      .map(([k, v]) => `${k} ${fmt(v)} MB`)
      .join(', ')}.`,
  );
  out.push('');
  out.push('## Targets (issues 4 and 16)');
  out.push('');
  out.push('| target | measured | |');
  out.push('| --- | --- | --- |');
  for (const t of r.targets) out.push(`| ${t.target} | ${t.measured} | ${t.verdict} |`);
  out.push('');
  out.push('## Notes');
  out.push('');
  for (const n of r.notes) out.push(`- ${n}`);
  out.push('');
  return out.join('\n');
}

/** `suffix` names a partial run (BENCH_ONLY), which must not overwrite the day's full one. */
export function writeReport(r: RunReport, dir: string, suffix = ''): { md: string; json: string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${r.date}-${r.kind}${suffix}`);
  fs.writeFileSync(`${base}.md`, renderMarkdown(r));
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  return { md: `${base}.md`, json: `${base}.json` };
}

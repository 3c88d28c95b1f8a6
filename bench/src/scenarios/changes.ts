import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { openDatabase } from '../../../server/src/core/db/driver.js';
import type { FloorDb } from '../baselines/raw-import.js';
import { dataOf, type Counted, type GqlBody } from './client.js';
import { load } from './measure.js';
import type { Target } from './servers.js';
import type { LoadSettings, ScenarioResult } from './suite.js';

/**
 * F1 (issue 20): a page of 1,000 changes of the change feed after a cursor, as a platform's system
 * syncing its cases reads it with its API key. The feed's history is written before the API starts:
 * the generator loads its tables with triggers off (COPY as a replica), so the log the triggers would
 * have written is rebuilt from the data, oldest first: every organisation and case CREATED at its
 * creation, then one UPDATED per event of each case (about 1.2 million entries nationally), with the
 * keys row-level security reads (platform; assigned organisation while open).
 */

/** The platform's system: a service account, referent of the benchmark platform, with an API key. */
export const F1_ACCOUNT = 'bench.f1.service@bench.test';
export const F1_PAGE = 1000;
/** As the « API » page's example of a sync (shared/src/api/examples.ts), with `first` a variable. */
export const F1_QUERY = `query BenchF1($since: String, $first: Int) {
  changes(since: $since, types: [Case], first: $first) { nodes { objectType objectId kind changedAt } endCursor hasMore }
}`;
const READ_SCOPES = [
  'psad:cases:read',
  'clas:projects:read',
  'parcours:read',
  'directory:read',
  'instances:meetings:read',
];

export interface F1Data {
  /** The key's secret (X-Api-Key). */
  key: string;
  /** The cursor F1 reads after: a third into the platform's history, so that full pages follow. */
  since: string;
  /** Entries of the whole feed, and those the account is told of (Case, its platform). */
  entries: number;
  visible: number;
  /** Seconds to rebuild the history (insert, then ANALYZE). */
  seconds: number;
}

/** The feed's cursor after the entry `id` (modules/changes/service.ts, changeCursor). */
const cursorOf = (id: string) => Buffer.from(`chg:${id}`).toString('base64url');

/** Applies the server's migrations (change_log exists from migration 0037), as the API does at start. */
export async function migrateFor(target: Target): Promise<void> {
  const database = await openDatabase(
    target.kind === 'postgres'
      ? { databaseUrl: target.databaseUrl! }
      : { dataDir: path.join(target.dataDir!, 'pglite') },
  );
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}

/**
 * Rebuilds the feed's history from the data and writes the platform's system (account, referent of
 * `platformId` in the referent's organisation, key with every read scope), as the database owner.
 */
export async function prepareF1(db: FloorDb, platformId: string, referentEmail: string): Promise<F1Data> {
  const started = performance.now();
  const secret = `mlg_${randomBytes(24).toString('base64url')}`;
  await db.exec('begin');
  try {
    await db.exec('truncate change_log');
    await db.exec('alter sequence change_log_id_seq restart');
    // A history rebuilt from the start: nothing of it was purged (migration 0040).
    await db.exec('update change_log_horizon set purged_through_id = 0, purged_before = null, purged_at = null');
    await db.exec(`
      insert into change_log (id, object_type, object_id, kind, changed_at, platform_id, organisation_id)
      select nextval('change_log_id_seq'), h.object_type, h.object_id, h.kind, h.at, h.platform_id, h.organisation_id
        from (
          select 'Organisation' as object_type, o.id as object_id, 'CREATED' as kind, o.created_at as at,
                 null::uuid as platform_id, null::uuid as organisation_id
            from organisation o
          union all
          select 'Case', c.id, 'CREATED', c.created_at, c.platform_id,
                 case when c.status <> 'CLOS' then c.assigned_organisation_id end
            from psad_case c
          union all
          select 'Case', e.case_id, 'UPDATED', e.occurred_at, c.platform_id,
                 case when c.status <> 'CLOS' then c.assigned_organisation_id end
            from case_event e join psad_case c on c.id = e.case_id
           where e.kind <> 'CREATED'
          order by 4, 2
        ) h`);
    const [account] = await db.query<{ id: string }>('select id from app_user where email = $1', [F1_ACCOUNT]);
    let userId = account?.id;
    if (!userId) {
      [{ id: userId }] = (await db.query<{ id: string }>(
        `insert into app_user (email, display_name, password_hash)
         select $1, 'Système F1 (bench)', password_hash from app_user where email = $2 returning id`,
        [F1_ACCOUNT, referentEmail],
      )) as [{ id: string }];
      await db.query(
        `insert into membership (user_id, organisation_id, roles)
         select $1, m.organisation_id, array['SERVICE_ACCOUNT', 'PSAD_REFERENT'] from membership m
           join app_user u on u.id = m.user_id where u.email = $2 limit 1`,
        [userId, referentEmail],
      );
      await db.query('insert into platform_referent (platform_id, user_id) values ($1, $2)', [platformId, userId]);
    }
    await db.query(
      `insert into api_key (user_id, name, prefix, key_hash, scopes, expires_at, rate_limit_per_minute)
       values ($1, 'F1', $2, $3, $4::text[], now() + interval '1 day', 100000)`,
      [userId, secret.slice(0, 10), createHash('sha256').update(secret).digest('hex'), `{${READ_SCOPES.join(',')}}`],
    );
    await db.exec('commit');
  } catch (err) {
    await db.exec('rollback');
    throw err;
  }
  await db.exec('analyze change_log');
  const [counts] = await db.query<{ entries: string; visible: string }>(
    `select count(*) as entries, count(*) filter (where object_type = 'Case' and platform_id = $1) as visible from change_log`,
    [platformId],
  );
  const visible = Number(counts!.visible);
  const [at] = await db.query<{ id: string }>(
    `select id::text as id from change_log where object_type = 'Case' and platform_id = $1 order by id offset $2 limit 1`,
    [platformId, Math.floor(visible / 3)],
  );
  return {
    key: secret,
    since: cursorOf(at?.id ?? '0'),
    entries: Number(counts!.entries),
    visible,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

type F1Page = { changes: { nodes: { objectType: string }[]; endCursor: string; hasMore: boolean } };

async function probe(base: string, key: string, since: string, first: number): Promise<Counted<GqlBody<F1Page>>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: F1_QUERY, variables: { since, first } }),
  });
  const total = res.headers.get('x-sql-statements');
  const overhead = Number(res.headers.get('x-sql-statements-overhead') ?? 0);
  return {
    status: res.status,
    body: (await res.json()) as GqlBody<F1Page>,
    statements: total === null ? null : { total: Number(total), overhead, data: Number(total) - overhead },
  };
}

/**
 * F1 with one connection (a system reads its pages one after the other: the target), then F1L with the
 * run's connections (several systems at once). Each request reads the same page.
 */
export async function runF1(options: {
  base: string;
  pid: number;
  data: F1Data;
  settings: LoadSettings;
  first?: number;
}): Promise<ScenarioResult[]> {
  const { base, pid, data, settings } = options;
  const first = options.first ?? F1_PAGE;
  const answer = await probe(base, data.key, data.since, first);
  const page = dataOf<F1Page>(answer, 'F1').changes;
  if (page.nodes.length !== first || !page.hasMore)
    throw new Error(`F1: ${page.nodes.length} changes, hasMore ${page.hasMore}; expected a full page of ${first}`);
  if (page.nodes.some((n) => n.objectType !== 'Case')) throw new Error('F1: a change that is not a Case');
  const check = `${first} changes after a cursor a third into the platform's ${data.visible} (feed of ${data.entries}), hasMore`;
  const out: ScenarioResult[] = [];
  for (const [scenario, connections] of [
    ['F1', 1],
    ['F1L', settings.connections],
  ] as const) {
    const request = {
      url: `${base}/graphql`,
      headers: { 'content-type': 'application/json', 'x-api-key': data.key },
      body: JSON.stringify({ query: F1_QUERY, variables: { since: data.since, first } }),
      connections,
      durationSeconds: settings.durationSeconds,
    };
    if (settings.warmupSeconds > 0) await load({ ...request, durationSeconds: settings.warmupSeconds }, pid);
    const result = await load(request, pid);
    out.push({
      scenario,
      server: 'api',
      load: result,
      statements: answer.statements,
      check: `${check}; ${connections} connection${connections > 1 ? 's' : ''}`,
    });
  }
  return out;
}

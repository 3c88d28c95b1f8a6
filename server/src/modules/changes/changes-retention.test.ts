/**
 * The change feed's retention (migration 0040): the change-feed-purge job deletes the changes older than
 * CHANGE_FEED_RETENTION_DAYS, oldest first and in batches, and keeps its horizon; a partner's cursor into
 * what was purged is refused (BAD_USER_INPUT on `since`) rather than answered with a gap, while the empty
 * cursor, and one at or past the horizon, read on. Old changes are made by dating the log's rows back, as
 * the owner.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiScope } from '@maillage/shared/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlResult, type TestApp } from '../../../test/harness.js';
import { queueLabel } from '../jobs/labels.js';
import { CHANGE_FEED_PURGE_BATCH, purgeChangeFeed } from './purge.js';
import { changeCursor, changeCursorId } from './service.js';
import { issueKey, type ChangeNode, type ChangePage } from './test-fixtures.js';

let t: TestApp;
/** API keys (their secrets): one that reads the directory, one that reads CLAS projects (none of them its). */
const key = {} as Record<'directory' | 'clas', string>;

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const one = async <R extends Record<string, unknown>>(q: SQL) => (await owner<R>(q))[0]!;

async function serviceAccount(name: string, scopes: ApiScope[]): Promise<string> {
  const { id: userId } = await one<{ id: string }>(
    sql`insert into app_user (email, display_name, password_hash) values (${`${name}@si.test`}, ${`SI ${name}`}, 'x') returning id`,
  );
  await owner(sql`insert into membership (user_id, organisation_id, roles)
                  select ${userId}, id, '{SERVICE_ACCOUNT}'::text[] from organisation where name = 'CIO de Bourges'`);
  return issueKey(t, userId, scopes);
}

const FEED = `query($since: String, $first: Int) {
  changes(since: $since, first: $first) { nodes { cursor objectType objectId kind changedAt } endCursor hasMore }
}`;

async function feed(secret: string, variables: { since?: string | null; first?: number } = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-key': secret },
    payload: { query: FEED, variables },
  });
  return res.json<GqlResult<{ changes: ChangePage } | null>>();
}

async function page(secret: string, variables: Parameters<typeof feed>[1] = {}): Promise<ChangePage> {
  const res = await feed(secret, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.changes;
}

async function sync(secret: string, since: string | null = null): Promise<{ nodes: ChangeNode[]; endCursor: string }> {
  const nodes: ChangeNode[] = [];
  let cursor = since;
  for (;;) {
    const p = await page(secret, { since: cursor, first: 1000 });
    nodes.push(...p.nodes);
    cursor = p.endCursor;
    if (!p.hasMore) return { nodes, endCursor: cursor };
  }
}

const idOf = (cursor: string) => changeCursorId(cursor);
const logState = () =>
  one<{ n: number; horizon: string; purgedBefore: Date | string | null; purgedAt: Date | string | null }>(sql`
    select (select count(*) from change_log)::int as n, h.purged_through_id::text as horizon,
           h.purged_before as "purgedBefore", h.purged_at as "purgedAt"
      from change_log_horizon h`);
/** A change of an organisation now, through its table's trigger: its id. */
async function changeOrganisation(): Promise<bigint> {
  await owner(sql`update organisation set name = name where name = 'MLDS du Cher'`);
  return BigInt((await one<{ id: string }>(sql`select max(id)::text as id from change_log`)).id);
}

/** The state the tests share, set by the purge of the second test. */
const before = {} as { cursors: string[]; horizon: bigint; firstKept: bigint; head: string };

beforeAll(async () => {
  // No worker: the purge queued at start would race the dating back below; the tests run it themselves.
  t = await createTestApp({ JOB_WORKERS: 'off' });
  key.directory = await serviceAccount('annuaire', ['directory:read']);
  key.clas = await serviceAccount('clas', ['clas:projects:read']);
});
afterAll(() => t.close());

describe('the purge job', () => {
  it('is defined, scheduled every night in Europe/Paris, queued at start, and labelled for « Tâches de fond »', async () => {
    expect(t.app.services.jobs.names()).toContain('change-feed-purge');
    expect(await owner(sql`select cron, timezone from pgboss.schedule where name = 'change-feed-purge'`)).toEqual([
      { cron: '15 4 * * *', timezone: 'Europe/Paris' },
    ]);
    const queued = await one<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'change-feed-purge' and state = 'created'`,
    );
    expect(queued.n).toBeGreaterThanOrEqual(1);
    expect(queueLabel('change-feed-purge')).toBe('Fil des changements (API) : purge des changements trop anciens');
    // Run as the job runs, with the app's setting: nothing is 30 days old yet.
    expect(t.config.CHANGE_FEED_RETENTION_DAYS).toBe(30);
    const { n } = await logState();
    expect(await t.app.services.jobs.drain(['change-feed-purge'])).toBeGreaterThanOrEqual(1);
    expect(await logState()).toEqual({ n, horizon: '0', purgedBefore: null, purgedAt: null });
    const done = await one<{ state: string }>(
      sql`select state from pgboss.job where name = 'change-feed-purge' order by created_on desc limit 1`,
    );
    expect(done.state).toBe('completed');
  });

  it('deletes only the changes older than the retention, a backlog of several batches, and keeps the horizon', async () => {
    // What the log holds now is 40 days old; then a backlog of more than two batches, 35 days old; then
    // three changes 29 days old and one of today, kept.
    await owner(sql`update change_log set changed_at = now() - interval '40 days'`);
    const backlog = 2 * CHANGE_FEED_PURGE_BATCH + 500;
    await owner(sql`insert into change_log (id, object_type, object_id, kind, changed_at)
                    select nextval('change_log_id_seq'), 'Organisation', gen_random_uuid(), 'UPDATED', now() - interval '35 days'
                      from generate_series(1, ${backlog})`);
    const { old } = await one<{ old: string }>(sql`select max(id)::text as old from change_log`);
    await owner(sql`insert into change_log (id, object_type, object_id, kind, changed_at)
                    select nextval('change_log_id_seq'), 'Organisation', gen_random_uuid(), 'UPDATED', now() - interval '29 days'
                      from generate_series(1, 3)`);
    await changeOrganisation();
    const all = await sync(key.directory);
    before.cursors = all.nodes.map((n) => n.cursor);
    before.head = all.endCursor;
    before.horizon = BigInt(old);
    before.firstKept = idOf(all.nodes.find((n) => idOf(n.cursor) > before.horizon)!.cursor);
    const { n: total } = await logState();
    const older = await one<{ n: number }>(sql`select count(*)::int as n from change_log where id <= ${old}::bigint`);
    expect(older.n).toBeGreaterThan(CHANGE_FEED_PURGE_BATCH * 2);

    const purge = await purgeChangeFeed(t.database.db, 30);
    expect(purge).toEqual({
      purged: older.n,
      batches: Math.ceil(older.n / CHANGE_FEED_PURGE_BATCH),
      purgedThroughId: old,
    });
    const after = await logState();
    expect(after).toMatchObject({ n: total - older.n, horizon: old });
    const dates = await one<{ ok: boolean }>(sql`
      select purged_before between now() - interval '30 days 1 minute' and now() - interval '30 days' + interval '1 minute'
             and purged_at > now() - interval '1 minute' as ok
        from change_log_horizon`);
    expect(dates.ok).toBe(true);
    const kept = await one<{ first: string; old: number }>(sql`
      select min(id)::text as first, count(*) filter (where changed_at < now() - interval '30 days')::int as old from change_log`);
    expect(kept).toEqual({ first: before.firstKept.toString(), old: 0 });
    expect(before.firstKept).toBe(before.horizon + 1n);

    // Nothing more to purge: the horizon stays.
    expect(await purgeChangeFeed(t.database.db, 30)).toEqual({ purged: 0, batches: 0, purgedThroughId: old });
    expect(await logState()).toEqual(after);
  });
});

describe('a cursor and the horizon', () => {
  it('a cursor below the horizon is refused, on `since`, with the date before which nothing is kept', async () => {
    const state = await logState();
    const { purgedBefore } = await one<{ purgedBefore: Date | string }>(
      sql`select purged_before as "purgedBefore" from change_log_horizon`,
    );
    const date = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(purgedBefore));
    for (const since of [before.cursors[0]!, before.cursors[10]!, changeCursor(before.horizon - 1n)]) {
      const res = await feed(key.directory, { since });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions.fields).toEqual([
        {
          path: 'since',
          message: `curseur expiré : les changements antérieurs au ${date} (heure de Paris) ne sont plus conservés ; resynchronisez depuis un curseur vide`,
        },
      ]);
    }
    expect(date).toMatch(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);
    // A read, refused: nothing written, nothing deleted.
    expect(await logState()).toEqual(state);
  });

  it('a cursor at or past the horizon reads on; the empty cursor starts at the oldest change kept', async () => {
    const kept = before.cursors.filter((c) => idOf(c) > before.horizon);
    const atHorizon = await sync(key.directory, changeCursor(before.horizon));
    expect(atHorizon.nodes.map((n) => n.cursor)).toEqual(kept);
    expect(atHorizon.endCursor).toBe(before.head);
    const fromFirstKept = await sync(key.directory, kept[0]!);
    expect(fromFirstKept.nodes.map((n) => n.cursor)).toEqual(kept.slice(1));
    const empty = await sync(key.directory);
    expect(empty).toEqual(atHorizon);
    expect(idOf(empty.nodes[0]!.cursor)).toBe(before.firstKept);
    expect(await sync(key.directory, changeCursor(0n))).toEqual(empty);
    // A client that had read everything reads what follows, as before the purge.
    expect(await page(key.directory, { since: before.head })).toEqual({
      nodes: [],
      endCursor: before.head,
      hasMore: false,
    });
    const next = await changeOrganisation();
    expect((await page(key.directory, { since: before.head })).nodes.map((n) => idOf(n.cursor))).toEqual([next]);
  });

  it('a reader none of whose objects change keeps the head as its cursor: the purge does not expire it while it polls', async () => {
    const first = await page(key.clas);
    expect(first.nodes).toEqual([]);
    const { head } = await one<{ head: string }>(sql`select max(id)::text as head from change_log`);
    expect(first.endCursor).toBe(changeCursor(BigInt(head)));
    // Others' changes, which it is not told of, then its next poll: its cursor moves past them.
    const theirs = await changeOrganisation();
    const second = await page(key.clas, { since: first.endCursor });
    expect(second).toEqual({ nodes: [], endCursor: changeCursor(theirs), hasMore: false });
    // They grow old and are purged: the reader's cursor is at the horizon, not below it.
    await owner(
      sql`update change_log set changed_at = now() - interval '31 days' where id <= ${theirs.toString()}::bigint`,
    );
    expect((await purgeChangeFeed(t.database.db, 30)).purgedThroughId).toBe(theirs.toString());
    expect(await page(key.clas, { since: second.endCursor })).toEqual(second);
    // The cursor it held before its second poll is now expired.
    expect((await feed(key.clas, { since: first.endCursor })).errors?.[0]?.extensions.fields?.[0]?.path).toBe('since');
    // An empty log: the head is the horizon.
    expect(await one<{ n: number }>(sql`select count(*)::int as n from change_log`)).toEqual({ n: 0 });
    expect(await page(key.directory)).toEqual({ nodes: [], endCursor: changeCursor(theirs), hasMore: false });
  });

  it('the purge deletes the oldest changes up to the first one to keep, even when an older one follows it', async () => {
    const kept = await changeOrganisation();
    const later = await changeOrganisation();
    // A clock that stepped back: the later change is dated before the retention, the earlier one is not.
    await owner(
      sql`update change_log set changed_at = now() - interval '40 days' where id = ${later.toString()}::bigint`,
    );
    const { horizon } = await logState();
    expect(await purgeChangeFeed(t.database.db, 30)).toEqual({ purged: 0, batches: 0, purgedThroughId: horizon });
    expect((await sync(key.directory, changeCursor(BigInt(horizon)))).nodes.map((n) => idOf(n.cursor))).toEqual([
      kept,
      later,
    ]);
  });
});

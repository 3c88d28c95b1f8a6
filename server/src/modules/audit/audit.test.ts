import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_USERS } from '../../demo/seed.js';
import { purgeExpiredAuditEvents } from './events.service.js';

let t: TestApp;
let adminToken: string;
let adminId: string;

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const count = async (where: SQL = sql`true`) =>
  (await owner<{ n: number }>(sql`select count(*)::int as n from audit_event where ${where}`))[0]!.n;
const digest = async () =>
  (await owner<{ h: string }>(sql`select md5(string_agg(a::text, '|' order by id)) as h from audit_event a`))[0]!.h;

/** The database error a statement raises as the owner (not subject to row-level security). */
async function ownerRefusal(q: SQL): Promise<string> {
  try {
    await t.database.db.execute(q);
  } catch (err) {
    const e = ((err as { cause?: unknown }).cause ?? err) as { code?: string; message: string };
    return `${e.code}: ${e.message}`;
  }
  return 'no error';
}

beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
  adminId = (await owner<{ id: string }>(sql`select id from app_user where email = 'admin@demo.test'`))[0]!.id;
});
afterAll(() => t.close());

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even to the table owner', async () => {
    const before = { n: await count(), h: await digest() };
    expect(before.n).toBeGreaterThan(0);
    expect(await ownerRefusal(sql`update audit_event set action = 'rewritten'`)).toMatch(
      /^42501: audit_event is append-only: UPDATE refused/,
    );
    expect(await ownerRefusal(sql`update audit_event set details = null where action = 'auth.login'`)).toMatch(
      /^42501:/,
    );
    expect(await ownerRefusal(sql`delete from audit_event`)).toMatch(
      /^42501: audit_event is append-only: DELETE refused/,
    );
    expect(await ownerRefusal(sql`delete from audit_event where id = (select min(id) from audit_event)`)).toMatch(
      /^42501:/,
    );
    expect(await ownerRefusal(sql`truncate audit_event`)).toMatch(
      /^42501: audit_event is append-only: TRUNCATE refused/,
    );
    expect({ n: await count(), h: await digest() }).toEqual(before);
  });

  it('refuses to delete a recent event even to someone who sets the purge flag by hand', async () => {
    const before = await digest();
    const refused = await ownerRefusal(sql`
      with flag as (select set_config('maillage.audit_purge', 'on', false))
      delete from audit_event where id = (select max(id) from audit_event) and exists (select 1 from flag)`);
    await t.database.db.execute(sql`select set_config('maillage.audit_purge', '', false)`);
    expect(refused).toMatch(/^42501:/);
    expect(await digest()).toBe(before);
  });

  it('still accepts new events (the control for the refusals above)', async () => {
    const n = await count();
    await t.database.db.execute(sql`insert into audit_event (action) values ('test.append')`);
    expect(await count()).toBe(n + 1);
  });
});

describe('retention', () => {
  const daysAgo = (d: number) => sql`now() - make_interval(days => ${d})`;

  beforeAll(async () => {
    await t.database.db.execute(sql`insert into audit_event (occurred_at, action) values
      (${daysAgo(1200)}, 'test.retention.1200d'),
      (${daysAgo(400)}, 'test.retention.400d'),
      (${daysAgo(366)}, 'test.retention.366d'),
      (${daysAgo(364)}, 'test.retention.364d'),
      (${daysAgo(200)}, 'test.retention.200d'),
      (${daysAgo(184)}, 'test.retention.184d'),
      (${daysAgo(170)}, 'test.retention.170d'),
      (now(), 'test.retention.now')`);
  });

  const left = async () =>
    (
      await owner<{ action: string }>(
        sql`select action from audit_event where action like 'test.retention.%' order by occurred_at`,
      )
    ).map((r) => r.action.replace('test.retention.', ''));

  it('refuses a retention shorter than 6 months, and deletes nothing', async () => {
    const before = await digest();
    await expect(purgeExpiredAuditEvents(t.database.db, 182)).rejects.toThrow();
    await expect(purgeExpiredAuditEvents(t.database.db, 30)).rejects.toThrow();
    await expect(purgeExpiredAuditEvents(t.database.db, 0)).rejects.toThrow();
    expect(await digest()).toBe(before);
  });

  it('the database itself refuses a cutoff younger than 6 months', async () => {
    expect(await ownerRefusal(sql`select audit_purge(now() - interval '100 days')`)).toMatch(/kept at least 6 months/);
    expect(await ownerRefusal(sql`select audit_purge(now() + interval '1 day')`)).toMatch(/kept at least 6 months/);
    expect(await left()).toEqual(['1200d', '400d', '366d', '364d', '200d', '184d', '170d', 'now']);
  });

  it('deletes only the events older than the retention, and records the purge', async () => {
    const purged = await purgeExpiredAuditEvents(t.database.db, 365);
    expect(purged).toBe(3);
    expect(await left()).toEqual(['364d', '200d', '184d', '170d', 'now']);
    const [event] = await owner<{ action: string; actor_id: string | null; details: { purged: number } }>(
      sql`select action, actor_id, details from audit_event order by id desc limit 1`,
    );
    expect(event).toMatchObject({ action: 'audit.purge', actor_id: null, details: { purged: 3 } });
  });

  it('accepts the shortest retention the configuration allows (183 days), whatever the month', async () => {
    const config = t.config.AUDIT_RETENTION_DAYS;
    expect(config).toBe(365);
    expect(await purgeExpiredAuditEvents(t.database.db, 183)).toBe(3);
    expect(await left()).toEqual(['170d', 'now']);
  });
});

describe('searching the audit log (GraphQL auditEvents)', () => {
  const search = (filter: Record<string, unknown>, first?: number, after?: string | null, token = adminToken) =>
    t.gql(
      token,
      `query($filter: AuditFilter, $first: Int, $after: String) {
        auditEvents(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id occurredAt action outcome actorId actor { email } subjectType subjectId requestId details }
        }
      }`,
      { filter, ...(first ? { first } : {}), ...(after ? { after } : {}) },
    );

  let referentId: string;
  beforeAll(async () => {
    referentId = (await owner<{ id: string }>(sql`select id from app_user where email = 'referent@demo.test'`))[0]!.id;
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'referent@demo.test', password: 'wrong-password' },
    });
    await t.login('referent@demo.test');
    await t.database.db.execute(sql`insert into audit_event (occurred_at, action, actor_id) values
      ('2026-01-01T10:00:00Z', 'test.window', ${referentId}),
      ('2026-02-01T10:00:00Z', 'test.window', ${referentId}),
      ('2026-03-01T10:00:00Z', 'test.window', ${referentId})`);
    for (let i = 0; i < 7; i++)
      await t.database.db.execute(sql`insert into audit_event (action, subject_id) values ('test.page', ${String(i)})`);
  });

  it('filters on an action prefix', async () => {
    const res = await search({ action: 'auth.' });
    expect(res.errors).toBeUndefined();
    const { nodes, totalCount } = res.data.auditEvents;
    expect(totalCount).toBe(await count(sql`action like 'auth.%'`));
    expect(totalCount).toBeGreaterThanOrEqual(3);
    expect(nodes.every((n: { action: string }) => n.action.startsWith('auth.'))).toBe(true);
    expect(nodes.map((n: { action: string }) => n.action)).toContain('auth.login');
  });

  it('takes the prefix literally: "_" and "%" are not wildcards', async () => {
    expect((await search({ action: 'auth_' })).data.auditEvents.totalCount).toBe(0);
    expect((await search({ action: '%login' })).data.auditEvents.totalCount).toBe(0);
    expect((await search({ action: 'auth.login' })).data.auditEvents.totalCount).toBe(
      await count(sql`action = 'auth.login'`),
    );
  });

  it('filters on the outcome and on the actor', async () => {
    const failures = (await search({ outcome: 'FAILURE' })).data.auditEvents;
    expect(failures.totalCount).toBe(await count(sql`outcome = 'FAILURE'`));
    expect(failures.totalCount).toBeGreaterThan(0);
    expect(failures.nodes.every((n: { outcome: string }) => n.outcome === 'FAILURE')).toBe(true);

    const byReferent = (await search({ actorId: referentId })).data.auditEvents;
    expect(byReferent.totalCount).toBe(await count(sql`actor_id = ${referentId}`));
    expect(
      byReferent.nodes.every(
        (n: { actorId: string; actor: { email: string } }) =>
          n.actorId === referentId && n.actor.email === 'referent@demo.test',
      ),
    ).toBe(true);
    expect(byReferent.nodes.map((n: { action: string }) => n.action)).toContain('auth.login');
  });

  it('filters on a time window, bounds included', async () => {
    const res = await search({ action: 'test.window', from: '2026-01-15T00:00:00Z', to: '2026-02-15T00:00:00Z' });
    expect(res.data.auditEvents.nodes.map((n: { occurredAt: string }) => n.occurredAt)).toEqual([
      '2026-02-01T10:00:00.000Z',
    ]);
    const inclusive = await search({ action: 'test.window', from: '2026-02-01T10:00:00Z', to: '2026-03-01T10:00:00Z' });
    expect(inclusive.data.auditEvents.totalCount).toBe(2);
    expect((await search({ action: 'test.window', from: '2026-03-02T00:00:00Z' })).data.auditEvents.totalCount).toBe(0);
  });

  it('pages newest first with a cursor, every event once', async () => {
    const seen: string[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await search({ action: 'test.page' }, 3, after);
      expect(res.errors).toBeUndefined();
      const page = res.data.auditEvents;
      expect(page.totalCount).toBe(7);
      seen.push(...page.nodes.map((n: { subjectId: string }) => n.subjectId));
      pages.push(page.nodes.length);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(['6', '5', '4', '3', '2', '1', '0']);
  });

  it('pages the whole log without filter, in the order of the events', async () => {
    const first = (await search({}, 2)).data.auditEvents;
    const second = (await search({}, 2, first.pageInfo.endCursor)).data.auditEvents;
    const newest = await owner<{ id: string }>(
      sql`select id::text as id from audit_event a order by a.id desc limit 4`,
    );
    expect([...first.nodes, ...second.nodes].map((n: { id: string }) => n.id)).toEqual(newest.map((r) => r.id));
  });

  it('refuses bad filters, a bad cursor and an out-of-range page size with BAD_USER_INPUT naming the field', async () => {
    const fieldOf = async (
      res: Promise<{ errors?: { extensions: { code: string; fields?: { path: string }[] } }[] }>,
    ) => {
      const e = (await res).errors?.[0]?.extensions;
      return [e?.code, e?.fields?.map((f) => f.path)];
    };
    expect(await fieldOf(search({ actorId: 'nobody' }))).toEqual(['BAD_USER_INPUT', ['filter.actorId']]);
    expect(await fieldOf(search({}, 1, 'not-a-cursor'))).toEqual(['BAD_USER_INPUT', ['after']]);
    expect(await fieldOf(search({}, 500))).toEqual(['BAD_USER_INPUT', ['first']]);
  });

  it.each(DEMO_USERS.filter((u) => !u.roles.includes('ADMIN')).map((u) => [u.email]))(
    'is refused to %s',
    async (email) => {
      const res = await search({}, 10, null, await t.login(email));
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    },
  );

  it('is refused to an anonymous caller', async () => {
    const res = await t.gql(null, '{ auditEvents { totalCount } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('filters on the subject', async () => {
    const res = await search({ subjectType: 'user', subjectId: referentId, action: 'auth.' });
    const nodes = res.data.auditEvents.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.every((n) => n.subjectId === referentId)).toBe(true);
    expect(nodes.map((n) => n.outcome)).toEqual(expect.arrayContaining(['SUCCESS', 'FAILURE']));
  });

  it('shows the admin its own actions, with the request id of each', async () => {
    const res = await search({ actorId: adminId, action: 'auth.login' });
    expect(res.data.auditEvents.totalCount).toBeGreaterThan(0);
    expect(res.data.auditEvents.nodes[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("reads of a person's record", () => {
  const read = (extra = '') =>
    t.gql(adminToken, `query($id: ID!) { user(id: $id) { email } ${extra} }`, {
      id: DEMO_IDS.referent,
    });
  const DEMO_IDS: Record<string, string> = {};
  beforeAll(async () => {
    DEMO_IDS.referent = (
      await owner<{ id: string }>(sql`select id from app_user where email = 'referent@demo.test'`)
    )[0]!.id;
  });
  const readsOfReferent = () =>
    count(sql`action = 'user.read' and subject_id = ${DEMO_IDS.referent} and actor_id = ${adminId}`);

  it('are audited', async () => {
    const before = await readsOfReferent();
    const res = await read();
    expect(res.data.user.email).toBe('referent@demo.test');
    expect(await readsOfReferent()).toBe(before + 1);
  });

  it('are audited even when another field of the same query fails', async () => {
    const before = await readsOfReferent();
    const res = await read('organisation(id: "pas-un-id") { id }');
    // The record was sent...
    expect(res.data.user.email).toBe('referent@demo.test');
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // ...so its reading is on record.
    expect(await readsOfReferent()).toBe(before + 1);
  });
});

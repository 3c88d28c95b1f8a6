/**
 * The change feed (issue 20), played by partners' systems with their API keys: what an import and the
 * app's changes write to it, who is told of what (the key's read scopes, row-level security as for the
 * objects, deletions and cases that left an organisation included), paging with the cursor, and on
 * PostgreSQL the order of commits: a transaction that started first and commits last is read after the
 * one that committed before it, and two clients syncing from an empty cursor while writes go on read
 * every change once.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import type { ApiScope, ChangeObjectType } from '@maillage/shared/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type GqlResult, type TestApp } from '../../../test/harness.js';
import { content, M as CLAS } from '../clas/test-fixtures.js';
import { personInput, M as PARCOURS } from '../parcours/test-fixtures.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { createCase } from '../psad/cases/test-fixtures.js';
import { changeCursor, changeCursorId } from './service.js';
import { issueKey, type ChangeNode, type ChangePage } from './test-fixtures.js';

const BOURGES_CSV = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../psad/import/fixtures/siei-2026-S2-bourges.csv'),
);
const ALL_READ: ApiScope[] = [
  'psad:cases:read',
  'clas:projects:read',
  'parcours:read',
  'directory:read',
  'instances:meetings:read',
];

let t: TestApp;
const id = {} as Record<'bourges' | 'vierzon' | 'missionLocale' | 'mlds' | 'bourgesAccount' | 'importedCase', string>;
/** API keys (their secrets) by the partner system that holds them. */
const key = {} as Record<'bourges' | 'vierzon' | 'mission' | 'directory' | 'both', string>;

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const ownerId = async (q: SQL) => (await owner<{ id: string }>(q))[0]!.id;

/**
 * A service account of `organisation` with `roles` (SERVICE_ACCOUNT added), referent of `referentOf` if
 * named, and a key with `scopes`, acting for `platformIds` (null: any).
 */
async function serviceAccount(
  name: string,
  organisation: string,
  roles: string[],
  scopes: ApiScope[],
  options: { referentOf?: string; platformIds?: string[] } = {},
): Promise<string> {
  const userId = await ownerId(
    sql`insert into app_user (email, display_name, password_hash) values (${`${name}@si.test`}, ${`SI ${name}`}, 'x') returning id`,
  );
  await owner(sql`insert into membership (user_id, organisation_id, roles)
                  select ${userId}, id, ${`{${['SERVICE_ACCOUNT', ...roles].join(',')}}`}::text[] from organisation where name = ${organisation}`);
  if (options.referentOf)
    await owner(sql`insert into platform_referent (platform_id, user_id) values (${options.referentOf}, ${userId})`);
  return issueKey(t, userId, scopes, options.platformIds);
}

const FEED = `query($since: String, $types: [ChangeObjectType!], $first: Int) {
  changes(since: $since, types: $types, first: $first) { nodes { cursor objectType objectId kind changedAt } endCursor hasMore }
}`;

async function feed(
  secret: string,
  variables: { since?: string | null; types?: string[] | null; first?: number | null } = {},
): Promise<GqlResult<{ changes: ChangePage }>> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-key': secret },
    payload: { query: FEED, variables },
  });
  return res.json<GqlResult<{ changes: ChangePage }>>();
}

async function page(secret: string, variables: Parameters<typeof feed>[1] = {}): Promise<ChangePage> {
  const res = await feed(secret, variables);
  expect(res.errors).toBeUndefined();
  return res.data.changes;
}

/** Reads pages of `first` from `since` until the feed has no more: every change and the cursor to keep. */
async function sync(
  secret: string,
  since: string | null = null,
  first = 1000,
  types?: ChangeObjectType[],
): Promise<{ nodes: ChangeNode[]; endCursor: string }> {
  const nodes: ChangeNode[] = [];
  let cursor = since;
  for (;;) {
    const p = await page(secret, { since: cursor, first, ...(types ? { types } : {}) });
    nodes.push(...p.nodes);
    cursor = p.endCursor;
    if (!p.hasMore) return { nodes, endCursor: cursor };
    expect(p.nodes).toHaveLength(first);
  }
}

/** The feed's position now: what a client that read everything so far keeps. */
const head = async (secret: string) => (await sync(secret)).endCursor;
const objectsOf = (nodes: ChangeNode[], type?: ChangeObjectType) =>
  nodes.filter((n) => !type || n.objectType === type).map((n) => `${n.kind} ${n.objectType} ${n.objectId}`);
const entry = (kind: ChangeNode['kind'], objectType: ChangeObjectType, objectId: string) =>
  `${kind} ${objectType} ${objectId}`;

beforeAll(async () => {
  t = await createTestApp();
  id.bourges = await ownerId(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.missionLocale = await ownerId(sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.mlds = await ownerId(sql`select id from organisation where name = 'MLDS du Cher'`);
  key.bourges = await serviceAccount('bourges', 'CIO de Bourges', ['PSAD_REFERENT'], ALL_READ, {
    referentOf: id.bourges,
  });
  key.vierzon = await serviceAccount('vierzon', 'CIO de Vierzon', ['PSAD_REFERENT'], ALL_READ, {
    referentOf: id.vierzon,
  });
  key.mission = await serviceAccount('mission', 'Mission Locale de Bourges', ['COUNSELLOR'], ALL_READ);
  id.bourgesAccount = await ownerId(sql`select id from app_user where email = 'bourges@si.test'`);
  // The same account, with a key that reads the directory only.
  key.directory = await issueKey(t, id.bourgesAccount, ['directory:read']);
  // A key of a referent of both platforms, acting for Vierzon only.
  key.both = await serviceAccount('both', 'CIO de Bourges', ['PSAD_REFERENT'], ALL_READ, {
    referentOf: id.bourges,
    platformIds: [id.vierzon],
  });
  await owner(sql`insert into platform_referent (platform_id, user_id)
                  select ${id.vierzon}, id from app_user where email = 'both@si.test'`);
});
afterAll(() => t.close());

describe('what the feed holds', () => {
  it('starts with what existed: the directory, as CREATED, oldest first, each once', async () => {
    const { nodes } = await sync(key.bourges);
    const organisations = await owner<{ id: string }>(sql`select id from organisation`);
    expect(objectsOf(nodes, 'Organisation').sort()).toEqual(
      organisations.map((o) => entry('CREATED', 'Organisation', o.id)).sort(),
    );
    const at = nodes.map((n) => Date.parse(n.changedAt));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(new Set(nodes.map((n) => n.cursor)).size).toBe(nodes.length);
  });

  it('an import of a list gives one CREATED per new case, to the platform it was imported into only', async () => {
    const since = { bourges: await head(key.bourges), vierzon: await head(key.vierzon) };
    const referent = await t.login('referent@demo.test');
    const boundary = `----changes${randomBytes(8).toString('hex')}`;
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="campaign"\r\n\r\n2026-S2\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="siei.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      BOURGES_CSV,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/psad/platforms/${id.bourges}/imports`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${referent}` },
      payload: body,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    // The preview writes no case: nothing in the feed yet.
    expect((await page(key.bourges, { since: since.bourges })).nodes).toEqual([]);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/psad/imports/${uploaded.json<{ importId: string }>().importId}/confirm`,
      headers: { authorization: `Bearer ${referent}` },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const cases = await owner<{ id: string }>(sql`select id from psad_case where platform_id = ${id.bourges}`);
    expect(cases).toHaveLength(300);
    const { nodes } = await sync(key.bourges, since.bourges, 120);
    expect(objectsOf(nodes).sort()).toEqual(cases.map((c) => entry('CREATED', 'Case', c.id)).sort());
    // One transaction: one commit time.
    expect(new Set(nodes.map((n) => n.changedAt)).size).toBe(1);
    expect((await sync(key.vierzon, since.vierzon)).nodes).toEqual([]);
    id.importedCase = cases[0]!.id;
  });

  it('a change through the API is one UPDATED per case, whatever the statements it took', async () => {
    const since = await head(key.bourges);
    const referent = await t.login('referent@demo.test');
    const [c] = await owner<{ id: string; version: number }>(
      sql`select id, version from psad_case where id = ${id.importedCase}`,
    );
    const res = await t.gql(
      referent,
      `mutation($p: ID!, $c: ID!, $v: Int!, $o: ID!) { assignCases(platformId: $p, cases: [{ id: $c, version: $v }], organisationId: $o) { id } }`,
      { p: id.bourges, c: c!.id, v: c!.version, o: id.missionLocale },
    );
    expect(res.errors).toBeUndefined();
    const { nodes } = await sync(key.bourges, since);
    expect(objectsOf(nodes)).toEqual([entry('UPDATED', 'Case', c!.id)]);
    // The Mission Locale's system is told too: the case is now its counsellors'.
    expect(objectsOf((await sync(key.mission)).nodes, 'Case')).toEqual([entry('UPDATED', 'Case', c!.id)]);
  });

  it('a change rolled back to a savepoint is not told; changes after an early numbering are numbered too', async () => {
    const [a, b, c] = await Promise.all(
      ['ALPHA', 'BRAVO', 'CHARLIE'].map(
        async (lastName) =>
          (await createCase(t, id.bourges, { lastName, firstNames: 'Test', birthDate: '2009-05-01' })).caseId,
      ),
    );
    const since = await head(key.bourges);
    const bump = (caseId: string) => sql`update psad_case set version = version + 1 where id = ${caseId}`;
    await t.database.db.transaction(async (tx) => {
      await tx.execute(bump(a!));
      await tx
        .transaction(async (savepoint) => {
          await savepoint.execute(bump(b!));
          savepoint.rollback();
        })
        .catch(() => undefined);
      // Numbers what is pending now, then each statement as it ends, under the lock held to the commit.
      await tx.execute(sql`set constraints change_tx_commit immediate`);
      await tx.execute(bump(c!));
      await tx.execute(sql`update psad_case set version = version where false`);
    });
    expect(objectsOf((await sync(key.bourges, since)).nodes)).toEqual([
      entry('UPDATED', 'Case', a!),
      entry('UPDATED', 'Case', c!),
    ]);
    expect(await owner(sql`select txid from change_tx`)).toEqual([]);
  });

  it('never names a person: a change is its kind, its object type and id, its cursor and time', () => {
    const type = t.app.graphql.schema.getType('Change') as { getFields(): Record<string, unknown> };
    expect(Object.keys(type.getFields()).sort()).toEqual(['changedAt', 'cursor', 'kind', 'objectId', 'objectType']);
  });
});

describe('who is told of what', () => {
  it('a key without psad:cases:read is told of no case, and refused when it asks for them', async () => {
    const { nodes } = await sync(key.directory);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.objectType === 'Organisation')).toBe(true);
    const asked = await feed(key.directory, { types: ['Case'] });
    expect(asked.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const denied = await owner<{ details: { policy?: string } }>(
      sql`select details from audit_event where action = 'Query.changes' and outcome = 'DENIED' order by id desc limit 1`,
    );
    expect(denied[0]?.details.policy).toBe('api-key:psad:cases:read');
    // The same account's key that reads cases is told of them.
    expect((await sync(key.bourges, null, 1000, ['Case'])).nodes.length).toBeGreaterThan(0);
  });

  it("another platform's account is told of none of its cases' changes, deletions included", async () => {
    const since = { bourges: await head(key.bourges), vierzon: await head(key.vierzon) };
    const { caseId } = await createCase(t, id.bourges, {
      lastName: 'MARTIN',
      firstNames: 'Zoé',
      birthDate: '2009-02-03',
    });
    await owner(sql`update psad_case set version = version + 1 where id = ${caseId}`);
    await owner(sql`delete from psad_case where id = ${caseId}`);
    const { caseId: theirs } = await createCase(t, id.vierzon, {
      lastName: 'PETIT',
      firstNames: 'Noé',
      birthDate: '2009-04-05',
    });
    expect(objectsOf((await sync(key.bourges, since.bourges)).nodes, 'Case')).toEqual([
      entry('CREATED', 'Case', caseId),
      entry('UPDATED', 'Case', caseId),
      entry('DELETED', 'Case', caseId),
    ]);
    expect(objectsOf((await sync(key.vierzon, since.vierzon)).nodes, 'Case')).toEqual([
      entry('CREATED', 'Case', theirs),
    ]);
    // A referent of both platforms whose key acts for Vierzon only is told of Vierzon's cases only.
    const both = objectsOf((await sync(key.both)).nodes, 'Case');
    expect(both).toContain(entry('CREATED', 'Case', theirs));
    expect(both.filter((e) => e.endsWith(caseId) || e.endsWith(id.importedCase))).toEqual([]);
  });

  it("an organisation's account is told a case left it, then nothing more of it", async () => {
    const { caseId } = await createCase(
      t,
      id.bourges,
      { lastName: 'ROUX', firstNames: 'Inès', birthDate: '2008-06-07' },
      { status: 'AFFECTE', assignedOrganisationId: id.missionLocale, assignedAt: new Date() },
    );
    const since = await head(key.mission);
    await owner(
      sql`update psad_case set assigned_organisation_id = ${id.mlds}, version = version + 1 where id = ${caseId}`,
    );
    await owner(sql`update psad_case set version = version + 1 where id = ${caseId}`);
    expect(objectsOf((await sync(key.mission, since)).nodes, 'Case')).toEqual([entry('UPDATED', 'Case', caseId)]);
    // The platform's referents are told of all three: the case stays theirs.
    const referent = objectsOf((await sync(key.bourges)).nodes, 'Case').filter((e) => e.endsWith(caseId));
    expect(referent).toEqual([
      entry('CREATED', 'Case', caseId),
      entry('UPDATED', 'Case', caseId),
      entry('UPDATED', 'Case', caseId),
    ]);
  });

  it("a platform's account is told a case was transferred to another platform, which is told too", async () => {
    const { caseId } = await createCase(t, id.vierzon, {
      lastName: 'FAURE',
      firstNames: 'Tom',
      birthDate: '2008-08-08',
    });
    const since = { bourges: await head(key.bourges), vierzon: await head(key.vierzon) };
    await owner(sql`update psad_case set platform_id = ${id.bourges}, version = version + 1 where id = ${caseId}`);
    await owner(sql`update psad_case set version = version + 1 where id = ${caseId}`);
    expect(objectsOf((await sync(key.vierzon, since.vierzon)).nodes, 'Case')).toEqual([
      entry('UPDATED', 'Case', caseId),
    ]);
    expect(objectsOf((await sync(key.bourges, since.bourges)).nodes, 'Case')).toEqual([
      entry('UPDATED', 'Case', caseId),
      entry('UPDATED', 'Case', caseId),
    ]);
  });

  it(
    'every kind of reader is told of exactly what row-level security lets it read, page by page',
    { timeout: 90_000 },
    async () => {
      // The demo's people, each made a service account for the time of the test: a referent, counsellors, a
      // CAF officer, a CLAS holder, social workers, a CIO director, PsyEN, an IEN-IO… Their pages of the
      // feed (one branch per way of seeing, service.ts) are compared with row-level security's answer.
      const users = await owner<{ id: string; email: string }>(sql`
      select distinct u.id, u.email from app_user u join membership m on m.user_id = u.id
       where u.email like '%demo.test' and not ('ADMIN' = any(m.roles)) order by u.email`);
      expect(users.length).toBeGreaterThan(10);
      // An entry for each way of seeing: a case assigned to a partner, a CLAS project submitted to the CAF,
      // a person accompanied by a social worker (the demo's meetings are there already).
      await createCase(
        t,
        id.bourges,
        { lastName: 'LEROY', firstNames: 'Lina', birthDate: '2008-01-02' },
        { status: 'AFFECTE', assignedOrganisationId: id.missionLocale, assignedAt: new Date() },
      );
      const as = async (email: string, query: string, variables: Record<string, unknown>) =>
        t.gql(await t.login(email), query, variables);
      const holder = await ownerId(sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
      const project = ok(await as('porteur@demo.test', CLAS.create, { o: holder, c: content() }), 'createClasProject');
      ok(await as('porteur@demo.test', CLAS.submit, { id: project.id, v: project.version }), 'submitClasProject');
      const social = await ownerId(
        sql`select id from organisation where name = 'Service social départemental du Cher'`,
      );
      ok(
        await as('social@demo.test', PARCOURS.create, {
          p: personInput(),
          o: social,
          m: 'Accompagnement social global',
        }),
        'createAccompaniedPerson',
      );
      const memberships = await owner<{ id: string; roles: string[] }>(sql`
      update membership m set roles = m.roles || '{SERVICE_ACCOUNT}'::text[]
        from membership before
       where before.id = m.id and m.user_id = any(${`{${users.map((u) => u.id).join(',')}}`}::uuid[])
      returning m.id, before.roles`);
      try {
        const told = new Map<string, string>();
        for (const user of users) {
          const secret = await issueKey(t, user.id, ALL_READ);
          const actor = (await loadActor(t.database.db, user.id, 'api_key'))!;
          const visible = await withActorTx(t.database.db, actor, 'read', async (tx) =>
            (await tx.execute<{ id: string }>(sql`select c.id::text as id from change_log c order by c.id`)).rows.map(
              (r) => r.id,
            ),
          );
          const { nodes } = await sync(secret, null, 100);
          expect(
            nodes.map((n) => changeCursorId(n.cursor).toString()),
            user.email,
          ).toEqual(visible);
          for (const n of nodes) if (n.objectType !== 'Organisation') told.set(n.objectType, user.email);
        }
        // Every type is told to someone: the comparison covered each way of seeing that has entries.
        expect([...told.keys()].sort()).toEqual(['AccompaniedPerson', 'Case', 'ClasProject', 'Meeting']);
      } finally {
        for (const m of memberships)
          await owner(sql`update membership set roles = ${`{${m.roles.join(',')}}`}::text[] where id = ${m.id}`);
      }
    },
  );

  it('a person signed in with a token is refused: the feed is for service accounts', async () => {
    const res = await t.gql(await t.login('referent@demo.test'), FEED, {});
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('paging', () => {
  it('pages of `first` after the cursor give every change once, in order, as one read does', async () => {
    const all = (await sync(key.bourges)).nodes;
    expect(all.length).toBeGreaterThan(300);
    const paged = await sync(key.bourges, null, 7);
    expect(paged.nodes).toEqual(all);
    const ids = paged.nodes.map((n) => changeCursorId(n.cursor));
    expect(ids.every((v, i) => i === 0 || v > ids[i - 1]!)).toBe(true);
    // At the end: an empty page that gives the same cursor back.
    const end = await page(key.bourges, { since: paged.endCursor });
    expect(end).toEqual({ nodes: [], endCursor: paged.endCursor, hasMore: false });
    // From a change's own cursor: what follows it.
    const middle = all[100]!;
    expect((await page(key.bourges, { since: middle.cursor, first: 3 })).nodes).toEqual(all.slice(101, 104));
    // Types narrow the feed.
    const organisations = await sync(key.bourges, null, 50, ['Organisation']);
    expect(organisations.nodes).toEqual(all.filter((n) => n.objectType === 'Organisation'));
  });

  it("an empty feed gives a cursor to keep, the feed's head: the changes it is not told of are behind it", async () => {
    const none = await serviceAccount('none', 'CAF du Cher', [], ['psad:cases:read']);
    const { head } = (await owner<{ head: string }>(sql`select max(id)::text as head from change_log`))[0]!;
    expect(await page(none)).toEqual({ nodes: [], endCursor: changeCursor(BigInt(head)), hasMore: false });
  });

  it.each([
    ['a cursor that is not one', { since: 'pas-un-curseur' }, 'since'],
    ['a cursor of another list', { since: Buffer.from('["x",1]').toString('base64url') }, 'since'],
    ['a cursor past every id', { since: changeCursor(2n ** 63n) }, 'since'],
    ['a negative id', { since: Buffer.from('chg:-1').toString('base64url') }, 'since'],
    ['no type', { types: [] }, 'types'],
    ['a page of 0', { first: 0 }, 'first'],
    ['a page of 1001', { first: 1001 }, 'first'],
  ])('%s is BAD_USER_INPUT on its argument', async (_label, variables, field) => {
    const res = await feed(key.bourges, variables);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields?.map((f) => f.path)).toEqual([field]);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('commit order, on PostgreSQL', () => {
  it("runs without PostgreSQL's JIT, which spent 80 ms compiling each page of 2 ms", async () => {
    expect((await owner<{ jit: string }>(sql`select current_setting('jit') as jit`))[0]!.jit).toBe('off');
  });

  /** A transaction of the owner's pool that writes, then waits for `release` before it commits. */
  function heldOpen(write: SQL) {
    let release!: () => void;
    let wrote!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const done = t.database.db.transaction(async (tx) => {
      await tx.execute(write);
      wrote();
      await released;
    });
    return { written, release, done };
  }

  it('a transaction that started first and commits last is read after the one that committed before it', async () => {
    const a = await createCase(t, id.bourges, { lastName: 'AUBERT', firstNames: 'Léo', birthDate: '2009-01-01' });
    const b = await createCase(t, id.bourges, { lastName: 'BLANC', firstNames: 'Mia', birthDate: '2009-01-02' });
    const since = await head(key.bourges);
    const first = heldOpen(sql`update psad_case set version = version + 1 where id = ${a.caseId}`);
    await first.written;
    await t.database.db.execute(sql`update psad_case set version = version + 1 where id = ${b.caseId}`);
    const between = await sync(key.bourges, since);
    expect(objectsOf(between.nodes)).toEqual([entry('UPDATED', 'Case', b.caseId)]);
    first.release();
    await first.done;
    const after = await sync(key.bourges, between.endCursor);
    expect(objectsOf(after.nodes)).toEqual([entry('UPDATED', 'Case', a.caseId)]);
    // The reader that kept its cursor missed nothing; one that reads again from `since` sees both, in commit order.
    expect(objectsOf((await sync(key.bourges, since)).nodes)).toEqual([
      entry('UPDATED', 'Case', b.caseId),
      entry('UPDATED', 'Case', a.caseId),
    ]);
  });

  it('two clients syncing from an empty cursor while writes go on read every change once', async () => {
    const cases: string[] = [];
    for (let i = 0; i < 12; i++)
      cases.push(
        (await createCase(t, id.bourges, { lastName: `CONC${i}`, firstNames: 'Test', birthDate: '2009-03-01' })).caseId,
      );
    const start = await head(key.bourges);
    const WRITERS = 4;
    const ROUNDS = 15;
    let writing = true;
    // Each transaction changes one case, sleeping 0 to 30 ms before it commits: they overlap and commit
    // in another order than they started.
    const writers = Array.from({ length: WRITERS }, (_, w) =>
      (async () => {
        for (let r = 0; r < ROUNDS; r++) {
          const target = cases[(w * ROUNDS + r) % cases.length]!;
          await t.database.db.transaction(async (tx) => {
            await tx.execute(sql`update psad_case set version = version + 1 where id = ${target}`);
            await tx.execute(sql`select pg_sleep(${Math.random() * 0.03})`);
          });
        }
      })(),
    );
    const client = async () => {
      const seen: ChangeNode[] = [];
      let cursor: string | null = null;
      while (writing) {
        const p: ChangePage = await page(key.bourges, { since: cursor, first: 5 });
        seen.push(...p.nodes);
        cursor = p.endCursor;
        if (!p.hasMore) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const rest = await sync(key.bourges, cursor, 5);
      return [...seen, ...rest.nodes];
    };
    const clients = [client(), client()];
    await Promise.all(writers);
    writing = false;
    const [one, two] = await Promise.all(clients);
    const all = (await sync(key.bourges)).nodes;
    expect(one).toEqual(all);
    expect(two).toEqual(all);
    const written = (await sync(key.bourges, start)).nodes;
    expect(written).toHaveLength(WRITERS * ROUNDS);
    expect(written.every((n) => n.kind === 'UPDATED' && cases.includes(n.objectId))).toBe(true);
  });
});

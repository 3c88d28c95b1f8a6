import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../../modules/psad/cases/test-fixtures.js';

const WORKLIST = `query($p: ID!) { cases(platformId: $p, first: 50) { totalCount nodes { id youngPerson { lastName } assignedOrganisation { name } } } }`;

const CASE = `query($id: ID!) { case(id: $id) { id status youngPerson { lastName } platform { name } assignedOrganisation { name } contactAttempts { channel } } }`;

async function worklist(t: TestApp, token: string, platformId: string) {
  return t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${token}` },
    payload: { query: WORKLIST, variables: { p: platformId } },
  });
}

describe('BENCH_COUNT_SQL', () => {
  let on: TestApp;
  let off: TestApp;
  beforeAll(async () => {
    [on, off] = await Promise.all([createTestApp({ BENCH_COUNT_SQL: 'on' }), createTestApp()]);
  });
  afterAll(async () => {
    await Promise.all([on?.close(), off?.close()]);
  });

  it('returns the statements of each request in x-sql-statements when on', async () => {
    const token = await on.login('referent@demo.test');
    const platform = await ownerId(on, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    const res = await worklist(on, token, platform);
    expect(res.statusCode).toBe(200);
    expect(res.json().errors).toBeUndefined();
    const total = Number(res.headers['x-sql-statements']);
    const overhead = Number(res.headers['x-sql-statements-overhead']);
    // At least the transaction, the actor's role and one read of the cases.
    expect(overhead).toBeGreaterThanOrEqual(3);
    expect(total).toBeGreaterThan(overhead);

    // Requests running at the same time each count their own statements only.
    const parallel = await Promise.all(Array.from({ length: 4 }, () => worklist(on, token, platform)));
    expect(parallel.map((r) => Number(r.headers['x-sql-statements']))).toEqual([total, total, total, total]);

    // REST routes too (the login's own statements).
    const login = await on.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'referent@demo.test', password: 'nope-nope-nope' },
    });
    expect(Number(login.headers['x-sql-statements'])).toBeGreaterThan(0);
  });

  it('reads a case by id with its young person, platform and partner in one statement, its audit event written after its commit', async () => {
    const token = await on.login('referent@demo.test');
    const platform = await ownerId(on, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    const { caseId } = await createCase(on, platform, {
      lastName: 'Roux',
      firstNames: 'Elio',
      birthDate: '2009-02-03',
    });
    const read = () =>
      on.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        payload: { query: CASE, variables: { id: caseId } },
      });
    await read();
    // The second one: its actor is remembered (core/auth/recent-actors.ts) and checked with its BEGIN.
    const res = await read();
    const body = res.json<{
      data: { case: { youngPerson: unknown; platform: unknown; contactAttempts: unknown[] } };
    }>();
    expect(body.data.case.youngPerson).toBeTruthy();
    expect(body.data.case.platform).toBeTruthy();
    expect(body.data.case.contactAttempts).toEqual([]);
    const total = Number(res.headers['x-sql-statements']);
    const overhead = Number(res.headers['x-sql-statements-overhead']);
    // The actor's memberships, the case with what it shows, its audit event.
    expect(total - overhead).toBe(3);
    // PostgreSQL: BEGIN + memberships + settings, the case, the COMMIT of a read that wrote nothing, and
    // the audit event (core/audit-batch.ts: alone here, shared by concurrent reads). PGlite sends each alone.
    if (on.database.kind === 'postgres') expect(Number(res.headers['x-sql-round-trips'])).toBe(4);
    else expect(Number(res.headers['x-sql-round-trips'])).toBeGreaterThan(4);
    const [audit] = await ownerRows<{ n: number }>(
      on,
      sql`select count(*)::int as n from audit_event where action = 'case.read' and subject_id = ${caseId}`,
    );
    expect(audit?.n).toBe(2);
  });

  it('sends no such header when off (the default)', async () => {
    const token = await off.login('referent@demo.test');
    const platform = await ownerId(off, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    const res = await worklist(off, token, platform);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-sql-statements']).toBeUndefined();
    expect(res.headers['x-sql-statements-overhead']).toBeUndefined();
  });
});

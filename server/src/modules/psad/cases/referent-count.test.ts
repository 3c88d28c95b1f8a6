import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, ownerId } from './test-fixtures.js';

/**
 * referentCasesCount: the home page's « À traiter », one count across all the platforms the caller is
 * referent of, under the worklist's rules (a platform counts only for its referents).
 */
let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

const Q = {
  count: `query($f: CaseFilter) { referentCasesCount(filter: $f) }`,
  list: `query($p: ID!, $f: CaseFilter) { cases(platformId: $p, filter: $f, first: 1) { totalCount } }`,
};
const WAITING = { status: ['A_TRAITER'] };

const countAs = async (email: string, filter: unknown = WAITING) => {
  const res = await t.gql(tok[email]!, Q.count, { f: filter });
  expect(res.errors, email).toBeUndefined();
  return res.data.referentCasesCount;
};
const listed = async (email: string, platformId: string, filter: unknown = WAITING) => {
  const res = await t.gql(tok[email]!, Q.list, { p: platformId, f: filter });
  expect(res.errors, email).toBeUndefined();
  return res.data.cases.totalCount;
};

beforeAll(async () => {
  t = await createTestApp();
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.referent = await ownerId(t, sql`select id from app_user where email = 'referent@demo.test'`);
  // One waiting case in Bourges, whatever the demo holds.
  await createCase(t, id.bourges, { lastName: 'Berruyer', firstNames: 'Anne', birthDate: '2008-07-08' });
  // Two waiting cases and one assigned in Vierzon, so that its count is known and not zero.
  await createCase(t, id.vierzon, { lastName: 'Vierzonnais', firstNames: 'Paul', birthDate: '2008-01-02' });
  await createCase(t, id.vierzon, { lastName: 'Vierzonnaise', firstNames: 'Paule', birthDate: '2008-03-04' });
  await createCase(
    t,
    id.vierzon,
    { lastName: 'Suivi', firstNames: 'Hugo', birthDate: '2008-05-06' },
    { status: 'AFFECTE' },
  );
  for (const w of ['referent@demo.test', 'referent.vierzon@demo.test', 'conseiller@demo.test', 'admin@demo.test'])
    tok[w] = await t.login(w);
});
afterAll(() => t.close());

describe('referentCasesCount', () => {
  it('counts the cases of the referent’s only platform, as its worklist does', async () => {
    const bourges = await listed('referent@demo.test', id.bourges!);
    expect(bourges).toBeGreaterThan(0);
    expect(await countAs('referent@demo.test')).toBe(bourges);
    expect(await countAs('referent.vierzon@demo.test')).toBe(2);
    expect(await countAs('referent.vierzon@demo.test', null)).toBe(3);
  });

  it('sums the platforms of a referent of several, in one count', async () => {
    const bourges = await listed('referent@demo.test', id.bourges!);
    await t.database.db.execute(
      sql`insert into platform_referent (platform_id, user_id) values (${id.vierzon}, ${id.referent})`,
    );
    try {
      const vierzon = await listed('referent@demo.test', id.vierzon!);
      expect(vierzon).toBe(2);
      expect(await countAs('referent@demo.test')).toBe(bourges + vierzon);
      // The other filters apply as on the worklist.
      expect(await countAs('referent@demo.test', { search: 'vierzonnais' })).toBe(2);
    } finally {
      await t.database.db.execute(
        sql`delete from platform_referent where platform_id = ${id.vierzon} and user_id = ${id.referent}`,
      );
    }
    // No longer referent of Vierzon: its cases no longer count.
    expect(await countAs('referent@demo.test')).toBe(bourges);
  });

  it('refuses a caller who is no referent, and names a bad filter', async () => {
    for (const email of ['conseiller@demo.test', 'admin@demo.test']) {
      const res = await t.gql(tok[email]!, Q.count, { f: WAITING });
      expect(res.errors?.[0]?.extensions.code, email).toBe('FORBIDDEN');
    }
    const bad = await t.gql(tok['referent@demo.test']!, Q.count, { f: { daysWithoutContact: -1 } });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.fields?.map((f) => f.path)).toEqual(['filter.daysWithoutContact']);
  });
});

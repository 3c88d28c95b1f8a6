import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, createCounsellor, ownerId } from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

const Q = {
  counsellors: `query($p: ID!, $o: ID!) { partnerCounsellors(platformId: $p, organisationId: $o) { id displayName } }`,
  assign: `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!, $u: ID) { assignCases(platformId: $p, cases: $cases, organisationId: $o, counsellorId: $u) { id assignedCounsellor { displayName } } }`,
  case: `query($id: ID!) { case(id: $id) { id status assignedOrganisation { name } assignedCounsellor { displayName } } }`,
};
const code = (res: { errors?: { extensions: { code: string; fields?: { path: string }[] } }[] }) =>
  res.errors?.[0]?.extensions.code;

beforeAll(async () => {
  t = await createTestApp();
  for (const w of ['referent@demo.test', 'conseiller@demo.test', 'referent.vierzon@demo.test'])
    tok[w] = await t.login(w);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.caf = await ownerId(t, sql`select id from organisation where name = 'CAF du Cher'`);
  id.claire = await ownerId(t, sql`select id from app_user where email = 'conseiller@demo.test'`);
  // Two more users of the Mission Locale: one inactive (left out), one without COUNSELLOR (left out).
  const gone = await createCounsellor(t, 'parti@demo.test', 'Mission Locale de Bourges');
  await t.database.db.execute(
    sql`update app_user set active = false, display_name = 'Albert Parti' where id = ${gone}`,
  );
  const clerk = await createCounsellor(t, 'accueil@demo.test', 'Mission Locale de Bourges');
  await t.database.db.execute(sql`update membership set roles = array['VIEWER'] where user_id = ${clerk}`);
  // A second active counsellor whose name sorts first.
  const anne = await createCounsellor(t, 'anne@demo.test', 'Mission Locale de Bourges');
  await t.database.db.execute(sql`update app_user set display_name = 'Anne Aubert' where id = ${anne}`);
  id.anne = anne;
  id.case1 = (
    await createCase(t, id.bourges, { lastName: 'Martin', firstNames: 'Léa', birthDate: '2007-02-03' })
  ).caseId;
});
afterAll(() => t.close());

describe('partnerCounsellors', () => {
  it("lists a partner's active counsellors to the platform's referent, by name", async () => {
    const res = await t.gql(tok['referent@demo.test']!, Q.counsellors, { p: id.bourges, o: id.ml });
    expect(res.errors).toBeUndefined();
    expect(res.data.partnerCounsellors).toEqual([
      { id: id.anne, displayName: 'Anne Aubert' },
      { id: id.claire, displayName: 'Claire Conseillère' },
    ]);
  });

  it('refuses an organisation that is not a partner of the platform, naming the field', async () => {
    const res = await t.gql(tok['referent@demo.test']!, Q.counsellors, { p: id.bourges, o: id.caf });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('organisationId');
  });

  it("refuses another platform's referent and counsellors", async () => {
    expect(code(await t.gql(tok['referent@demo.test']!, Q.counsellors, { p: id.vierzon, o: id.ml }))).toBe('FORBIDDEN');
    expect(code(await t.gql(tok['referent.vierzon@demo.test']!, Q.counsellors, { p: id.bourges, o: id.ml }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(tok['conseiller@demo.test']!, Q.counsellors, { p: id.bourges, o: id.ml }))).toBe(
      'FORBIDDEN',
    );
  });

  it('a listed counsellor can be named on assignment, and the case shows their name', async () => {
    const res = await t.gql(tok['referent@demo.test']!, Q.assign, {
      p: id.bourges,
      cases: [{ id: id.case1, version: 1 }],
      o: id.ml,
      u: id.claire,
    });
    expect(res.errors).toBeUndefined();
    const read = await t.gql(tok['referent@demo.test']!, Q.case, { id: id.case1 });
    expect(read.data.case).toMatchObject({
      status: 'AFFECTE',
      assignedOrganisation: { name: 'Mission Locale de Bourges' },
      assignedCounsellor: { displayName: 'Claire Conseillère' },
    });
    const seen = await t.gql(tok['conseiller@demo.test']!, Q.case, { id: id.case1 });
    expect(seen.data.case.assignedCounsellor).toEqual({ displayName: 'Claire Conseillère' });
  });
});

describe('« mes suivis »: the assigned cases naming the counsellor', () => {
  const ASSIGNED = `query($f: CaseFilter, $first: Int, $offset: Int) { assignedCases(filter: $f, first: $first, offset: $offset) { totalCount nodes { id } } }`;
  it("filters the organisation's cases down to those naming the caller", async () => {
    const anneTok = await t.login('anne@demo.test');
    // Three more cases for the Mission Locale: one for Anne, one for no one, one for Claire.
    const more: string[] = [];
    for (const [lastName, counsellor] of [
      ['Bernard', id.anne],
      ['Colin', null],
      ['Durand', id.claire],
    ] as const) {
      const caseId = (await createCase(t, id.bourges!, { lastName, firstNames: 'Test', birthDate: '2007-02-03' }))
        .caseId;
      const res = await t.gql(tok['referent@demo.test']!, Q.assign, {
        p: id.bourges,
        cases: [{ id: caseId, version: 1 }],
        o: id.ml,
        u: counsellor,
      });
      expect(res.errors).toBeUndefined();
      more.push(caseId);
    }
    const ids = async (token: string, f: Record<string, unknown> | null) => {
      const res = await t.gql(token, ASSIGNED, { f });
      expect(res.errors).toBeUndefined();
      return {
        total: res.data.assignedCases.totalCount,
        ids: res.data.assignedCases.nodes.map((n) => n.id).sort(),
      };
    };
    const all = [id.case1!, ...more].sort();
    expect(await ids(tok['conseiller@demo.test']!, null)).toEqual({ total: 4, ids: all });
    expect(await ids(tok['conseiller@demo.test']!, { assignedToMe: false })).toEqual({ total: 4, ids: all });
    expect(await ids(tok['conseiller@demo.test']!, { assignedToMe: true })).toEqual({
      total: 2,
      ids: [id.case1!, more[2]!].sort(),
    });
    expect(await ids(anneTok, { assignedToMe: true })).toEqual({ total: 1, ids: [more[0]!] });
    // Combined with another filter, and with a page jump.
    expect(await ids(tok['conseiller@demo.test']!, { assignedToMe: true, search: 'durand' })).toEqual({
      total: 1,
      ids: [more[2]!],
    });
    const jumped = await t.gql(tok['conseiller@demo.test']!, ASSIGNED, {
      f: { assignedToMe: true },
      first: 1,
      offset: 1,
    });
    expect(jumped.data.assignedCases.nodes).toHaveLength(1);
    expect(jumped.data.assignedCases.totalCount).toBe(2);
    // A referent names no counsellor of their own: « assigned to me » is empty for them.
    const referent = await t.gql(
      tok['referent@demo.test']!,
      `query($p: ID!) { cases(platformId: $p, filter: { assignedToMe: true }) { totalCount } }`,
      { p: id.bourges },
    );
    expect(referent.data.cases.totalCount).toBe(0);
  });
});

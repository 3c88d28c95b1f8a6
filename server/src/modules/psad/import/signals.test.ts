import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type GqlResult } from '../../../../test/harness.js';

let t: TestApp;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const one = async (q: SQL) => (await owner<{ v: unknown }>(q))[0]!.v;
const count = async (q: SQL) => Number(await one(q));

const SIGNAL = 'mutation($input: SignalInput!) { signalYoungPerson(input: $input) { caseId matched } }';

async function snapshot() {
  const out: Record<string, string> = {};
  for (const table of ['young_person', 'psad_case', 'case_event']) {
    const [row] = await owner<{ n: number; h: string }>(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`,
      ),
    );
    out[table] = `${row!.n}:${row!.h}`;
  }
  return out;
}

const auditOf = (requestId: string) =>
  owner<{ action: string; outcome: string; subject_type: string | null; details: Record<string, unknown> | null }>(
    sql`select action, outcome, subject_type, details from audit_event where request_id = ${requestId} order by id`,
  );

const CONSEILLER = 'conseiller@demo.test';
const REF = 'referent@demo.test';
let person: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestApp();
  ids.bourges = String(await one(sql`select id as v from platform where name = 'PSAD du bassin de Bourges'`));
  ids.vierzon = String(await one(sql`select id as v from platform where name = 'PSAD du bassin de Vierzon'`));
  ids.conseiller = String(await one(sql`select id as v from app_user where email = ${CONSEILLER}`));
  for (const email of [CONSEILLER, REF, 'referent.vierzon@demo.test', 'admin@demo.test'])
    tokens[email] = await t.login(email);
  person = {
    platformId: ids.bourges,
    sourceKind: 'MISSION_LOCALE',
    lastName: 'Bérenger',
    firstNames: 'Léa Marie',
    birthDate: '2009-03-14',
    commune: 'Bourges',
    comment: 'Venue à la permanence',
  };
});
afterAll(() => t.close());

describe('signalling a young person', () => {
  it('a partner counsellor signals someone new: a young person, a case A_TRAITER (source SIGNAL), its CREATED event; no case id back', async () => {
    const before = await count(sql`select count(*) as v from young_person where platform_id = ${ids.bourges}`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${tokens[CONSEILLER]}` },
      payload: { query: SIGNAL, variables: { input: person } },
    });
    const body = res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.signalYoungPerson).toEqual({ matched: false, caseId: null });
    expect(await count(sql`select count(*) as v from young_person where platform_id = ${ids.bourges}`)).toBe(
      before + 1,
    );
    const [c] = await owner<{
      id: string;
      status: string;
      source: string;
      signal_source: string;
      episode: number;
      last_name: string;
      commune: string;
      match_key: string;
    }>(
      sql`select c.id, c.status, c.source, c.signal_source, c.episode, y.last_name, y.commune, y.match_key from psad_case c join young_person y on y.id = c.young_person_id where y.match_key like 'berenger|%'`,
    );
    expect(c).toMatchObject({
      status: 'A_TRAITER',
      source: 'SIGNAL',
      signal_source: 'MISSION_LOCALE',
      episode: 1,
      last_name: 'BÉRENGER',
      commune: 'Bourges',
      match_key: 'berenger|lea|2009-03-14',
    });
    ids.case = c!.id;
    expect(await owner(sql`select kind, actor_id from case_event where case_id = ${c!.id}`)).toEqual([
      { kind: 'CREATED', actor_id: ids.conseiller },
    ]);
    const events = await auditOf(res.headers['x-request-id'] as string);
    expect(events).toEqual([
      {
        action: 'psad.signal',
        outcome: 'SUCCESS',
        subject_type: 'psad_case',
        details: { platformId: ids.bourges, sourceKind: 'MISSION_LOCALE', matched: false, caseOpened: true },
      },
    ]);
    // The counsellor cannot read the case afterwards (not assigned to their organisation).
    expect(await t.gql(tokens[CONSEILLER]!, '{ platforms { id } }')).toBeTruthy();
  });

  it('signalled again (other spelling, other source): matched, contact updated, never duplicated, the signal on the timeline', async () => {
    const res = await t.gql(tokens[CONSEILLER]!, SIGNAL, {
      input: {
        ...person,
        lastName: '  berenger ',
        firstNames: 'LEA',
        sourceKind: 'EPLE',
        phone: '0612345678',
        comment: null,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.signalYoungPerson).toEqual({ matched: true, caseId: null });
    expect(await count(sql`select count(*) as v from young_person where match_key = 'berenger|lea|2009-03-14'`)).toBe(
      1,
    );
    expect(
      await count(
        sql`select count(*) as v from psad_case c join young_person y on y.id = c.young_person_id where y.match_key = 'berenger|lea|2009-03-14'`,
      ),
    ).toBe(1);
    expect(await one(sql`select phone as v from young_person where match_key = 'berenger|lea|2009-03-14'`)).toBe(
      '0612345678',
    );
    expect(
      await owner(sql`select kind, data from case_event where case_id = ${ids.case} order by occurred_at, kind`),
    ).toEqual([
      { kind: 'CREATED', data: { source: 'SIGNAL', signalSource: 'MISSION_LOCALE', comment: 'Venue à la permanence' } },
      { kind: 'SIGNALED', data: { signalSource: 'EPLE' } },
    ]);
  });

  it('a referent of the platform gets the case id back', async () => {
    const res = await t.gql(tokens[REF]!, SIGNAL, { input: { ...person, sourceKind: 'AUTRE' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.signalYoungPerson).toEqual({ matched: true, caseId: ids.case });
  });

  it('matches on the INE whatever the name, and reopens a new episode when the case was closed', async () => {
    const withIne = { ...person, lastName: 'Durand', firstNames: 'Noé', birthDate: '2008-06-01', ine: '1234567890a' };
    const first = await t.gql(tokens[REF]!, SIGNAL, { input: withIne });
    expect(first.data.signalYoungPerson.matched).toBe(false);
    const caseId = first.data.signalYoungPerson.caseId;
    await owner(
      sql`update psad_case set status = 'CLOS', close_outcome = 'REFUS', closed_at = now() where id = ${caseId}`,
    );
    const again = await t.gql(tokens[CONSEILLER]!, SIGNAL, {
      input: { ...withIne, lastName: 'Durand-Martin', firstNames: 'Noah', birthDate: '2008-06-02', ine: '1234567890A' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data.signalYoungPerson).toEqual({ matched: true, caseId: null });
    expect(
      await owner(
        sql`select c.episode, c.status, c.source from psad_case c join young_person y on y.id = c.young_person_id where y.ine = '1234567890A' order by c.episode`,
      ),
    ).toEqual([
      { episode: 1, status: 'CLOS', source: 'SIGNAL' },
      { episode: 2, status: 'A_TRAITER', source: 'SIGNAL' },
    ]);
    expect(await count(sql`select count(*) as v from young_person where ine = '1234567890A'`)).toBe(1);
  });
});

describe('refusals', () => {
  it.each([
    ['conseiller@demo.test', 'vierzon'],
    ['referent.vierzon@demo.test', 'bourges'],
    ['admin@demo.test', 'bourges'],
  ])('%s is no partner of %s: FORBIDDEN, audited, nothing written', async (email, platform) => {
    const before = await snapshot();
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${tokens[email]}` },
      payload: { query: SIGNAL, variables: { input: { ...person, platformId: ids[platform] } } },
    });
    expect(res.json<GqlResult>().errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(await auditOf(res.json<GqlResult>().errors![0]!.extensions.requestId)).toEqual([
      {
        action: 'Mutation.signalYoungPerson',
        outcome: 'DENIED',
        subject_type: 'platform',
        details: { policy: 'psad-partner' },
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    const res = await t.gql(null, SIGNAL, { input: person });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['input.lastName', { lastName: ' ' }],
    ['input.firstNames', { firstNames: '' }],
    ['input.birthDate', { birthDate: '14/03/2009' }],
    ['input.birthDate', { birthDate: new Date(Date.now() - 15 * 365.25 * 864e5).toISOString().slice(0, 10) }],
    ['input.birthDate', { birthDate: '2099-01-01' }],
    ['input.ine', { ine: '123' }],
    ['input.email', { email: 'pas-une-adresse' }],
    // The limits a SIEI list keeps too (psad.YOUNG_PERSON_MAX).
    ['input.lastName', { lastName: 'B'.repeat(101) }],
    ['input.address', { address: 'a'.repeat(301) }],
    ['input.email', { email: `${'e'.repeat(64)}@${'d'.repeat(187)}.fr` }],
    ['input.platformId', { platformId: 'pas-un-id' }],
    ['input.platformId', { platformId: '00000000-0000-4000-8000-000000000000' }],
  ])('bad input names %s, nothing written', async (path, patch) => {
    const before = await snapshot();
    const res = await t.gql(tokens[CONSEILLER]!, SIGNAL, { input: { ...person, ...patch } });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields?.map((f) => f.path)).toContain(path);
    expect(await snapshot()).toEqual(before);
  });
});

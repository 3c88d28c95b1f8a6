import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../modules/psad/cases/test-fixtures.js';
import { M, personInput } from '../modules/parcours/test-fixtures.js';
import { loadConfig } from './config.js';
import { FANOUT_JOB } from '../modules/notifications/events.js';
import { purgePastReadBudget } from './list-reads.js';

/**
 * Lists of people (issue 15, finding 3): every page is audited with the ids it showed, and a user may
 * see so many distinct people an hour (READ_BUDGET_PER_HOUR, per role); past it the page is refused
 * with 429 and administrators are alerted. Budgets are small here: referents 8, counsellors 4.
 */
let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const cases: { caseId: string; personId: string }[] = [];

const Q = {
  worklist: `query($p: ID!, $f: CaseFilter, $first: Int, $after: String) {
    cases(platformId: $p, filter: $f, first: $first, after: $after) {
      totalCount nodes { id youngPerson { id lastName } } pageInfo { endCursor }
    }
  }`,
  count: `query($p: ID!, $f: CaseFilter) { cases(platformId: $p, filter: $f, first: 1) { totalCount } }`,
  assigned: `query($first: Int) { assignedCases(first: $first) { nodes { id } } }`,
  persons: `query($s: String) { accompaniedPersons(search: $s, first: 50) { nodes { id } } }`,
  audit: `query($f: AuditFilter) { auditEvents(filter: $f, first: 50) { nodes { action outcome subjectType subjectId recordType recordCount recordIds details } } }`,
};
const READERS = { status: ['A_TRAITER'], search: 'Lecteur' };

const page = (email: string, first: number, after?: string | null, filter: unknown = READERS) =>
  t.gql<{ cases: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(tok[email]!, Q.worklist, {
    p: id.bourges,
    f: filter,
    first,
    after,
  });

/** The events of one action, newest first, as the owner reads them. */
const events = (action: string) =>
  ownerRows<{
    actor_id: string;
    outcome: string;
    subject_type: string | null;
    subject_id: string | null;
    details: Record<string, unknown>;
    record_type: string | null;
    record_ids: string[] | null;
  }>(
    t,
    sql`select actor_id, outcome, subject_type, subject_id, details, record_type, record_ids::text[] as record_ids
        from audit_event where action = ${action} order by id desc`,
  );
const budgetRows = async (userId: string) =>
  (await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from read_budget where user_id = ${userId}`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp({ READ_BUDGET_PER_HOUR: 'PSAD_REFERENT=8,COUNSELLOR=4' });
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.referent = await ownerId(t, sql`select id from app_user where email = 'referent@demo.test'`);
  id.vierzon = await ownerId(t, sql`select id from app_user where email = 'referent.vierzon@demo.test'`);
  id.counsellor = await ownerId(t, sql`select id from app_user where email = 'conseiller@demo.test'`);
  id.admin = await ownerId(t, sql`select id from app_user where email = 'admin@demo.test'`);
  for (let i = 0; i < 10; i++) {
    cases.push(
      await createCase(t, id.bourges, {
        lastName: `Lecteur${String.fromCharCode(65 + i)}`,
        firstNames: 'Léa',
        birthDate: `2008-01-${String(10 + i)}`,
      }),
    );
  }
  for (const w of ['referent@demo.test', 'referent.vierzon@demo.test', 'conseiller@demo.test', 'social@demo.test'])
    tok[w] = await t.login(w);
  tok.admin = await t.login('admin@demo.test');
});
afterAll(() => t.close());

describe('a page of a list of people', () => {
  it('is audited: who, which list and filter, how many rows, the ids shown; never the search text', async () => {
    const res = await page('referent@demo.test', 3);
    expect(res.errors).toBeUndefined();
    const shown = res.data.cases.nodes.map((n) => n.id);
    expect(shown).toHaveLength(3);
    const [event] = await events('case.list');
    expect(event).toMatchObject({
      actor_id: id.referent,
      outcome: 'SUCCESS',
      subject_type: 'platform',
      subject_id: id.bourges,
      record_type: 'psad_case',
      record_ids: shown,
      details: { rows: 3, filter: { status: ['A_TRAITER'], search: true, orderBy: 'NAME' } },
    });
    expect(JSON.stringify(event)).not.toMatch(/Lecteur/i);
  });

  it('shows the administrator, for a case, the list pages that showed it', async () => {
    const shown = (await page('referent@demo.test', 2)).data.cases.nodes.map((n) => n.id);
    const res = await t.gql<{ auditEvents: { nodes: { action: string; recordIds: string[]; recordCount: number }[] } }>(
      tok.admin!,
      Q.audit,
      { f: { subjectType: 'psad_case', subjectId: shown[1] } },
    );
    expect(res.errors).toBeUndefined();
    const reads = res.data.auditEvents.nodes.filter((n) => n.action === 'case.list');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((n) => n.recordIds.includes(shown[1]!) && n.recordCount === n.recordIds.length)).toBe(true);
  });

  it('a count alone shows nobody: neither audited nor counted (the home page asks for counts)', async () => {
    const before = { events: (await events('case.list')).length, budget: await budgetRows(id.referent!) };
    const counted = await t.gql<{ cases: { totalCount: number } }>(
      tok['referent@demo.test']!,
      `query($p: ID!, $f: CaseFilter) { cases(platformId: $p, filter: $f, first: 5) { totalCount ...More } }
       fragment More on CaseConnection { pageInfo { hasNextPage } }`,
      { p: id.bourges, f: READERS },
    );
    expect(counted.data.cases.totalCount).toBe(10);
    expect({ events: (await events('case.list')).length, budget: await budgetRows(id.referent!) }).toEqual(before);
    // Nodes asked through a fragment are a read like any other.
    const viaFragment = await t.gql(
      tok['referent@demo.test']!,
      `query($p: ID!, $f: CaseFilter) { cases(platformId: $p, filter: $f, first: 1) { ...Nodes } }
       fragment Nodes on CaseConnection { nodes { id } }`,
      { p: id.bourges, f: READERS },
    );
    expect(viaFragment.errors).toBeUndefined();
    expect((await events('case.list')).length).toBe(before.events + 1);
  });

  it('counts the people shown, each once an hour: paging back over them costs nothing', async () => {
    const before = await budgetRows(id.referent!);
    expect(before).toBe(3);
    for (let i = 0; i < 3; i++) expect((await page('referent@demo.test', 3)).errors).toBeUndefined();
    expect(await budgetRows(id.referent!)).toBe(3);
  });

  it('past the budget: 429 with Retry-After, nothing recorded of the page, the administrators alerted', async () => {
    // 3 seen; 5 more fit the budget of 8 exactly.
    const second = await page(
      'referent@demo.test',
      5,
      (await page('referent@demo.test', 3)).data.cases.pageInfo.endCursor,
    );
    expect(second.errors).toBeUndefined();
    expect(await budgetRows(id.referent!)).toBe(8);
    const listReads = (await events('case.list')).length;

    const refused = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${tok['referent@demo.test']}` },
      payload: { query: Q.worklist, variables: { p: id.bourges, f: READERS, first: 10 } },
    });
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const body = refused.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
    expect(body.errors[0].message).toMatch(/limite de 8 personnes consultées par heure/);
    expect(JSON.stringify(body)).not.toMatch(/Lecteur/);

    expect(await budgetRows(id.referent!)).toBe(8);
    expect(await events('case.list')).toHaveLength(listReads);
    const [alert] = await events('read_budget.exceeded');
    expect(alert).toMatchObject({
      actor_id: id.referent,
      outcome: 'DENIED',
      subject_type: 'platform',
      subject_id: id.bourges,
      details: { policy: 'read-budget', list: 'case.list', budget: 8, wanted: 10 },
    });
    // The administrators' alerts (their home page counts them) include it.
    const alerts = await t.gql<{ auditEvents: { nodes: { action: string; outcome: string }[] } }>(tok.admin!, Q.audit, {
      f: { alerts: true },
    });
    expect(alerts.data.auditEvents.nodes).toEqual([
      expect.objectContaining({ action: 'read_budget.exceeded', outcome: 'DENIED' }),
    ]);
    // And a security notice reaches them, once an hour per user: retrying does not flood them.
    const again = await page('referent@demo.test', 10);
    expect(again.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(await events('read_budget.exceeded')).toHaveLength(2);
    while ((await t.app.services.jobs.drain([FANOUT_JOB])) > 0);
    const notices = await ownerRows<{ user_id: string; link: string }>(
      t,
      sql`select user_id, link from notification where kind = 'SECURITY_READ_BUDGET_EXCEEDED'`,
    );
    expect(notices).toEqual([{ user_id: id.admin, link: `/admin/utilisateurs/${id.referent}` }]);
  });

  it('past the budget, the people already seen and the counts are still served; other users are not held', async () => {
    expect((await page('referent@demo.test', 8)).errors).toBeUndefined();
    const counted = await t.gql<{ cases: { totalCount: number } }>(tok['referent@demo.test']!, Q.count, {
      p: id.bourges,
      f: READERS,
    });
    expect(counted.data.cases.totalCount).toBe(10);
    expect(await budgetRows(id.vierzon!)).toBe(0);
    // Another referent's budget is theirs (and another platform's list is still refused as before).
    const other = await page('referent.vierzon@demo.test', 10);
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('slides: people read more than an hour ago no longer count', async () => {
    await t.database.db.execute(
      sql`update read_budget set read_at = now() - interval '61 minutes' where user_id = ${id.referent}`,
    );
    const res = await page('referent@demo.test', 7);
    expect(res.errors).toBeUndefined();
    expect(res.data.cases.nodes).toHaveLength(7);
    expect(await purgePastReadBudget(t.database.db)).toBe(8);
    expect(await budgetRows(id.referent!)).toBe(7);
  });
});

describe('the other lists of people', () => {
  it('a counsellor’s cases: audited, and limited by the counsellors’ budget', async () => {
    await t.database.db.execute(
      sql`update psad_case set status = 'AFFECTE', assigned_organisation_id = ${id.ml}, assigned_at = now()
          where id in (${sql.join(
            cases.map((c) => sql`${c.caseId}`),
            sql`, `,
          )})`,
    );
    const assignedCount = (
      await ownerRows<{ n: number }>(
        t,
        sql`select count(*)::int as n from psad_case where assigned_organisation_id = ${id.ml} and status <> 'CLOS'`,
      )
    )[0]!.n;
    expect(assignedCount).toBeGreaterThan(4);
    const small = await t.gql<{ assignedCases: { nodes: { id: string }[] } }>(
      tok['conseiller@demo.test']!,
      Q.assigned,
      { first: 4 },
    );
    expect(small.errors).toBeUndefined();
    const [event] = await events('case.list_assigned');
    expect(event).toMatchObject({
      actor_id: id.counsellor,
      subject_type: null,
      record_type: 'psad_case',
      record_ids: small.data.assignedCases.nodes.map((n) => n.id),
      details: { rows: 4 },
    });
    const more = await t.gql(tok['conseiller@demo.test']!, Q.assigned, { first: 5 });
    expect(more.status).toBe(429);
    expect(more.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await events('read_budget.exceeded'))[0]).toMatchObject({
      actor_id: id.counsellor,
      details: { list: 'case.list_assigned', budget: 4, wanted: 5 },
    });
  });

  it('the people a social worker accompanies: audited with their ids (default budget 500)', async () => {
    const organisationId = await ownerId(
      t,
      sql`select id from organisation where name = 'Service social départemental du Cher'`,
    );
    const created = await t.gql<{ createAccompaniedPerson: { id: string } }>(tok['social@demo.test']!, M.create, {
      p: personInput({ lastName: 'Listée', email: null }),
      o: organisationId,
      m: 'Accompagnement',
    });
    expect(created.errors).toBeUndefined();
    const res = await t.gql<{ accompaniedPersons: { nodes: { id: string }[] } }>(tok['social@demo.test']!, Q.persons, {
      s: 'Listée',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.accompaniedPersons.nodes.map((n) => n.id)).toEqual([created.data.createAccompaniedPerson.id]);
    expect((await events('parcours.person_list'))[0]).toMatchObject({
      record_type: 'accompanied_person',
      record_ids: [created.data.createAccompaniedPerson.id],
      details: { rows: 1, filter: { search: true } },
    });
  });
});

describe('lists that show people beside other things', () => {
  it('pending transfers that show their cases: audited with the cases shown; without the cases, nothing', async () => {
    const shown = cases[9]!;
    await t.database.db.execute(
      sql`insert into case_transfer (case_id, from_platform_id, to_platform_id, reason, proposed_by)
          select ${shown.caseId}, ${id.bourges}, id, 'Déménagement', ${id.referent} from platform
          where name = 'PSAD du bassin de Vierzon'`,
    );
    const before = (await events('case.transfers_incoming')).length;
    const bare = await t.gql<{ incomingTransfers: { id: string }[] }>(
      tok['referent.vierzon@demo.test']!,
      `{ incomingTransfers { id reason } }`,
    );
    expect(bare.data.incomingTransfers).toHaveLength(1);
    expect(await events('case.transfers_incoming')).toHaveLength(before);

    const full = await t.gql<{ incomingTransfers: { case: { id: string; youngPerson: { lastName: string } } }[] }>(
      tok['referent.vierzon@demo.test']!,
      `{ incomingTransfers { id case { id youngPerson { lastName } } } }`,
    );
    expect(full.data.incomingTransfers[0]!.case.youngPerson.lastName).toBe('LecteurJ');
    expect((await events('case.transfers_incoming'))[0]).toMatchObject({
      actor_id: id.vierzon,
      record_type: 'psad_case',
      record_ids: [shown.caseId],
      details: { rows: 1 },
    });
    expect(await budgetRows(id.vierzon!)).toBe(1);
  });

  it('a cotech’s situations: audited on the meeting, with the cases shown', async () => {
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const scheduled = await t.gql<{ scheduleMeeting: { id: string } }>(
      tok['referent@demo.test']!,
      `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
      {
        i: {
          platformId: id.bourges,
          kind: 'COTECH',
          title: 'Comité technique',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          place: 'CIO de Bourges',
          agenda: [],
          invitedOrganisationIds: [],
          guests: [],
          situations: cases.slice(0, 2).map((c) => ({ caseId: c.caseId })),
        },
      },
    );
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data.scheduleMeeting.id;
    const read = await t.gql<{ meeting: { situations: { caseId: string }[] } }>(
      tok['referent@demo.test']!,
      `query($id: ID!) { meeting(id: $id) { situations { caseId lastName } } }`,
      { id: meetingId },
    );
    expect(read.errors).toBeUndefined();
    expect((await events('meeting.situations'))[0]).toMatchObject({
      actor_id: id.referent,
      subject_type: 'meeting',
      subject_id: meetingId,
      record_type: 'psad_case',
      record_ids: cases.slice(0, 2).map((c) => c.caseId),
    });
  });
});

describe('READ_BUDGET_PER_HOUR', () => {
  it('sets the roles named and keeps the defaults of the others', () => {
    const budgets = loadConfig({ READ_BUDGET_PER_HOUR: 'COUNSELLOR=300, SOCIAL_WORKER=80' }).READ_BUDGET_PER_HOUR;
    expect(budgets).toMatchObject({ COUNSELLOR: 300, SOCIAL_WORKER: 80, PSAD_REFERENT: 2000 });
  });

  it.each(['REFERENT=10', 'COUNSELLOR=0', 'COUNSELLOR=ten', 'COUNSELLOR'])('refuses %s, naming the variable', (v) => {
    expect(() => loadConfig({ READ_BUDGET_PER_HOUR: v })).toThrow(
      /^Invalid configuration: READ_BUDGET_PER_HOUR must be /,
    );
  });
});

import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import {
  M,
  PAST_YEAR,
  Q,
  SECOND_ADULT,
  auditOf,
  clasFingerprint,
  code,
  content,
  group,
  ok,
  otherDepartementOfficer,
  otherHolder,
} from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
/** The Cher holder's project: deposited, with a group and its attendance list. */
let deposited: { id: string; groupId: string };
/** A draft of the same holder, another year. */
let draft: { id: string; groupId: string };

beforeAll(async () => {
  t = await createTestApp();
  const indre = await otherDepartementOfficer(t);
  const vierzon = await otherHolder(t);
  id.indre = indre.departementId;
  id.vierzonOrg = vierzon.organisationId;
  id.holderOrg = await ownerId(t, sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  id.cafOrg = await ownerId(t, sql`select id from organisation where name = 'CAF du Cher'`);
  for (const [who, email] of Object.entries({
    porteur: 'porteur@demo.test',
    caf: 'caf@demo.test',
    admin: 'admin@demo.test',
    referent: 'referent@demo.test',
    social: 'social@demo.test',
    indre: indre.email,
    vierzon: vierzon.email,
  })) {
    tok[who] = await t.login(email);
  }
  const created = ok(await t.gql(tok.porteur!, M.create, { o: id.holderOrg, c: content() }), 'createClasProject');
  deposited = { id: created.id, groupId: created.groups[0]!.id };
  ok(await t.gql(tok.porteur!, M.roster, { g: deposited.groupId, n: ['Léa', 'Noé'] }), 'setClasRoster');
  ok(await t.gql(tok.porteur!, M.submit, { id: deposited.id, v: 1 }), 'submitClasProject');
  const other = ok(
    await t.gql(tok.porteur!, M.create, {
      o: id.holderOrg,
      c: content({ schoolYear: '2026-2027', title: 'Brouillon 2026' }),
    }),
    'createClasProject',
  );
  draft = { id: other.id, groupId: other.groups[0]!.id };
});
afterAll(() => t.close());

const as = (who: string, query: string, variables: Record<string, unknown> = {}) => t.gql(tok[who]!, query, variables);

describe('who may call the CLAS operations at all', () => {
  it.each(['referent', 'social'])(
    '%s: FORBIDDEN on every CLAS query and mutation, each refusal audited',
    async (who) => {
      const calls: [string, Record<string, unknown>][] = [
        [Q.list, {}],
        [Q.project, { id: deposited.id }],
        [Q.config, { y: PAST_YEAR }],
        [M.create, { o: id.holderOrg, c: content() }],
        [M.update, { id: deposited.id, v: 2, c: content() }],
        [M.submit, { id: draft.id, v: 1 }],
        [M.examine, { id: deposited.id, v: 2 }],
        [M.comment, { id: deposited.id, b: 'Bonjour' }],
        [M.roster, { g: deposited.groupId, n: ['X'] }],
      ];
      const before = await clasFingerprint(t);
      for (const [query, variables] of calls) {
        const res = await as(who, query, variables);
        expect(code(res), query).toBe('FORBIDDEN');
        expect((await auditOf(t, res.errors![0]!.extensions.requestId))[0]).toMatchObject({ outcome: 'DENIED' });
      }
      expect(await clasFingerprint(t)).toEqual(before);
    },
  );

  it('the year’s configuration is read by holders, officers and admins; set by admins only', async () => {
    for (const who of ['porteur', 'caf', 'admin'])
      expect(ok(await as(who, Q.config, { y: PAST_YEAR }), 'clasYearConfig').configured).toBe(false);
    const input = {
      schoolYear: '2027-2028',
      ratePercent: 30,
      ceilingCentsPerGroup: 250_000,
      minChildren: 5,
      maxChildren: 15,
      maxChildrenPerAdult: 7,
      warnChildrenPerAdult: 5,
      recommendedSessionsPerWeek: 2,
      latestStartDate: '2027-10-15',
      earliestEndDate: '2028-05-31',
      maxBreakWeeks: 2,
      classHours: [],
    };
    for (const who of ['porteur', 'caf']) expect(code(await as(who, M.setConfig, { i: input }))).toBe('FORBIDDEN');
    expect(ok(await as('admin', M.setConfig, { i: input }), 'setClasYearConfig')).toMatchObject({
      configured: true,
      version: 1,
    });
  });

  it('an admin has no CLAS projects to list (not a holder, not an officer)', async () => {
    expect(code(await as('admin', Q.list, {}))).toBe('FORBIDDEN');
  });
});

describe('holders', () => {
  it('create only for an organisation where they hold CLAS_HOLDER (FORBIDDEN, audited, nothing written)', async () => {
    const before = await clasFingerprint(t);
    const res = await as('porteur', M.create, { o: id.cafOrg, c: content({ schoolYear: '2027-2028' }) });
    expect(code(res)).toBe('FORBIDDEN');
    expect(await auditOf(t, res.errors![0]!.extensions.requestId)).toEqual([
      {
        action: 'clas.project_create',
        outcome: 'DENIED',
        subject_type: 'organisation',
        subject_id: id.cafOrg,
        details: { policy: 'not-clas-holder-of-organisation' },
      },
    ]);
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('one project per organisation and school year: a second is a CONFLICT', async () => {
    const before = await clasFingerprint(t);
    const res = await as('porteur', M.create, { o: id.holderOrg, c: content({ title: 'Un autre projet' }) });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(
      `Cette organisation a déjà un projet CLAS pour l'année scolaire ${PAST_YEAR}.`,
    );
    // A rule of uniqueness, not a stale version: the form shows the whole reason at the school year's field.
    expect(res.errors![0]!.extensions.reason).toBe('DUPLICATE');
    expect(res.errors![0]!.extensions.fields).toEqual([
      {
        path: 'content.schoolYear',
        message: `Cette organisation a déjà un projet CLAS pour l'année scolaire ${PAST_YEAR} : choisissez une autre année ou modifiez le projet existant.`,
      },
    ]);
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('an organisation under no département cannot hold a project: BAD_USER_INPUT naming organisationId', async () => {
    const orgId = await ownerId(
      t,
      sql`insert into organisation (name, search_name, kind) values ('Association hors sol', 'association hors sol', 'ASSOCIATION') returning id`,
    );
    const user = await ownerId(t, sql`select id from app_user where email = 'porteur@demo.test'`);
    await ownerRows(
      t,
      sql`insert into membership (user_id, organisation_id, roles) values (${user}, ${orgId}, array['CLAS_HOLDER'])`,
    );
    const token = await t.login('porteur@demo.test');
    const res = await t.gql(token, M.create, { o: orgId, c: content() });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['organisationId']);
  });

  it('of another organisation neither read, list, edit, comment nor log on the project', async () => {
    expect(ok(await as('vierzon', Q.project, { id: deposited.id }), 'clasProject')).toBeNull();
    expect(ok(await as('vierzon', Q.project, { id: draft.id }), 'clasProject')).toBeNull();
    expect(ok(await as('vierzon', Q.list, {}), 'clasProjects')).toMatchObject({ totalCount: 0, nodes: [] });
    const before = await clasFingerprint(t);
    expect(code(await as('vierzon', M.update, { id: draft.id, v: 1, c: content({ schoolYear: '2026-2027' }) }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await as('vierzon', M.submit, { id: draft.id, v: 1 }))).toBe('NOT_FOUND');
    expect(code(await as('vierzon', M.comment, { id: deposited.id, b: 'Bonjour' }))).toBe('NOT_FOUND');
    expect(code(await as('vierzon', M.roster, { g: draft.groupId, n: ['X'] }))).toBe('NOT_FOUND');
    expect(code(await as('vierzon', M.session, { g: deposited.groupId, d: '2025-10-07', n: 3 }))).toBe('NOT_FOUND');
    expect(
      code(await as('vierzon', M.activity, { id: deposited.id, k: 'PARENT_ACTION', d: '2025-10-07', t: 'Café' })),
    ).toBe('NOT_FOUND');
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('lists their projects, filtered by status and year, ordered by last change or by title, page by page', async () => {
    const all = ok(await as('porteur', Q.list, {}), 'clasProjects');
    expect(all.nodes.map((n) => n.id)).toEqual([draft.id, deposited.id]);
    expect(ok(await as('porteur', Q.list, { o: 'TITLE' }), 'clasProjects').nodes.map((n) => n.title)).toEqual([
      'Brouillon 2026',
      'Coup de pouce lecture',
    ]);
    expect(
      ok(await as('porteur', Q.list, { f: { status: ['DEPOSE'] } }), 'clasProjects').nodes.map((n) => n.id),
    ).toEqual([deposited.id]);
    expect(
      ok(await as('porteur', Q.list, { f: { schoolYear: '2026-2027' } }), 'clasProjects').nodes.map((n) => n.id),
    ).toEqual([draft.id]);
    const first = ok(await as('porteur', Q.list, { first: 1 }), 'clasProjects');
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = ok(await as('porteur', Q.list, { first: 1, after: first.pageInfo.endCursor }), 'clasProjects');
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ id: deposited.id }] });
    const bad = await as('porteur', Q.list, { f: { schoolYear: '2026' }, first: 500 });
    expect(new Set(bad.errors![0]!.extensions.fields!.map((f) => f.path))).toEqual(new Set(['filter.schoolYear']));
    expect(code(await as('porteur', Q.list, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('jumps to a page by offset: the page the cursor reaches, in either order, within the same scope', async () => {
    const byCursor = ok(
      await as('porteur', Q.list, {
        first: 1,
        after: ok(await as('porteur', Q.list, { first: 1 }), 'clasProjects').pageInfo.endCursor,
      }),
      'clasProjects',
    );
    const jumped = ok(await as('porteur', Q.list, { first: 1, offset: 1 }), 'clasProjects');
    expect(jumped).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ id: deposited.id }] });
    expect(jumped.nodes).toEqual(byCursor.nodes);
    // The jumped page's endCursor carries on by cursor (nothing after the last page here).
    expect(jumped.pageInfo.endCursor).toBe(byCursor.pageInfo.endCursor);
    expect(
      ok(await as('porteur', Q.list, { o: 'TITLE', first: 1, offset: 1 }), 'clasProjects').nodes.map((n) => n.title),
    ).toEqual(['Coup de pouce lecture']);
    expect(
      ok(await as('porteur', Q.list, { f: { status: ['DEPOSE'] }, first: 1, offset: 0 }), 'clasProjects').nodes.map(
        (n) => n.id,
      ),
    ).toEqual([deposited.id]);
    expect(ok(await as('porteur', Q.list, { first: 25, offset: 50 }), 'clasProjects')).toMatchObject({
      totalCount: 2,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    // Another organisation's holder: nothing, whatever the offset.
    expect(ok(await as('vierzon', Q.list, { first: 1, offset: 1 }), 'clasProjects')).toMatchObject({
      totalCount: 0,
      nodes: [],
    });
    const both = await as('porteur', Q.list, { first: 1, offset: 1, after: jumped.pageInfo.endCursor });
    expect(both.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['offset']);
    const negative = await as('porteur', Q.list, { offset: -1 });
    expect(negative.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['offset']);
  });
});

describe('CAF officers', () => {
  it('of the département see deposited projects only, never drafts', async () => {
    const list = ok(await as('caf', Q.list, {}), 'clasProjects');
    expect(list.nodes.map((n) => n.id)).toEqual([deposited.id]);
    expect(ok(await as('caf', Q.project, { id: draft.id }), 'clasProject')).toBeNull();
    expect(code(await as('caf', M.comment, { id: draft.id, b: 'Bonjour' }))).toBe('NOT_FOUND');
  });

  it('of another département see nothing of the Cher and may do nothing on it', async () => {
    expect(ok(await as('indre', Q.list, {}), 'clasProjects')).toMatchObject({ totalCount: 0, nodes: [] });
    expect(ok(await as('indre', Q.project, { id: deposited.id }), 'clasProject')).toBeNull();
    const before = await clasFingerprint(t);
    expect(code(await as('indre', M.examine, { id: deposited.id, v: 2 }))).toBe('NOT_FOUND');
    expect(code(await as('indre', M.comment, { id: deposited.id, b: 'Bonjour' }))).toBe('NOT_FOUND');
    expect(
      code(
        await as('indre', M.decide, { i: { projectId: deposited.id, version: 2, decision: 'REFUSE', reasons: 'Non' } }),
      ),
    ).toBe('NOT_FOUND');
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('never see the children’s names: not through GraphQL, not through row-level security', async () => {
    const seen = ok(await as('caf', Q.project, { id: deposited.id }), 'clasProject');
    expect(seen.groups[0]!.roster).toBeNull();
    expect(JSON.stringify(seen)).not.toMatch(/Léa|Noé/);
    // Even a raw select as the officer, in the request role, returns no name.
    const cafId = await ownerId(t, sql`select id from app_user where email = 'caf@demo.test'`);
    const actor = (await loadActor(t.database.db, cafId, 'token'))!;
    const raw = (q: SQL) => withActorTx(t.database.db, actor, 'read', async (tx) => (await tx.execute(q)).rows);
    expect(await raw(sql`select id from clas_project`)).toHaveLength(1);
    expect(await raw(sql`select id from clas_group`)).toHaveLength(1);
    expect(await raw(sql`select name from clas_roster_entry`)).toEqual([]);
    expect(await raw(sql`select * from clas_attendance`)).toEqual([]);
    // The holder does see them (the control), and that read is audited.
    const mine = await as('porteur', Q.project, { id: deposited.id });
    expect(ok(mine, 'clasProject').groups[0]!.roster.map((r) => r.name)).toEqual(['Léa', 'Noé']);
    const events = await auditOf(
      t,
      (
        await ownerRows<{ request_id: string }>(
          t,
          sql`select request_id from audit_event where action = 'clas.roster_read' order by id desc limit 1`,
        )
      )[0]!.request_id,
    );
    expect(events).toEqual([
      {
        action: 'clas.roster_read',
        outcome: 'SUCCESS',
        subject_type: 'clas_project',
        subject_id: deposited.id,
        details: { groups: 1, entries: 2 },
      },
    ]);
  });

  it('a project of the other département is its officer’s, not the Cher officer’s', async () => {
    const commune = await ownerId(t, sql`select id from territory where code = '36044'`);
    const org = await ownerId(
      t,
      sql`insert into organisation (name, search_name, kind, territory_id) values ('Centre social de Châteauroux', 'centre social de chateauroux', 'CENTRE_SOCIAL', ${commune}) returning id`,
    );
    const user = await ownerId(
      t,
      sql`insert into app_user (email, display_name, password_hash) select 'porteur.indre@demo.test', 'Pierre Indre', password_hash from app_user where email = 'porteur@demo.test' returning id`,
    );
    await ownerRows(
      t,
      sql`insert into membership (user_id, organisation_id, roles) values (${user}, ${org}, array['CLAS_HOLDER'])`,
    );
    const holder = await t.login('porteur.indre@demo.test');
    const created = ok(
      await t.gql(holder, M.create, {
        o: org,
        c: content({ groups: [group({ accompagnateurs: [group().accompagnateurs[0], SECOND_ADULT] })] }),
      }),
      'createClasProject',
    );
    expect(created.departement.id).toBe(id.indre);
    ok(await t.gql(holder, M.submit, { id: created.id, v: 1 }), 'submitClasProject');
    expect(ok(await as('indre', Q.list, {}), 'clasProjects').nodes.map((n) => n.id)).toEqual([created.id]);
    expect(ok(await as('caf', Q.project, { id: created.id }), 'clasProject')).toBeNull();
    expect(code(await as('caf', M.examine, { id: created.id, v: 2 }))).toBe('NOT_FOUND');
    expect(ok(await as('indre', M.examine, { id: created.id, v: 2 }), 'examineClasProject').status).toBe(
      'EN_INSTRUCTION',
    );
  });
});

describe('the school years with projects waiting for the CAF (the queue opens on the latest)', () => {
  const WAITING = `query { clasWaitingSchoolYears }`;
  const years = async (who: string) => ok(await as(who, WAITING), 'clasWaitingSchoolYears');

  it('are the years of the officer’s départements with a project deposited or in instruction, the latest first; drafts do not count', async () => {
    // The Cher: the deposited project of the past year; the 2026-2027 draft is the holder's own.
    expect(await years('caf')).toEqual([PAST_YEAR]);
    // The Indre officer: its own project of the past year (in instruction), nothing of the Cher.
    expect(await years('indre')).toEqual([PAST_YEAR]);

    const submitted = ok(await as('porteur', M.submit, { id: draft.id, v: 1 }), 'submitClasProject');
    expect(await years('caf')).toEqual(['2026-2027', PAST_YEAR]);
    expect(await years('indre')).toEqual([PAST_YEAR]);

    // In instruction it still waits; once decided it no longer does.
    const examined = ok(await as('caf', M.examine, { id: draft.id, v: submitted.version }), 'examineClasProject');
    expect(await years('caf')).toEqual(['2026-2027', PAST_YEAR]);
    ok(
      await as('caf', M.decide, {
        i: { projectId: draft.id, version: examined.version, decision: 'REFUSE', reasons: 'Hors délai' },
      }),
      'decideClasProject',
    );
    expect(await years('caf')).toEqual([PAST_YEAR]);
  });

  it('are the officers’ alone: holders and admins are refused (audited)', async () => {
    for (const who of ['porteur', 'vierzon', 'admin', 'referent']) {
      const res = await as(who, WAITING);
      expect(code(res), who).toBe('FORBIDDEN');
      expect((await auditOf(t, res.errors![0]!.extensions.requestId))[0]).toMatchObject({ outcome: 'DENIED' });
    }
  });
});

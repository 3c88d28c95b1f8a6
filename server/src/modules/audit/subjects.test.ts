import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { content, M as CLAS, ok } from '../clas/test-fixtures.js';
import { M as PARCOURS, personInput } from '../parcours/test-fixtures.js';
import { identityAuditNames } from '../identity/audit-names.js';
import { psadAuditNames } from '../psad/audit-names.js';
import { createCase } from '../psad/cases/test-fixtures.js';

/** The audit log names its objects for the reader, where the reader may see them; filters by action, user and object. */
let t: TestApp;
let adminToken: string;
const id = {} as Record<
  'admin' | 'referent' | 'cio' | 'bourges' | 'holderOrg' | 'social' | 'case' | 'project' | 'person',
  string
>;

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const one = async (q: SQL) => (await owner<{ id: string }>(q))[0]!.id;
const count = async (where: SQL) =>
  (await owner<{ n: number }>(sql`select count(*)::int as n from audit_event where ${where}`))[0]!.n;

const PAGE = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id action actionLabel outcome actorId subjectType subjectId subject { type id kindLabel label named } }
  }
}`;
const search = async (filter: Record<string, unknown>, token = adminToken, first = 50) => {
  const res = await t.gql(token, PAGE, { filter, first });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.auditEvents;
};
/** The subject of the newest event on an object, as the admin reads it. */
const subjectOf = async (subjectType: string, subjectId: string, token = adminToken) =>
  (await search({ subjectType, subjectId }, token)).nodes[0]?.subject;

beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
  id.admin = await one(sql`select id from app_user where email = 'admin@demo.test'`);
  id.referent = await one(sql`select id from app_user where email = 'referent@demo.test'`);
  id.cio = await one(sql`select id from organisation where name = 'CIO de Bourges'`);
  id.bourges = await one(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.holderOrg = await one(sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  id.social = await one(sql`select id from organisation where name = 'Service social départemental du Cher'`);
  id.case = (
    await createCase(t, id.bourges, { lastName: 'Lefèvre', firstNames: 'Inès', birthDate: '2008-03-04' })
  ).caseId;

  // Real events, written by the code paths that write them.
  const porteur = await t.login('porteur@demo.test');
  id.project = ok(
    await t.gql(porteur, CLAS.create, { o: id.holderOrg, c: content({ title: 'Coup de pouce lecture' }) }),
    'createClasProject',
  ).id;
  const social = await t.login('social@demo.test');
  const created = await t.gql(social, PARCOURS.create, {
    p: personInput({ lastName: 'Moreau', firstNames: 'Lina' }),
    o: id.social,
    m: 'Accompagnement social global',
  });
  expect(created.errors).toBeUndefined();
  id.person = created.data.createAccompaniedPerson.id;
  const referent = await t.login('referent@demo.test');
  const read = await t.gql(referent, `query($id: ID!) { case(id: $id) { id } }`, { id: id.case });
  expect(read.errors).toBeUndefined();
  await t.gql(adminToken, `query($id: ID!) { user(id: $id) { email } }`, { id: id.referent });
  // Events on objects written by hand: an organisation, a platform, an object that is gone.
  await t.database.db.execute(sql`insert into audit_event (action, actor_id, subject_type, subject_id) values
    ('organisation.update', ${id.admin}, 'organisation', ${id.cio}),
    ('platform.update', ${id.admin}, 'platform', ${id.bourges}),
    ('case.read', ${id.referent}, 'psad_case', '00000000-0000-4000-8000-000000000000'),
    ('case.read', ${id.referent}, 'psad_case', 'pas-un-uuid')`);
});
afterAll(() => t.close());

describe('the object of each event, named for the administrator', () => {
  it('names a user, an organisation and a platform', async () => {
    expect(await subjectOf('user', id.referent)).toEqual({
      type: 'user',
      id: id.referent,
      kindLabel: 'Utilisateur',
      label: 'utilisateur Romain Référent',
      named: true,
    });
    expect(await subjectOf('organisation', id.cio)).toMatchObject({
      label: 'organisation CIO de Bourges',
      named: true,
      kindLabel: 'Organisation',
    });
    expect(await subjectOf('platform', id.bourges)).toMatchObject({
      label: 'plateforme PSAD du bassin de Bourges',
      named: true,
    });
  });

  it('names a CLAS project by its title, year and holder (no personal data), though the admin cannot read the project itself', async () => {
    const res = await t.gql(adminToken, `query($id: ID!) { clasProject(id: $id) { id } }`, { id: id.project });
    expect(res.data?.clasProject ?? null).toBeNull();
    const [project] = await owner<{ school_year: string }>(
      sql`select school_year from clas_project where id = ${id.project}`,
    );
    expect(await subjectOf('clas_project', id.project)).toMatchObject({
      label: `projet CLAS « Coup de pouce lecture (${project!.school_year}, Association Coup de Pouce Bourges) »`,
      named: true,
    });
  });

  it("says « dossier (accès restreint) » for a case and a person's record that row-level security hides from the admin", async () => {
    const caseSubject = await subjectOf('psad_case', id.case);
    expect(caseSubject).toMatchObject({ label: 'dossier (accès restreint)', named: false, kindLabel: 'Dossier PSAD' });
    expect(await subjectOf('accompanied_person', id.person)).toMatchObject({
      label: 'personne accompagnée (accès restreint)',
      named: false,
    });
    // Gone, or not even an id: the same neutral text, and no error.
    expect(await subjectOf('psad_case', '00000000-0000-4000-8000-000000000000')).toMatchObject({
      label: 'dossier (accès restreint)',
      named: false,
    });
    expect(await subjectOf('psad_case', 'pas-un-uuid')).toMatchObject({
      label: 'dossier (accès restreint)',
      named: false,
    });
  });

  it('names the case « dossier de NOM Prénom » to an administrator who is also a referent of its platform (row-level security decides)', async () => {
    await t.database.db.execute(
      sql`update membership set roles = array_append(roles, 'PSAD_REFERENT') where user_id = ${id.admin}`,
    );
    await t.database.db.execute(
      sql`insert into platform_referent (platform_id, user_id) values (${id.bourges}, ${id.admin})`,
    );
    try {
      const token = await t.login('admin@demo.test');
      expect(await subjectOf('psad_case', id.case, token)).toMatchObject({
        label: 'dossier de LEFÈVRE Inès',
        named: true,
      });
    } finally {
      await t.database.db.execute(sql`delete from platform_referent where user_id = ${id.admin}`);
      await t.database.db.execute(
        sql`update membership set roles = array_remove(roles, 'PSAD_REFERENT') where user_id = ${id.admin}`,
      );
    }
  });

  it('never stores the name in the event itself', async () => {
    const rows = await owner<{ e: string }>(
      sql`select row_to_json(a)::text as e from audit_event a where subject_id in (${id.case}, ${id.person}, ${id.project})`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const { e } of rows) {
      for (const name of ['Lefèvre', 'LEFÈVRE', 'Inès', 'Moreau', 'Lina', 'Coup de pouce lecture'])
        expect(e).not.toContain(name);
    }
  });

  it('gives each event its French label', async () => {
    const page = await search({ subjectId: id.case });
    expect(page.nodes.map((n) => [n.action, n.actionLabel])).toContainEqual(['case.read', "Consultation d'un dossier"]);
    const project = await search({ subjectId: id.project });
    expect(project.nodes.map((n) => n.actionLabel)).toContain("Création d'un projet CLAS");
  });

  it('names a whole page of mixed objects with one call per kind of object, not one per event', async () => {
    for (let i = 0; i < 3; i++)
      await t.gql(await t.login('referent@demo.test'), `query($id: ID!) { case(id: $id) { id } }`, { id: id.case });
    const spies = [
      vi.spyOn(psadAuditNames, 'psad_case'),
      vi.spyOn(identityAuditNames, 'user'),
      vi.spyOn(identityAuditNames, 'organisation'),
    ];
    try {
      const page = await search({}, adminToken, 200);
      const ofType = (type: string) => page.nodes.filter((n) => n.subject?.type === type).length;
      expect(ofType('psad_case')).toBeGreaterThanOrEqual(4);
      expect(ofType('user')).toBeGreaterThanOrEqual(3);
      for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
      for (const n of page.nodes.filter((n) => n.subjectId)) expect(n.subject, n.action).not.toBeNull();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('filters', () => {
  it('by actions chosen from the list: exact names, any of them, not prefixes', async () => {
    const page = await search({ actions: ['case.read', 'clas.project_create'] });
    expect(page.totalCount).toBe(await count(sql`action in ('case.read', 'clas.project_create')`));
    expect(new Set(page.nodes.map((n) => n.action))).toEqual(new Set(['case.read', 'clas.project_create']));
    expect((await search({ actions: ['case.rea'] })).totalCount).toBe(0);
    expect((await search({ actions: ['case.read'], subjectId: id.case })).totalCount).toBe(
      await count(sql`action = 'case.read' and subject_id = ${id.case}`),
    );
    expect((await search({ actions: ['case.read'], subjectId: id.case })).totalCount).toBeGreaterThan(0);
  });

  it('by user: the events of one actor only', async () => {
    const page = await search({ actorId: id.referent });
    expect(page.totalCount).toBe(await count(sql`actor_id = ${id.referent}`));
    expect(page.nodes.map((n) => n.action)).toEqual(expect.arrayContaining(['auth.login', 'case.read']));
  });

  it('by object: its type and id', async () => {
    const page = await search({ subjectType: 'clas_project', subjectId: id.project });
    expect(page.totalCount).toBe(await count(sql`subject_type = 'clas_project' and subject_id = ${id.project}`));
    expect(page.nodes.every((n) => n.subjectId === id.project)).toBe(true);
    expect((await search({ subjectType: 'organisation', subjectId: id.project })).totalCount).toBe(0);
  });

  it('refuses more than 50 actions at once', async () => {
    const res = await t.gql(adminToken, PAGE, { filter: { actions: Array.from({ length: 51 }, (_, i) => `a.${i}`) } });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('each filter reads an index ending with the id (the page order)', async () => {
    const indexes = await owner<{ indexdef: string }>(
      sql`select indexdef from pg_indexes where tablename = 'audit_event'`,
    );
    const defs = indexes.map((i) => i.indexdef.replace(/^.* USING btree /, ''));
    expect(defs).toEqual(
      expect.arrayContaining([
        '(actor_id, id)',
        '(subject_type, subject_id, id)',
        '(action text_pattern_ops, id)',
        '(outcome, id)',
      ]),
    );
  });
});

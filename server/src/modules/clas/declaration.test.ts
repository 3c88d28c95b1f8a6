import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Answer, type TestApp, type GqlResult } from '../../../test/harness.js';
import type { ClasProject } from '../../core/graphql/resolvers-types.js';
import { SQL_STATEMENTS_HEADER } from '../../core/db/statement-count-hooks.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import {
  M,
  PAST_YEAR,
  Q,
  SECOND_ADULT,
  auditEvents,
  clasFingerprint,
  code,
  content,
  group,
  ok,
  otherHolder,
} from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

beforeAll(async () => {
  // Counting statements: the list must cost the same whatever the number of projects (no N+1).
  t = await createTestApp({ BENCH_COUNT_SQL: 'on' });
  const vierzon = await otherHolder(t);
  id.vierzonOrg = vierzon.organisationId;
  tok.vierzon = await t.login(vierzon.email);
  tok.porteur = await t.login('porteur@demo.test');
  tok.caf = await t.login('caf@demo.test');
  tok.admin = await t.login('admin@demo.test');
  id.holderOrg = await ownerId(t, sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  id.admin = await ownerId(t, sql`select id from app_user where email = 'admin@demo.test'`);
});
afterAll(() => t.close());

const as = (who: string, query: string, variables: Record<string, unknown> = {}) => t.gql(tok[who]!, query, variables);
const fieldPaths = (res: { errors?: { extensions: { fields?: { path: string }[] } }[] }) =>
  res.errors?.[0]?.extensions.fields?.map((f) => f.path);

describe('the declaration: a whole replace, groups kept by id', () => {
  let project: Answer<ClasProject>;

  it('bad input names each field and writes nothing', async () => {
    const before = await clasFingerprint(t);
    const res = await as('porteur', M.create, {
      o: id.holderOrg,
      c: content({
        title: ' ',
        groups: [group({ childrenCount: -1, startDate: '2026-06-01', endDate: '2025-09-01' })],
      }),
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['content.title', 'content.groups.0.childrenCount', 'content.groups.0.endDate']);
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('groups are added, kept with their ids, and removed with the holder’s list', async () => {
    const c = content({ groups: [group({ label: 'A' }), group({ label: 'B', level: 'COLLEGE' })] });
    project = ok(await as('porteur', M.create, { o: id.holderOrg, c }), 'createClasProject');
    const a = project.groups[0]!;
    const b = project.groups[1]!;
    expect([a.label, b.label]).toEqual(['A', 'B']);
    ok(await as('porteur', M.roster, { g: b.id, n: ['Zoé'] }), 'setClasRoster');

    // B removed, A kept (moved to second place, one more adult), C added first.
    const next = content({
      groups: [
        group({ label: 'C' }),
        group({ id: a.id, label: 'A', accompagnateurs: [group().accompagnateurs[0], SECOND_ADULT] }),
      ],
    });
    project = ok(await as('porteur', M.update, { id: project.id, v: 1, c: next }), 'updateClasProject');
    expect(project.groups.map((g) => g.label)).toEqual(['C', 'A']);
    expect(project.groups[1]!.id).toBe(a.id);
    expect(project.groups[1]!.accompagnateurs).toHaveLength(2);
    expect(await ownerRows(t, sql`select id from clas_group where id = ${b.id}`)).toEqual([]);
    expect(await ownerRows(t, sql`select id from clas_roster_entry where group_id = ${b.id}`)).toEqual([]);
    expect((await auditEvents(t, 'clas.project_update', project.id))[0]!.details).toEqual({
      fields: ['groups'],
      groups: { kept: 1, added: 1, removed: 1 },
    });
  });

  it('a group id of another project, or one given twice, is refused (BAD_USER_INPUT), nothing written', async () => {
    const foreign = ok(await as('vierzon', M.create, { o: id.vierzonOrg, c: content() }), 'createClasProject');
    const before = await clasFingerprint(t);
    const c = project.groups[0]!;
    const a = project.groups[1]!;
    const res = await as('porteur', M.update, {
      id: project.id,
      v: 2,
      c: content({ groups: [group({ id: foreign.groups[0]!.id }), group({ id: a.id }), group({ id: a.id })] }),
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields).toEqual([
      { path: 'content.groups.0.id', message: "ce groupe n'appartient pas au projet" },
      { path: 'content.groups.2.id', message: 'groupe présent deux fois' },
    ]);
    expect(await clasFingerprint(t)).toEqual(before);
    expect(c.id).toBeDefined();
  });

  it('a stale version is a CONFLICT; nothing written', async () => {
    const before = await clasFingerprint(t);
    const res = await as('porteur', M.update, { id: project.id, v: 1, c: content({ title: 'Titre périmé' }) });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(
      "Le projet a été modifié entre-temps (par quelqu'un d'autre, ou dans un autre onglet) : rechargez puis recommencez.",
    );
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('the title and the declaration’s fields changed are named in the audit, not their values', async () => {
    const c = content({
      title: 'Coup de pouce lecture et écriture',
      diagnostic: 'Un diagnostic plus précis.',
      groups: project.groups.map((g, i) =>
        group({
          id: g.id,
          label: g.label,
          ...(i === 1 ? { accompagnateurs: [group().accompagnateurs[0], SECOND_ADULT] } : {}),
        }),
      ),
    });
    project = ok(await as('porteur', M.update, { id: project.id, v: 2, c }), 'updateClasProject');
    expect(project.version).toBe(3);
    expect((await auditEvents(t, 'clas.project_update', project.id))[1]!.details).toEqual({
      fields: ['title', 'diagnostic'],
      groups: { kept: 2, added: 0, removed: 0 },
    });
  });

  it('sessions are logged only once the project is accepted', async () => {
    const res = await as('porteur', M.session, { g: project.groups[0]!.id, d: '2025-10-07', n: 10 });
    expect(code(res)).toBe('CONFLICT');
    expect(
      code(await as('porteur', M.activity, { id: project.id, k: 'PARENT_ACTION', d: '2025-10-07', t: 'Café' })),
    ).toBe('CONFLICT');
  });
});

describe('logging the year', () => {
  let project: Answer<ClasProject>;
  let groupId: string;

  beforeAll(async () => {
    // Accepted by hand (the workflow is tested elsewhere): the project of the Vierzon holder.
    const [row] = await ownerRows<{ id: string }>(
      t,
      sql`update clas_project set status = 'ACCEPTE' where organisation_id = ${id.vierzonOrg} returning id`,
    );
    project = ok(await as('vierzon', Q.project, { id: row!.id }), 'clasProject');
    groupId = project.groups[0]!.id;
  });

  it('refuses a date in the future, a child not on the list, more children marked than present', async () => {
    const roster = ok(await as('vierzon', M.roster, { g: groupId, n: ['Léa', 'Noé'] }), 'setClasRoster');
    const before = await clasFingerprint(t);
    expect(fieldPaths(await as('vierzon', M.session, { g: groupId, d: '2099-01-05', n: 10 }))).toEqual(['heldOn']);
    expect(fieldPaths(await as('vierzon', M.session, { g: groupId, d: '2025-10-07', n: 10, r: [project.id] }))).toEqual(
      ['presentRosterIds.0'],
    );
    expect(
      fieldPaths(await as('vierzon', M.session, { g: groupId, d: '2025-10-07', n: 1, r: roster.map((r) => r.id) })),
    ).toEqual(['childrenPresent']);
    expect(fieldPaths(await as('vierzon', M.session, { g: groupId, d: '2025-10-07', n: -1 }))).toEqual([
      'childrenPresent',
    ]);
    expect(await clasFingerprint(t)).toEqual(before);
  });

  it('a list replaced keeps the entries of the names kept, with their presence marks', async () => {
    const first = ok(await as('vierzon', M.roster, { g: groupId, n: ['Léa', 'Noé'] }), 'setClasRoster');
    const lea = first.find((r) => r.name === 'Léa')!.id;
    ok(await as('vierzon', M.session, { g: groupId, d: '2025-11-04', n: 9, r: [lea] }), 'logClasSession');
    const second = ok(await as('vierzon', M.roster, { g: groupId, n: ['Inès', 'Léa'] }), 'setClasRoster');
    expect(second.map((r) => r.name)).toEqual(['Inès', 'Léa']);
    expect(second[1]!.id).toBe(lea);
    const seen = ok(await as('vierzon', Q.project, { id: project.id }), 'clasProject');
    expect(seen.groups[0]!.roster).toEqual(second);
    expect(seen.groups[0]!.sessionLogs).toEqual([
      expect.objectContaining({ heldOn: '2025-11-04', presentRosterIds: [lea] }),
    ]);
    expect((await auditEvents(t, 'clas.roster_write', project.id)).at(-1)!.details).toEqual({
      groupId,
      entries: 2,
      added: 1,
      removed: 1,
    });
  });
});

describe('the yearly configuration', () => {
  const settings = {
    schoolYear: '2027-2028',
    ratePercent: 32.5,
    ceilingCentsPerGroup: 256_300,
    minChildren: 5,
    maxChildren: 15,
    maxChildrenPerAdult: 7,
    warnChildrenPerAdult: 5,
    recommendedSessionsPerWeek: 2,
    latestStartDate: '2027-10-15',
    earliestEndDate: '2028-05-31',
    maxBreakWeeks: 2,
    classHours: [{ day: 'LUNDI', start: '08:30', end: '16:30' }],
  };

  it('a year nobody configured answers the defaults of docs/domain.md §3', async () => {
    expect(ok(await as('porteur', Q.config, { y: '2027-2028' }), 'clasYearConfig')).toMatchObject({
      schoolYear: '2027-2028',
      ratePercent: 32.5,
      ceilingCentsPerGroup: 256_300,
      latestStartDate: '2027-10-15',
      earliestEndDate: '2028-05-31',
      configured: false,
      version: 0,
    });
    expect(fieldPaths(await as('porteur', Q.config, { y: '2027' }))?.[0]).toBe('schoolYear');
  });

  it('set by an admin, with its version; the audit names the settings changed', async () => {
    const first = ok(await as('admin', M.setConfig, { i: settings }), 'setClasYearConfig');
    expect(first).toMatchObject({ configured: true, version: 1 });
    // Against the defaults, only the class hours changed.
    expect(await auditEvents(t, 'clas.config_set', '2027-2028')).toEqual([
      { actor_id: id.admin, outcome: 'SUCCESS', details: { fields: ['classHours'], created: true } },
    ]);
    const second = ok(
      await as('admin', M.setConfig, {
        i: { ...settings, version: 1, ratePercent: 35, ceilingCentsPerGroup: 300_000 },
      }),
      'setClasYearConfig',
    );
    expect(second).toMatchObject({ ratePercent: 35, ceilingCentsPerGroup: 300_000, version: 2 });
    expect((await auditEvents(t, 'clas.config_set', '2027-2028'))[1]!.details).toEqual({
      fields: ['ratePercent', 'ceilingCentsPerGroup'],
      created: false,
    });
    expect(ok(await as('caf', Q.config, { y: '2027-2028' }), 'clasYearConfig')).toMatchObject({
      ratePercent: 35,
      configured: true,
      version: 2,
    });
  });

  it('a stale or missing version is a CONFLICT; inconsistent settings name their field; nothing written', async () => {
    const before = await clasFingerprint(t);
    expect(code(await as('admin', M.setConfig, { i: { ...settings, version: 1 } }))).toBe('CONFLICT');
    expect(code(await as('admin', M.setConfig, { i: settings }))).toBe('CONFLICT');
    expect(
      code(
        await as('admin', M.setConfig, {
          i: {
            ...settings,
            schoolYear: '2028-2029',
            latestStartDate: '2028-10-15',
            earliestEndDate: '2029-05-31',
            version: 3,
          },
        }),
      ),
    ).toBe('CONFLICT');
    expect(fieldPaths(await as('admin', M.setConfig, { i: { ...settings, version: 2, ratePercent: 120 } }))).toEqual([
      'input.ratePercent',
    ]);
    expect(fieldPaths(await as('admin', M.setConfig, { i: { ...settings, version: 2, minChildren: 20 } }))).toEqual([
      'input.maxChildren',
    ]);
    expect(
      fieldPaths(await as('admin', M.setConfig, { i: { ...settings, version: 2, latestStartDate: '2029-10-15' } })),
    ).toEqual(['input.latestStartDate', 'input.earliestEndDate']);
    expect(await clasFingerprint(t)).toEqual(before);
  });
});

describe('the list costs the same number of statements whatever its length', () => {
  const LIST = `query($n: Int) { clasProjects(first: $n) { totalCount nodes { id title status organisation { name } departement { name }
    groups { id fundingEstimateCents roster { id } } eligibility { eligible failures } fundingEstimateCents allowedActions editable
    decision { decision decidedBy { displayName } } comments { author { displayName } } bilan { sessionsHeld attendanceRate } } } }`;
  const statements = async (token: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      payload: { query: LIST, variables: { n: 50 } },
    });
    expect(res.json().errors).toBeUndefined();
    return {
      n: res.json<GqlResult>().data.clasProjects.nodes.length,
      statements: Number(res.headers[SQL_STATEMENTS_HEADER]),
    };
  };

  it('for an officer, 2 projects then 4', async () => {
    const seed = async (name: string, year: string) => {
      const commune = await ownerId(t, sql`select id from territory where kind = 'COMMUNE' and code = '18033'`);
      const org = await ownerId(
        t,
        sql`insert into organisation (name, search_name, kind, territory_id) values (${name}, ${name.toLowerCase()}, 'ASSOCIATION', ${commune}) returning id`,
      );
      const cher = await ownerId(t, sql`select id from territory where kind = 'DEPARTEMENT' and code = '18'`);
      const p = await ownerId(
        t,
        sql`insert into clas_project (organisation_id, departement_id, school_year, title, status, declaration) select ${org}, ${cher}, ${year}, ${name}, 'DEPOSE', declaration from clas_project limit 1 returning id`,
      );
      await ownerRows(
        t,
        sql`insert into clas_group (project_id, position, label, level, children_count, accompagnateurs, sessions, eligible_cost_cents)
        values (${p}, 0, 'G', 'COLLEGE', 10, '[]', '[]', 100000), (${p}, 1, 'H', 'COLLEGE', 8, '[]', '[]', 50000)`,
      );
      await ownerRows(
        t,
        sql`insert into clas_comment (project_id, author_id, author_party, body) select ${p}, id, 'OFFICER', 'Vu' from app_user where email = 'caf@demo.test'`,
      );
    };
    // With the Vierzon holder's accepted project.
    await seed('Association Un', PAST_YEAR);
    const one = await statements(tok.caf!);
    expect(one.n).toBe(2);
    await seed('Association Deux', PAST_YEAR);
    await seed('Association Trois', '2026-2027');
    const three = await statements(tok.caf!);
    expect(three.n).toBe(4);
    // A second school year adds its configuration's lookup, nothing per project.
    expect(three.statements).toBeLessThanOrEqual(one.statements + 1);
  });
});

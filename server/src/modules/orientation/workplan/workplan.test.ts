import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { loadActor } from '../../../core/auth/authenticate.js';
import { withActorTx } from '../../../core/db/actor-tx.js';
import { FANOUT_JOB } from '../../notifications/events.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { raiseWorkPlanReminders } from './reminders.js';

let t: TestApp;
type Who = 'dcio' | 'ienio' | 'psyen' | 'psyen2' | 'chef' | 'dcioVierzon' | 'referent';
const EMAILS: Record<Who, string> = {
  dcio: 'dcio@demo.test',
  ienio: 'ienio@demo.test',
  psyen: 'psyen@demo.test',
  psyen2: 'psyen2@demo.test',
  chef: 'chef.lycee@demo.test',
  dcioVierzon: 'dcio.vierzon@test.test',
  referent: 'referent@demo.test',
};
const tok = {} as Record<Who, string>;
const user = {} as Record<Who, string>;
const id: Record<string, string> = {};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql<Record<string, any>>(tok[w], q, v); // eslint-disable-line @typescript-eslint/no-explicit-any
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

/** A month (yyyy-mm) `n` months from now. */
const monthFrom = (n: number) => {
  const d = new Date();
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  return m.toISOString().slice(0, 7);
};

const ACTION = `id title roles startMonth endMonth status late version canChangeStatus canComment evidenceUrl minutesMeetingId
  people { id displayName } comments { id authorName body }`;
const Q = {
  plans: `query($c: ID!) { workPlans(cioId: $c) { id title startMonth endMonth state canEdit version
    completion { total late fait enCours aFaire } actions { ${ACTION} } } }`,
  plan: `query($id: ID!) { workPlan(id: $id) { id title actions { ${ACTION} } } }`,
  createPlan: `mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id version state } }`,
  updatePlan: `mutation($i: UpdateWorkPlanInput!) { updateWorkPlan(input: $i) { id version title } }`,
  createAction: `mutation($i: CreateWorkPlanActionInput!) { createWorkPlanAction(input: $i) { ${ACTION} } }`,
  updateAction: `mutation($i: UpdateWorkPlanActionInput!) { updateWorkPlanAction(input: $i) { ${ACTION} } }`,
  deleteAction: `mutation($i: DeleteWorkPlanActionInput!) { deleteWorkPlanAction(input: $i) }`,
  deletePlan: `mutation($i: DeleteWorkPlanInput!) { deleteWorkPlan(input: $i) }`,
  status: `mutation($i: SetWorkPlanActionStatusInput!) { setWorkPlanActionStatus(input: $i) { id status version } }`,
  comment: `mutation($i: AddWorkPlanCommentInput!) { addWorkPlanComment(input: $i) { id authorName body } }`,
};

/** The rows a statement returns as this user, through the request role (row-level security on). */
async function asUser<R extends Record<string, unknown>>(who: Who, q: ReturnType<typeof sql>, mode: 'read' | 'write') {
  const actor = (await loadActor(t.database.db, user[who], 'token'))!;
  return withActorTx(t.database.db, actor, mode, async (tx) => (await tx.execute<R>(q)).rows);
}
async function sqlError(who: Who, q: ReturnType<typeof sql>): Promise<string> {
  try {
    await asUser(who, q, 'write');
  } catch (err) {
    const e = ((err as { cause?: unknown }).cause ?? err) as { code?: string };
    return e.code ?? 'error';
  }
  return 'no error';
}

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off', ORIENTATION_PLAN_REMINDER_DAYS: '14' });
  id.bourges = await ownerId(t, sql`select id from organisation where name = 'CIO de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from organisation where name = 'CIO de Vierzon'`);
  // A director of another CIO.
  const [u] = await ownerRows<{ id: string }>(
    t,
    sql`insert into app_user (email, display_name, password_hash)
        select ${EMAILS.dcioVierzon}, 'Directeur Vierzon', password_hash from app_user where email = 'dcio@demo.test' returning id`,
  );
  await t.database.db.execute(
    sql`insert into membership (user_id, organisation_id, roles) values (${u!.id}, ${id.vierzon}, array['CIO_DIRECTOR'])`,
  );
  for (const [w, e] of Object.entries(EMAILS) as [Who, string][]) {
    tok[w] = await t.login(e);
    user[w] = await ownerId(t, sql`select id from app_user where email = ${e}`);
  }
});
afterAll(() => t?.close());

describe('the work plan of a CIO', () => {
  it('shows the demo plans: the finished experiment (13 actions, all done) and the current year', async () => {
    const res = await gql('psyen', Q.plans, { c: id.bourges });
    expect(res.errors).toBeUndefined();
    const plans = res.data!.workPlans as {
      title: string;
      state: string;
      canEdit: boolean;
      completion: { total: number; fait: number };
    }[];
    const experiment = plans.find((p) => p.title.startsWith('Expérimentation'))!;
    expect(experiment).toMatchObject({ state: 'FINISHED', canEdit: false, completion: { total: 13, fait: 13 } });
    expect(plans.some((p) => p.title === 'Plan de travail 2026-2027')).toBe(true);
    // The DCIO edits them; the head of a school of one of the CIO's networks reads them, and edits none.
    expect((await gql('dcio', Q.plans, { c: id.bourges })).data!.workPlans[0].canEdit).toBe(true);
    const chef = (await gql('chef', Q.plans, { c: id.bourges })).data!.workPlans as { canEdit: boolean }[];
    expect(chef.length).toBe(plans.length);
    expect(chef.every((p) => !p.canEdit)).toBe(true);
  });

  it('is written by the direction team only: a PsyEn, a school head, a DCIO of another CIO are refused, also by SQL', async () => {
    const values = { title: 'Plan test', startMonth: monthFrom(-6), endMonth: monthFrom(6) };
    const input = { cioId: id.bourges, ...values };
    const created = await gql('dcio', Q.createPlan, { i: input });
    expect(created.errors).toBeUndefined();
    id.plan = created.data!.createWorkPlan.id;
    expect(created.data!.createWorkPlan.state).toBe('CURRENT');
    // The IEN-IO of the département is in the direction team too.
    const byIen = await gql('ienio', Q.updatePlan, {
      i: { id: id.plan, version: 1, ...values, title: 'Plan de test' },
    });
    expect(byIen.errors).toBeUndefined();
    expect(byIen.data!.updateWorkPlan).toMatchObject({ version: 2, title: 'Plan de test' });
    for (const who of ['psyen', 'chef', 'dcioVierzon'] as const) {
      expect(code(await gql(who, Q.createPlan, { i: input })), who).toBe('FORBIDDEN');
    }
    expect(code(await gql('dcioVierzon', Q.updatePlan, { i: { id: id.plan, version: 2, ...values } }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await gql('referent', Q.plans, { c: id.bourges }))).toBe('FORBIDDEN');
    // Past the API: row-level security refuses their writes, and hides the CIO's rows from another CIO.
    for (const who of ['psyen', 'chef', 'dcioVierzon'] as const) {
      expect(
        await sqlError(
          who,
          sql`insert into work_plan (cio_id, title, start_month, end_month) values (${id.bourges}, 'X', '2026-09-01', '2027-08-01')`,
        ),
        who,
      ).toBe('42501');
      const updated = await asUser<{ id: string }>(
        who,
        sql`update work_plan set title = 'Piraté' where id = ${id.plan} returning id`,
        'write',
      );
      expect(updated, who).toEqual([]);
    }
    expect(await asUser('dcioVierzon', sql`select id from work_plan where cio_id = ${id.bourges}`, 'read')).toEqual([]);
    expect(
      (await asUser('psyen', sql`select id from work_plan where id = ${id.plan}`, 'read')).map((r) => r.id),
    ).toEqual([id.plan]);
  });

  it('is deleted with its actions by its direction team only (a PsyEn, a school head are refused, also by SQL)', async () => {
    const values = { title: 'Plan créé par erreur', startMonth: monthFrom(0), endMonth: monthFrom(3) };
    const plan = (await gql('dcio', Q.createPlan, { i: { cioId: id.bourges, ...values } })).data!.createWorkPlan;
    const action = {
      workPlanId: plan.id,
      title: 'Action',
      roles: ['PSYEN'],
      personIds: [],
      startMonth: monthFrom(0),
      endMonth: monthFrom(1),
      status: 'A_FAIRE',
    };
    expect((await gql('dcio', Q.createAction, { i: action })).errors).toBeUndefined();
    for (const who of ['psyen', 'chef'] as const) {
      expect(code(await gql(who, Q.deletePlan, { i: { id: plan.id, version: 1 } })), who).toBe('FORBIDDEN');
      expect(await asUser(who, sql`delete from work_plan where id = ${plan.id} returning id`, 'write'), who).toEqual(
        [],
      );
    }
    expect(code(await gql('dcioVierzon', Q.deletePlan, { i: { id: plan.id, version: 1 } }))).toBe('NOT_FOUND');
    expect((await gql('ienio', Q.deletePlan, { i: { id: plan.id, version: 1 } })).data!.deleteWorkPlan).toBe(true);
    expect((await gql('dcio', Q.plan, { id: plan.id })).data!.workPlan).toBeNull();
    expect(await ownerRows(t, sql`select id from work_plan_action where plan_id = ${plan.id}`)).toEqual([]);
  });

  it('holds actions attributed to roles and named people; those named change their status, no one else', async () => {
    const values = {
      title: 'Réunion des réseaux',
      roles: ['PSYEN'],
      personIds: [user.psyen],
      startMonth: monthFrom(-3),
      endMonth: monthFrom(-1),
      status: 'EN_COURS',
      evidenceUrl: 'https://www.ac-orleans-tours.fr/cr',
    };
    const created = await gql('dcio', Q.createAction, { i: { workPlanId: id.plan, ...values } });
    expect(created.errors).toBeUndefined();
    const action = created.data!.createWorkPlanAction;
    id.action = action.id;
    // Its last month is over and it is not done: late.
    expect(action).toMatchObject({ late: true, people: [{ id: user.psyen }], canChangeStatus: true });
    // Not named: PsyEn 2 reads it, may comment, may not change its status.
    const seen = (await gql('psyen2', Q.plan, { id: id.plan })).data!.workPlan.actions[0];
    expect(seen).toMatchObject({ id: id.action, canChangeStatus: false, canComment: true });
    expect(code(await gql('psyen2', Q.status, { i: { id: id.action, version: 1, status: 'FAIT' } }))).toBe('FORBIDDEN');
    expect(
      (await asUser('psyen2', sql`select app_work_plan_set_status(${id.action}::uuid, 'FAIT', 1) as v`, 'write'))[0],
    ).toEqual({ v: null });
    // Nor may the PsyEn named change anything else of it.
    expect(code(await gql('psyen', Q.updateAction, { i: { id: id.action, version: 1, ...values } }))).toBe('FORBIDDEN');
    expect(
      await asUser('psyen', sql`update work_plan_action set title = 'X' where id = ${id.action} returning id`, 'write'),
    ).toEqual([]);
    const done = await gql('psyen', Q.status, { i: { id: id.action, version: 1, status: 'FAIT' } });
    expect(done.data!.setWorkPlanActionStatus).toMatchObject({ status: 'FAIT', version: 2 });
    expect(code(await gql('psyen', Q.status, { i: { id: id.action, version: 1, status: 'EN_COURS' } }))).toBe(
      'CONFLICT',
    );
    const after = (await gql('dcio', Q.plan, { id: id.plan })).data!.workPlan.actions[0];
    expect(after).toMatchObject({ status: 'FAIT', late: false });
    // The direction team changes it back; a stale version is refused.
    const back = await gql('dcio', Q.updateAction, { i: { id: id.action, version: 2, ...values } });
    expect(back.data!.updateWorkPlanAction).toMatchObject({ version: 3, late: true });
    expect(code(await gql('dcio', Q.updateAction, { i: { id: id.action, version: 2, ...values } }))).toBe('CONFLICT');
  });

  it('refuses bad input naming the field: a person of another CIO, months outside the plan, an http link, a meeting not seen', async () => {
    const base = {
      workPlanId: id.plan,
      title: 'Action',
      roles: [],
      personIds: [user.psyen],
      startMonth: monthFrom(0),
      endMonth: monthFrom(1),
      status: 'A_FAIRE',
    };
    const field = (res: { errors?: { extensions: { code: string; fields?: { path: string }[] } }[] }) =>
      res.errors?.[0]?.extensions.fields?.[0]?.path;
    expect(field(await gql('dcio', Q.createAction, { i: { ...base, personIds: [user.chef] } }))).toBe(
      'input.personIds.0',
    );
    expect(field(await gql('dcio', Q.createAction, { i: { ...base, endMonth: monthFrom(9) } }))).toBe('input.endMonth');
    expect(field(await gql('dcio', Q.createAction, { i: { ...base, evidenceUrl: 'http://x.fr' } }))).toBe(
      'input.evidenceUrl',
    );
    expect(field(await gql('dcio', Q.createAction, { i: { ...base, personIds: [] } }))).toBe('input.roles');
    // A meeting the DCIO does not see (a PSAD platform's cotech) is as unknown as one that does not exist.
    const hidden = await ownerId(
      t,
      sql`insert into meeting (kind, series_id, platform_id, title, starts_at, ends_at, place, case_access_days,
            organizer_name, organizer_email)
          select 'COTECH', gen_random_uuid(), id, 'Cotech', now(), now() + interval '2 hours', 'Bourges', 0,
            'PSAD', 'psad@test.test' from platform limit 1 returning id`,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const minutesMeetingId of [hidden, missing]) {
      const res = await gql('dcio', Q.createAction, { i: { ...base, minutesMeetingId } });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.minutesMeetingId', message: 'réunion inconnue' }],
      });
    }
  });

  it('takes comments from the CIO’s staff, not from a school head nor another CIO', async () => {
    const res = await gql('psyen2', Q.comment, { i: { workPlanActionId: id.action, body: 'Compte rendu à venir.' } });
    expect(res.data!.addWorkPlanComment).toMatchObject({ authorName: 'Pierre Berthon' });
    expect(code(await gql('dcioVierzon', Q.comment, { i: { workPlanActionId: id.action, body: 'Non' } }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await sqlError(
        'psyen2',
        sql`insert into work_plan_comment (action_id, cio_id, author_id, author_name, body)
            values (${id.action}, ${id.bourges}, ${user.psyen}, 'Autre', 'Au nom d’un autre')`,
      ),
    ).toBe('42501');
  });
});

describe('reminders', () => {
  const jobsFor = async (actionId: string) =>
    (
      await ownerRows<{ kind: string; audience: { type: string } }>(
        t,
        sql`select data->>'kind' as kind, data->'audience' as audience from pgboss.job
            where name = ${FANOUT_JOB} and data->'target'->>'id' = ${actionId} order by created_on`,
      )
    ).map((r) => r.kind);

  it('reminds those attributed N days before the due month ends, then once it is late: each once', async () => {
    const plan = await gql('dcio', Q.createPlan, {
      i: { cioId: id.bourges, title: 'Plan 2030', startMonth: '2030-01', endMonth: '2030-12' },
    });
    const planId = plan.data!.createWorkPlan.id;
    const a = await gql('dcio', Q.createAction, {
      i: {
        workPlanId: planId,
        title: 'Questionnaire QVT',
        roles: ['PSYEN', 'IEN_IO'],
        personIds: [user.psyen2],
        startMonth: '2030-02',
        endMonth: '2030-03',
        status: 'A_FAIRE',
      },
    });
    const actionId = a.data!.createWorkPlanAction.id;
    await raiseWorkPlanReminders(t.app.services, new Date('2030-03-10T06:00:00Z'));
    expect(await jobsFor(actionId)).toEqual([]);
    await raiseWorkPlanReminders(t.app.services, new Date('2030-03-20T06:00:00Z'));
    await raiseWorkPlanReminders(t.app.services, new Date('2030-03-21T06:00:00Z'));
    expect(await jobsFor(actionId)).toEqual(['WORK_PLAN_ACTION_DUE']);
    await raiseWorkPlanReminders(t.app.services, new Date('2030-04-02T06:00:00Z'));
    await raiseWorkPlanReminders(t.app.services, new Date('2030-05-02T06:00:00Z'));
    expect(await jobsFor(actionId)).toEqual(['WORK_PLAN_ACTION_DUE', 'WORK_PLAN_ACTION_LATE']);
    // The fan-out reaches the named PsyEn, the CIO's PsyEn and the département's IEN-IO.
    while ((await t.app.services.jobs.drain([FANOUT_JOB])) > 0);
    const told = await ownerRows<{ email: string }>(
      t,
      sql`select distinct u.email from notification n join app_user u on u.id = n.user_id
          where n.target_id = ${actionId} and n.kind = 'WORK_PLAN_ACTION_LATE'`,
    );
    const emails = told.map((r) => r.email);
    expect(emails).toEqual(expect.arrayContaining(['psyen2@demo.test', 'psyen@demo.test', 'ienio@demo.test']));
    expect(emails).not.toContain('dcio@demo.test');
    // A done action is never reminded.
    const b = await gql('dcio', Q.createAction, {
      i: {
        workPlanId: planId,
        title: 'Fait',
        roles: ['PSYEN'],
        personIds: [],
        startMonth: '2030-02',
        endMonth: '2030-02',
        status: 'FAIT',
      },
    });
    await raiseWorkPlanReminders(t.app.services, new Date('2030-05-03T06:00:00Z'));
    expect(await jobsFor(b.data!.createWorkPlanAction.id)).toEqual([]);
  });
});

describe('exports', () => {
  const get = (who: Who, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tok[who]}` } });

  it('gives the plan as XLSX (parsed back, formulas neutralised) and PDF to its readers, audited; not to another CIO', async () => {
    await gql('dcio', Q.createAction, {
      i: {
        workPlanId: id.plan,
        title: '=HYPERLINK("https://evil.example")',
        roles: ['DASEN'],
        personIds: [],
        startMonth: monthFrom(0),
        endMonth: monthFrom(0),
        status: 'A_FAIRE',
      },
    });
    const xlsx = await get('psyen', `/api/orientation/work-plans/${id.plan}/plan.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Action');
    const titles: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) titles.push(row.getCell(1).value);
    });
    expect(titles).toContain('Réunion des réseaux');
    expect(titles).toContain(`'=HYPERLINK("https://evil.example")`);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const late = sheet.getRow(titles.indexOf('Réunion des réseaux') + 2);
    expect(late.getCell(5).value).toBe('En retard');

    const pdf = await get('dcio', `/api/orientation/work-plans/${id.plan}/plan.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const events = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event where action = 'work_plan.export' and subject_id = ${id.plan}`,
    );
    expect(events[0]!.n).toBe(2);
    expect((await get('dcioVierzon', `/api/orientation/work-plans/${id.plan}/plan.xlsx`)).statusCode).toBe(404);
    expect((await get('referent', `/api/orientation/work-plans/${id.plan}/plan.pdf`)).statusCode).toBe(403);
  });
});

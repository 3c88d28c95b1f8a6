import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Answer, type TestApp } from '../../../test/harness.js';
import type { ClasProject } from '../../core/graphql/resolvers-types.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { M, PAST_YEAR, Q, SECOND_ADULT, auditEvents, auditOf, code, content, group, ok } from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tok.porteur = await t.login('porteur@demo.test');
  tok.caf = await t.login('caf@demo.test');
  tok.admin = await t.login('admin@demo.test');
  id.holderOrg = await ownerId(t, sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  id.cher = await ownerId(t, sql`select id from territory where kind = 'DEPARTEMENT' and code = '18'`);
  id.porteur = await ownerId(t, sql`select id from app_user where email = 'porteur@demo.test'`);
  id.caf = await ownerId(t, sql`select id from app_user where email = 'caf@demo.test'`);
});
afterAll(() => t.close());

const as = (who: string, query: string, variables: Record<string, unknown> = {}) => t.gql(tok[who]!, query, variables);
const adults = (p: Answer<ClasProject>) => p.eligibility.results.filter((r) => r.rule === 'ADULTS');

describe('the whole life of a project, through GraphQL', () => {
  let project: Answer<ClasProject>;

  it('the holder creates a draft: 14 children for 1 accompagnateur fail the adult rule, with its reason', async () => {
    project = ok(await as('porteur', M.create, { o: id.holderOrg, c: content() }), 'createClasProject');
    expect(project).toMatchObject({
      status: 'BROUILLON',
      version: 1,
      schoolYear: PAST_YEAR,
      editable: true,
      allowedActions: ['SUBMIT'],
      organisation: { id: id.holderOrg },
      departement: { id: id.cher, code: '18', kind: 'DEPARTEMENT' },
      config: {
        schoolYear: PAST_YEAR,
        ratePercent: 32.5,
        ceilingCentsPerGroup: 256_300,
        configured: false,
        version: 0,
      },
      // 32.5 % of 6,000 €, under the cap of 2,563 €.
      fundingEstimateCents: 195_000,
      decision: null,
      submittedAt: null,
    });
    expect(project.groups).toHaveLength(1);
    expect(project.groups[0]).toMatchObject({
      childrenCount: 14,
      fundingEstimateCents: 195_000,
      startDate: '2025-09-22',
      roster: [],
      sessionLogs: [],
    });
    expect(project.eligibility).toMatchObject({ eligible: false, failures: 1 });
    expect(adults(project)).toEqual([
      {
        rule: 'ADULTS',
        groupIndex: 0,
        groupLabel: 'CE1-CE2',
        outcome: 'FAIL',
        value: '14 enfants pour 1 accompagnateur (14 par adulte)',
        threshold: '7 enfants par accompagnateur au plus (référence : 5)',
        message: 'Plus de 7 enfants par accompagnateur : ajoutez un accompagnateur ou réduisez le groupe.',
      },
    ]);
  });

  it('with a second accompagnateur the rule no longer fails; the group keeps its id', async () => {
    const groupId = project.groups[0]!.id;
    const c = content({
      groups: [group({ id: groupId, accompagnateurs: [group().accompagnateurs[0], SECOND_ADULT] })],
    });
    project = ok(await as('porteur', M.update, { id: project.id, v: 1, c }), 'updateClasProject');
    expect(project.version).toBe(2);
    expect(project.groups[0]!.id).toBe(groupId);
    expect(adults(project)[0]!.outcome).toBe('WARNING');
    expect(project.eligibility).toMatchObject({ eligible: true, failures: 0 });
  });

  it('the officer does not see the draft', async () => {
    expect(ok(await as('caf', Q.project, { id: project.id }), 'clasProject')).toBeNull();
    expect(ok(await as('caf', Q.list, {}), 'clasProjects')).toMatchObject({ totalCount: 0, nodes: [] });
    expect(code(await as('caf', M.examine, { id: project.id, v: 2 }))).toBe('NOT_FOUND');
  });

  it('the holder submits: DEPOSE, the rule results kept; no longer editable', async () => {
    const res = await as('porteur', M.submit, { id: project.id, v: 2 });
    project = ok(res, 'submitClasProject');
    expect(project).toMatchObject({ status: 'DEPOSE', version: 3, editable: false, allowedActions: [] });
    expect(project.submittedAt).toEqual(expect.any(String));
    const [stored] = await ownerRows<{ submitted_eligibility: { eligible: boolean; failures: number } }>(
      t,
      sql`select submitted_eligibility from clas_project where id = ${project.id}`,
    );
    expect(stored!.submitted_eligibility).toMatchObject({ eligible: true, failures: 0 });
    expect(await auditEvents(t, 'clas.project_submit', project.id)).toEqual([
      {
        actor_id: id.porteur,
        outcome: 'SUCCESS',
        details: {
          from: 'BROUILLON',
          status: 'DEPOSE',
          failures: 0,
          warnings: expect.any(Number),
          fundingEstimateCents: 195_000,
        },
      },
    ]);
  });

  it('the officer now sees it, may examine it, and not edit it', async () => {
    const seen = ok(await as('caf', Q.project, { id: project.id }), 'clasProject');
    expect(seen).toMatchObject({ status: 'DEPOSE', editable: false, allowedActions: ['EXAMINE'] });
    const list = ok(await as('caf', Q.list, {}), 'clasProjects');
    expect(list.nodes.map((n) => n.id)).toEqual([project.id]);
    project = ok(await as('caf', M.examine, { id: project.id, v: 3 }), 'examineClasProject');
    expect(project).toMatchObject({
      status: 'EN_INSTRUCTION',
      version: 4,
      allowedActions: ['ACCEPT', 'REFUSE', 'REQUEST_COMPLETION'],
    });
  });

  it('comments go both ways, each with its party', async () => {
    ok(
      await as('caf', M.comment, { id: project.id, b: 'Merci de préciser le calendrier des ateliers parents.' }),
      'commentClasProject',
    );
    const answer = ok(
      await as('porteur', M.comment, { id: project.id, b: 'Le calendrier est joint.' }),
      'commentClasProject',
    );
    expect(answer).toMatchObject({ authorParty: 'HOLDER', author: { displayName: 'Paul Porteur' } });
    const seen = ok(await as('porteur', Q.project, { id: project.id }), 'clasProject');
    expect(seen.comments).toEqual([
      {
        body: 'Merci de préciser le calendrier des ateliers parents.',
        authorParty: 'OFFICER',
        author: { displayName: 'Camille CAF' },
      },
      { body: 'Le calendrier est joint.', authorParty: 'HOLDER', author: { displayName: 'Paul Porteur' } },
    ]);
  });

  it('a grant above the estimate is refused, nothing recorded', async () => {
    const res = await as('caf', M.decide, {
      i: { projectId: project.id, version: 4, decision: 'ACCEPTE', reasons: '', amountGrantedCents: 195_001 },
    });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toContain('dépasse la prestation calculée');
    expect(await ownerRows(t, sql`select id from clas_decision where project_id = ${project.id}`)).toEqual([]);
  });

  it('the officer accepts with an amount: the decision keeps the rule results and the configuration', async () => {
    const res = await as('caf', M.decide, {
      i: {
        projectId: project.id,
        version: 4,
        decision: 'ACCEPTE',
        reasons: 'Projet conforme.',
        amountGrantedCents: 180_000,
      },
    });
    project = ok(res, 'decideClasProject');
    expect(project).toMatchObject({
      status: 'ACCEPTE',
      version: 5,
      allowedActions: [],
      decision: {
        decision: 'ACCEPTE',
        amountGrantedCents: 180_000,
        reasons: 'Projet conforme.',
        config: { ratePercent: 32.5, configured: false, version: 0 },
        eligibility: { eligible: true, failures: 0 },
        decidedBy: { displayName: 'Camille CAF' },
      },
      decisions: [{ decision: 'ACCEPTE' }],
    });
    const [row] = await ownerRows<{ config: Record<string, unknown>; decided_by: string }>(
      t,
      sql`select config, decided_by from clas_decision where project_id = ${project.id}`,
    );
    expect(row!.decided_by).toBe(id.caf);
    expect(row!.config).toMatchObject({
      schoolYear: PAST_YEAR,
      ratePercent: 32.5,
      ceilingCentsPerGroup: 256_300,
      maxChildrenPerAdult: 7,
      classHours: expect.any(Array),
    });
    expect(await auditEvents(t, 'clas.project_decide', project.id)).toEqual([
      {
        actor_id: id.caf,
        outcome: 'SUCCESS',
        details: {
          from: 'EN_INSTRUCTION',
          status: 'ACCEPTE',
          decision: 'ACCEPTE',
          amountGrantedCents: 180_000,
          fundingEstimateCents: 195_000,
          failures: 0,
        },
      },
    ]);
  });

  it('the decision stays as taken after an admin changes the year’s rate', async () => {
    const current = ok(await as('admin', Q.config, { y: PAST_YEAR }), 'clasYearConfig');
    const { configured: _c, version: _v, ...settings } = current;
    const saved = ok(
      await as('admin', M.setConfig, {
        i: {
          ...settings,
          ratePercent: 40,
          version: 0,
          maxChildren: 15,
          minChildren: 5,
          maxChildrenPerAdult: 7,
          warnChildrenPerAdult: 5,
          recommendedSessionsPerWeek: 2,
          maxBreakWeeks: 2,
        },
      }),
      'setClasYearConfig',
    );
    expect(saved).toMatchObject({ schoolYear: PAST_YEAR, ratePercent: 40, configured: true, version: 1 });
    const seen = ok(await as('caf', Q.project, { id: project.id }), 'clasProject');
    // The project's live estimate follows the new rate; the decision keeps the rate it was taken with.
    expect(seen.config).toMatchObject({ ratePercent: 40, configured: true, version: 1 });
    expect(seen.fundingEstimateCents).toBe(240_000);
    expect(seen.decision.config).toEqual({ ratePercent: 32.5, configured: false, version: 0 });
    expect(seen.decision.amountGrantedCents).toBe(180_000);
  });

  let groupId: string;
  let roster: { id: string; name: string }[];

  it('during the year the holder keeps an attendance list and logs sessions and actions', async () => {
    groupId = project.groups[0]!.id;
    roster = ok(await as('porteur', M.roster, { g: groupId, n: ['Léa', 'Noé', 'Inès'] }), 'setClasRoster');
    expect(roster.map((r) => r.name)).toEqual(['Léa', 'Noé', 'Inès']);
    const s1 = ok(
      await as('porteur', M.session, {
        g: groupId,
        d: '2025-10-07',
        n: 12,
        note: 'Atelier conte',
        r: [roster[0]!.id, roster[1]!.id],
      }),
      'logClasSession',
    );
    expect(s1).toMatchObject({
      heldOn: '2025-10-07',
      childrenPresent: 12,
      presentRosterIds: [roster[0]!.id, roster[1]!.id],
    });
    ok(await as('porteur', M.session, { g: groupId, d: '2025-10-09', n: 9 }), 'logClasSession');
    const twice = await as('porteur', M.session, { g: groupId, d: '2025-10-09', n: 10 });
    expect(code(twice)).toBe('CONFLICT');
    ok(
      await as('porteur', M.activity, {
        id: project.id,
        k: 'PARENT_ACTION',
        d: '2025-11-14',
        t: 'Café des parents',
        p: 8,
      }),
      'logClasActivity',
    );
    ok(
      await as('porteur', M.activity, {
        id: project.id,
        k: 'CONCERTATION',
        d: '2025-12-05',
        t: 'Point avec les enseignants',
      }),
      'logClasActivity',
    );
    // The officer may not log anything.
    expect(code(await as('caf', M.session, { g: groupId, d: '2025-10-14', n: 10 }))).toBe('FORBIDDEN');
    expect(code(await as('caf', M.roster, { g: groupId, n: ['X'] }))).toBe('FORBIDDEN');
  });

  it('the live bilan counts what was logged against what was planned', async () => {
    const seen = ok(await as('porteur', Q.project, { id: project.id }), 'clasProject');
    // 2 sessions a week over 38 whole weeks (22/09/2025 → 19/06/2026: 270 days).
    expect(seen.bilan).toEqual({
      sessionsPlanned: 76,
      sessionsHeld: 2,
      attendanceRate: 21 / 28,
      parentActionsPlanned: 2,
      parentActionsHeld: 1,
      concertationPlanned: 1,
      concertationHeld: 1,
      assessment: null,
      submittedAt: null,
    });
    expect(seen.groups[0]!.roster).toEqual(roster);
    expect(seen.groups[0]!.sessionLogs.map((s) => s.presentRosterIds)).toEqual([[roster[0]!.id, roster[1]!.id], []]);
  });

  it('the officer sees the counts, never the names', async () => {
    const seen = ok(await as('caf', Q.project, { id: project.id }), 'clasProject');
    expect(seen.groups[0]!.roster).toBeNull();
    expect(seen.groups[0]!.sessionLogs).toEqual([
      expect.objectContaining({ heldOn: '2025-10-07', childrenPresent: 12, presentRosterIds: null }),
      expect.objectContaining({ heldOn: '2025-10-09', childrenPresent: 9, presentRosterIds: null }),
    ]);
    expect(seen.bilan.sessionsHeld).toBe(2);
    expect(JSON.stringify(seen)).not.toContain('Léa');
  });

  it('the holder submits the bilan: its figures are frozen', async () => {
    project = ok(
      await as('porteur', M.bilan, {
        id: project.id,
        v: 5,
        a: 'Une année riche, une forte participation des familles.',
      }),
      'submitClasBilan',
    );
    expect(project).toMatchObject({ status: 'BILAN_DEPOSE', version: 6, allowedActions: [] });
    expect(project.bilan).toMatchObject({
      sessionsPlanned: 76,
      sessionsHeld: 2,
      attendanceRate: 0.75,
      assessment: 'Une année riche, une forte participation des familles.',
    });
    expect(project.bilan.submittedAt).toEqual(expect.any(String));
    // Logging is over, and what the bilan shows no longer moves.
    expect(code(await as('porteur', M.session, { g: groupId, d: '2025-10-16', n: 11 }))).toBe('CONFLICT');
    await ownerRows(
      t,
      sql`insert into clas_activity_log (project_id, kind, held_on, title) values (${project.id}, 'PARENT_ACTION', '2026-01-10', 'Ajout tardif')`,
    );
    expect(ok(await as('porteur', Q.project, { id: project.id }), 'clasProject').bilan.parentActionsHeld).toBe(1);
  });

  it('the officer closes the project', async () => {
    expect(code(await as('porteur', M.close, { id: project.id, v: 6 }))).toBe('FORBIDDEN');
    project = ok(await as('caf', M.close, { id: project.id, v: 6 }), 'closeClasProject');
    expect(project).toMatchObject({ status: 'CLOTURE', version: 7, allowedActions: [] });
    const [row] = await ownerRows<{ closed_at: Date | null }>(
      t,
      sql`select closed_at from clas_project where id = ${project.id}`,
    );
    expect(row!.closed_at).not.toBeNull();
  });

  it('every step left an audit event, none with a child’s name', async () => {
    const events = await ownerRows<{ action: string; details: unknown }>(
      t,
      sql`select action, details from audit_event where subject_id = ${project.id} order by id`,
    );
    expect(events.map((e) => e.action)).toEqual([
      'clas.project_create',
      'clas.project_update',
      // The CAF officer's read of the draft, which the CAF does not see yet, and its attempt to examine
      // it (both DENIED, naming the project).
      'clas.project_read',
      'Mutation.examineClasProject',
      'clas.project_submit',
      'clas.project_examine',
      'clas.comment_add',
      'clas.comment_add',
      'clas.project_decide',
      'clas.roster_write',
      'clas.session_log',
      'clas.session_log',
      'clas.activity_log',
      'clas.activity_log',
      // The holder's reads of the list: the live bilan, the bilan's answer, the project once frozen.
      'clas.roster_read',
      'clas.bilan_submit',
      'clas.roster_read',
      'clas.roster_read',
      // The holder's attempt to close it, refused (DENIED, naming the project).
      'Mutation.closeClasProject',
      'clas.project_close',
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Léa|Noé|Inès/);
    expect(events.find((e) => e.action === 'clas.project_update')!.details).toEqual({
      fields: ['groups'],
      groups: { kept: 1, added: 0, removed: 0 },
    });
    expect(events.find((e) => e.action === 'clas.roster_write')!.details).toEqual({
      groupId,
      entries: 3,
      added: 3,
      removed: 0,
    });
  });
});

describe('submission with failing rules, and the way back to the holder', () => {
  it('submits with failures, which are kept; A_COMPLETER makes it editable again; re-submission', async () => {
    const holder = await t.login('porteur@demo.test');
    const created = ok(
      await t.gql(holder, M.create, {
        o: id.holderOrg,
        c: content({
          schoolYear: '2026-2027',
          charterSigned: false,
          groups: [group({ startDate: '2026-09-21', endDate: '2027-06-18' })],
        }),
      }),
      'createClasProject',
    );
    expect(created.eligibility).toMatchObject({ eligible: false, failures: 2 });
    const submitted = ok(await t.gql(holder, M.submit, { id: created.id, v: 1 }), 'submitClasProject');
    expect(submitted.status).toBe('DEPOSE');
    expect(submitted.eligibility).toMatchObject({ eligible: false, failures: 2 });
    const [row] = await ownerRows<{
      submitted_eligibility: { failures: number; results: { rule: string; outcome: string }[] };
    }>(t, sql`select submitted_eligibility from clas_project where id = ${created.id}`);
    expect(row!.submitted_eligibility.failures).toBe(2);
    expect(
      row!.submitted_eligibility.results
        .filter((r) => r.outcome === 'FAIL')
        .map((r) => r.rule)
        .sort(),
    ).toEqual(['ADULTS', 'CHARTER']);

    // Edit refused once submitted.
    const refused = await t.gql(holder, M.update, { id: created.id, v: 2, c: content({ schoolYear: '2026-2027' }) });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toContain('brouillon ou à compléter');

    ok(await as('caf', M.examine, { id: created.id, v: 2 }), 'examineClasProject');
    // A refusal or a request for completion must say why.
    const unexplained = await as('caf', M.decide, {
      i: { projectId: created.id, version: 3, decision: 'A_COMPLETER', reasons: ' ' },
    });
    expect(code(unexplained)).toBe('BAD_USER_INPUT');
    expect(unexplained.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['input.reasons']);
    const back = ok(
      await as('caf', M.decide, {
        i: { projectId: created.id, version: 3, decision: 'A_COMPLETER', reasons: 'La charte doit être signée.' },
      }),
      'decideClasProject',
    );
    expect(back).toMatchObject({
      status: 'A_COMPLETER',
      decision: { decision: 'A_COMPLETER', amountGrantedCents: null },
    });

    const holderView = ok(await t.gql(holder, Q.project, { id: created.id }), 'clasProject');
    expect(holderView).toMatchObject({ editable: true, allowedActions: ['SUBMIT'] });
    const c = content({
      schoolYear: '2026-2027',
      charterSigned: false,
      groups: [
        group({
          id: holderView.groups[0]!.id,
          startDate: '2026-09-21',
          endDate: '2027-06-18',
          accompagnateurs: [group().accompagnateurs[0], SECOND_ADULT],
        }),
      ],
    });
    const fixed = ok(await t.gql(holder, M.update, { id: created.id, v: 4, c }), 'updateClasProject');
    expect(fixed.eligibility).toMatchObject({ failures: 1 });
    const again = ok(await t.gql(holder, M.submit, { id: created.id, v: 5 }), 'submitClasProject');
    expect(again).toMatchObject({ status: 'DEPOSE', version: 6 });

    // The officer refuses with reasons.
    ok(await as('caf', M.examine, { id: created.id, v: 6 }), 'examineClasProject');
    const refusedProject = ok(
      await as('caf', M.decide, {
        i: { projectId: created.id, version: 7, decision: 'REFUSE', reasons: 'Charte non signée.' },
      }),
      'decideClasProject',
    );
    expect(refusedProject).toMatchObject({
      status: 'REFUSE',
      decisions: [{ decision: 'A_COMPLETER' }, { decision: 'REFUSE' }],
    });
    // An amount only goes with an acceptance.
    const res = await as('caf', M.decide, {
      i: { projectId: created.id, version: 8, decision: 'REFUSE', reasons: 'x', amountGrantedCents: 10 },
    });
    expect(res.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['input.amountGrantedCents']);
  });

  it('an illegal step is a CONFLICT with the machine’s reason; a stale version too', async () => {
    const [p] = await ownerRows<{ id: string; version: number }>(
      t,
      sql`select id, version from clas_project where school_year = '2026-2027'`,
    );
    const res = await as('caf', M.examine, { id: p!.id, v: p!.version });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(
      "Impossible : la mise en instruction n'est pas possible pour un projet refusé.",
    );
    const stale = await as('caf', M.close, { id: p!.id, v: p!.version - 1 });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toContain('modifié entre-temps');
  });

  it('audits a refused step as DENIED and writes nothing', async () => {
    const [p] = await ownerRows<{ id: string; version: number }>(
      t,
      sql`select id, version from clas_project where school_year = '2026-2027'`,
    );
    // The officer calling the holder's step: refused at the field (role).
    const res = await as('caf', M.submit, { id: p!.id, v: p!.version });
    expect(code(res)).toBe('FORBIDDEN');
    expect(await auditOf(t, res.errors![0]!.extensions.requestId)).toEqual([
      {
        action: 'Mutation.submitClasProject',
        outcome: 'DENIED',
        subject_type: 'clas_project',
        subject_id: p!.id,
        details: { policy: 'role:CLAS_HOLDER' },
      },
    ]);
  });
});

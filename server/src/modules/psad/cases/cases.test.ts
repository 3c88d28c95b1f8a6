import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import type { Actor } from '../../../core/auth/actor.js';
import { loadActor } from '../../../core/auth/authenticate.js';
import { withActorTx } from '../../../core/db/actor-tx.js';
import { CASE_FIELDS, createCase, createCounsellor, ownerId, ownerRows } from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const who = ['referent', 'vierzon', 'conseiller', 'mlds', 'admin', 'lecteur'] as const;
type Who = (typeof who)[number];
const emails: Record<Who, string> = {
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
  mlds: 'conseiller.mlds@demo.test',
  admin: 'admin@demo.test',
  lecteur: 'lecteur@demo.test',
};
const actors = {} as Record<Who, Actor>;
const c = {} as Record<'ana' | 'ana2' | 'bob' | 'chloe' | 'dina' | 'eve' | 'vic', string>;

const Q = {
  cases: `query($p: ID!, $f: CaseFilter, $o: CaseOrder, $first: Int, $after: String, $offset: Int) { cases(platformId: $p, filter: $f, orderBy: $o, first: $first, after: $after, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } nodes { id youngPerson { lastName } } } }`,
  assigned: `query($f: CaseFilter) { assignedCases(filter: $f) { totalCount nodes { id } } }`,
  case: `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} timeline { kind occurredAt actor { id } data } contactAttempts { channel result } } }`,
  assign: `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!, $u: ID, $r: String) { assignCases(platformId: $p, cases: $cases, organisationId: $o, counsellorId: $u, reason: $r) { id version status assignedOrganisation { id } } }`,
  reassign: `mutation($id: ID!, $v: Int!, $o: ID!) { reassignCase(caseId: $id, version: $v, organisationId: $o) { id version status assignedOrganisation { id } } }`,
  attempt: `mutation($id: ID!, $v: Int!, $at: DateTime!, $ch: ContactChannel!, $res: ContactResult!) { recordContactAttempt(caseId: $id, version: $v, attemptedAt: $at, channel: $ch, result: $res) { id version status firstAttemptAt reachedAt } }`,
  check: `mutation($id: ID!, $v: Int!, $f: SituationFinding!, $n: String) { recordSituationCheck(caseId: $id, version: $v, finding: $f, note: $n) { id version status } }`,
  solution: `mutation($id: ID!, $v: Int!, $type: SolutionType!, $d: Date!) { recordSolution(caseId: $id, version: $v, type: $type, startDate: $d) { id version status solutionType } }`,
  close: `mutation($id: ID!, $v: Int!, $o: CloseOutcome!, $c: String) { closeCase(caseId: $id, version: $v, outcome: $o, comment: $c) { id version status closeOutcome } }`,
  reopen: `mutation($id: ID!) { reopenCase(caseId: $id) { id version status episode } }`,
};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w]!, q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const version = async (caseId: string) =>
  (await ownerRows<{ version: number }>(t, sql`select version from psad_case where id = ${caseId}`))[0]!.version;
const status = async (caseId: string) =>
  (await ownerRows<{ status: string }>(t, sql`select status from psad_case where id = ${caseId}`))[0]!.status;
const rawCaseIds = (w: Who) =>
  withActorTx(t.database.db, actors[w], 'read', async (tx) =>
    (await tx.execute<{ id: string }>(sql`select id from psad_case`)).rows.map((r) => r.id).sort(),
  );
const auditCount = async (action: string) =>
  (
    await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event where action = ${action} and outcome = 'SUCCESS'`,
    )
  )[0]!.n;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  id.mldsUser = await createCounsellor(t, emails.mlds, 'MLDS du Cher');
  for (const w of who) {
    tok[w] = await t.login(emails[w]);
    id[w] = await ownerId(t, sql`select id from app_user where email = ${emails[w]}`);
    actors[w] = (await loadActor(t.database.db, id[w]!, 'token'))!;
  }
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.mlds = await ownerId(t, sql`select id from organisation where name = 'MLDS du Cher'`);
  id.caf = await ownerId(t, sql`select id from organisation where name = 'CAF du Cher'`);
  const minorBirth = `${new Date().getUTCFullYear() - 16}-03-01`;
  c.ana = (
    await createCase(t, id.bourges, {
      lastName: 'Arnaud',
      firstNames: 'Ana',
      birthDate: minorBirth,
      ine: '123456789AB',
      commune: 'Bourges',
      schoolExitDate: '2026-06-30',
    })
  ).caseId;
  c.bob = (
    await createCase(t, id.bourges, {
      lastName: 'Bérenger',
      firstNames: 'Bob',
      birthDate: '2005-01-01',
      commune: 'Bourges',
      schoolExitDate: '2025-06-30',
    })
  ).caseId;
  c.chloe = (
    await createCase(t, id.bourges, {
      lastName: 'Chevalier',
      firstNames: 'Chloé',
      birthDate: '2006-05-05',
      commune: 'Mehun-sur-Yèvre',
    })
  ).caseId;
  c.dina = (
    await createCase(
      t,
      id.bourges,
      { lastName: 'Dupont', firstNames: 'Dina', birthDate: '2006-05-05' },
      { campaign: '2026-S1', convocationDate: '2026-01-10' },
    )
  ).caseId;
  c.eve = (await createCase(t, id.bourges, { lastName: 'Étienne', firstNames: 'Ève', birthDate: '2006-05-05' })).caseId;
  c.vic = (
    await createCase(t, id.vierzonP, { lastName: 'Vasseur', firstNames: 'Victor', birthDate: '2006-05-05' })
  ).caseId;
});
afterAll(() => t.close());

describe('who sees which cases', () => {
  it('the referent of Bourges lists the cases of Bourges, not those of Vierzon', async () => {
    const res = await gql('referent', Q.cases, { p: id.bourges });
    expect(res.errors).toBeUndefined();
    expect(res.data.cases.totalCount).toBe(5);
    expect(code(await gql('referent', Q.cases, { p: id.vierzonP }))).toBe('FORBIDDEN');
    expect((await gql('referent', Q.case, { id: c.vic })).data.case).toBeNull();
    expect((await gql('vierzon', Q.cases, { p: id.vierzonP })).data.cases.totalCount).toBe(1);
    expect((await gql('vierzon', Q.case, { id: c.ana })).data.case).toBeNull();
  });

  it('admins and viewers see no person (policy), counsellors see nothing unassigned', async () => {
    for (const w of ['admin', 'lecteur'] as const) {
      expect(code(await gql(w, Q.cases, { p: id.bourges })), w).toBe('FORBIDDEN');
      expect(code(await gql(w, Q.case, { id: c.ana })), w).toBe('FORBIDDEN');
      expect(code(await gql(w, Q.assigned)), w).toBe('FORBIDDEN');
    }
    expect(code(await gql('conseiller', Q.cases, { p: id.bourges }))).toBe('FORBIDDEN');
    expect((await gql('conseiller', Q.assigned)).data.assignedCases.totalCount).toBe(0);
    expect((await gql('conseiller', Q.case, { id: c.ana })).data.case).toBeNull();
  });

  it('row-level security holds on raw SQL through the request handle', async () => {
    expect(await rawCaseIds('referent')).toEqual([c.ana, c.bob, c.chloe, c.dina, c.eve].sort());
    expect(await rawCaseIds('vierzon')).toEqual([c.vic]);
    for (const w of ['conseiller', 'mlds', 'admin', 'lecteur'] as const) expect(await rawCaseIds(w), w).toEqual([]);
    const people = await withActorTx(
      t.database.db,
      actors.admin,
      'read',
      async (tx) => (await tx.execute(sql`select id from young_person`)).rows,
    );
    expect(people).toEqual([]);
  });
});

describe('bulk assignment', () => {
  it('is all or nothing: a stale version, an illegal state or a non-partner refuse the whole batch', async () => {
    const batch = [c.ana, c.bob, c.chloe].map((x) => ({ id: x, version: 1 }));
    const before = await auditCount('case.assign');
    const stale = await gql('referent', Q.assign, {
      p: id.bourges,
      cases: [...batch.slice(0, 2), { id: c.chloe, version: 7 }],
      o: id.ml,
    });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/modifié entre-temps/);
    const notPartner = await gql('referent', Q.assign, { p: id.bourges, cases: batch, o: id.caf });
    expect(code(notPartner)).toBe('BAD_USER_INPUT');
    expect(notPartner.errors![0]!.extensions.fields?.map((f) => f.path)).toEqual(['organisationId']);
    const foreign = await gql('referent', Q.assign, {
      p: id.bourges,
      cases: [...batch, { id: c.vic, version: 1 }],
      o: id.ml,
    });
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(code(await gql('vierzon', Q.assign, { p: id.bourges, cases: batch, o: id.ml }))).toBe('FORBIDDEN');
    expect(code(await gql('conseiller', Q.assign, { p: id.bourges, cases: batch, o: id.ml }))).toBe('FORBIDDEN');
    for (const x of [c.ana, c.bob, c.chloe]) {
      expect(await status(x)).toBe('A_TRAITER');
      expect(await version(x)).toBe(1);
    }
    expect(await auditCount('case.assign')).toBe(before);
  });

  it('assigns every case of the batch, one timeline event each and one audit event', async () => {
    const res = await gql('referent', Q.assign, {
      p: id.bourges,
      cases: [c.ana, c.bob, c.chloe].map((x) => ({ id: x, version: 1 })),
      o: id.ml,
      u: id.conseiller,
      r: 'Secteur Bourges',
    });
    expect(res.errors?.[0]?.message).toBeUndefined();
    expect(res.data.assignCases).toEqual(
      [c.ana, c.bob, c.chloe].map((x) => ({
        id: x,
        version: 2,
        status: 'AFFECTE',
        assignedOrganisation: { id: id.ml },
      })),
    );
    expect(await auditCount('case.assign')).toBe(1);
    const events = await ownerRows<{ kind: string; actor_id: string }>(
      t,
      sql`select kind, actor_id from case_event where case_id in (${c.ana}, ${c.bob}, ${c.chloe})`,
    );
    expect(events).toEqual(Array(3).fill({ kind: 'assign', actor_id: id.referent }));
    // Assigning again: the machine refuses from AFFECTE, with its reason.
    const again = await gql('referent', Q.assign, { p: id.bourges, cases: [{ id: c.ana, version: 2 }], o: id.ml });
    expect(code(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toBe("Impossible : l'affectation n'est pas possible pour un suivi affecté.");
  });

  it('the counsellors of the assigned organisation now see the cases; those of another do not', async () => {
    expect((await gql('conseiller', Q.assigned)).data.assignedCases.totalCount).toBe(3);
    expect(await rawCaseIds('conseiller')).toEqual([c.ana, c.bob, c.chloe].sort());
    expect((await gql('mlds', Q.assigned)).data.assignedCases.totalCount).toBe(0);
    expect(await rawCaseIds('mlds')).toEqual([]);
    expect((await gql('mlds', Q.case, { id: c.ana })).data.case).toBeNull();
  });
});

describe('transitions', () => {
  it('a contact attempt moves AFFECTE to EN_COURS and sets first attempt; JOINT sets reached', async () => {
    const first = await gql('conseiller', Q.attempt, {
      id: c.ana,
      v: 2,
      at: daysAgo(3),
      ch: 'TELEPHONE',
      res: 'MESSAGE_LAISSE',
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordContactAttempt).toMatchObject({ status: 'EN_COURS', version: 3, reachedAt: null });
    expect(first.data.recordContactAttempt.firstAttemptAt).toBeTruthy();
    const stale = await gql('conseiller', Q.attempt, { id: c.ana, v: 2, at: daysAgo(1), ch: 'SMS', res: 'JOINT' });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/entre-temps/);
    const joint = await gql('conseiller', Q.attempt, { id: c.ana, v: 3, at: daysAgo(1), ch: 'SMS', res: 'JOINT' });
    expect(joint.data.recordContactAttempt).toMatchObject({
      status: 'EN_COURS',
      version: 4,
      firstAttemptAt: first.data.recordContactAttempt.firstAttemptAt,
    });
    expect(joint.data.recordContactAttempt.reachedAt).toBeTruthy();
    const bad = await gql('conseiller', Q.attempt, { id: c.ana, v: 4, at: daysAgo(1), ch: 'PIGEON', res: 'JOINT' });
    expect(code(bad)).toBeTruthy();
  });

  it('illegal transitions get CONFLICT with the reason of the machine, and change nothing', async () => {
    const solution = await gql('conseiller', Q.solution, { id: c.bob, v: 2, type: 'EMPLOI', d: '2026-09-01' });
    expect(code(solution)).toBe('CONFLICT');
    expect(solution.errors![0]!.message).toBe(
      "Impossible : l'enregistrement d'une solution n'est pas possible pour un suivi affecté.",
    );
    const attempt = await gql('referent', Q.attempt, { id: c.dina, v: 1, at: daysAgo(1), ch: 'SMS', res: 'JOINT' });
    expect(code(attempt)).toBe('CONFLICT');
    const reopen = await gql('referent', Q.reopen, { id: c.bob });
    expect(reopen.errors![0]!.message).toMatch(/^Impossible : la réouverture/);
    const confirmed = await gql('referent', Q.close, { id: c.bob, v: 2, o: 'SOLUTION_CONFIRMEE' });
    expect(confirmed.errors![0]!.message).toMatch(/enregistrez d’abord la solution/);
    const other = await gql('referent', Q.close, { id: c.bob, v: 2, o: 'AUTRE', c: '  ' });
    expect(other.errors![0]!.message).toMatch(/commentaire est obligatoire/);
    expect(await version(c.bob)).toBe(2);
    expect(await status(c.bob)).toBe('AFFECTE');
  });

  it('situation check, solution, close SOLUTION_CONFIRMEE, then reopen as a new episode', async () => {
    const check = await gql('conseiller', Q.check, { id: c.ana, v: 4, f: 'SANS_SOLUTION', n: 'Rappeler en septembre' });
    expect(check.data.recordSituationCheck).toMatchObject({ status: 'EN_COURS', version: 5 });
    const sol = await gql('conseiller', Q.solution, { id: c.ana, v: 5, type: 'APPRENTISSAGE', d: '2026-09-01' });
    expect(sol.data.recordSolution).toMatchObject({ status: 'SOLUTION', version: 6, solutionType: 'APPRENTISSAGE' });
    const closed = await gql('referent', Q.close, { id: c.ana, v: 6, o: 'SOLUTION_CONFIRMEE' });
    expect(closed.data.closeCase).toMatchObject({ status: 'CLOS', version: 7, closeOutcome: 'SOLUTION_CONFIRMEE' });
    expect(code(await gql('conseiller', Q.reopen, { id: c.ana }))).toBe('FORBIDDEN');
    const reopened = await gql('referent', Q.reopen, { id: c.ana });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data.reopenCase).toMatchObject({ status: 'A_TRAITER', episode: 2, version: 1 });
    expect(reopened.data.reopenCase.id).not.toBe(c.ana);
    c.ana2 = reopened.data.reopenCase.id;
    expect(await status(c.ana)).toBe('CLOS');
    expect(code(await gql('referent', Q.reopen, { id: c.ana }))).toBe('CONFLICT');
    // The audit log never holds the note.
    const details = await ownerRows<{ d: string }>(
      t,
      sql`select coalesce(details::text, '') as d from audit_event where subject_id = ${c.ana}`,
    );
    expect(details.map((r) => r.d).join('|')).not.toContain('Rappeler');
  });

  it('the timeline lists every change in order, with its actor; reading the case is audited', async () => {
    const before = await auditCount('case.read');
    const res = await gql('referent', Q.case, { id: c.ana });
    expect(res.errors).toBeUndefined();
    const tl = res.data.case.timeline;
    expect(tl.map((e) => e.kind)).toEqual([
      'assign',
      'contact_attempt',
      'contact_attempt',
      'situation_check',
      'solution',
      'close',
    ]);
    expect([...tl.map((e) => e.occurredAt)].sort()).toEqual(tl.map((e) => e.occurredAt));
    expect(tl[1]!.actor).toEqual({ id: id.conseiller });
    expect(tl[3]!.data).toMatchObject({ finding: 'SANS_SOLUTION', note: 'Rappeler en septembre' });
    expect(res.data.case.contactAttempts).toEqual([
      { channel: 'TELEPHONE', result: 'MESSAGE_LAISSE' },
      { channel: 'SMS', result: 'JOINT' },
    ]);
    expect(res.data.case.allowedActions).toEqual(['REOPEN']);
    expect(await auditCount('case.read')).toBe(before + 1);
  });

  it('closing « injoignable » needs 3 failed attempts on 2 channels over 30 days', async () => {
    let v = 2;
    for (const [days, ch] of [
      [40, 'TELEPHONE'],
      [20, 'TELEPHONE'],
    ] as const) {
      const r = await gql('conseiller', Q.attempt, { id: c.bob, v, at: daysAgo(days), ch, res: 'INJOIGNABLE' });
      expect(r.errors?.[0]?.message).toBeUndefined();
      v += 1;
    }
    const early = await gql('conseiller', Q.close, { id: c.bob, v, o: 'INJOIGNABLE' });
    expect(early.errors![0]!.message).toMatch(/au moins 3 tentatives/);
    await gql('conseiller', Q.attempt, { id: c.bob, v, at: daysAgo(2), ch: 'COURRIER', res: 'INJOIGNABLE' });
    v += 1;
    const flags = (await gql('conseiller', Q.case, { id: c.bob })).data.case.flags;
    expect(flags.injoignableReached).toBe(true);
    const closed = await gql('conseiller', Q.close, { id: c.bob, v, o: 'INJOIGNABLE' });
    expect(closed.errors?.[0]?.message).toBeUndefined();
    expect(closed.data.closeCase).toMatchObject({ status: 'CLOS', closeOutcome: 'INJOIGNABLE' });
    // Closed: out of the counsellor's sight.
    expect(await rawCaseIds('conseiller')).toEqual([c.chloe]);
  });

  it('reassignment is the referent’s; the counsellor of the former partner loses sight, the new one gains it', async () => {
    expect(code(await gql('conseiller', Q.reassign, { id: c.chloe, v: 2, o: id.mlds }))).toBe('FORBIDDEN');
    expect(code(await gql('referent', Q.reassign, { id: c.chloe, v: 1, o: id.mlds }))).toBe('CONFLICT');
    const r = await gql('referent', Q.reassign, { id: c.chloe, v: 2, o: id.mlds });
    expect(r.data.reassignCase).toMatchObject({ status: 'AFFECTE', version: 3, assignedOrganisation: { id: id.mlds } });
    expect(await rawCaseIds('conseiller')).toEqual([]);
    expect((await gql('conseiller', Q.case, { id: c.chloe })).data.case).toBeNull();
    expect(
      code(await gql('conseiller', Q.attempt, { id: c.chloe, v: 3, at: daysAgo(1), ch: 'SMS', res: 'JOINT' })),
    ).toBe('NOT_FOUND');
    expect(await rawCaseIds('mlds')).toEqual([c.chloe]);
    const a = await gql('mlds', Q.attempt, { id: c.chloe, v: 3, at: daysAgo(1), ch: 'SMS', res: 'JOINT' });
    expect(a.data.recordContactAttempt).toMatchObject({ status: 'EN_COURS', version: 4 });
  });
});

describe('worklist filters, sort and pagination', () => {
  const list = async (f: Record<string, unknown> | null, extra: Record<string, unknown> = {}) => {
    const res = await gql('referent', Q.cases, { p: id.bourges, f, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data.cases;
  };
  const names = (l: Awaited<ReturnType<typeof list>>) => l.nodes.map((n) => n.youngPerson.lastName);

  it('filters by status, partner, campaign, source, commune, minor without solution, search', async () => {
    // Cases now: ana CLOS, ana2 A_TRAITER, bob CLOS, chloe EN_COURS (MLDS), dina A_TRAITER, eve A_TRAITER.
    expect(names(await list(null))).toEqual(['Arnaud', 'Arnaud', 'Bérenger', 'Chevalier', 'Dupont', 'Étienne']);
    expect(names(await list({ status: ['A_TRAITER'] }))).toEqual(['Arnaud', 'Dupont', 'Étienne']);
    expect(names(await list({ organisationId: id.mlds }))).toEqual(['Chevalier']);
    expect(names(await list({ campaign: '2026-s1' }))).toEqual(['Dupont']);
    expect((await list({ source: 'SIGNAL' })).totalCount).toBe(0);
    expect(names(await list({ commune: 'bourges' }))).toEqual(['Arnaud', 'Arnaud', 'Bérenger']);
    expect(names(await list({ minorWithoutSolution: true }))).toEqual(['Arnaud']);
    expect(names(await list({ search: 'berenger' }))).toEqual(['Bérenger']);
    expect(names(await list({ search: 'CHLOÉ' }))).toEqual(['Chevalier']);
    expect(names(await list({ search: '123456789ab' }))).toEqual(['Arnaud', 'Arnaud']);
  });

  it('filters the assigned cases without contact for N days', async () => {
    await t.database.db.execute(
      sql`update psad_case set assigned_at = now() - interval '20 days', last_attempt_at = now() - interval '18 days' where id = ${c.chloe}`,
    );
    expect(names(await list({ daysWithoutContact: 15 }))).toEqual(['Chevalier']);
    expect(names(await list({ daysWithoutContact: 19 }))).toEqual([]);
    const bad = await gql('referent', Q.cases, { p: id.bourges, f: { daysWithoutContact: -1 } });
    expect(bad.errors![0]!.extensions.fields?.[0]?.path).toBe('filter.daysWithoutContact');
  });

  it('pages with a cursor in each order, totalCount constant, no row twice', async () => {
    for (const o of ['NAME', 'LAST_UPDATE', 'EXIT_DATE']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const l = await list(null, { o, first: 2, after });
        expect(l.totalCount, o).toBe(6);
        seen.push(...l.nodes.map((n) => n.id));
        if (!l.pageInfo.hasNextPage) break;
        after = l.pageInfo.endCursor;
      }
      expect(seen, o).toHaveLength(6);
      expect(new Set(seen).size, o).toBe(6);
    }
    // A filtered list counts and pages the same matching cases (one read of them): every order, by cursor and by offset.
    const f = { status: ['A_TRAITER', 'CLOS'] };
    for (const o of ['NAME', 'LAST_UPDATE', 'EXIT_DATE']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const l = await list(f, { o, first: 2, after });
        expect(l.totalCount, o).toBe(5);
        seen.push(...l.nodes.map((n) => n.id));
        if (!l.pageInfo.hasNextPage) break;
        after = l.pageInfo.endCursor;
      }
      expect(new Set(seen).size, o).toBe(5);
      const whole = await list(f, { o });
      expect(
        whole.nodes.map((n) => n.id),
        o,
      ).toEqual(seen);
      const jumped = await list(f, { o, first: 2, offset: 2 });
      expect(jumped.totalCount, o).toBe(5);
      expect(
        jumped.nodes.map((n) => n.id),
        o,
      ).toEqual(seen.slice(2, 4));
    }
    const byExit = await list(null, { o: 'EXIT_DATE' });
    // Latest exit first, unknown exit dates last.
    expect(names(byExit).slice(0, 3)).toEqual(['Arnaud', 'Arnaud', 'Bérenger']);
    expect(code(await gql('referent', Q.cases, { p: id.bourges, after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(code(await gql('referent', Q.cases, { p: id.bourges, first: 1000 }))).toBe('BAD_USER_INPUT');
    // The referent check comes first: another platform's referent is refused whatever the input, and a
    // referent's empty page is no refusal.
    expect(code(await gql('referent', Q.cases, { p: id.vierzonP, after: 'garbage' }))).toBe('FORBIDDEN');
    const none = await gql('referent', Q.cases, { p: id.bourges, f: { search: 'personne-ainsi' } });
    expect(none.errors).toBeUndefined();
    expect(none.data.cases).toMatchObject({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('jumps to a page by offset in each order, on the name index and off it, and goes on from there by cursor', async () => {
    const ids = (l: Awaited<ReturnType<typeof list>>) => l.nodes.map((n) => n.id);
    const everyStatus = { status: ['A_TRAITER', 'AFFECTE', 'EN_COURS', 'SOLUTION', 'CLOS'] };
    for (const o of ['NAME', 'LAST_UPDATE', 'EXIT_DATE']) {
      for (const f of [null, everyStatus]) {
        const all = ids(await list(f, { o }));
        expect(all, o).toHaveLength(6);
        // Page 2 of 2-case pages: the third and fourth cases; its endCursor leads to the last two.
        const second = await list(f, { o, first: 2, offset: 2 });
        expect(ids(second), `${o} ${f ? 'filtered' : 'index'}`).toEqual(all.slice(2, 4));
        expect(second.pageInfo.hasNextPage).toBe(true);
        expect(second.totalCount).toBe(6);
        const third = await list(f, { o, first: 2, after: second.pageInfo.endCursor });
        expect(ids(third), o).toEqual(all.slice(4, 6));
        const last = await list(f, { o, first: 4, offset: 4 });
        expect(ids(last), o).toEqual(all.slice(4, 6));
        expect(last.pageInfo.hasNextPage).toBe(false);
        expect(ids(await list(f, { o, first: 2, offset: 6 })), o).toEqual([]);
        expect(ids(await list(f, { o, first: 6, offset: 0 })), o).toEqual(all);
      }
    }
    const both = await gql('referent', Q.cases, {
      p: id.bourges,
      offset: 2,
      after: (await list(null, { first: 2 })).pageInfo.endCursor,
    });
    expect(both.errors![0]!.extensions.fields?.[0]?.path).toBe('offset');
    expect(code(await gql('referent', Q.cases, { p: id.bourges, offset: -1 }))).toBe('BAD_USER_INPUT');
    // A jump is still for the platform's referents only.
    expect(code(await gql('vierzon', Q.cases, { p: id.bourges, offset: 2 }))).toBe('FORBIDDEN');
  });

  it('the name order read off its index is the filtered lists’ order, cursors included, and follows renames and merges', async () => {
    const ids = (l: Awaited<ReturnType<typeof list>>) => l.nodes.map((n) => n.id);
    const everyStatus = { status: ['A_TRAITER', 'AFFECTE', 'EN_COURS', 'SOLUTION', 'CLOS'] };
    // Without a filter the page comes off the name index; any filter sorts the joined rows.
    const indexed = await list(null, { o: 'NAME' });
    const sorted = await list(everyStatus, { o: 'NAME' });
    expect(ids(indexed)).toEqual(ids(sorted));
    expect(ids(indexed)).toHaveLength(6);
    const firstTwo = await list(null, { o: 'NAME', first: 2 });
    const rest = await list(everyStatus, { o: 'NAME', after: firstTwo.pageInfo.endCursor });
    expect([...ids(firstTwo), ...ids(rest)]).toEqual(ids(indexed));

    // A rename reaches the case's place in the list; so does a case moving to another person.
    const [dina] = await ownerRows<{ yp: string }>(
      t,
      sql`select young_person_id as yp from psad_case where id = ${c.dina}`,
    );
    expect(names(indexed)[0]).not.toBe('Aaa');
    await ownerRows(t, sql`update young_person set last_name = 'Aaa' where id = ${dina!.yp} returning id`);
    const renamed = await list(null, { o: 'NAME' });
    expect(ids(renamed)[0]).toBe(c.dina);
    expect(ids(renamed)).toEqual(ids(await list(everyStatus, { o: 'NAME' })));
    await ownerRows(t, sql`update young_person set last_name = 'Dupont' where id = ${dina!.yp} returning id`);
    const [ana] = await ownerRows<{ yp: string }>(
      t,
      sql`select young_person_id as yp from psad_case where id = ${c.ana}`,
    );
    const [bob] = await ownerRows<{ yp: string }>(
      t,
      sql`select young_person_id as yp from psad_case where id = ${c.bob}`,
    );
    const [moved] = await ownerRows<{ sort_name: string }>(
      t,
      sql`update psad_case set young_person_id = ${bob!.yp} where id = ${c.ana} returning sort_name`,
    );
    expect(moved!.sort_name).toBe('Bérenger\u0001Bob');
    await ownerRows(t, sql`update psad_case set young_person_id = ${ana!.yp} where id = ${c.ana} returning id`);
    expect(ids(await list(null, { o: 'NAME' }))).toEqual(ids(indexed));

    // The index's page function answers a referent of the platform only.
    const page = (w: Who) =>
      withActorTx(
        t.database.db,
        actors[w],
        'read',
        async (tx) =>
          (
            await tx.execute<{ id: string }>(
              sql`select id from app_case_page_by_name(${id.bourges}::uuid, null, null, 10)`,
            )
          ).rows,
      );
    expect(await page('referent')).toHaveLength(6);
    expect(await page('vierzon')).toHaveLength(0);
    expect(await page('conseiller')).toHaveLength(0);
    expect(code(await gql('vierzon', Q.cases, { p: id.bourges }))).toBe('FORBIDDEN');
  });
});

describe('flags', () => {
  it('computes minor without solution, obligation-de-formation due date, no contact after assignment', async () => {
    const dina = (await gql('referent', Q.case, { id: c.dina })).data.case;
    expect(dina.flags).toEqual({
      minorWithoutSolution: false,
      noContactAfterAssignment: false,
      injoignableReached: false,
      obligationFormationDueDate: '2026-03-10',
      obligationFormationOverdue: true,
    });
    const ana2 = (await gql('referent', Q.case, { id: c.ana2 })).data.case;
    expect(ana2.flags.minorWithoutSolution).toBe(true);
    expect(ana2.allowedActions).toEqual(['ASSIGN', 'CLOSE']);
    await t.database.db.execute(
      sql`update psad_case set last_attempt_at = now() - interval '19 days' where id = ${c.chloe}`,
    );
    const chloe = (await gql('referent', Q.case, { id: c.chloe })).data.case;
    expect(chloe.flags.noContactAfterAssignment).toBe(false);
    await t.database.db.execute(sql`update psad_case set last_attempt_at = null where id = ${c.chloe}`);
    expect((await gql('referent', Q.case, { id: c.chloe })).data.case.flags.noContactAfterAssignment).toBe(true);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../cases/test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const who = ['referent', 'vierzon', 'conseiller', 'admin', 'lecteur'] as const;
type Who = (typeof who)[number];
const emails: Record<Who, string> = {
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
  admin: 'admin@demo.test',
  lecteur: 'lecteur@demo.test',
};

const DASHBOARD = `query($p: ID!, $c: String) { psadDashboard(platformId: $p, campaign: $c) {
  platformId campaign campaigns total withoutSolution
  funnel { stage count shareOfIdentified shareOfPrevious }
  bySource { source signalSource count }
  solutionsByType { type count share }
  closuresByOutcome { outcome count share }
  minorsWithoutSolution { count minors share }
  delays { medianDaysToFirstAttempt firstAttemptCount medianDaysToSolution solutionCount }
  partners { organisation { id name } total byStatus { status count } }
  transfers { incoming outgoing betweenPartners }
} }`;

const M = {
  assign: `mutation($p: ID!, $id: ID!, $v: Int!, $o: ID!) { assignCases(platformId: $p, cases: [{ id: $id, version: $v }], organisationId: $o) { id } }`,
  attempt: `mutation($id: ID!, $v: Int!, $at: DateTime!, $res: ContactResult!) { recordContactAttempt(caseId: $id, version: $v, attemptedAt: $at, channel: TELEPHONE, result: $res) { id } }`,
  check: `mutation($id: ID!, $v: Int!) { recordSituationCheck(caseId: $id, version: $v, finding: SANS_SOLUTION) { id } }`,
  solution: `mutation($id: ID!, $v: Int!, $type: SolutionType!) { recordSolution(caseId: $id, version: $v, type: $type, startDate: "2026-11-02") { id } }`,
  close: `mutation($id: ID!, $v: Int!, $o: CloseOutcome!) { closeCase(caseId: $id, version: $v, outcome: $o) { id } }`,
  propose: `mutation($id: ID!, $v: Int!, $o: ID, $p: ID) { proposeTransfer(caseId: $id, version: $v, toOrganisationId: $o, toPlatformId: $p, reason: "Déménagement") { id } }`,
  accept: `mutation($id: ID!) { acceptTransfer(transferId: $id) { id status } }`,
};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w]!, q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const version = async (caseId: string) =>
  (await ownerRows<{ version: number }>(t, sql`select version from psad_case where id = ${caseId}`))[0]!.version;

/** Runs a mutation as `w` on the case's current version and fails loudly on an error. */
async function act(w: Who, q: string, caseId: string, v: Record<string, unknown> = {}) {
  const res = await gql(w, q, { id: caseId, v: await version(caseId), ...v });
  expect(res.errors, q).toBeUndefined();
  return res.data;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const w of who) tok[w] = await t.login(emails[w]);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.mlds = await ownerId(t, sql`select id from organisation where name = 'MLDS du Cher'`);

  const year = new Date().getUTCFullYear();
  const minor = `${year - 16}-01-01`;
  const adult = '2004-05-05';
  const created = { createdAt: daysAgo(10) };
  const seed = (name: string, birthDate: string, extra: Record<string, unknown> = {}) =>
    createCase(t, id.bourges!, { lastName: name, firstNames: 'Test', birthDate }, { ...created, ...extra }).then(
      (r) => r.caseId,
    );

  // SIEI 2026-S2: one case at each stage of the funnel, three of them minors.
  const a1 = await seed('Un', minor); // identified only
  const a2 = await seed('Deux', adult); // assigned, then moved to the MLDS (transfer between partners)
  const a3 = await seed('Trois', minor); // contacted, not reached: 2 days after creation
  const a4 = await seed('Quatre', adult); // reached after 4 days, solution EMPLOI
  const a5 = await seed('Cinq', minor); // reached after 6 days, solution APPRENTISSAGE, closed « solution confirmée »
  const t1 = await seed('Six', adult); // assigned, then transferred to Vierzon
  // Signals (no campaign) and an older campaign.
  const s1 = await seed('Sept', adult, { source: 'SIGNAL', campaign: null, signalSource: 'EPLE' }); // closed « refus » unassigned
  const s2 = await seed('Huit', adult, { source: 'SIGNAL', campaign: null, signalSource: 'MISSION_LOCALE' }); // MLDS, situation check, solution
  await seed('Neuf', adult, { campaign: '2026-S1', createdAt: daysAgo(200) }); // identified only
  await createCase(
    t,
    id.vierzonP!,
    { lastName: 'Vierzon', firstNames: 'Test', birthDate: minor },
    { ...created, campaign: '2026-S2' },
  );

  for (const c of [a2, a3, a4, a5, t1]) await act('referent', M.assign, c, { p: id.bourges, o: id.ml });
  await act('referent', M.assign, s2, { p: id.bourges, o: id.mlds });
  await act('referent', M.attempt, a3, { at: daysAgo(8).toISOString(), res: 'MESSAGE_LAISSE' });
  await act('referent', M.attempt, a4, { at: daysAgo(6).toISOString(), res: 'JOINT' });
  await act('referent', M.attempt, a5, { at: daysAgo(4).toISOString(), res: 'JOINT' });
  await act('referent', M.solution, a4, { type: 'EMPLOI' });
  await act('referent', M.solution, a5, { type: 'APPRENTISSAGE' });
  await act('referent', M.close, a5, { o: 'SOLUTION_CONFIRMEE' });
  await act('referent', M.close, s1, { o: 'REFUS' });
  await act('referent', M.check, s2);
  await act('referent', M.solution, s2, { type: 'SERVICE_CIVIQUE' });
  const between = await act('referent', M.propose, a2, { o: id.mlds });
  expect((await gql('referent', M.accept, { id: between.proposeTransfer.id })).data.acceptTransfer.status).toBe(
    'ACCEPTE',
  );
  const away = await act('referent', M.propose, t1, { p: id.vierzonP });
  expect((await gql('vierzon', M.accept, { id: away.proposeTransfer.id })).data.acceptTransfer.status).toBe('ACCEPTE');
  void a1;
});
afterAll(() => t.close());

const statuses = (counts: Partial<Record<string, number>>) =>
  ['A_TRAITER', 'AFFECTE', 'EN_COURS', 'SOLUTION', 'CLOS'].map((status) => ({ status, count: counts[status] ?? 0 }));

describe('the dashboard of a platform', () => {
  it('counts every part for the whole platform', async () => {
    const res = await gql('referent', DASHBOARD, { p: id.bourges });
    expect(res.errors).toBeUndefined();
    const d = res.data.psadDashboard;
    expect(d).toMatchObject({
      platformId: id.bourges,
      campaign: null,
      campaigns: ['2026-S2', '2026-S1'],
      total: 8,
      withoutSolution: 4,
    });
    // Identified Un, Sept (closed unassigned), Neuf; assigned Deux; contacted Trois; solution Quatre, Cinq, Huit
    // (Huit had a situation check, no attempt: it still counts as contacted and reached, the funnel never widens).
    expect(d.funnel).toEqual([
      { stage: 'IDENTIFIED', count: 8, shareOfIdentified: 1, shareOfPrevious: null },
      { stage: 'ASSIGNED', count: 5, shareOfIdentified: 0.625, shareOfPrevious: 0.625 },
      { stage: 'CONTACTED', count: 4, shareOfIdentified: 0.5, shareOfPrevious: 0.8 },
      { stage: 'REACHED', count: 3, shareOfIdentified: 0.375, shareOfPrevious: 0.75 },
      { stage: 'SOLUTION', count: 3, shareOfIdentified: 0.375, shareOfPrevious: 1 },
    ]);
    expect(d.bySource.filter((s: { count: number }) => s.count > 0)).toEqual([
      { source: 'SIEI', signalSource: null, count: 6 },
      { source: 'SIGNAL', signalSource: 'EPLE', count: 1 },
      { source: 'SIGNAL', signalSource: 'MISSION_LOCALE', count: 1 },
    ]);
    expect(d.bySource).toHaveLength(10);
    expect(d.solutionsByType.filter((s: { count: number }) => s.count > 0)).toEqual([
      { type: 'APPRENTISSAGE', count: 1, share: 0.3333 },
      { type: 'EMPLOI', count: 1, share: 0.3333 },
      { type: 'SERVICE_CIVIQUE', count: 1, share: 0.3333 },
    ]);
    expect(d.solutionsByType).toHaveLength(9);
    expect(d.closuresByOutcome.filter((s: { count: number }) => s.count > 0)).toEqual([
      { outcome: 'SOLUTION_CONFIRMEE', count: 1, share: 0.5 },
      { outcome: 'REFUS', count: 1, share: 0.5 },
    ]);
    expect(d.minorsWithoutSolution).toEqual({ count: 2, minors: 3, share: 0.6667 });
    // First attempts 2, 4 and 6 days after creation; solutions recorded now, 10 days after.
    expect(d.delays).toEqual({
      medianDaysToFirstAttempt: 4,
      firstAttemptCount: 3,
      medianDaysToSolution: 10,
      solutionCount: 3,
    });
    expect(d.transfers).toEqual({ incoming: 0, outgoing: 1, betweenPartners: 1 });
    const partners = Object.fromEntries(
      d.partners.map((p: { organisation: { id: string }; total: number; byStatus: unknown }) => [p.organisation.id, p]),
    );
    expect(d.partners).toHaveLength(6);
    expect(partners[id.ml!]).toMatchObject({ total: 3, byStatus: statuses({ EN_COURS: 1, SOLUTION: 1, CLOS: 1 }) });
    expect(partners[id.mlds!]).toMatchObject({ total: 2, byStatus: statuses({ AFFECTE: 1, SOLUTION: 1 }) });
    expect(d.partners.slice(2).every((p: { total: number }) => p.total === 0)).toBe(true);
  });

  it('with a campaign, keeps only the SIEI cases of that campaign (signals have none)', async () => {
    const d = (await gql('referent', DASHBOARD, { p: id.bourges, c: '2026-s2' })).data.psadDashboard;
    expect(d).toMatchObject({ campaign: '2026-S2', campaigns: ['2026-S2', '2026-S1'], total: 5, withoutSolution: 3 });
    expect(d.funnel.map((s: { count: number }) => s.count)).toEqual([5, 4, 3, 2, 2]);
    expect(d.bySource.filter((s: { count: number }) => s.count > 0)).toEqual([
      { source: 'SIEI', signalSource: null, count: 5 },
    ]);
    expect(
      d.solutionsByType.filter((s: { count: number }) => s.count > 0).map((s: { type: string }) => s.type),
    ).toEqual(['APPRENTISSAGE', 'EMPLOI']);
    expect(d.closuresByOutcome.filter((s: { count: number }) => s.count > 0)).toEqual([
      { outcome: 'SOLUTION_CONFIRMEE', count: 1, share: 1 },
    ]);
    expect(d.minorsWithoutSolution).toEqual({ count: 2, minors: 3, share: 0.6667 });
    expect(d.delays).toEqual({
      medianDaysToFirstAttempt: 4,
      firstAttemptCount: 3,
      medianDaysToSolution: 10,
      solutionCount: 2,
    });
    expect(d.transfers).toEqual({ incoming: 0, outgoing: 1, betweenPartners: 1 });
    const mlds = d.partners.find((p: { organisation: { id: string } }) => p.organisation.id === id.mlds);
    expect(mlds).toMatchObject({ total: 1, byStatus: statuses({ AFFECTE: 1 }) });

    const empty = (await gql('referent', DASHBOARD, { p: id.bourges, c: '2020-S1' })).data.psadDashboard;
    expect(empty).toMatchObject({
      total: 0,
      withoutSolution: 0,
      minorsWithoutSolution: { count: 0, minors: 0, share: null },
    });
    expect(empty.funnel.map((s: { shareOfIdentified: number | null }) => s.shareOfIdentified)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(empty.delays).toEqual({
      medianDaysToFirstAttempt: null,
      firstAttemptCount: 0,
      medianDaysToSolution: null,
      solutionCount: 0,
    });
  });

  it('counts a case transferred in on the receiving platform', async () => {
    const d = (await gql('vierzon', DASHBOARD, { p: id.vierzonP })).data.psadDashboard;
    expect(d).toMatchObject({
      total: 2,
      withoutSolution: 2,
      campaigns: ['2026-S2'],
      transfers: { incoming: 1, outgoing: 0, betweenPartners: 0 },
    });
    // The transferred case had been assigned and waits, unassigned, on its new platform.
    expect(d.funnel.map((s: { count: number }) => s.count)).toEqual([2, 0, 0, 0, 0]);
    expect(d.minorsWithoutSolution).toEqual({ count: 1, minors: 1, share: 1 });
  });
});

describe('who may see it', () => {
  it('a viewer gets the same aggregates, for any platform, though row-level security hides every case from them', async () => {
    const mine = await gql('referent', DASHBOARD, { p: id.bourges });
    const viewer = await gql('lecteur', DASHBOARD, { p: id.bourges });
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data).toEqual(mine.data);
    expect((await gql('lecteur', DASHBOARD, { p: id.vierzonP })).data.psadDashboard.total).toBe(2);
    expect(
      (await gql('lecteur', `{ cases(platformId: "${id.bourges}") { totalCount } }`)).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses a counsellor, an admin and the referent of another platform', async () => {
    expect(code(await gql('conseiller', DASHBOARD, { p: id.bourges }))).toBe('FORBIDDEN');
    expect(code(await gql('admin', DASHBOARD, { p: id.bourges }))).toBe('FORBIDDEN');
    expect(code(await gql('vierzon', DASHBOARD, { p: id.bourges }))).toBe('FORBIDDEN');
    expect(code(await gql('referent', DASHBOARD, { p: id.vierzonP }))).toBe('FORBIDDEN');
    expect(code(await t.gql(null, DASHBOARD, { p: id.bourges }))).toBe('UNAUTHENTICATED');
  });

  it('names a bad argument, and an unknown platform is not found', async () => {
    const bad = await gql('lecteur', DASHBOARD, { p: 'pas-un-id' });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions.fields?.map((f) => f.path)).toEqual(['platformId']);
    const long = await gql('lecteur', DASHBOARD, { p: id.bourges, c: 'x'.repeat(21) });
    expect(long.errors![0]!.extensions.fields?.map((f) => f.path)).toEqual(['campaign']);
    expect(code(await gql('lecteur', DASHBOARD, { p: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});

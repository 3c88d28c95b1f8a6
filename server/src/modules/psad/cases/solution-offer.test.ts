import { sql } from 'drizzle-orm';
import { searchKey } from '@maillage/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, ownerId, ownerRows } from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

const SOLUTION = `mutation($id: ID!, $v: Int!, $type: SolutionType!, $d: Date!, $o: ID, $offer: ID) {
  recordSolution(caseId: $id, version: $v, type: $type, startDate: $d, organisationId: $o, offerId: $offer) {
    id version status solutionType solutionOrganisation { id } solutionOffer { id name }
  }
}`;
const CASE = `query($id: ID!) { case(id: $id) { id solutionOffer { id name solutionType } timeline { kind data } } }`;

type Errors = { errors?: { message: string; extensions: { code: string; fields?: { path: string }[] } }[] };
const refusal = (res: Errors) => ({
  code: res.errors?.[0]?.extensions.code,
  paths: res.errors?.[0]?.extensions.fields?.map((f) => f.path),
});

async function offer(platformId: string, name: string, values: Record<string, unknown> = {}) {
  const v = { solutionType: 'APPRENTISSAGE', organisationId: null, activeFrom: null, activeUntil: null, ...values };
  return ownerId(
    t,
    sql`insert into solution_offer (platform_id, name, solution_type, organisation_id, active_from, active_until, search_text)
        values (${platformId}, ${name}, ${v.solutionType}, ${v.organisationId}, ${v.activeFrom}, ${v.activeUntil}, ${searchKey(name)})
        returning id`,
  );
}

/** A case in EN_COURS (the only status a solution leaves from), assigned to the Mission Locale. */
const openCase = async (lastName: string, extra: Record<string, unknown> = {}) =>
  (
    await createCase(
      t,
      id.bourges!,
      { lastName, firstNames: 'Test', birthDate: '2006-05-05' },
      { status: 'EN_COURS', assignedOrganisationId: id.ml!, assignedAt: new Date(), ...extra },
    )
  ).caseId;

const row = async (caseId: string) =>
  (
    await ownerRows<{
      version: number;
      status: string;
      solution_offer_id: string | null;
      solution_type: string | null;
    }>(t, sql`select version, status, solution_offer_id, solution_type from psad_case where id = ${caseId}`)
  )[0]!;
const solutionEvents = async (caseId: string) =>
  (
    await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from case_event where case_id = ${caseId} and kind = 'solution'`,
    )
  )[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  tok.referent = await t.login('referent@demo.test');
  tok.conseiller = await t.login('conseiller@demo.test');
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.caf = await ownerId(t, sql`select id from organisation where name = 'CAF du Cher'`);
  id.apprentissage = await offer(id.bourges, 'CFA du BTP', { organisationId: id.ml });
  id.vierzonOffer = await offer(id.vierzon, 'Garantie jeunes Vierzon');
  id.ended = await offer(id.bourges, 'Dispositif terminé', { activeFrom: '2025-01-01', activeUntil: '2026-06-30' });
  id.later = await offer(id.bourges, 'Dispositif à venir', { activeFrom: '2027-01-01' });
});
afterAll(() => t.close());

describe('recordSolution with a catalogue offer', () => {
  it('records the offer, defaults the organisation to the offer’s, and shows it on the case', async () => {
    const caseId = await openCase('Offre');
    const res = await t.gql(tok.conseiller!, SOLUTION, {
      id: caseId,
      v: 1,
      type: 'APPRENTISSAGE',
      d: '2026-09-01',
      offer: id.apprentissage,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordSolution).toMatchObject({
      status: 'SOLUTION',
      version: 2,
      solutionType: 'APPRENTISSAGE',
      solutionOrganisation: { id: id.ml },
      solutionOffer: { id: id.apprentissage, name: 'CFA du BTP' },
    });
    expect((await row(caseId)).solution_offer_id).toBe(id.apprentissage);
    const read = await t.gql(tok.referent!, CASE, { id: caseId });
    expect(read.data.case.solutionOffer).toEqual({
      id: id.apprentissage,
      name: 'CFA du BTP',
      solutionType: 'APPRENTISSAGE',
    });
    const event = read.data.case.timeline.find((e: { kind: string }) => e.kind === 'solution');
    expect(event?.data).toMatchObject({ offerId: id.apprentissage, organisationId: id.ml });
    const audit = await ownerRows<{ details: Record<string, unknown> }>(
      t,
      sql`select details from audit_event where action = 'case.solution' and subject_id = ${caseId}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ offerId: id.apprentissage });
  });

  it('keeps an organisation named with the offer', async () => {
    const caseId = await openCase('Organisation');
    const res = await t.gql(tok.referent!, SOLUTION, {
      id: caseId,
      v: 1,
      type: 'APPRENTISSAGE',
      d: '2026-09-01',
      o: id.caf,
      offer: id.apprentissage,
    });
    expect(res.data.recordSolution.solutionOrganisation).toEqual({ id: id.caf });
  });

  it('refuses an offer of another platform, an unknown one, an inactive one or another type, writing nothing', async () => {
    const caseId = await openCase('Refus');
    const attempts: [Record<string, unknown>, string][] = [
      [{ type: 'EMPLOI', offer: id.vierzonOffer }, 'offerId'],
      [{ type: 'APPRENTISSAGE', offer: '00000000-0000-4000-8000-000000000000' }, 'offerId'],
      [{ type: 'APPRENTISSAGE', offer: id.ended }, 'offerId'],
      [{ type: 'APPRENTISSAGE', offer: id.later }, 'offerId'],
      [{ type: 'EMPLOI', offer: id.apprentissage }, 'type'],
    ];
    for (const [variables, path] of attempts) {
      const res = await t.gql(tok.referent!, SOLUTION, { id: caseId, v: 1, d: '2026-09-01', ...variables });
      expect(refusal(res), JSON.stringify(variables)).toEqual({ code: 'BAD_USER_INPUT', paths: [path] });
      expect(res.errors![0]!.message).toMatch(/catalogue/);
    }
    expect(await row(caseId)).toEqual({ version: 1, status: 'EN_COURS', solution_offer_id: null, solution_type: null });
    expect(await solutionEvents(caseId)).toBe(0);
  });

  it('an offer active on the start date is taken, its last day included', async () => {
    const caseId = await openCase('Dernier jour');
    const res = await t.gql(tok.referent!, SOLUTION, {
      id: caseId,
      v: 1,
      type: 'APPRENTISSAGE',
      d: '2026-06-30',
      offer: id.ended,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordSolution.solutionOffer).toEqual({ id: id.ended, name: 'Dispositif terminé' });
  });

  it('a solution without an offer clears the one named before', async () => {
    const caseId = await openCase('Sans offre', { solutionOfferId: id.apprentissage });
    const res = await t.gql(tok.referent!, SOLUTION, { id: caseId, v: 1, type: 'EMPLOI', d: '2026-09-01' });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordSolution).toMatchObject({ solutionType: 'EMPLOI', solutionOffer: null });
    expect((await row(caseId)).solution_offer_id).toBeNull();
  });

  it('an offer the caller may not see reads as null', async () => {
    const caseId = await openCase('Invisible', { solutionOfferId: id.vierzonOffer });
    const read = await t.gql(tok.referent!, CASE, { id: caseId });
    expect(read.errors).toBeUndefined();
    expect(read.data.case.solutionOffer).toBeNull();
  });
});
